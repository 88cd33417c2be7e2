import type { ChartConfiguration } from 'chart.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ChartController } from '../../controllers/chart-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { tokens } from '../../styles/tokens.js';
import { chartStyles } from './chart.styles.js';

/** One series of a chart. */
export interface ChartSeries {
  /** Its name, in the legend and the table's column header. */
  label: string;
  /** One value per label; null leaves a gap. */
  data: (number | null)[];
  /** Which `--ca-chart-series-N` colour to use (1–6; default by position). */
  color?: number;
  /** Draw as a line or as bars (default: the chart's `type`). */
  kind?: 'line' | 'bar';
  /** A dashed line, e.g. for a limit such as "purchased". */
  dashed?: boolean;
  /** A dotted line, e.g. for a guide such as "even pace" (wins over `dashed`). */
  dotted?: boolean;
  /** Fill the area under a line. */
  fill?: boolean;
}

const reducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Under forced colours every series is drawn in the one colour the user chose, so the lines are told apart by
 * their dash pattern and marker instead — the n-th line series takes the n-th of each (the legend shows both).
 */
const FORCED_DASHES: readonly number[][] = [[], [10, 4], [2, 3], [10, 3, 2, 3], [5, 5], [1, 6]];
const FORCED_MARKERS = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star'] as const;

/**
 * @summary A chart with its figures as an accessible table: chart.js is loaded only when a chart is shown.
 *
 * @tag ca-chart
 *
 * The canvas is an image named by `heading`; the same figures are always one click away as a table ("Show as
 * table"), and the table is shown by itself when chart.js cannot be loaded. Colours come from the
 * `--ca-chart-series-N` tokens; there is no animation under `prefers-reduced-motion`.
 *
 * @csspart figure - The figure around the chart and its table.
 * @csspart canvas - The chart's canvas.
 * @csspart toggle - The "Show as table" button.
 * @csspart table - The table of figures.
 *
 * @cssprop [--ca-chart-height=240px] - Height of the chart.
 */
export class ChartElement extends LitElement {
  static override styles = [tokens, chartStyles];

  /** Messages and number formats in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  private readonly chart = new ChartController(this, () => this.canvas);

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.probe') private probe?: HTMLElement;

  @state() private tableShown = false;

  /** The chart's title; also the accessible name of the canvas and the table's caption. */
  @property() heading = '';

  /** `line` or `bar`. */
  @property() type: 'line' | 'bar' = 'line';

  /** The category labels (already formatted), one per point. */
  @property({ attribute: false }) labels: string[] = [];

  /** The series to draw. */
  @property({ attribute: false }) series: ChartSeries[] = [];

  /** Header of the table's first column (what a label is, e.g. "Month"). */
  @property({ attribute: 'category-header' }) categoryHeader = '';

  /** Stack bar series on each other. */
  @property({ type: Boolean }) stacked = false;

  /** Formats a value for the table and the tooltips (default: the locale's number format). */
  @property({ attribute: false }) formatValue?: (value: number) => string;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('labels') || changed.has('series') || changed.has('type') || changed.has('stacked')) {
      void this.chart.render(this.series.length > 0 ? this.config() : null);
    }
  }

  private handleToggle(): void {
    this.tableShown = !this.tableShown;
  }

  private format(value: number | null): string {
    if (value === null) return '—';
    return this.formatValue ? this.formatValue(value) : this.l10n.format.number(value);
  }

  /** Resolves a token (which may hold `light-dark()`) to a colour the canvas understands. */
  private color(index: number): string {
    const probe = this.probe;
    if (!probe) return '#0a58ca';
    probe.style.color = `var(--_chart-series-${((index - 1) % 6) + 1})`;
    return getComputedStyle(probe).color;
  }

  private textColor(variable: string): string {
    const probe = this.probe;
    if (!probe) return '#57606a';
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  }

  private config(): ChartConfiguration {
    // From the element's own `@media (forced-colors: active)` rule, so what the stylesheet sees, the canvas sees.
    const forced = getComputedStyle(this).getPropertyValue('--_chart-forced-colors').trim() === '1';
    let lineIndex = 0;
    const datasets = this.series.map((s, i) => {
      const color = this.color(s.color ?? i + 1);
      const kind = s.kind ?? this.type;
      const marker = kind === 'line' && forced ? lineIndex++ % FORCED_MARKERS.length : -1;
      const dataset = {
        type: kind,
        label: s.label,
        data: s.data,
        borderColor: color,
        backgroundColor: kind === 'bar' || s.fill ? `color-mix(in srgb, ${color} 70%, transparent)` : color,
        borderWidth: 2,
        borderDash: marker >= 0 ? FORCED_DASHES[marker] : s.dotted ? [2, 3] : s.dashed ? [6, 4] : [],
        pointStyle: marker >= 0 ? FORCED_MARKERS[marker] : 'circle',
        pointRadius: marker >= 0 ? 3 : kind === 'line' && this.labels.length > 40 ? 0 : 2,
        fill: s.fill ?? false,
        spanGaps: true,
      };
      return dataset;
    });
    const muted = this.textColor('--_color-text-muted');
    const grid = this.textColor('--_color-border');
    const animation = reducedMotion() ? (false as const) : { duration: 300 };
    return {
      type: this.type,
      data: { labels: this.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { labels: { color: muted, boxWidth: 12, usePointStyle: forced } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${this.format(item.parsed.y ?? null)}`,
            },
          },
        },
        scales: {
          x: {
            stacked: this.stacked,
            ticks: { color: muted, maxRotation: 0, autoSkip: true },
            grid: { color: grid },
          },
          y: {
            stacked: this.stacked,
            beginAtZero: true,
            ticks: { color: muted, callback: (v) => this.format(Number(v)) },
            grid: { color: grid },
          },
        },
      },
    };
  }

  private renderTable() {
    // The box scrolls when there are many rows: it takes focus so keyboard users can scroll it too.
    return html`<div class="table-box" tabindex="0" role="region" aria-label=${this.heading}>
      <table part="table">
        <caption class="visually-hidden">
          ${this.heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.categoryHeader}</th>
            ${this.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.labels.map(
            (label, i) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${this.series.map((s) => html`<td>${this.format(s.data[i] ?? null)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const failed = this.chart.status === 'failed';
    const showTable = this.tableShown || failed;
    return html`<figure part="figure">
      <figcaption>
        <span>${this.heading}</span>
        ${
          failed
            ? nothing
            : html`<button
                class="toggle"
                part="toggle"
                type="button"
                aria-expanded=${String(this.tableShown)}
                @click=${this.handleToggle}
              >
                ${this.tableShown ? this.l10n.t('chart.hideTable') : this.l10n.t('chart.showTable')}
              </button>`
        }
      </figcaption>
      <span class="probe" hidden></span>
      ${
        failed
          ? html`<p class="note" role="status">${this.l10n.t('chart.unavailable')}</p>`
          : html`<div class="canvas-box">
              <canvas
                part="canvas"
                role="img"
                aria-label=${this.l10n.t('chart.summary', { heading: this.heading, count: this.labels.length })}
              ></canvas>
              ${
                this.chart.status === 'loading'
                  ? html`<div class="loading" aria-hidden="true">${this.l10n.t('chart.loading')}</div>`
                  : nothing
              }
            </div>`
      }
      ${showTable ? this.renderTable() : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-chart': ChartElement;
  }
}
