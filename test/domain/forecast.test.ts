import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween, termElapsedShare } from '../../src/domain/dates.js';
import {
  forecastOf,
  isOutlook,
  outlookBadness,
  OUTLOOKS_BY_BADNESS,
  type ForecastTerm,
} from '../../src/domain/forecast.js';
import { packageTermElapsed } from '../../src/domain/package-progress.js';
import type { Forecast } from '../../src/domain/types.js';
import { OUTLOOKS } from '../../src/domain/types.js';

/** A 100-day term: 2026-01-01 to 2026-04-11. */
const TERM: ForecastTerm = { startDate: '2026-01-01', endDate: '2026-04-11' };
/** Day 50 of TERM: half of it elapsed. */
const MIDDLE = '2026-02-20';

function limited(consumedTotal: number, purchased = 100) {
  return { category: 'consumable' as const, purchased, consumedTotal };
}

function at(today: string, consumedTotal: number, purchased = 100, term = TERM): Forecast {
  const f = forecastOf(limited(consumedTotal, purchased), term, today);
  if (f === null) throw new Error('expected a forecast');
  return f;
}

describe('forecastOf: which balances have one', () => {
  it('is null for a benefit and for purchased null (as needed)', () => {
    expect(forecastOf({ category: 'benefit', purchased: 5, consumedTotal: 0 }, TERM, MIDDLE)).to.eql(null);
    expect(forecastOf({ category: 'benefit', purchased: null, consumedTotal: 0 }, TERM, MIDDLE)).to.eql(null);
    expect(forecastOf({ category: 'consumable', purchased: null, consumedTotal: 40 }, TERM, MIDDLE)).to.eql(
      null,
    );
  });

  it('names the argument that is not a date, or a total that is not a number ≥ 0', () => {
    expect(() => at(MIDDLE, 1, 100, { startDate: '2026-1-1', endDate: '2026-04-11' })).to.throw(
      RangeError,
      'forecastOf: term.startDate must be a YYYY-MM-DD date, got "2026-1-1"',
    );
    expect(() => at(MIDDLE, 1, 100, { startDate: '2026-01-01', endDate: '' })).to.throw(
      RangeError,
      'term.endDate must be a YYYY-MM-DD date, got ""',
    );
    expect(() => at('today', 1)).to.throw(RangeError, 'today must be a YYYY-MM-DD date, got "today"');
    expect(() => at(MIDDLE, -1)).to.throw(RangeError, 'consumedTotal must be a finite number ≥ 0, got -1');
    expect(() => at(MIDDLE, Number.NaN)).to.throw(RangeError, 'consumedTotal must be a finite number ≥ 0');
    expect(() => at(MIDDLE, 1, 0)).to.throw(RangeError, 'purchased must be a positive number or null, got 0');
  });
});

describe('forecastOf: the term', () => {
  it('before the term starts: nothing elapsed, nothing expected, no projection', () => {
    expect(at('2025-12-31', 0)).to.eql({
      elapsed: 0,
      expectedByNow: 0,
      pace: null,
      projectedTotal: null,
      runOutDate: null,
      unusedAtEnd: null,
      outlook: 'not-started',
    });
  });

  it('on its first day it has not started, even with consumption already recorded', () => {
    expect(at('2026-01-01', 30)).to.eql({
      elapsed: 0,
      expectedByNow: 0,
      pace: null,
      projectedTotal: null,
      runOutDate: null,
      unusedAtEnd: null,
      outlook: 'not-started',
    });
  });

  it('on its second day one day of the term has elapsed', () => {
    expect(at('2026-01-02', 3)).to.eql({
      elapsed: 0.01,
      expectedByNow: 1,
      pace: 3,
      projectedTotal: 300,
      runOutDate: '2026-02-03', // start + floor(1 × 100 / 3) = start + 33 days
      unusedAtEnd: 0,
      outlook: 'runs-out',
    } satisfies Forecast);
  });

  it('on its last day it has ended: the projection is what was consumed', () => {
    expect(at('2026-04-11', 70)).to.eql({
      elapsed: 1,
      expectedByNow: 100,
      pace: 0.7,
      projectedTotal: 70,
      runOutDate: null,
      unusedAtEnd: 30,
      outlook: 'ended',
    });
  });

  it('after it ended the figures stay those of the last day', () => {
    expect(at('2027-06-01', 70)).to.eql(at('2026-04-11', 70));
    expect(at('2027-06-01', 130)).to.eql({
      elapsed: 1,
      expectedByNow: 100,
      pace: 1.3,
      projectedTotal: 130,
      runOutDate: null,
      unusedAtEnd: 0,
      outlook: 'ended',
    });
  });

  it('a one-day term (len = 0) is not started before its day and ended from it', () => {
    const oneDay = { startDate: '2026-03-01', endDate: '2026-03-01' };
    expect(at('2026-02-28', 5, 10, oneDay).outlook).to.eql('not-started');
    expect(at('2026-02-28', 5, 10, oneDay).elapsed).to.eql(0);
    expect(at('2026-03-01', 5, 10, oneDay)).to.eql({
      elapsed: 1,
      expectedByNow: 10,
      pace: 0.5,
      projectedTotal: 5,
      runOutDate: null,
      unusedAtEnd: 5,
      outlook: 'ended',
    });
  });

  it('a term that ends before it starts (len < 0) counts like a one-day term', () => {
    const backwards = { startDate: '2026-03-10', endDate: '2026-03-01' };
    expect(at('2026-03-05', 5, 10, backwards).outlook).to.eql('not-started');
    expect(at('2026-03-10', 5, 10, backwards).outlook).to.eql('ended');
  });

  it('elapsed is the meter\'s "x % of the term elapsed"', () => {
    const pkg = { startDate: '2025-01-01', endDate: '2026-12-31' };
    expect(at('2026-03-15', 1, 100, pkg).elapsed).to.eql(packageTermElapsed(pkg, '2026-03-15'));
    expect(at('2026-03-15', 1, 100, pkg).elapsed).to.eql(438 / 729);
  });
});

