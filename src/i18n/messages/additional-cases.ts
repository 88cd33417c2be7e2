import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/** Messages of `<additional-cases>`. */
export const additionalCases = defineMessages({
  en: {
    'cases.noAdapterTitle': 'No data source',
    'cases.noAdapter': 'This element has no adapter to read the additional cases from.',
    'cases.gridLabel': 'Additional cases',
    'cases.exportFilename': 'additional-cases.csv',

    'cases.filter': 'Filter by reason',
    'cases.filterAll': 'All reasons',
    'cases.filterCount': (p, l) => `(${countOf(p, l).text})`,
    'cases.legend': 'What the reasons mean',

    'cases.reason.expired-contract': 'Expired contract',
    'cases.reason.unmapped-contract': 'Contract not mapped',
    'cases.reason.missing-contract': 'Missing contract',
    'cases.reason.missing-package': 'Missing package',
    'cases.reason.missing-service': 'Missing service',
    'cases.reason.classified': 'Classified SU, DSA, X85 or REC',
    'cases.reasonInfo.expired-contract': 'The contract the case was logged against has ended.',
    'cases.reasonInfo.unmapped-contract':
      'The case’s support contract is not mapped to any of the selected workspaces.',
    'cases.reasonInfo.missing-contract': 'The case names no contract, or one that does not exist.',
    'cases.reasonInfo.missing-package': 'The case names no package of its contract.',
    'cases.reasonInfo.missing-service': 'The case names no service (entitlement) of its package.',
    'cases.reasonInfo.classified':
      'The case is classified as Support Assistance (SU), Developer Support Assistance (DSA), Support Technology Advisor (X85) or Reactive Contacts Enabled (REC).',
    'cases.nextStepLabel': 'Next step:',
    'cases.nextStep.expired-contract':
      'Ask your account team whether the case should move to your current contract.',
    'cases.nextStep.unmapped-contract': 'Ask a customer administrator to map the contract to the workspace.',
    'cases.nextStep.missing-contract': 'Ask the account team to link the case to the right contract.',
    'cases.nextStep.missing-package': 'Ask the account team to correct the case’s package.',
    'cases.nextStep.missing-service': 'Ask the account team to correct the case’s entitlement.',
    'cases.nextStep.classified':
      'Nothing to fix: these cases are delivered under their classification, not against an entitlement.',
    'cases.classifiedAs': 'Classified as {code}',
    'cases.classifiedAsLong': 'Classified as {name} ({code})',
    'cases.classification.SU': 'Support Assistance',
    'cases.classification.DSA': 'Developer Support Assistance',
    'cases.classification.X85': 'Support Technology Advisor',
    'cases.classification.REC': 'Reactive Contacts Enabled',

    'cases.col.number': 'Case',
    'cases.col.title': 'Title',
    'cases.col.reasons': 'Reasons',
    'cases.col.type': 'Type',
    'cases.col.severity': 'Severity',
    'cases.col.status': 'Status',
    'cases.col.opened': 'Opened',
    'cases.col.closed': 'Closed',
    'cases.col.contract': 'Contract',
    'cases.col.workspace': 'Workspace',
    'cases.type.advisory': 'Advisory',
    'cases.type.problem-resolution': 'Problem resolution',
    'cases.status.open': 'Open',
    'cases.status.closed': 'Closed',
    'cases.contract': '{number} · {name}',
    'cases.unknownContract': '{id} (not found)',
    'cases.noContract': '—',

    'cases.emptyTitle': 'No additional cases',
    'cases.empty': 'There are no additional cases to show for the selected workspaces.',
    'cases.noMatch': 'No additional case has the reasons you chose. Choose other reasons, or all of them.',
    'cases.hiddenNote': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} additional case is hidden by your permissions.`,
        other: `${text} additional cases are hidden by your permissions.`,
      });
    },
  },
});
