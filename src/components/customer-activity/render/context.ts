import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../controllers/locale-controller.js';
import type { Unit } from '../../../domain/types.js';

/** What the template helpers of `<customer-activity>` need from the element. */
export interface RenderContext {
  /** Messages and formatters of the element's locale. */
  l10n: LocaleController;
  /** The `aria-level` of the page's section headings; what is inside a section is one level below. */
  headingLevel: number;
}

/** A heading level kept within 1–6. */
export function level(value: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || 1));
}

/** A quantity in its unit, localized: "12.5 hours", "1 crédito". */
export function quantity(ctx: RenderContext, count: number, unit: Unit): string {
  return ctx.l10n.t('packages.quantity', { count, unit });
}

/** A term as "Dec 1, 2025 – Nov 30, 2027" in the element's locale. */
export function term(ctx: RenderContext, startDate: string, endDate: string): string {
  const { format } = ctx.l10n;
  return ctx.l10n.t('packages.term', { start: format.date(startDate), end: format.date(endDate) });
}

/** A heading (a `div` with `role="heading"`, so its level fits the host page's outline). */
export function heading(
  ctx: RenderContext,
  id: string,
  text: string,
  depth = 0,
  options: { part?: string; focusable?: boolean } = {},
): TemplateResult {
  return html`<div
    id=${id}
    part=${options.part ?? 'heading'}
    class="heading level-${depth}"
    role="heading"
    aria-level=${level(ctx.headingLevel + depth)}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${text}
  </div>`;
}

/** A value with no meaning here, shown as a dash and read as words. */
export function dash(text: string): TemplateResult {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${text}</span>`;
}