describe('forecastOf: consumption within the term', () => {
  it('half-way at an even pace is on track', () => {
    expect(at(MIDDLE, 50)).to.eql({
      elapsed: 0.5,
      expectedByNow: 50,
      pace: 1,
      projectedTotal: 100,
      runOutDate: null,
      unusedAtEnd: 0,
      outlook: 'on-track',
    });
  });

  it('a little faster than even runs out before the end, on the day the pace reaches the purchase', () => {
    expect(at(MIDDLE, 50.5)).to.eql({
      elapsed: 0.5,
      expectedByNow: 50,
      pace: 1.01,
      projectedTotal: 101,
      runOutDate: '2026-04-10', // start + floor(50 × 100 / 50.5) = start + 99 days: the day before the end
      unusedAtEnd: 0,
      outlook: 'runs-out',
    });
  });

  it('twice as fast runs out at the middle of the remaining term', () => {
    const term = { startDate: '2026-01-01', endDate: '2027-01-01' };
    const f = at('2026-04-01', 50, 100, term); // day 90 of 365
    expect([f.pace, f.runOutDate, f.outlook]).to.eql([50 / (100 * (90 / 365)), '2026-06-30', 'runs-out']);
    expect(daysBetween(term.startDate, f.runOutDate!)).to.eql(180);
  });

  it('exactly used up mid-term is exhausted, with no run-out date (it has run out)', () => {
    expect(at(MIDDLE, 100)).to.eql({
      elapsed: 0.5,
      expectedByNow: 50,
      pace: 2,
      projectedTotal: 200,
      runOutDate: null,
      unusedAtEnd: 0,
      outlook: 'exhausted',
    });
  });

  it('one record below used up still runs out; one record over is exhausted', () => {
    expect(at(MIDDLE, 99).outlook).to.eql('runs-out');
    expect(at(MIDDLE, 99).runOutDate).to.eql('2026-02-20'); // start + floor(50 × 100 / 99) = start + 50: today
    expect(at(MIDDLE, 101)).to.eql({
      elapsed: 0.5,
      expectedByNow: 50,
      pace: 2.02,
      projectedTotal: 202,
      runOutDate: null,
      unusedAtEnd: 0,
      outlook: 'exhausted',
    });
  });

  it('nothing consumed yet: pace 0, all of it unused at the end', () => {
    expect(at(MIDDLE, 0)).to.eql({
      elapsed: 0.5,
      expectedByNow: 50,
      pace: 0,
      projectedTotal: 0,
      runOutDate: null,
      unusedAtEnd: 100,
      outlook: 'underused',
    });
  });

  it('is underused below 80 % projected, and on track at exactly 80 %', () => {
    expect(at(MIDDLE, 40)).to.deep.include({ projectedTotal: 80, unusedAtEnd: 20, outlook: 'on-track' });
    expect(at(MIDDLE, 39.5)).to.deep.include({ projectedTotal: 79, unusedAtEnd: 21, outlook: 'underused' });
  });
});

