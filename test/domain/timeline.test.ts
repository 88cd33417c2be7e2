/* eslint @typescript-eslint/no-floating-promises: ["error", { "allowForKnownSafeCalls": [{ "from": "package", "name": "Equal", "package": "@types/chai" }] }]
   -- @open-wc/semantic-dom-diff types chai's equal/eql as returning a Promise; here they are synchronous. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { consumptionTimeline, packageTimelineRange } from '../../src/domain/index.js';

const rec = (date: string, quantity: number) => ({ date, quantity });

/** A point with no selection: the totals are the selected figures. */
const pt = (period: string, consumed: number, cumulative: number) => ({
  period,
  consumed,
  cumulative,
  consumedTotal: consumed,
  cumulativeTotal: cumulative,
});

/** Months between two `YYYY-MM` strings, counted here independently of the code under test. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('consumptionTimeline', () => {
  it('has one point per month from the month of `from` to the month of `to`, both included', () => {
    const points = consumptionTimeline([], '2025-11-20', '2026-02-03');
    expect(points.map((p) => p.period)).to.eql(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(points.every((p) => p.consumed === 0 && p.cumulative === 0)).to.eql(true);
  });

  it('sums each month and runs the total', () => {
    const points = consumptionTimeline(
      [rec('2026-01-31', 2), rec('2026-01-01', 1.5), rec('2026-03-10', 4), rec('2026-01-15', 0.5)],
      '2026-01-01',
      '2026-03-31',
    );
    expect(points).to.eql([pt('2026-01', 4, 4), pt('2026-02', 0, 4), pt('2026-03', 4, 8)]);
  });

  it('counts rows before `from` in the first month and rows after `to` in the last', () => {
    const points = consumptionTimeline(
      [rec('2024-06-01', 3), rec('2026-01-10', 1), rec('2026-02-28', 2), rec('2027-05-05', 10)],
      '2026-01-15',
      '2026-02-01',
    );
    expect(points).to.eql([pt('2026-01', 4, 4), pt('2026-02', 12, 16)]);
  });

  it('crosses a year boundary and a single-month range', () => {
    expect(
      consumptionTimeline([rec('2025-12-31', 1)], '2025-12-01', '2026-01-01').map((p) => p.period),
    ).to.eql(['2025-12', '2026-01']);
    expect(consumptionTimeline([rec('2026-03-02', 7)], '2026-03-01', '2026-03-31')).to.eql([
      pt('2026-03', 7, 7),
    ]);
  });

  it('is the single month of `from` when `to` comes before it', () => {
    expect(
      consumptionTimeline([rec('2026-01-01', 1), rec('2026-09-01', 2)], '2026-05-10', '2026-02-01'),
    ).to.eql([pt('2026-05', 3, 3)]);
  });

  it('counts a row with an unreadable date in the first month rather than dropping it', () => {
    expect(
      consumptionTimeline([rec('', 2), rec('someday', 1)], '2026-01-01', '2026-02-01')[0].consumed,
    ).to.eql(3);
  });

  it('rejects a `from` or `to` that is not a date', () => {
    expect(() => consumptionTimeline([], 'soon', '2026-01-01')).to.throw(RangeError);
    expect(() => consumptionTimeline([], '2026-01-01', '2026-13-01')).to.throw(RangeError);
  });

  it('reads any iterable, e.g. a generator', () => {
    function* rows() {
      yield rec('2026-01-05', 1);
      yield rec('2026-01-06', 2);
    }
    expect(consumptionTimeline(rows(), '2026-01-01', '2026-01-31')[0].cumulative).to.eql(3);
  });

  it('counts the selected records in consumed and cumulative, every record in the totals', () => {
    const rows = [
      { date: '2026-01-10', quantity: 3, workspaceId: 'ws-a' },
      { date: '2026-01-20', quantity: 4, workspaceId: 'ws-b' },
      { date: '2026-02-01', quantity: 5, workspaceId: 'ws-b' },
      { date: '2026-03-01', quantity: 1, workspaceId: 'ws-a' },
    ];
    expect(consumptionTimeline(rows, '2026-01-01', '2026-03-31', (r) => r.workspaceId === 'ws-a')).to.eql([
      { period: '2026-01', consumed: 3, cumulative: 3, consumedTotal: 7, cumulativeTotal: 7 },
      { period: '2026-02', consumed: 0, cumulative: 3, consumedTotal: 5, cumulativeTotal: 12 },
      { period: '2026-03', consumed: 1, cumulative: 4, consumedTotal: 1, cumulativeTotal: 13 },
    ]);
    expect(consumptionTimeline(rows, '2026-01-01', '2026-01-31', () => false)).to.eql([
      { period: '2026-01', consumed: 0, cumulative: 0, consumedTotal: 13, cumulativeTotal: 13 },
    ]);
  });

  describe('properties', () => {
    const records = fc.array(fc.record({ date: isoDate, quantity: fc.integer({ min: 0, max: 1_000_000 }) }), {
      maxLength: 200,
    });

    it('covers exactly the months from `from` to `to`, consecutive and in order', () => {
      fc.assert(
        fc.property(records, isoDate, isoDate, (rows, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const points = consumptionTimeline(rows, from, to);
          expect(points).to.have.length(monthsBetween(from.slice(0, 7), to.slice(0, 7)) + 1);
          expect(points[0].period).to.eql(from.slice(0, 7));
          expect(points[points.length - 1].period).to.eql(to.slice(0, 7));
          for (let i = 1; i < points.length; i++)
            expect(monthsBetween(points[i - 1].period, points[i].period)).to.eql(1);
        }),
      );
    });

    it('the selection never exceeds the totals; each ends at its own sum', () => {
      const rowsIn = fc.array(
        fc.record({
          date: isoDate,
          quantity: fc.integer({ min: 0, max: 1_000_000 }),
          workspaceId: fc.constantFrom('ws-a', 'ws-b', 'ws-c'),
        }),
        { maxLength: 200 },
      );
      fc.assert(
        fc.property(
          rowsIn,
          fc.subarray(['ws-a', 'ws-b', 'ws-c']),
          isoDate,
          isoDate,
          (rows, selected, a, b) => {
            const [from, to] = a <= b ? [a, b] : [b, a];
            const inS = (r: { workspaceId: string }) => selected.includes(r.workspaceId);
            const points = consumptionTimeline(rows, from, to, inS);
            for (let i = 0; i < points.length; i++) {
              expect(points[i].consumed).to.be.at.most(points[i].consumedTotal);
              if (i > 0) expect(points[i].cumulativeTotal).to.be.at.least(points[i - 1].cumulativeTotal);
            }
            const last = points[points.length - 1];
            expect(last.cumulativeTotal).to.eql(rows.reduce((sum, r) => sum + r.quantity, 0));
            expect(last.cumulative).to.eql(rows.filter(inS).reduce((sum, r) => sum + r.quantity, 0));
          },
        ),
      );
    });

    it('cumulative never decreases for non-negative quantities, and ends at the sum of every quantity', () => {
      fc.assert(
        fc.property(records, isoDate, isoDate, (rows, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const points = consumptionTimeline(rows, from, to);
          for (let i = 1; i < points.length; i++) {
            expect(points[i].cumulative).to.be.at.least(points[i - 1].cumulative);
          }
          const sum = rows.reduce((s, r) => s + r.quantity, 0);
          expect(points[points.length - 1].cumulative).to.eql(sum);
        }),
      );
    });

    it('each cumulative is the previous one plus the month consumed, and months sum to the total', () => {
      const fractional = fc.array(
        fc.record({ date: isoDate, quantity: fc.double({ min: 0, max: 10_000, noNaN: true }) }),
        { maxLength: 100 },
      );
      fc.assert(
        fc.property(fractional, isoDate, isoDate, (rows, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const points = consumptionTimeline(rows, from, to);
          let running = 0;
          for (const p of points) {
            running += p.consumed;
            expect(p.cumulative).to.eql(running);
          }
          const sum = rows.reduce((s, r) => s + r.quantity, 0);
          expect(points[points.length - 1].cumulative).to.be.closeTo(sum, 1e-6 * Math.max(1, sum));
        }),
      );
    });

    it('a month holds exactly the rows dated in it (the first and last also those outside the range)', () => {
      fc.assert(
        fc.property(records, isoDate, isoDate, (rows, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const points = consumptionTimeline(rows, from, to);
          const last = points.length - 1;
          points.forEach((p, i) => {
            const expected = rows
              .filter((r) => {
                const m = r.date.slice(0, 7);
                return m === p.period || (i === 0 && m < p.period) || (i === last && m > p.period);
              })
              .reduce((s, r) => s + r.quantity, 0);
            expect(p.consumed).to.eql(expected);
          });
        }),
      );
    });
  });
});

describe('packageTimelineRange', () => {
  it('runs from the package start to today while the package runs', () => {
    expect(packageTimelineRange({ startDate: '2025-12-01', endDate: '2026-11-30' }, '2026-03-15')).to.eql({
      from: '2025-12-01',
      to: '2026-03-15',
    });
  });

  it('stops at the end date once the package has ended', () => {
    expect(packageTimelineRange({ startDate: '2025-01-01', endDate: '2025-06-30' }, '2026-03-15')).to.eql({
      from: '2025-01-01',
      to: '2025-06-30',
    });
  });

  it('starts and ends today on the first day', () => {
    expect(
      packageTimelineRange({ startDate: '2026-03-15', endDate: '2026-12-31' }, '2026-03-15T08:00:00Z'),
    ).to.eql({
      from: '2026-03-15',
      to: '2026-03-15',
    });
  });

  it('is null for a package that starts after today', () => {
    expect(packageTimelineRange({ startDate: '2026-03-16', endDate: '2026-12-31' }, '2026-03-15')).to.eql(
      null,
    );
  });
});
