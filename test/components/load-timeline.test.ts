/**
 * `loadTimeline`'s totals: from the adapter's own timeline they count every workspace; folded from the history
 * they count the rows the viewer may see in the workspaces they may select, and say they are partial.
 */
import { expect } from '@open-wc/testing';
import { loadTimeline } from '../../src/components/entitlement-detail/load-timeline.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { packageTimelineRange } from '../../src/domain/timeline.js';
import { todayOf } from '../../src/domain/dates.js';
import type { Dataset } from '../../src/domain/types.js';
import { makeDataset, makeUser } from '../helpers/fixtures.js';

/** The memory adapter without `getConsumptionTimeline`, recording every history query. */
function historyOnly(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  queries: ConsumptionQuery[];
} {
  const queries: ConsumptionQuery[] = [];
  const adapter: CustomerActivityAdapter = {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: (q, o) => inner.getEnterpriseSummary(q, o),
    listPackages: (q, o) => inner.listPackages(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => {
      queries.push(q);
      return inner.queryConsumption(q, o);
    },
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
  };
  return { adapter, queries };
}

/**
 * The fixture dataset with a viewer who may select ws-a and ws-b (not ws-c), sees case-1's row r02 through group g-1
 * and may not see case-7's row r03.
 */
function twoWorkspaces(): Dataset {
  const base = makeDataset();
  return makeDataset({
    users: [
      ...base.users,
      makeUser({
        id: 'u-two',
        roles: ['customer-activity'],
        workspaceIds: ['ws-a', 'ws-b'],
        groupIds: ['g-1'],
      }),
    ],
  });
}

const range = { from: '2026-01-01', to: '2026-03-15' };

describe('loadTimeline: totals', () => {
  it("from the adapter's timeline: complete totals of every workspace", async () => {
    const memory = createMemoryAdapter(twoWorkspaces(), { viewerId: 'u-two' });
    const query = { entitlementId: 'en-advisory', workspaceIds: ['ws-b'], range };
    const result = await loadTimeline(memory, query);
    const balance = await memory.getEntitlement(query);
    expect(result).to.deep.include({ status: 'complete', source: 'adapter', totals: 'complete' });
    if (result.status !== 'complete') return;
    // r01 + r02 + r03 (hidden) + r04 + r05 (ws-c, not selectable): the balance's consumedTotal.
    expect(result.points.at(-1)!.cumulativeTotal).to.equal(balance.consumedTotal);
    expect(result.points.at(-1)!.cumulativeTotal).to.equal(42);
    expect(result.points.at(-1)!.cumulative).to.equal(balance.consumed);
  });

  it('from the history: the selectable workspaces, the visible rows, marked partial, hidden rows counted apart', async () => {
    const { adapter, queries } = historyOnly(createMemoryAdapter(twoWorkspaces(), { viewerId: 'u-two' }));
    const result = await loadTimeline(
      adapter,
      { entitlementId: 'en-advisory', workspaceIds: ['ws-b'], totalWorkspaceIds: ['ws-a', 'ws-b'], range },
      { chunkSize: 2 },
    );
    expect(result).to.deep.equal({
      status: 'complete',
      source: 'history',
      hiddenByPermissions: 0, // ws-b's rows are all visible
      totals: 'partial',
      totalsHiddenByPermissions: 1, // r03 in ws-a
      points: [
        // r01 (ws-a)
        { period: '2026-01', consumed: 0, cumulative: 0, consumedTotal: 10, cumulativeTotal: 10 },
        // r02 (ws-a) + r04 (ws-b); r03 hidden
        { period: '2026-02', consumed: 20, cumulative: 20, consumedTotal: 25, cumulativeTotal: 35 },
        // r05 is in ws-c, which this viewer may not select
        { period: '2026-03', consumed: 0, cumulative: 20, consumedTotal: 0, cumulativeTotal: 35 },
      ],
    });
    // Two pages of the total workspaces, then one row of the selected ones for their hidden count.
    expect(queries.map((q) => [q.workspaceIds, q.offset, q.limit])).to.deep.equal([
      [['ws-b', 'ws-a'], 0, 2],
      [['ws-b', 'ws-a'], 2, 2],
      [['ws-b'], 0, 1],
    ]);
  });

  it('the hidden rows of the selection come from the selection alone', async () => {
    const { adapter } = historyOnly(createMemoryAdapter(twoWorkspaces(), { viewerId: 'u-two' }));
    const result = await loadTimeline(adapter, {
      entitlementId: 'en-advisory',
      workspaceIds: ['ws-a'],
      totalWorkspaceIds: ['ws-a', 'ws-b'],
      range,
    });
    expect(result).to.deep.include({
      hiddenByPermissions: 1,
      totalsHiddenByPermissions: 1,
      totals: 'partial',
    });
    if (result.status !== 'complete') return;
    expect(result.points.map((p) => [p.cumulative, p.cumulativeTotal])).to.deep.equal([
      [10, 10],
      [15, 35],
      [15, 35],
    ]);
  });

  it('without totalWorkspaceIds the totals are the selection’s, with no extra query', async () => {
    const { adapter, queries } = historyOnly(createMemoryAdapter(twoWorkspaces(), { viewerId: 'u-two' }));
    const result = await loadTimeline(adapter, {
      entitlementId: 'en-advisory',
      workspaceIds: ['ws-b'],
      range,
    });
    expect(queries).to.have.length(1);
    expect(result).to.deep.include({ totals: 'partial', totalsHiddenByPermissions: 0 });
    if (result.status !== 'complete') return;
    expect(result.points.every((p) => p.consumedTotal === p.consumed)).to.equal(true);
  });

  it('the cap counts the rows of every total workspace', async () => {
    const { adapter, queries } = historyOnly(createMemoryAdapter(twoWorkspaces(), { viewerId: 'u-two' }));
    const result = await loadTimeline(
      adapter,
      { entitlementId: 'en-advisory', workspaceIds: ['ws-b'], totalWorkspaceIds: ['ws-a'], range },
      { cap: 2 },
    );
    expect(result).to.deep.equal({ status: 'too-long', rowCount: 3, cap: 2 });
    expect(queries).to.have.length(1);
  });

  it("a customer admin selecting every workspace gets the adapter's own timeline from the history", async function () {
    this.timeout(20_000);
    const demo = createDemoDataset();
    const memory = createMemoryAdapter(demo, { viewerId: 'u-admin' });
    const every = demo.workspaces.map((w) => w.id);
    const { adapter } = historyOnly(memory);
    const today = todayOf(demo.asOf);
    let compared = 0;
    for (const e of demo.entitlements.filter((x) => x.category === 'consumable').slice(0, 12)) {
      const pkg = demo.packages.find((p) => p.id === e.packageId)!;
      const contract = demo.contracts.find((c) => c.id === pkg.contractId)!;
      const r = packageTimelineRange(pkg, today);
      if (r === null || contract.workspaceIds.length === 0) continue;
      const query = { entitlementId: e.id, workspaceIds: [every[0]], totalWorkspaceIds: every, range: r };
      const [own, folded] = await Promise.all([
        memory.getConsumptionTimeline!(query),
        loadTimeline(adapter, query),
      ]);
      expect(folded.status).to.equal('complete');
      if (folded.status !== 'complete') continue;
      expect(folded.points.length).to.equal(own.length);
      folded.points.forEach((p, i) => {
        expect(p.period).to.equal(own[i].period);
        expect(p.cumulative).to.be.closeTo(own[i].cumulative, 1e-9);
        expect(p.cumulativeTotal).to.be.closeTo(own[i].cumulativeTotal, 1e-9);
      });
      compared++;
    }
    expect(compared).to.be.greaterThan(5);
  });
});
