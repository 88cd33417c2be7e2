import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/**
 * Messages of `<customer-activity>`. Units with a count ("12.5 hours"), kind names, the Purchased / Consumed /
 * Remaining / Hours done labels, contract options and terms come from `package-consumption` (`packages.*`); the
 * no-access text from `common` (`state.*`); the additional-case words from `additional-cases` (`cases.*`).
 */
export const customerActivity = defineMessages({
  en: {
    'activity.label': 'Customer Activity',
    'activity.selection': 'Selection',
    'activity.workspaces': 'Workspaces',
    'activity.contractLoading': 'Loading contracts…',
    'activity.noContract': 'No contract',
    'activity.asOf': 'As of {date}',
    'activity.asOfNote':
      'The figures are read from the source systems — agreements, support cases and delivery records — at that time. Consumption counts once it is recorded there.',
    'activity.printSelection': '{customer} · Contract {contract} · {workspaces}',

    'attention.heading': 'Needs attention',
    'attention.intro': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} entitlement of this contract needs attention before the renewal discussion.`,
        other: `${text} entitlements of this contract need attention before the renewal discussion.`,
      });
    },
    'attention.none':
      'Nothing needs attention: no entitlement is over its purchase or runs out before its term ends, and no package expiring within 90 days leaves a large share unused.',
    'attention.reason.over': 'Over the purchase',
    'attention.reason.runs-out': 'Runs out early',
    'attention.reason.expiring-unused': 'Expiring unused',
    'attention.over': 'Consumed {quantity} more than was purchased.',
    'attention.runsOut': 'At the pace so far it runs out around {date}, before its term ends on {end}.',
    'attention.expiringUnused': (p, l) => {
      const { n, text } = countOf(p, l);
      const days = plural(n, l, { one: `${text} day`, other: `${text} days` });
      return `The package expires in ${days}; ≈ ${String(p.quantity)} (${String(p.percent)}) would expire unused at the pace so far.`;
    },

    'activity.enterprise': 'Enterprise-wide',
    'activity.activeContracts': 'Active contracts',
    'activity.noActiveContracts': 'No active contract is linked to the selected workspaces.',
    'activity.col.contract': 'Contract',
    'activity.col.start': 'Start date',
    'activity.col.end': 'End date',
    'activity.col.expiry': 'Expiry',
    'activity.consumption': 'Consumption for {contract}',
    'activity.consumptionNote':
      'Consumed counts the selected workspaces; remaining is what is left of the contract in every workspace.',

    'activity.group.proactive': 'Proactive services delivered',
    'activity.group.as-needed': 'As-needed support (advisory and reactive)',
    'activity.group.education': 'Education on demand',
    'activity.group.contacts': 'Support contacts',
    'activity.group.assessments': 'Assessments on demand',
    'activity.groupShort.proactive': 'Proactive',
    'activity.groupShort.as-needed': 'As needed',
    'activity.groupShort.education': 'Education',
    'activity.groupShort.contacts': 'Contacts',
    'activity.groupShort.assessments': 'Assessments',
    'activity.unit.hours': 'Hours',
    'activity.unit.credits': 'Credits',
    'activity.unit.cases': 'Cases',
    'activity.unit.contacts': 'Contacts',
    'activity.unit.activities': 'Activities',
    'activity.unit.assessments': 'Assessments',
    'activity.unit.services': 'Services',
    'activity.inEveryWorkspace': '{quantity} across all workspaces',
    'activity.groupBenefit': 'Included as an additional benefit — no consumption is tracked.',
    'activity.groupAbsent': 'Not part of this contract.',
    'activity.meterLabel': 'Utilisation of {group}, {unit}',

    'activity.chartHeading':
      'Utilisation of the contract by summary line, with the share of its term elapsed',
    'activity.chartCategory': 'Summary line',
    'activity.chartLine': '{group} · {unit}',
    'activity.series.utilisation': 'Used (% of purchased, all workspaces)',
    'activity.series.termElapsed': 'Term elapsed',
    'activity.chartUnlimited': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} line bought as needed is not charted: there is no purchased amount to compare against.`,
        other: `${text} lines bought as needed are not charted: there is no purchased amount to compare against.`,
      });
    },
    'activity.chartEmpty': 'This contract has no consumable entitlement with a purchased amount to chart.',

    'activity.entitlements': 'Enterprise entitlements',
    'activity.entitlementsLabel': 'Enterprise entitlements of {contract}',
    'activity.noEntitlements': 'This contract has no enterprise-wide entitlements.',

    'activity.proof': 'Proof of delivery',
    'activity.proofIntro':
      'Every entitlement of this contract — enterprise-wide and add-on — with what was purchased, consumed and remains, as a CSV file; or print this page as a report.',
    'activity.proofDownload': 'Download CSV',
    'activity.proofPrint': 'Print report',
    'activity.proofWorking': 'Preparing the file…',
    'activity.proofDone': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `Downloaded ${text} entitlement.`,
        other: `Downloaded ${text} entitlements.`,
      });
    },
    'activity.proofFailed': 'The file could not be prepared. Try again.',
    'activity.proofFilename': 'proof-of-delivery',
    'activity.pod.contract': 'Contract',
    'activity.pod.scope': 'Scope',
    'activity.pod.package': 'Package',
    'activity.pod.packageEndDate': 'Package end date',
    'activity.pod.packageExpiry': 'Package expiry',
    'activity.pod.entitlement': 'Entitlement',
    'activity.pod.kind': 'Kind',
    'activity.pod.category': 'Category',
    'activity.pod.unit': 'Unit',
    'activity.pod.purchased': 'Purchased',
    'activity.pod.consumed': 'Consumed (selected workspaces)',
    'activity.pod.consumedTotal': 'Consumed (all workspaces)',
    'activity.pod.remaining': 'Remaining',
    'activity.pod.hoursDone': 'Hours done',
    'activity.pod.outlook': 'Outlook',
    'activity.pod.pace': 'Pace (1 = even)',
    'activity.pod.expectedByNow': 'Expected by now at an even pace',
    'activity.pod.projectedTotal': 'Projected at the end of the term',
    'activity.pod.runOutDate': 'Runs out around',
    'activity.pod.unusedAtEnd': 'Unused at the end of the term (projected)',

    'activity.addOns': 'Add-on packages',

    'activity.cases': 'Additional cases',
    'activity.casesIntro':
      'Advisory and problem-resolution cases that do not fit the contract view: their contract expired or is not mapped to these workspaces, their contract, package or service is missing, or they are classified SU, DSA, X85 or REC.',
    'activity.casesCount': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        zero: 'There are no additional cases for the selected workspaces.',
        one: `${text} additional case for the selected workspaces.`,
        other: `${text} additional cases for the selected workspaces.`,
      });
    },
    'activity.casesOpen': 'View additional cases',

    'activity.back': 'Back to Customer Activity',
    'activity.detailHeading': 'Entitlement detail',
  },
});
