/**
 * Consumption over time: the monthly and cumulative consumption of an entitlement, as the detail view charts it
 * against what was purchased. Pure: no DOM, no adapter.
 */
import type { IsoDate, Package } from './types.js';

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

/** One month of a consumption timeline. */
export interface TimelinePoint {
  /** The month, `YYYY-MM`. */
  period: YearMonth;
  /**
   * Sum of the quantities of the selected workspaces dated in this month (for the first and last month, see
   * {@link consumptionTimeline}).
   */
  consumed: number;
  /** Sum of `consumed` of this month and every month before it. */
  cumulative: number;
  /** Sum of the quantities of every workspace dated in this month, like `consumed` otherwise. */
  consumedTotal: number;
  /** Sum of `consumedTotal` of this month and every month before it. */
  cumulativeTotal: number;
}

/** The months an entitlement's timeline covers: `from` and `to` are calendar dates. */
export interface TimelineRange {
  from: IsoDate;
  to: IsoDate;
}

/** The month index (year × 12 + month − 1) of a `YYYY-MM…` string; NaN when it does not start so. */
function monthIndex(date: string): number {
  if (date.length < 7 || date[4] !== '-') return Number.NaN;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return Number.NaN;
  return year * 12 + month - 1;
}

/** The `YYYY-MM` of a month index. */
function periodOf(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The monthly timeline of some consumption records: one point per calendar month from the month of `from` to the
 * month of `to`, both included, each with the quantity consumed in it and the running total — `consumed` and
 * `cumulative` over the records `inSelection` accepts (the selected workspaces), `consumedTotal` and
 * `cumulativeTotal` over every record given. Without `inSelection` every record is selected, so both pairs agree.
 *
 * - Records dated before the month of `from` count in the first month; records after the month of `to` count in
 *   the last month; a record whose date is not `YYYY-MM…` counts in the first month. So the last `cumulative` is
 *   always the sum of every selected quantity, the last `cumulativeTotal` the sum of every quantity, and nothing is
 *   dropped.
 * - When `to` falls in a month before `from`'s, the timeline is the single month of `from`.
 * - With non-negative quantities, `cumulative` and `cumulativeTotal` never decrease, and `consumed` ≤
 *   `consumedTotal` in every month.
 *
 * Throws a `RangeError` when `from` or `to` is not a `YYYY-MM…` date. Linear in records plus months.
 */
export function consumptionTimeline<R extends { date: string; quantity: number }>(
  records: Iterable<R>,
  from: IsoDate,
  to: IsoDate,
  inSelection: (record: R) => boolean = () => true,
): TimelinePoint[] {
  const first = monthIndex(from);
  const last = monthIndex(to);
  if (Number.isNaN(first))
    throw new RangeError(`from must be a YYYY-MM-DD date, got ${JSON.stringify(from)}`);
  if (Number.isNaN(last)) throw new RangeError(`to must be a YYYY-MM-DD date, got ${JSON.stringify(to)}`);
  const count = Math.max(1, last - first + 1);
  const consumed = new Array<number>(count).fill(0);
  const consumedTotal = new Array<number>(count).fill(0);
  for (const record of records) {
    const index = monthIndex(record.date) - first;
    const slot = Number.isNaN(index) || index < 0 ? 0 : index >= count ? count - 1 : index;
    consumedTotal[slot] += record.quantity;
    if (inSelection(record)) consumed[slot] += record.quantity;
  }
  const points: TimelinePoint[] = new Array<TimelinePoint>(count);
  let cumulative = 0;
  let cumulativeTotal = 0;
  for (let i = 0; i < count; i++) {
    cumulative += consumed[i];
    cumulativeTotal += consumedTotal[i];
    points[i] = {
      period: periodOf(first + i),
      consumed: consumed[i],
      cumulative,
      consumedTotal: consumedTotal[i],
      cumulativeTotal,
    };
  }
  return points;
}

/**
 * The months a package's timeline covers at `today`: from its start date to its end date or today, whichever
 * comes first. Null when the package starts after today (nothing can have been consumed yet).
 */
export function packageTimelineRange(
  pkg: Pick<Package, 'startDate' | 'endDate'>,
  today: IsoDate,
): TimelineRange | null {
  const day = today.slice(0, 10);
  const from = pkg.startDate.slice(0, 10);
  if (from > day) return null;
  const end = pkg.endDate.slice(0, 10);
  return { from, to: end < day ? end : day };
}