describe('outlooks by badness', () => {
  it('orders every outlook once, from the least to the most pressing', () => {
    expect([...OUTLOOKS_BY_BADNESS].sort()).to.eql([...OUTLOOKS].sort());
    expect(OUTLOOKS_BY_BADNESS).to.eql([
      'not-started',
      'ended',
      'underused',
      'on-track',
      'runs-out',
      'exhausted',
    ]);
    expect(OUTLOOKS.map(outlookBadness)).to.eql([0, 1, 5, 4, 2, 3]);
  });

  it('isOutlook accepts the outlooks only', () => {
    expect(OUTLOOKS.every(isOutlook)).to.eql(true);
    expect([undefined, null, 'ok', 'On-track', 3].some(isOutlook)).to.eql(false);
  });
});

describe('forecastOf (properties)', () => {
  const EPOCH_2020 = '2020-01-01';
  const term = fc
    .record({ start: fc.integer({ min: 0, max: 3000 }), len: fc.integer({ min: -3, max: 800 }) })
    .map(({ start, len }) => ({
      startDate: addDays(EPOCH_2020, start),
      endDate: addDays(EPOCH_2020, start + len),
    }));
  const purchased = fc.integer({ min: 1, max: 40_000 }).map((n) => n / 4);
  /** A consumption up to three times the purchase, in quarters. */
  const share = fc.integer({ min: 0, max: 1200 }).map((n) => n / 400);
  const input = fc
    .record({ term, purchased, share, offset: fc.integer({ min: -60, max: 900 }) })
    .map(({ term: t, purchased: p, share: s, offset }) => ({
      term: t,
      purchased: p,
      consumedTotal: Math.round(p * s * 4) / 4,
      today: addDays(t.startDate, offset),
    }));

  function of(x: { term: ForecastTerm; purchased: number; consumedTotal: number; today: string }): Forecast {
    return at(x.today, x.consumedTotal, x.purchased, x.term);
  }

  it('a run-out date lies inside the term, from today on, and exists exactly when the outlook is runs-out', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = of(x);
        expect(f.runOutDate !== null).to.eql(f.outlook === 'runs-out');
        if (f.runOutDate !== null) {
          expect(f.runOutDate >= x.term.startDate && f.runOutDate <= x.term.endDate).to.eql(true);
          expect(f.runOutDate >= x.today).to.eql(true);
        }
      }),
    );
  });

  it('on-track never has a run-out date', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = of(x);
        if (f.outlook === 'on-track') expect(f.runOutDate).to.eql(null);
      }),
    );
  });

  it('doubling consumption (or any increase) never improves the outlook', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 400 }), (x, extra) => {
        const before = outlookBadness(of(x).outlook);
        expect(outlookBadness(of({ ...x, consumedTotal: x.consumedTotal * 2 }).outlook)).to.be.at.least(
          before,
        );
        expect(
          outlookBadness(of({ ...x, consumedTotal: x.consumedTotal + extra / 4 }).outlook),
        ).to.be.at.least(before);
      }),
    );
  });

  it('expectedByNow lies within 0..purchased, unusedAtEnd within 0..purchased', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = of(x);
        expect(f.expectedByNow).to.be.within(0, x.purchased);
        if (f.unusedAtEnd !== null) expect(f.unusedAtEnd).to.be.within(0, x.purchased);
      }),
    );
  });

  it('elapsed is termElapsedShare; null figures exactly where the rule says', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = of(x);
        expect(f.elapsed).to.eql(termElapsedShare(x.term.startDate, x.term.endDate, x.today));
        expect(f.projectedTotal === null).to.eql(f.elapsed === 0);
        expect(f.unusedAtEnd === null).to.eql(f.elapsed === 0);
        expect(f.pace === null).to.eql(f.expectedByNow === 0);
        expect(f.outlook === 'not-started').to.eql(f.elapsed === 0);
        if (f.elapsed === 1) expect([f.outlook, f.projectedTotal]).to.eql(['ended', x.consumedTotal]);
      }),
    );
  });

  it('within the term the projection carries the pace so far: projectedTotal = pace × purchased', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = of(x);
        if (f.elapsed > 0 && f.elapsed < 1) {
          expect(f.projectedTotal!).to.be.closeTo(f.pace! * x.purchased, 1e-9 * Math.max(1, x.purchased));
          if (f.outlook === 'exhausted') expect(x.consumedTotal).to.be.at.least(x.purchased);
        }
      }),
    );
  });
});
