/**
 * The figures of an entitlement's "Consumption over time" chart over its package's whole term: the contract-wide
 * cumulative consumption so far (every workspace), the selected workspaces' own, the purchase, the even pace from
 * the term's start (0) to the purchase at its end, and the projection at the pace so far from today to the end of
 * the term. Pure: no DOM, no adapter.
 */
import { addDays, dayNumber, termElapsedShare } from './dates.js';
import type { TimelinePoint, YearMonth } from './timeline.js';
import type { Forecast, IsoDate, Package } from './types.js';

/** One point of the chart: the start of the term, or a month of it. */
export interface TermChartPoint {
  /**
   * The month `YYYY-MM`; or `start` for the first point (the term's first day, where everything is 0); or `end` for
   * a last point at the end date when today falls in the term's last month (its month's point then stands for today).
   */
  period: YearMonth;
  /** The day the point stands for: the start date; the last day of a month (the end date in the last month); today. */
  date: IsoDate;
  /** Consumed in every workspace up to `date`; null after today, and for a month the timeline does not hold. */
  cumulativeTotal: number | null;
  /** Consumed in the selected workspaces up to `date`; null likewise. */
  cumulative: number | null;
  /** Consumed in every workspace in the month; null for the start point, after today, or a month not held. */
  consumedTotal: number | null;
  /** purchased × the share of the term elapsed at `date`: where an even pace would be; null without a purchase. */
  evenPace: number | null;
  /**
   * projectedTotal × the share of the term elapsed at `date`, from today's point to the end of the term — the pace so
   * far carried on, meeting `consumedTotal` of the balance today and `projectedTotal` at the end; null before today,
   * and when the term has not started or has ended.
   */
  projection: number | null;
}

/** What the chart is drawn of. */
export interface TermChartInput {
  /** The monthly timeline of the adapter (or of the history fallback). */
  points: readonly TimelinePoint[];
  /** The entitlement's package. */
  term: Pick<Package, 'startDate' | 'endDate'>;
  today: IsoDate;
  /** The entitlement's purchase; null for as needed (no even pace). */
  purchased: number | null;
  /** The balance's forecast; its `projectedTotal` draws the projection. */
  forecast: Forecast | null;
}

/** The last day of the month of `period` (`YYYY-MM`). */
function lastDayOf(period: YearMonth): IsoDate {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function nextMonth(period: YearMonth): YearMonth {
  return addDays(lastDayOf(period), 1).slice(0, 7);
}

/**
 * The chart's points over the whole term: a start point (the term's start date, everything 0), then one point per
 * month from the month of the start date to the month of the end date. A month's point stands for its last day — the
 * end date in the last month, today in today's month; when today falls in the last month before the end date, an
 * `end` point follows for the end date, so the even pace and the projection always reach the end of the term. Consumption comes from `points` by month (months after today,
 * and months the timeline does not hold, have none: a gap); the even pace and the projection come from the term and
 * the forecast. Throws a `RangeError` naming the date when the term or today is not a date, or the term ends before
 * it starts.
 */
export function termChart(input: TermChartInput): TermChartPoint[] {
  const { term, today, purchased, forecast } = input;
  for (const [name, value] of [
    ['term.startDate', term.startDate],
    ['term.endDate', term.endDate],
    ['today', today],
  ] as const) {
    if (Number.isNaN(dayNumber(value))) {
      throw new RangeError(`termChart: ${name} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
    }
  }
  const start = term.startDate.slice(0, 10);
  const end = term.endDate.slice(0, 10);
  const day = today.slice(0, 10);
  if (end < start) throw new RangeError(`termChart: term.endDate ${end} is before term.startDate ${start}`);

  const byMonth = new Map(input.points.map((p) => [p.period, p]));
  const evenPace = (date: IsoDate): number | null =>
    purchased === null ? null : purchased * termElapsedShare(start, end, date);
  const projecting =
    forecast !== null && forecast.projectedTotal !== null && forecast.elapsed > 0 && forecast.elapsed < 1;
  const projection = (date: IsoDate): number | null =>
    projecting && date >= day ? forecast.projectedTotal! * termElapsedShare(start, end, date) : null;

  const out: TermChartPoint[] = [
    {
      period: 'start',
      date: start,
      cumulativeTotal: start <= day ? 0 : null,
      cumulative: start <= day ? 0 : null,
      consumedTotal: null,
      evenPace: evenPace(start),
      projection: null,
    },
  ];
  const todayMonth = day.slice(0, 7);
  const lastMonth = end.slice(0, 7);
  for (let month = start.slice(0, 7); month <= lastMonth; month = nextMonth(month)) {
    const monthEnd = lastDayOf(month);
    const date = month === todayMonth && day < end ? day : monthEnd < end ? monthEnd : end;
    const past = month <= todayMonth;
    const point = past ? byMonth.get(month) : undefined;
    out.push({
      period: month,
      date,
      cumulativeTotal: point?.cumulativeTotal ?? null,
      cumulative: point?.cumulative ?? null,
      consumedTotal: point?.consumedTotal ?? null,
      evenPace: evenPace(date),
      projection: projection(date),
    });
  }
  if (todayMonth === lastMonth && day < end) {
    out.push({
      period: 'end',
      date: end,
      cumulativeTotal: null,
      cumulative: null,
      consumedTotal: null,
      evenPace: evenPace(end),
      projection: projection(end),
    });
  }
  return out;
}
