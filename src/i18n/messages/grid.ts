import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/** Messages of `<ca-data-grid>`. */
export const grid = defineMessages({
  en: {
    'grid.search': 'Search',
    'grid.searchPlaceholder': 'Search rows',
    'grid.clearSearch': 'Clear search',
    'grid.rowCount': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, { one: `${text} row`, other: `${text} rows` });
    },
    'grid.hidden': (p, l) => `${countOf(p, l).text} hidden by your permissions`,
    'grid.noMatchTitle': 'No rows match',
    'grid.noMatch': 'No row matches “{search}”. Check the spelling or clear the search.',
    'grid.empty': 'There are no rows to show.',
    'grid.loadingRow': 'Loading',
    'grid.export': 'Export CSV',
    'grid.exportCancel': 'Cancel export',
    'grid.exportProgressLabel': 'Export progress',
    'grid.exporting': (p, l) => {
      const done = countOf(p, l, 'done').text;
      const total = countOf(p, l, 'total').text;
      return `Exporting ${done} of ${total} rows…`;
    },
    'grid.exported': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, { one: `Exported ${text} row.`, other: `Exported ${text} rows.` });
    },
    'grid.exportCanceled': 'Export canceled.',
    'grid.exportFailed': 'The export failed. Try again.',
    'grid.columns': 'Columns',
    'grid.showColumns': 'Show columns',
    'grid.oneColumnStays': 'At least one column stays shown.',
    'grid.resetColumns': 'Reset columns',
    'grid.columnsWereReset': 'Columns reset to their widths and all shown.',
    'grid.columnWidth': (p, l) =>
      `${String(p.column ?? '')} column, ${formatterFor(l).integer(Number(p.width ?? 0))} pixels`,
    'grid.resizeHint': 'Alt+Left or Alt+Right arrow resizes the column; hold Shift for bigger steps.',
    'grid.selectedAll': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `Selected ${text} row and the headers.`,
        other: `Selected all ${text} rows and the headers.`,
      });
    },
    'grid.copied': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, { one: `${text} row copied`, other: `${text} rows copied` });
    },
    'grid.copiedPartly': (p, l) => {
      const { n, text } = countOf(p, l);
      const skipped = countOf(p, l, 'skipped').text;
      const copied = plural(n, l, { one: `${text} row copied`, other: `${text} rows copied` });
      return `${copied}; ${skipped} not loaded yet left out. Export CSV to get every row.`;
    },
  },
});
