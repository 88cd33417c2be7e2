import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from '../../src/domain/dates.js';
import { forecastOf } from '../../src/domain/forecast.js';
import { termChart } from '../../src/domain/term-chart.js';
import { consumptionTimeline, packageTimelineRange } from '../../src/domain/timeline.js';

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

describe('the term chart of an entitlement', () => {
  // A term of 2026-01-01 – 2026-06-30 (180 days), today 2026-03-15 (73 days in): 100 purchased.
  const term = { startDate: '2026-01-01', endDate: '2026-06-30' };
  const today = '2026-03-15';
  const records = [
    { date: '2026-01-10', quantity: 20, ws: 'a' },
    { date: '2026-02-05', quantity: 30, ws: 'b' },
    { date: '2026-03-01', quantity: 10, ws: 'a' },
  ];
  const range = packageTimelineRange(term, today)!;
  const points = consumptionTimeline(records, range.from, range.to, (r) => r.ws === 'a');
  const forecast = forecastOf({ category: 'consumable', purchased: 100, consumedTotal: 60 }, term, today)!;

  it('runs from the start (all 0) through every month of the term, consumption up to today only', () => {
    const chart = termChart({ points, term, today, purchased: 100, forecast });
    expect(
      chart.map((p) => [p.period, p.date, p.cumulativeTotal, p.cumulative, p.consumedTotal]),
    ).to.deep.equal([
      ['start', '2026-01-01', 0, 0, null],
      ['2026-01', '2026-01-31', 20, 20, 20],
      ['2026-02', '2026-02-28', 50, 20, 30],
      ['2026-03', '2026-03-15', 60, 30, 10],
      ['2026-04', '2026-04-30', null, null, null],
      ['2026-05', '2026-05-31', null, null, null],
      ['2026-06', '2026-06-30', null, null, null],
    ]);
    // The last contract-wide point is the balance's consumedTotal.
    expect(chart.filter((p) => p.cumulativeTotal !== null).at(-1)!.cumulativeTotal).to.equal(60);
  });

  it('draws the even pace from 0 at the start to the purchase at the end', () => {
    const chart = termChart({ points, term, today, purchased: 100, forecast });
    expect(chart.map((p) => round(p.evenPace))).to.deep.equal([
      0,
      round((30 / 180) * 100),
      round((58 / 180) * 100),
      round((73 / 180) * 100),
      round((119 / 180) * 100),
      round((150 / 180) * 100),
      100,
    ]);
  });

  it('projects the pace so far from today (the consumption so far) to the end of the term (projectedTotal)', () => {
    const chart = termChart({ points, term, today, purchased: 100, forecast });
    expect(chart.slice(0, 3).map((p) => p.projection)).to.deep.equal([null, null, null]);
    expect(round(chart[3].projection)).to.equal(60);
    expect(round(chart.at(-1)!.projection)).to.equal(round(forecast.projectedTotal));
    expect(round(forecast.projectedTotal)).to.equal(round((60 * 180) / 73));
  });

  it('has no even pace without a purchase, and no projection once the term has ended or before it starts', () => {
    const unlimited = termChart({ points, term, today, purchased: null, forecast: null });
    expect(unlimited.every((p) => p.evenPace === null && p.projection === null)).to.equal(true);
    const ended = termChart({
      points,
      term,
      today: '2026-08-01',
      purchased: 100,
      forecast: forecastOf({ category: 'consumable', purchased: 100, consumedTotal: 60 }, term, '2026-08-01'),
    });
    expect(ended.every((p) => p.projection === null)).to.equal(true);
    expect(ended.at(-1)!.date).to.equal('2026-06-30');
    const upcoming = termChart({ points: [], term, today: '2025-12-01', purchased: 100, forecast: null });
    expect(upcoming[0].cumulativeTotal).to.equal(null);
  });

  it('names the bad date', () => {
    expect(() =>
      termChart({ points, term: { ...term, endDate: 'soon' }, today, purchased: 1, forecast }),
    ).to.throw(RangeError, /term\.endDate/);
    expect(() =>
      termChart({
        points,
        term: { startDate: '2026-02-01', endDate: '2026-01-01' },
        today,
        purchased: 1,
        forecast,
      }),
    ).to.throw(RangeError, /before term\.startDate/);
  });

  it('property: even pace and dates never decrease; the projection meets consumedTotal today and projectedTotal at the end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 799 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2000 }),
        (length, dayIn, purchased, used) => {
          fc.pre(dayIn < length);
          const t = { startDate: '2025-01-01', endDate: addDays('2025-01-01', length) };
          const now = addDays(t.startDate, dayIn);
          const r = packageTimelineRange(t, now)!;
          const pts = consumptionTimeline([{ date: now, quantity: used }], r.from, r.to);
          const f = forecastOf({ category: 'consumable', purchased, consumedTotal: used }, t, now)!;
          const chart = termChart({ points: pts, term: t, today: now, purchased, forecast: f });
          for (let i = 1; i < chart.length; i++) {
            expect(chart[i].date >= chart[i - 1].date).to.equal(true);
            expect(chart[i].evenPace! >= chart[i - 1].evenPace! - 1e-9).to.equal(true);
          }
          expect(chart[0].evenPace).to.equal(0);
          expect(chart.at(-1)!.evenPace).to.be.closeTo(purchased, 1e-9);
          const todayPoint = chart.find((p) => p.date === now)!;
          expect(todayPoint.cumulativeTotal).to.equal(used);
          if (used > 0) {
            expect(todayPoint.projection!).to.be.closeTo(used, 1e-6 * Math.max(1, used));
            expect(chart.at(-1)!.projection!).to.be.closeTo(f.projectedTotal!, 1e-6 * f.projectedTotal!);
          }
        },
      ),
    );
  });
});
