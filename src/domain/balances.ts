/** The balance of an entitlement (docs/domain-rules.md). */
import { forecastOf } from './forecast.js';
import type { ForecastTerm } from './forecast.js';
import type { Balance, Category, ConsumptionRecord, Entitlement, IsoDate, Threshold } from './types.js';

/** Utilisation from which a limited entitlement is `warning` (inclusive). */
export const WARNING_AT = 0.8;
/** Utilisation from which a limited entitlement is `critical` (inclusive). */
export const CRITICAL_AT = 0.95;

/** The sums a balance is made of. */
export interface BalanceTotals {
  /** Sum of quantity over the selected workspaces. */
  consumed: number;
  /** Sum of quantity over every workspace. */
  consumedTotal: number;
  /** Sum of hoursDone over the selected workspaces. */
  hoursDone: number;
}

/**
 * The threshold of an entitlement: `benefit` for a benefit, `unlimited` when purchased (or utilisation) is null,
 * `over` above 1, `critical` from 0.95, `warning` from 0.80, else `ok`.
 */
export function thresholdOf(
  category: Category,
  purchased: number | null,
  utilisation: number | null,
): Threshold {
  if (category === 'benefit') return 'benefit';
  if (purchased === null || utilisation === null) return 'unlimited';
  if (utilisation > 1) return 'over';
  if (utilisation >= CRITICAL_AT) return 'critical';
  if (utilisation >= WARNING_AT) return 'warning';
  return 'ok';
}

/** Sums a list of records into balance totals; `selected` holds the workspace ids of S. */
export function totalsOf(
  records: Iterable<Pick<ConsumptionRecord, 'workspaceId' | 'quantity' | 'hoursDone'>>,
  selected: ReadonlySet<string>,
): BalanceTotals {
  let consumed = 0;
  let consumedTotal = 0;
  let hoursDone = 0;
  for (const r of records) {
    consumedTotal += r.quantity;
    if (selected.has(r.workspaceId)) {
      consumed += r.quantity;
      hoursDone += r.hoursDone ?? 0;
    }
  }
  return { consumed, consumedTotal, hoursDone };
}

/**
 * The balance of an entitlement from its totals: remaining, utilisation, threshold and forecast derived exactly.
 *
 * @param entitlement the entitlement (its id, package id, name, kind, category, unit and purchased are copied)
 * @param totals its sums: `consumed` and `hoursDone` over the selected workspaces, `consumedTotal` over every one
 * @param term the start and end dates of the entitlement's package (`YYYY-MM-DD`), which the forecast runs over
 * @param today the dataset's today (`todayOf(asOf)`, `YYYY-MM-DD`)
 */
export function balanceOf(
  entitlement: Entitlement,
  totals: BalanceTotals,
  term: ForecastTerm,
  today: IsoDate,
): Balance {
  const { purchased, category } = entitlement;
  const remaining = purchased === null ? null : purchased - totals.consumedTotal;
  const utilisation = purchased === null ? null : totals.consumedTotal / purchased;
  return {
    entitlementId: entitlement.id,
    packageId: entitlement.packageId,
    name: entitlement.name,
    kind: entitlement.kind,
    category: entitlement.category,
    unit: entitlement.unit,
    purchased,
    consumed: totals.consumed,
    consumedTotal: totals.consumedTotal,
    remaining,
    utilisation,
    hoursDone: totals.hoursDone,
    threshold: thresholdOf(category, purchased, utilisation),
    forecast: forecastOf({ category, purchased, consumedTotal: totals.consumedTotal }, term, today),
  };
}
