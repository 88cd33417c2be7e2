import { defineMessages } from '../define-messages.js';

/** Messages of the chart building block. */
export const chart = defineMessages({
  en: {
    'chart.showTable': 'Show as table',
    'chart.hideTable': 'Hide table',
    'chart.unavailable': 'The chart could not be drawn. Here are its figures as a table.',
    'chart.loading': 'Drawing the chart…',
    'chart.summary': '{heading}: chart of {count} points. The same figures are available as a table.',
  },
});
