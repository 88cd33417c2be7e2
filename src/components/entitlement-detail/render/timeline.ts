import { html, nothing, type TemplateResult } from 'lit';
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

/** The chart itself, with the notes that qualify what it counts. */
function renderChart(ctx: RenderContext, view: EntitlementView, result: TimelineResult): TemplateResult {
  const l = ctx.l10n;
  if (result.status === 'too-long') {
    return note(l.t('detail.chartTooLong', { count: result.rowCount, cap: result.cap }));
  }
  const { points } = result;
  const last = points[points.length - 1];
  if (!last || last.cumulative === 0) return note(l.t('detail.chartEmpty'));
  const series: ChartSeries[] = [
    {
      label: l.t('detail.series.cumulative'),
      data: points.map((p) => p.cumulative),
      color: 1,
    },
    { label: l.t('detail.series.monthly'), data: points.map((p) => p.consumed), color: 2, kind: 'bar' },
  ];
  if (view.purchased !== null) {
    const purchased = view.purchased;
    series.push({
      label: l.t('detail.series.purchased'),
      data: points.map(() => purchased),
      color: 4,
      dashed: true,
    });
  }
  const notes: string[] = [];
  if (result.source === 'history' && result.hiddenByPermissions > 0) {
    notes.push(l.t('detail.chartHidden', { count: result.hiddenByPermissions }));
  }
  if (view.consumed !== view.consumedTotal) {
    notes.push(
      l.t('detail.chartSelection', {
        consumed: quantity(ctx, last.cumulative, view.unit),
        total: quantity(ctx, view.consumedTotal, view.unit),
      }),
    );
  }
  return html`
    <ca-chart
      part="chart"
      exportparts="figure: chart-figure, canvas: chart-canvas, toggle: chart-toggle, table: chart-table"
      heading=${l.t('detail.chartHeading')}
      category-header=${l.t('detail.chartMonth')}
      .labels=${points.map((p) => monthLabel(l.locale, p.period))}
      .series=${series}
      .formatValue=${(value: number) => l.format.number(value)}
    ></ca-chart>
    ${notes.map((text) => note(text))}
  `;
}

/**
 * The "Consumption over time" section: cumulative consumption by month over the package's term up to today, with
 * the monthly amounts and the purchased line (none when purchased is null), and its figures one click away as a
 * table. While the data loads, when it fails (with "Try again"), before the package starts, when nothing was
 * consumed or when the history is too long to chart, a sentence says so instead — and chart.js is not loaded.
 */
export function renderTimeline(
  ctx: RenderContext,
  view: EntitlementView,
  state: TimelineState,
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
      body = renderChart(ctx, view, state.result);
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
