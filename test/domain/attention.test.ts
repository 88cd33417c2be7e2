import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ATTENTION_REASONS,
  attentionReason,
  LARGE_UNUSED_SHARE,
  mostPressing,
  needsAttention,
  summaryLineBalances,
} from '../../src/domain/attention.js';
import { balanceOf } from '../../src/domain/balances.js';
import { OUTLOOKS_BY_BADNESS } from '../../src/domain/forecast.js';
import { packageExpiry } from '../../src/domain/status.js';
import { summarizeGroups } from '../../src/domain/summary.js';
import type { Balance, Entitlement, Package, PackageView } from '../../src/domain/types.js';
import { makeEntitlement, makePackage, TODAY } from '../helpers/fixtures.js';

// Today is 2026-03-15.

/** A package view at TODAY with the balances of the given entitlements (consumedTotal each). */
function view(pkg: Package, entitlements: [Partial<Entitlement> & { id: string }, number][]): PackageView {
  const { expiry, daysLeft } = packageExpiry(pkg, TODAY);
  return {
    ...pkg,
    expiry,
    daysLeft,
    entitlements: entitlements.map(([e, used]) =>
      balanceOf(
        makeEntitlement({ packageId: pkg.id, ...e }),
        { consumed: used, consumedTotal: used, hoursDone: 0 },
        pkg,
        TODAY,
      ),
    ),
  };
}

/** A year-long package, 2026-01-01 – 2026-12-31: 73 of 364 days elapsed (≈ 20 %). */
const YEAR = makePackage({ id: 'pk-year', startDate: '2026-01-01', endDate: '2026-12-31' });
/** An add-on that ends in 46 days (2026-04-30), started 2026-01-01: 73 of 119 days elapsed (≈ 61 %). */
const ENDING = makePackage({
  id: 'pk-ending',
  scope: 'add-on',
  startDate: '2026-01-01',
  endDate: '2026-04-30',
});

const ids = (items: { balance: Balance }[]): string[] => items.map((i) => i.balance.entitlementId);

