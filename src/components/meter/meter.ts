import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../shared/style-props.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { THRESHOLDS, type Threshold } from '../../domain/types.js';
import { tokens } from '../../styles/tokens.js';
import { icon, type IconName } from '../shared/icons.js';
import { meterStyles } from './meter.styles.js';

/** The thresholds a meter draws as a bar. */
type MeteredThreshold = Extract<Threshold, 'ok' | 'warning' | 'critical' | 'over'>;

const ICON_OF: Record<MeteredThreshold, IconName> = {
  ok: 'ok',
  warning: 'warning',
  critical: 'warning',
  over: 'error',
};

/** A ratio rounded down to a whole percent below 100 % and up above it, so 99.6 % never reads "100%". */
function displayRatio(ratio: number): number {
  // The percent is rounded to 1e-6 first, so floating-point noise (1.1 × 100 = 110.00000000000001) cannot tip it.
  const percent = Math.round(ratio * 100 * 1e6) / 1e6;
  if (percent === 100) return 1;
  return (percent < 100 ? Math.floor(percent) : Math.ceil(percent)) / 100;
}

/**
 * @summary A horizontal utilisation bar: how much of a purchased amount has been consumed.
 *
 * @tag ca-meter
 *
 * Exposed as `role="meter"` named by `label`, with `aria-valuenow` (clamped to `max`), `aria-valuemin`,
 * `aria-valuemax`, and an `aria-valuetext` such as "62% used — warning; 58% of the term elapsed". The bar's colour
 * follows `threshold` (pass `Balance.threshold` from the adapter: the element does not compute it), and the
 * threshold is always written out beside an icon too, so colour is never the only signal. Over 100 % the whole
 * bar turns to the "over" colour, a line marks the purchased amount and the excess is hatched.
 *
 * - `max` null (or `threshold` `unlimited`): no bar, the text "As needed".
 * - `threshold` `benefit`: no bar, the text "Benefit — consumption is not tracked" (a benefit records no
 *   consumption, so there is nothing to measure).
 * - `threshold` unset: the bar is drawn in the accent colour with no threshold text.
 *
 * @csspart track - The bar's track; carries `role="meter"`.
 * @csspart fill - The consumed share.
 * @csspart marker - The burn-down cue: the share of the term elapsed (only with `marker`).
 *
 * @cssprop [--ca-meter-height=0.5rem] - Thickness of the bar.
 * @cssprop [--ca-meter-track=var(--ca-color-surface-sunken)] - Colour of the empty track.
 */
export class MeterElement extends LitElement {
  static override styles = [tokens, meterStyles];

  /** Messages and number formats in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  /** The amount consumed. */
  @property({ type: Number }) value = 0;

  /** The amount purchased; null (no attribute) means "as needed" and draws no bar. */
  @property({ type: Number }) max: number | null = null;

  /** The utilisation threshold (`Balance.threshold`): chooses the colour and the status text. */
  @property() threshold?: Threshold;

  /** The accessible name of the meter, e.g. "Reactive support hours". Defaults to "Utilisation". */
  @property() label = '';

  /** The share of the term elapsed (0–1), drawn as a thin line: where consumption would be at an even pace. */
  @property({ type: Number }) marker: number | null = null;

  override render(): TemplateResult {
    const threshold = THRESHOLDS.includes(this.threshold as Threshold) ? this.threshold : undefined;
    if (threshold === 'benefit') return html`<span class="note">${this.l10n.t('meter.benefit')}</span>`;
    const max = this.max;
    if (threshold === 'unlimited' || max === null || !Number.isFinite(max) || max <= 0) {
      return html`<span class="note">${this.l10n.t('meter.asNeeded')}</span>`;
    }
    return this.renderBar(max, threshold);
  }

  private renderBar(max: number, threshold: MeteredThreshold | undefined): TemplateResult {
    const { format } = this.l10n;
    const value = Number.isFinite(this.value) ? Math.max(0, this.value) : 0;
    const scale = Math.max(max, value);
    const marker =
      this.marker === null || !Number.isFinite(this.marker) ? null : Math.min(1, Math.max(0, this.marker));

    const used = this.l10n.t('meter.used', { percent: format.percent(displayRatio(value / max)) });
    const status = threshold
      ? this.l10n.t('meter.valueText', { used, threshold: this.l10n.t(`meter.threshold.${threshold}`) })
      : used;
    const term =
      marker === null ? null : this.l10n.t('meter.termElapsed', { percent: format.percent(marker) });
    const percentOf = (amount: number): string => `${(amount / scale) * 100}%`;

    return html`
      <div class="meter" data-threshold=${threshold ?? nothing}>
        <div
          part="track"
          class="track"
          role="meter"
          aria-label=${this.label || this.l10n.t('meter.label')}
          aria-valuemin="0"
          aria-valuemax=${max}
          aria-valuenow=${Math.min(value, max)}
          aria-valuetext=${term ? `${status}; ${term}` : status}
        >
          <div part="fill" class="fill" style=${styleProps({ width: percentOf(value) })}></div>
          ${
            value > max
              ? html`<div class="overflow" style=${styleProps({ left: percentOf(max) })}></div>
                  <div class="limit" style=${styleProps({ left: percentOf(max) })}></div>`
              : nothing
          }
          ${
            marker === null
              ? nothing
              : html`<div
                  part="marker"
                  class="marker"
                  style=${styleProps({ left: percentOf(marker * max) })}
                ></div>`
          }
        </div>
        <div class="caption" aria-hidden="true">
          <span class="status">${threshold ? icon(ICON_OF[threshold]) : nothing}${status}</span>
          ${term ? html`<span class="term">${term}</span>` : nothing}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-meter': MeterElement;
  }
}
