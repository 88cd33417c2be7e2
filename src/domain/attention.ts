/**
 * Renewal insight drawn from the forecasts the adapter already returns: which outlook a summary line shows, and what
 * "Needs attention" lists at the top of the Customer Activity page. Pure: no DOM, no adapter.
 */
import { outlookBadness } from './forecast.js';
import { summaryGroupOf } from './summary.js';
import type { Balance, PackageView, SummaryGroup, Unit } from './types.js';

/**
 * The share of the purchase that counts as "a large share unused" (inclusive): a package expiring within 90 days is
 * listed when the pace so far would leave at least this share of an entitlement unused at its end.
 */
export const LARGE_UNUSED_SHARE = 0.25;

/** Why an entitlement needs attention, in the order the list shows them: the most urgent first. */
export const ATTENTION_REASONS = ['over', 'runs-out', 'expiring-unused'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** One entry of "Needs attention": an entitlement, why, and the package it belongs to. */
export interface AttentionItem {
  reason: AttentionReason;
  /** The entitlement's balance, with its forecast (never null for `runs-out` and `expiring-unused`). */
  balance: Balance;
  /** The entitlement's package: its name, scope, end date and days left. */
  package: Pick<PackageView, 'id' | 'name' | 'scope' | 'endDate' | 'daysLeft' | 'expiry'>;
}

/**
 * The entitlements behind a summary line — the consumable entitlements of the group with the line's unit, in their
 * order — exactly those `summarizeGroups` sums into it.
 */
export function summaryLineBalances<B extends Pick<Balance, 'kind' | 'category' | 'unit'>>(
  balances: readonly B[],
  group: SummaryGroup,
  unit: Unit,
): B[] {
  return balances.filter(
    (b) => b.category === 'consumable' && b.unit === unit && summaryGroupOf(b.kind) === group,
  );
}

/** Whether `a` is more pressing than `b`: a worse outlook, or both running out and `a` sooner. */
function morePressing(a: NonNullable<Balance['forecast']>, b: NonNullable<Balance['forecast']>): boolean {
  const diff = outlookBadness(a.outlook) - outlookBadness(b.outlook);
  if (diff !== 0) return diff > 0;
  return a.runOutDate !== null && b.runOutDate !== null && a.runOutDate < b.runOutDate;
}

/**
 * The outlook a line of several entitlements shows: that of its most pressing entitlement — the one whose outlook
 * comes last in `OUTLOOKS_BY_BADNESS` (not-started, ended, underused, on-track, runs-out, exhausted); of two that
 * run out, the one that runs out sooner; else the first in the list — so a line never reads "on track" while one of
 * its entitlements runs out. Entitlements without a forecast (as needed) pass no verdict; null when none has one.
 */
export function mostPressing<B extends Pick<Balance, 'forecast'>>(balances: readonly B[]): B | null {
  let worst: B | null = null;
  for (const b of balances) {
    if (!b.forecast) continue;
    if (!worst || morePressing(b.forecast, worst.forecast!)) worst = b;
  }
  return worst;
}

/** Whether the pace so far would leave at least {@link LARGE_UNUSED_SHARE} of the purchase unused at the end. */
function largeShareUnused(balance: Balance): boolean {
  const unused = balance.forecast?.unusedAtEnd;
  return (
    balance.purchased !== null &&
    unused !== null &&
    unused !== undefined &&
    unused >= LARGE_UNUSED_SHARE * balance.purchased
  );
}

/** The reason an entitlement of a package needs attention, or null. At most one reason holds for a balance. */
export function attentionReason(
  balance: Balance,
  pkg: Pick<PackageView, 'expiry' | 'status'>,
): AttentionReason | null {
  if (pkg.status !== 'active' || balance.category !== 'consumable' || balance.purchased === null) return null;
  if (balance.threshold === 'over') return 'over';
  if (balance.forecast?.outlook === 'runs-out') return 'runs-out';
  if (pkg.expiry === 'expiring' && largeShareUnused(balance)) return 'expiring-unused';
  return null;
}

/**
 * "Needs attention" from the packages of a contract as `listPackages` returns them (enterprise and add-on): every
 * consumable entitlement of an active package that is
 * - `over` — consumed more than was purchased (threshold `over`);
 * - `runs-out` — its outlook is `runs-out`: at the pace so far it is used up before its term ends;
 * - `expiring-unused` — its package is expiring (0–90 days left) and the pace so far would leave at least
 *   {@link LARGE_UNUSED_SHARE} of the purchase unused at the end (`forecast.unusedAtEnd`).
 * Inactive packages and benefits are never listed.
 *
 * These exclude one another (over is exhausted, runs-out leaves nothing unused), so each entitlement is listed at
 * most once — also when a package is given twice. Ordered by reason (over, runs-out, expiring-unused), then the
 * soonest first (run-out date, days left), then by name and id.
 */
export function needsAttention(
  packages: readonly Pick<
    PackageView,
    'id' | 'name' | 'scope' | 'endDate' | 'daysLeft' | 'expiry' | 'status' | 'entitlements'
  >[],
): AttentionItem[] {
  const seen = new Set<string>();
  const items: AttentionItem[] = [];
  for (const pkg of packages) {
    for (const balance of pkg.entitlements) {
      if (seen.has(balance.entitlementId)) continue;
      const reason = attentionReason(balance, pkg);
      if (!reason) continue;
      seen.add(balance.entitlementId);
      const { id, name, scope, endDate, daysLeft, expiry } = pkg;
      items.push({ reason, balance, package: { id, name, scope, endDate, daysLeft, expiry } });
    }
  }
  const when = (item: AttentionItem): string =>
    item.reason === 'runs-out' ? (item.balance.forecast?.runOutDate ?? '') : item.package.endDate;
  return items.sort(
    (a, b) =>
      ATTENTION_REASONS.indexOf(a.reason) - ATTENTION_REASONS.indexOf(b.reason) ||
      compare(when(a), when(b)) ||
      compare(a.balance.name, b.balance.name) ||
      compare(a.balance.entitlementId, b.balance.entitlementId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