describe('needs attention', () => {
  it('lists the over-consumed, then those that run out before their term ends, then large unused shares expiring', () => {
    const items = needsAttention([
      view(YEAR, [
        [{ id: 'on-track', name: 'On track' }, 20], // 20 of 100 at 20 % elapsed
        [{ id: 'runs-out-late', name: 'B runs out' }, 30], // projects 150: runs out
        [{ id: 'runs-out-soon', name: 'A runs out' }, 60], // projects 300: runs out sooner
        [{ id: 'over', name: 'Over' }, 101],
        [{ id: 'unlimited', purchased: null }, 500],
        [{ id: 'benefit', category: 'benefit' }, 0],
      ]),
      view(ENDING, [
        [{ id: 'expiring-unused', name: 'Mostly unused' }, 10], // projects ≈ 16.3 of 100: 84 % unused
        [{ id: 'expiring-fine', name: 'Nearly used' }, 55], // projects ≈ 89.7: ≈ 10 % unused
      ]),
    ]);
    expect(items.map((i) => [i.reason, i.balance.entitlementId])).to.deep.equal([
      ['over', 'over'],
      ['runs-out', 'runs-out-soon'],
      ['runs-out', 'runs-out-late'],
      ['expiring-unused', 'expiring-unused'],
    ]);
    expect(items[1].balance.forecast!.runOutDate! < items[2].balance.forecast!.runOutDate!).to.equal(true);
    expect(items[3].package).to.deep.equal({
      id: 'pk-ending',
      name: 'Package pk-ending',
      scope: 'add-on',
      endDate: '2026-04-30',
      daysLeft: 46,
      expiry: 'expiring',
    });
  });

  it('counts a share unused of exactly 25 % as large, and just below it as not', () => {
    // A package that has ended today's term share 1/2: start 2026-02-13, end 2026-04-14 (30 of 60 days).
    const half = makePackage({
      id: 'pk-half',
      scope: 'add-on',
      startDate: '2026-02-13',
      endDate: '2026-04-14',
    });
    // consumed 37.5 of 100 at half the term projects 75: 25 unused, exactly the share.
    const items = needsAttention([
      view(half, [
        [{ id: 'exactly' }, 37.5],
        [{ id: 'just-below' }, 37.6],
      ]),
    ]);
    expect(LARGE_UNUSED_SHARE).to.equal(0.25);
    expect(ids(items)).to.deep.equal(['exactly']);
  });

  it('leaves out packages that are not expiring within 90 days, inactive packages, and not-started terms', () => {
    const later = makePackage({
      id: 'pk-later',
      scope: 'add-on',
      startDate: '2026-01-01',
      endDate: '2026-06-14',
    });
    const inactive = { ...ENDING, id: 'pk-inactive', status: 'inactive' as const };
    const upcoming = makePackage({ id: 'pk-upcoming', startDate: '2026-04-01', endDate: '2026-05-31' });
    const items = needsAttention([
      view(later, [[{ id: 'later-unused' }, 1]]), // 91 days left: not expiring yet
      view(inactive, [
        [{ id: 'inactive-unused' }, 1],
        [{ id: 'inactive-over' }, 150],
      ]),
      view(upcoming, [[{ id: 'upcoming' }, 0]]),
    ]);
    expect(packageExpiry(later, TODAY)).to.deep.equal({ expiry: 'active', daysLeft: 91 });
    expect(items).to.deep.equal([]);
  });

  it('lists an entitlement once even when its package is given twice', () => {
    const pkg = view(YEAR, [[{ id: 'over' }, 120]]);
    expect(ids(needsAttention([pkg, pkg]))).to.deep.equal(['over']);
  });

  it('property: every item holds its reason, and every entitlement that holds one is listed once', () => {
    const entitlement = fc.record({
      purchased: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
      used: fc.integer({ min: 0, max: 800 }),
      benefit: fc.boolean(),
    });
    const pkgArb = fc.record({
      start: fc.integer({ min: -400, max: 60 }),
      length: fc.integer({ min: 0, max: 730 }),
      active: fc.boolean(),
      entitlements: fc.array(entitlement, { maxLength: 5 }),
    });
    const day = (offset: number): string =>
      new Date(Date.UTC(2026, 2, 15 + offset)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(pkgArb, { maxLength: 4 }), (specs) => {
        const packages = specs.map((spec, p) =>
          view(
            makePackage({
              id: `p${p}`,
              startDate: day(spec.start),
              endDate: day(spec.start + spec.length),
              status: spec.active ? 'active' : 'inactive',
            }),
            spec.entitlements.map((e, i) => [
              {
                id: `p${p}-e${i}`,
                purchased: e.purchased,
                category: e.benefit ? 'benefit' : 'consumable',
              },
              e.benefit ? 0 : e.used,
            ]),
          ),
        );
        const items = needsAttention(packages);
        const listed = ids(items);
        expect(new Set(listed).size).to.equal(listed.length);
        for (const item of items) {
          const b = item.balance;
          if (item.reason === 'over') expect(b.threshold).to.equal('over');
          if (item.reason === 'runs-out') {
            expect(b.forecast!.outlook).to.equal('runs-out');
            expect(b.forecast!.runOutDate! <= item.package.endDate).to.equal(true);
          }
          if (item.reason === 'expiring-unused') {
            expect(item.package.expiry).to.equal('expiring');
            expect(b.forecast!.unusedAtEnd! >= LARGE_UNUSED_SHARE * b.purchased!).to.equal(true);
          }
        }
        const expected = packages.flatMap((p) =>
          p.entitlements.filter((b) => attentionReason(b, p) !== null).map((b) => b.entitlementId),
        );
        expect([...listed].sort()).to.deep.equal([...expected].sort());
        const ranks = items.map((i) => ATTENTION_REASONS.indexOf(i.reason));
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the outlook of a summary line', () => {
  const balances = view(YEAR, [
    [{ id: 'adv-ok', kind: 'advisory-support' }, 20],
    [{ id: 'react-runs-out', kind: 'reactive-support' }, 60],
    [{ id: 'react-cases', kind: 'reactive-support', unit: 'cases', purchased: null }, 4],
    [{ id: 'workshop', kind: 'workshop', unit: 'activities' }, 1],
    [{ id: 'adv-benefit', kind: 'advisory-support', category: 'benefit' }, 0],
  ]).entitlements;

  it('takes the entitlements a line sums: its group, its unit, consumables only', () => {
    expect(summaryLineBalances(balances, 'as-needed', 'hours').map((b) => b.entitlementId)).to.deep.equal([
      'adv-ok',
      'react-runs-out',
    ]);
    expect(
      summaryLineBalances(balances, 'proactive', 'activities').map((b) => b.entitlementId),
    ).to.deep.equal(['workshop']);
    // Exactly the members whose figures summarizeGroups adds up.
    const line = summarizeGroups(balances)[1].lines[0];
    const members = summaryLineBalances(balances, 'as-needed', 'hours');
    expect(line.purchased).to.equal(members.reduce((sum, b) => sum + b.purchased!, 0));
  });

  it('shows the most pressing outlook of its entitlements; none for a line bought as needed', () => {
    expect(mostPressing(summaryLineBalances(balances, 'as-needed', 'hours'))?.entitlementId).to.equal(
      'react-runs-out',
    );
    expect(mostPressing(summaryLineBalances(balances, 'as-needed', 'cases'))).to.equal(null);
    // Of two that run out, the sooner one.
    const soon = view(YEAR, [
      [{ id: 'later' }, 30],
      [{ id: 'sooner' }, 60],
      [{ id: 'also-later' }, 30],
    ]).entitlements;
    expect(mostPressing(soon)?.entitlementId).to.equal('sooner');
    expect(mostPressing([])).to.equal(null);
  });

  it('property: the line never reads better than any of its entitlements; ties (with no run-out date) keep the first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OUTLOOKS_BY_BADNESS, null), { maxLength: 8 }), (outlooks) => {
        const list = outlooks.map((outlook, i) => ({
          id: i,
          forecast: outlook === null ? null : ({ outlook } as Balance['forecast']),
        }));
        const worst = mostPressing(list);
        const rank = (o: (typeof outlooks)[number]): number =>
          o === null ? -1 : OUTLOOKS_BY_BADNESS.indexOf(o);
        if (outlooks.every((o) => o === null)) {
          expect(worst).to.equal(null);
          return;
        }
        const max = Math.max(...outlooks.map(rank));
        expect(rank(worst!.forecast!.outlook)).to.equal(max);
        expect(worst!.id).to.equal(outlooks.findIndex((o) => rank(o) === max));
      }),
    );
  });
});
