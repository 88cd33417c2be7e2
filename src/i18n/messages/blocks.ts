import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** A whole number of `params.count`, grouped as the locale does (`1,234` / `1.234`). */
function count(params: MessageParams, locale: Locale): { n: number; text: string } {
  const n = Math.abs(Number(params.count ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/**
 * Messages of the building blocks: state panel, meter, expiry badge, workspace filter, and the error
 * descriptions that extend the `error.*` keys of `common`.
 */
export const blocks = defineMessages({
  en: {
    'statePanel.emptyMessage': 'There is nothing here for the current selection.',
    'error.timeout': 'The server took too long to answer.',

    'meter.label': 'Utilisation',
    'meter.asNeeded': 'As needed',
    'meter.benefit': 'Benefit — consumption is not tracked',
    'meter.used': '{percent} used',
    'meter.threshold.ok': 'within limit',
    'meter.threshold.warning': 'warning',
    'meter.threshold.critical': 'critical',
    'meter.threshold.over': 'over limit',
    'meter.valueText': '{used} — {threshold}',
    'meter.termElapsed': '{percent} of the term elapsed',

    'expiry.future': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `expires in ${text} day`, other: `expires in ${text} days` });
    },
    'expiry.today': 'expires today',
    'expiry.past': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `expired ${text} day ago`, other: `expired ${text} days ago` });
    },
    'expiry.endDate': 'End date: {date}',

    'workspaceFilter.label': 'Workspaces',
    'workspaceFilter.all': 'All workspaces ({count})',
    'workspaceFilter.some': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `${text} workspace`, other: `${text} workspaces` });
    },
    'workspaceFilter.single': 'Workspace',
    'workspaceFilter.none': 'No workspace available',
    'workspaceFilter.legend': 'Show data of',
    'workspaceFilter.allOption': 'All workspaces',
    'workspaceFilter.apply': 'Apply',
    'workspaceFilter.cancel': 'Cancel',
    'workspaceFilter.emptyError': 'Select at least one workspace.',
  },
});
