/**
 * The forecast of a balance (docs/domain-rules.md, "Forecast"): how much of its package's term has elapsed, what an
 * even pace would have used by today, the pace so far, where that pace ends up at the end of the term, when it runs
 * out and what it leaves unused — and the outlook that sums it up. Pure: no DOM, no adapter.
 */
import { addDays, dayNumber, daysBetween, termElapsedShare } from './dates.js';
import type { Balance, Forecast, IsoDate, Outlook, Package } from './types.js';
import { OUTLOOKS } from './types.js';

/** The term a forecast runs over: the entitlement's package's start and end dates. */
export type ForecastTerm = Pick<Package, 'startDate' | 'endDate'>;

/** Below this share of the purchase, a projected total is `underused` (exclusive: 0.8 × purchased is on track). */
export const UNDERUSED_BELOW = 0.8;

/**
 * The outlooks from the least to the most pressing for the balance, by how close the pace so far takes it to
 * running out: `not-started` and `ended` pass no verdict on the pace (the term decides them); `underused` has the
 * most headroom, then `on-track`, `runs-out` (before the term ends) and `exhausted` (nothing left). Consuming more,
 * the same term and day otherwise, never moves a balance earlier in this list.
 */
export const OUTLOOKS_BY_BADNESS = [
  'not-started',
  'ended',
  'underused',
  'on-track',
  'runs-out',
  'exhausted',
] as const satisfies readonly Outlook[];

/** The rank of an outlook in {@link OUTLOOKS_BY_BADNESS}: 0 for the least pressing. */
export function outlookBadness(outlook: Outlook): number {
  return OUTLOOKS_BY_BADNESS.indexOf(outlook);
}

/** Whether a value is one of {@link OUTLOOKS}. */
export function isOutlook(value: unknown): value is Outlook {
  return (OUTLOOKS as readonly unknown[]).includes(value);
}

function checkDate(name: string, value: unknown): void {
  if (typeof value !== 'string' || Number.isNaN(dayNumber(value))) {
    throw new RangeError(`forecastOf: ${name} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  }
}

/**
 * The forecast of a balance over its package's term at `today`, exactly as docs/domain-rules.md defines it; null for a
 * `benefit` and for purchased null. With `len` = daysBetween(term.startDate, term.endDate) and `d` =
 * daysBetween(term.startDate, today):
 * - `elapsed` = d / len clamped to 0..1 (for len ≤ 0: 1 when d ≥ 0, else 0) — {@link termElapsedShare};
 * - `expectedByNow` = purchased × elapsed; `pace` = consumedTotal / expectedByNow (null when expectedByNow is 0);
 * - `projectedTotal` = null when elapsed = 0, consumedTotal when elapsed = 1, else consumedTotal / elapsed;
 * - `runOutDate` = when 0 < elapsed < 1, consumedTotal < purchased and projectedTotal > purchased: term.startDate
 *   plus floor(d × purchased / consumedTotal) days; else null;
 * - `unusedAtEnd` = null when elapsed = 0; purchased − projectedTotal when projectedTotal < purchased; else 0;
 * - `outlook` = the first that holds: `not-started` (elapsed = 0), `ended` (elapsed = 1), `exhausted`
 *   (consumedTotal ≥ purchased), `runs-out` (projectedTotal > purchased), `underused` (projectedTotal <
 *   0.8 × purchased), `on-track`.
 *
 * Throws a `RangeError` naming the argument when a date is not `YYYY-MM-DD…` or consumedTotal is not a finite
 * number ≥ 0 (a validated dataset never has either).
 */
export function forecastOf(
  balance: Pick<Balance, 'category' | 'purchased' | 'consumedTotal'>,
  term: ForecastTerm,
  today: IsoDate,
): Forecast | null {
  const { category, purchased, consumedTotal } = balance;
  if (category === 'benefit' || purchased === null) return null;
  checkDate('term.startDate', term?.startDate);
  checkDate('term.endDate', term?.endDate);
  checkDate('today', today);
  if (!Number.isFinite(consumedTotal) || consumedTotal < 0) {
    throw new RangeError(`forecastOf: consumedTotal must be a finite number ≥ 0, got ${consumedTotal}`);
  }
  if (!Number.isFinite(purchased) || purchased <= 0) {
    throw new RangeError(`forecastOf: purchased must be a positive number or null, got ${purchased}`);
  }

  const d = daysBetween(term.startDate, today);
  const elapsed = termElapsedShare(term.startDate, term.endDate, today);
  const expectedByNow = purchased * elapsed;
  const pace = expectedByNow === 0 ? null : consumedTotal / expectedByNow;
  const projectedTotal = elapsed === 0 ? null : elapsed === 1 ? consumedTotal : consumedTotal / elapsed;
  const runOutDate =
    elapsed > 0 &&
    elapsed < 1 &&
    consumedTotal < purchased &&
    projectedTotal !== null &&
    projectedTotal > purchased
      ? addDays(term.startDate, Math.floor((d * purchased) / consumedTotal))
      : null;
  const unusedAtEnd =
    projectedTotal === null ? null : projectedTotal < purchased ? purchased - projectedTotal : 0;
  return {
    elapsed,
    expectedByNow,
    pace,
    projectedTotal,
    runOutDate,
    unusedAtEnd,
    outlook: outlookOf(elapsed, consumedTotal, projectedTotal, purchased),
  };
}

function outlookOf(
  elapsed: number,
  consumedTotal: number,
  projectedTotal: number | null,
  purchased: number,
): Outlook {
  if (elapsed === 0 || projectedTotal === null) return 'not-started';
  if (elapsed === 1) return 'ended';
  if (consumedTotal >= purchased) return 'exhausted';
  if (projectedTotal > purchased) return 'runs-out';
  if (projectedTotal < UNDERUSED_BELOW * purchased) return 'underused';
  return 'on-track';
}
