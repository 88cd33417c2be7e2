import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { balanceOf, thresholdOf, totalsOf } from '../../src/domain/balances.js';
import { makeEntitlement, makePackage, makeRecord, TODAY } from '../helpers/fixtures.js';

/** The fixtures' enterprise package: 2025-01-01 to 2026-12-31, 438 of its 729 days elapsed on TODAY. */
const TERM = makePackage({ id: 'pk-ent-1' });

describe('thresholdOf', () => {
  it('marks a benefit as benefit, whatever its numbers', () => {
    expect(thresholdOf('benefit', 10, 2)).to.eql('benefit');
    expect(thresholdOf('benefit', null, null)).to.eql('benefit');
  });

  it('marks an as-needed entitlement unlimited', () => {
    expect(thresholdOf('consumable', null, null)).to.eql('unlimited');
  });

  it('has its boundaries exactly at 0.80, 0.95 and 1.0', () => {
    const at = (u: number) => thresholdOf('consumable', 100, u);
    expect(at(0)).to.eql('ok');
    expect(at(0.7999999)).to.eql('ok');
    expect(at(0.8)).to.eql('warning');
    expect(at(0.8000001)).to.eql('warning');
    expect(at(0.9499999)).to.eql('warning');
    expect(at(0.95)).to.eql('critical');
    expect(at(0.9500001)).to.eql('critical');
    expect(at(1)).to.eql('critical');
    expect(at(1.0000001)).to.eql('over');
    expect(at(7)).to.eql('over');
  });

  it('reaches each boundary from whole quantities (balanceOf)', () => {
    const e = makeEntitlement({ id: 'e', purchased: 20 });
    const threshold = (consumedTotal: number) =>
      balanceOf(e, { consumed: 0, consumedTotal, hoursDone: 0 }, TERM, TODAY).threshold;
    expect([15, 16, 18, 19, 20, 21].map(threshold)).to.eql([
      'ok', // 0.75
      'warning', // 0.80
      'warning', // 0.90
      'critical', // 0.95
      'critical', // 1.00
      'over', // 1.05
    ]);
  });
});

describe('balances', () => {
  it('sums consumed over S, consumedTotal over all, hoursDone over S', () => {
    const records = [
      makeRecord({ id: '1', workspaceId: 'ws-a', quantity: 3, hoursDone: 2 }),
      makeRecord({ id: '2', workspaceId: 'ws-b', quantity: 4, hoursDone: 5 }),
      makeRecord({ id: '3', workspaceId: 'ws-a', quantity: 1.5 }),
    ];
    expect(totalsOf(records, new Set(['ws-a']))).to.eql({ consumed: 4.5, consumedTotal: 8.5, hoursDone: 2 });
    expect(totalsOf(records, new Set(['ws-c']))).to.eql({ consumed: 0, consumedTotal: 8.5, hoursDone: 0 });
  });

  it('derives remaining and utilisation from consumedTotal, negative when over-consumed', () => {
    const b = balanceOf(
      makeEntitlement({ id: 'e', purchased: 10, name: 'Advisory' }),
      { consumed: 4, consumedTotal: 12, hoursDone: 3 },
      TERM,
      TODAY,
    );
    const elapsed = 438 / 729;
    expect(b).to.eql({
      entitlementId: 'e',
      packageId: 'pk-ent-1',
      name: 'Advisory',
      kind: 'advisory-support',
      category: 'consumable',
      unit: 'hours',
      purchased: 10,
      consumed: 4,
      consumedTotal: 12,
      remaining: -2,
      utilisation: 1.2,
      hoursDone: 3,
      threshold: 'over',
      forecast: {
        elapsed,
        expectedByNow: 10 * elapsed,
        pace: 12 / (10 * elapsed),
        projectedTotal: 12 / elapsed,
        runOutDate: null,
        unusedAtEnd: 0,
        outlook: 'exhausted',
      },
    });
  });

  it('leaves remaining and utilisation null when purchased is null', () => {
    const b = balanceOf(
      makeEntitlement({ id: 'e', purchased: null }),
      { consumed: 5, consumedTotal: 9, hoursDone: 0 },
      TERM,
      TODAY,
    );
    expect([b.remaining, b.utilisation, b.threshold, b.forecast]).to.eql([null, null, 'unlimited', null]);
  });

  it('remaining + consumedTotal = purchased, and consumed ≤ consumedTotal (property)', () => {
    const record = fc.record({
      workspaceId: fc.constantFrom('ws-a', 'ws-b', 'ws-c'),
      quantity: fc.integer({ min: 0, max: 500 }).map((n) => n / 4),
      hoursDone: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }).map((n) => n / 2),
        fc.array(record, { maxLength: 40 }),
        fc.subarray(['ws-a', 'ws-b', 'ws-c']),
        (purchased, records, selected) => {
          const b = balanceOf(
            makeEntitlement({ id: 'e', purchased }),
            totalsOf(records, new Set(selected)),
            TERM,
            TODAY,
          );
          expect(b.remaining! + b.consumedTotal).to.eql(purchased);
          expect(b.consumed).to.be.at.most(b.consumedTotal);
          expect(b.utilisation).to.eql(b.consumedTotal / purchased);
        },
      ),
    );
  });
});
