import { defineMessages } from '../define-messages.js';

/**
 * Messages of the outlook of a balance (`src/components/shared/outlook.ts`), shown wherever a balance is: the
 * sentence that sums up the forecast, and the labels of the figures behind it. Quantities come formatted
 * ("≈ 120 hours"), dates too.
 */
export const outlook = defineMessages({
  en: {
    'outlook.not-started': 'Not started — the term has not begun',
    'outlook.ended': 'Ended — the term is over',
    'outlook.exhausted': 'Used up',
    'outlook.runs-out': 'Runs out around {date} at the pace so far',
    'outlook.underused': '≈ {quantity} would expire unused at the pace so far',
    'outlook.on-track': 'On track',
    'outlook.of': '{name}: {outlook}',
    'outlook.more': 'show the forecast figures',
    'outlook.figures': 'Forecast figures',
    'outlook.fig.elapsed': 'Term elapsed',
    'outlook.fig.consumed': 'Consumed so far (all workspaces)',
    'outlook.fig.expectedByNow': 'Expected by now at an even pace',
    'outlook.fig.pace': 'Pace',
    'outlook.fig.projectedTotal': 'Projected total at the end of the term',
    'outlook.fig.runOutDate': 'Runs out around',
    'outlook.fig.unusedAtEnd': 'Unused at the end of the term',
    'outlook.pace': '{pace}× an even pace',
    'outlook.paceNone': 'Not measurable yet',
    'outlook.projectedNone': 'Not before the term starts',
    'outlook.approx': '≈ {quantity}',
  },
});
