import type { LocaleController } from '../../../controllers/locale-controller.js';
import type { Unit } from '../../../domain/types.js';

/** What the template helpers of `<entitlement-detail>` need from the element. */
export interface RenderContext {
  /** Messages and formatters of the element's locale. */
  l10n: LocaleController;
  /** The `aria-level` of the entitlement's name; the sections are one level below. */
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

/** A term as "Dec 1, 2025 – Jan 31, 2027" in the element's locale. */
export function term(ctx: RenderContext, startDate: string, endDate: string): string {
  const { format } = ctx.l10n;
  return ctx.l10n.t('packages.term', { start: format.date(startDate), end: format.date(endDate) });
}
