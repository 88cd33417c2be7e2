/**
 * Calendar arithmetic on ISO-8601 dates. Every date is read as a calendar day (its first 10 characters) and
 * counted in UTC, so no host time zone or daylight-saving change can shift a day.
 */
import type { IsoDate, IsoTimestamp } from './types.js';

const MS_PER_DAY = 86_400_000;

/** "Today" of a dataset: the calendar date of `asOf` as written (its first 10 characters). */
export function todayOf(asOf: IsoTimestamp): IsoDate {
  return asOf.slice(0, 10);
}

/** The day number of an ISO date (days since 1970-01-01, in UTC); NaN when it is not `YYYY-MM-DD…`. */
export function dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (date.length < 10 || date[4] !== '-' || date[7] !== '-' || !y || !m || !d) return Number.NaN;
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), counted on calendar dates in UTC. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The share of the term [startDate, endDate] elapsed at `today`, clamped to 0..1 (0 before the start, 1 from the
 * end on). A one-day term (start = end) counts as 0 before that day and 1 from it.
 */
export function termElapsedShare(startDate: IsoDate, endDate: IsoDate, today: IsoDate): number {
  const length = daysBetween(startDate, endDate);
  const elapsed = daysBetween(startDate, today);
  if (!(length > 0)) return elapsed >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / length));
}

/** The ISO date `days` whole days after `date` (before it when negative), on calendar dates in UTC. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`addDays: ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
  if (!Number.isInteger(days)) throw new RangeError(`addDays: days must be a whole number, got ${days}`);
  return new Date((day + days) * MS_PER_DAY).toISOString().slice(0, 10);
}
