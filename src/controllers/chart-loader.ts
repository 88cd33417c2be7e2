import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

/**
 * Loads chart.js on first use — never in the initial chunk — and registers only the pieces the library draws
 * with (line and bar charts, linear and category scales, filler, tooltip, legend), so the rest is tree-shaken.
 */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js')
    .then((m) => {
      m.Chart.register(
        m.LineController,
        m.BarController,
        m.LineElement,
        m.PointElement,
        m.BarElement,
        m.LinearScale,
        m.CategoryScale,
        m.Filler,
        m.Tooltip,
        m.Legend,
      );
      return m.Chart;
    })
    .catch((error: unknown) => {
      loading = undefined; // a later chart may try again
      throw error;
    });
  return loading;
}
