import { html, nothing, type TemplateResult } from 'lit';
import { termChart, type TermChartPoint } from '../../../domain/term-chart.js';
import type { EntitlementView, IsoDate } from '../../../domain/types.js';
import type { Locale } from '../../../i18n/define-messages.js';
import type { ChartSeries } from '../../chart/chart.js';
import type { TimelineResult } from '../load-timeline.js';
import { level, quantity, type RenderContext } from './context.js';

/** Where the chart's data stands. */
export type TimelineState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'not-started'; startDate: IsoDate }
  | { status: 'done'; result: TimelineResult };

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A `YYYY-MM` month as "Mar 2026" / "mar. de 2026", through a cached formatter. */
function monthLabel(locale: Locale, period: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  const ms = Date.parse(`${period}-01T00:00:00Z`);
  return Number.isNaN(ms) ? period : format.format(ms);
}

function note(text: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<p class="note">${text}${extra}</p>`;
}

/** The label of a point of the term chart: "Start (Jan 1, 2025)", "Mar 2026", "End (Dec 31, 2026)". */
function pointLabel(ctx: RenderContext, point: TermChartPoint): string {
  const l = ctx.l10n;
  if (point.period === 'start') return l.t('detail.chartStart', { date: l.format.date(point.date) });
  if (point.period === 'end') return l.t('detail.chartEnd', { date: l.format.date(point.date) });
  return monthLabel(l.locale, point.period);
}

/**
 * The chart's series over the whole term: the contract's cumulative consumption (every workspace), the selected
 * workspaces' own only when it differs somewhere (the selection is not every workspace), the monthly amounts, and —
 * with a purchase — the purchase, the even pace from 0 at the start to the purchase at the end, and the projection
 * at the pace so far from today to the end of the term.
 */
export function termChartSeries(
  ctx: RenderContext,
  view: EntitlementView,
  points: TermChartPoint[],
): ChartSeries[] {
  const l = ctx.l10n;
  const series: ChartSeries[] = [
    { label: l.t('detail.series.cumulativeTotal'), data: points.map((p) => p.cumulativeTotal), color: 1 },
  ];
  if (points.some((p) => p.cumulative !== p.cumulativeTotal)) {
    series.push({ label: l.t('detail.series.cumulative'), data: points.map((p) => p.cumulative), color: 2 });
  }
  series.push({
    label: l.t('detail.series.monthlyTotal'),
    data: points.map((p) => p.consumedTotal),
    color: 3,
    kind: 'bar',
  });
  if (view.purchased !== null) {
    const purchased = view.purchased;
    series.push(
      { label: l.t('detail.series.purchased'), data: points.map(() => purchased), color: 4, dashed: true },
      { label: l.t('detail.series.evenPace'), data: points.map((p) => p.evenPace), color: 5, dotted: true },
    );
    if (points.some((p) => p.projection !== null)) {
      series.push({
        label: l.t('detail.series.projection'),
        data: points.map((p) => p.projection),
        color: 6,
        dashed: true,
      });
    }
  }
  return series;
}

/** The chart itself, with the notes that qualify what it counts. */
function renderChart(
  ctx: RenderContext,
  view: EntitlementView,
  result: TimelineResult,
  today: IsoDate,
): TemplateResult {
  const l = ctx.l10n;
  if (result.status === 'too-long') {
    return note(l.t('detail.chartTooLong', { count: result.rowCount, cap: result.cap }));
  }
  const last = result.points[result.points.length - 1];
  if (!last || last.cumulativeTotal === 0) return note(l.t('detail.chartEmpty'));
  const points = termChart({
    points: result.points,
    term: view.package,
    today,
    purchased: view.purchased,
    forecast: view.forecast,
  });
  const series = termChartSeries(ctx, view, points);
  const notes: string[] = [];
  if (result.source === 'history' && result.hiddenByPermissions > 0) {
    notes.push(l.t('detail.chartHidden', { count: result.hiddenByPermissions }));
  }
  if (result.totals === 'partial' && last.cumulativeTotal !== view.consumedTotal) {
    notes.push(
      l.t('detail.chartPartial', {
        shown: quantity(ctx, last.cumulativeTotal, view.unit),
        total: quantity(ctx, view.consumedTotal, view.unit),
      }),
    );
  }
  if (series.some((s) => s.color === 2)) {
    notes.push(
      l.t('detail.chartSelection', {
        consumed: quantity(ctx, last.cumulative, view.unit),
        total: quantity(ctx, last.cumulativeTotal, view.unit),
      }),
    );
  }
  return html`
    <ca-chart
      part="chart"
      exportparts="figure: chart-figure, canvas: chart-canvas, toggle: chart-toggle, table: chart-table"
      heading=${l.t('detail.chartHeading')}
      category-header=${l.t('detail.chartMonth')}
      .labels=${points.map((p) => pointLabel(ctx, p))}
      .series=${series}
      .formatValue=${(value: number) => l.format.number(value, 1)}
    ></ca-chart>
    ${notes.map((text) => note(text))}
  `;
}

/**
 * The "Consumption over time" section over the package's whole term: the contract's cumulative consumption by month
 * up to today (every workspace; the selected workspaces' own line beside it when they are not every workspace) with
 * the monthly amounts, the purchase, the even pace and the projection to the end of the term (none of the three when
 * purchased is null), and its figures one click away as a table. While the data loads, when it fails (with "Try again"), before the package starts, when nothing was
 * consumed or when the history is too long to chart, a sentence says so instead — and chart.js is not loaded.
 */
export function renderTimeline(
  ctx: RenderContext,
  view: EntitlementView,
  state: TimelineState,
  today: IsoDate,
  onRetry: () => void,
): TemplateResult {
  const l = ctx.l10n;
  let body: TemplateResult;
  switch (state.status) {
    case 'loading':
      body = html`<p class="note" role="status">${l.t('detail.chartLoading')}</p>`;
      break;
    case 'error':
      body = note(
        l.t('detail.chartError'),
        html` <button part="chart-retry" class="link-button" type="button" @click=${onRetry}>
          ${l.t('state.retry')}
        </button>`,
      );
      break;
    case 'not-started':
      body = note(l.t('detail.chartNotStarted', { date: l.format.date(state.startDate) }));
      break;
    default:
      body = renderChart(ctx, view, state.result, today);
  }
  return html`
    <section part="timeline" class="card timeline" aria-labelledby="timeline-heading">
      <div
        id="timeline-heading"
        class="section-heading"
        role="heading"
        aria-level=${level(ctx.headingLevel + 1)}
      >
        ${l.t('detail.chartSection')}
      </div>
      ${body}
    </section>
  `;
}
