import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../../../i18n/format.js';

/**
 * Cell templates for a column's `template`: the grid's stylesheet styles them (they render inside its shadow
 * root). Each says what it shows in words — a colour or a style is never the only signal.
 */

/** The colours of a badge; each badge also has its text. */
export const BADGE_TONES = ['neutral', 'info', 'warning', 'critical'] as const;
export type BadgeTone = (typeof BADGE_TONES)[number];

/** One badge of a cell. */
export interface CellBadge {
  text: string;
  tone?: BadgeTone;
}

/**
 * A row of badges. Between two badges sits `separator` (default `", "`), visually hidden, so a screen reader and
 * the cell's text read "Expired contract, Missing package" rather than one run of words. Nothing when there are
 * none.
 */
export function badgesCell(badges: readonly CellBadge[], separator = ', '): TemplateResult | typeof nothing {
  if (badges.length === 0) return nothing;
  return html`<span class="badges"
    >${badges.map(
      (b, i) =>
        html`${i > 0 ? html`<span class="visually-hidden">${separator}</span>` : nothing}<span
            class="badge"
            data-tone=${b.tone ?? 'neutral'}
            >${b.text}</span
          >`,
    )}</span
  >`;
}

/** A value that should be there and is not (a contract, a package, a service): its text in the "missing" style. */
export function missingCell(text: string): TemplateResult {
  return html`<span class="missing">${text}</span>`;
}

/**
 * A number in the locale's format with a short unit after it (`12.5 h`) on screen, and `spoken` (`12.5 hours`)
 * for assistive technology instead. Empty for null, undefined and non-finite numbers.
 */
export function numberWithUnitCell(
  value: number | null | undefined,
  format: Formatter,
  unit: { short: string; spoken: (value: number) => string },
): TemplateResult | typeof nothing {
  if (value === null || value === undefined || !Number.isFinite(value)) return nothing;
  return html`<span aria-hidden="true">${format.number(value)}<span class="unit">${unit.short}</span></span
    ><span class="visually-hidden">${unit.spoken(value)}</span>`;
}
