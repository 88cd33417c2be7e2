import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { AccessDeniedError, DatasetError, NotFoundError, QueryError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { canSeeCase } from '../../src/domain/access.js';
import { todayOf } from '../../src/domain/dates.js';
import { forecastOf } from '../../src/domain/forecast.js';
import { createComparator, foldText } from '../../src/domain/query.js';
import type {
  AdditionalCase,
  Balance,
  ConsumptionRecord,
  Dataset,
  Reason,
  SortSpec,
} from '../../src/domain/types.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { makeCase, makeDataset, makeRecord } from '../helpers/fixtures.js';

function adapterFor(viewerId: string, dataset: Dataset = makeDataset(), currentWorkspaceId?: string) {
  return createMemoryAdapter(dataset, { viewerId, currentWorkspaceId });
}

/** Resolves to the rejection of a promise (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

const page = { offset: 0, limit: 50 };
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('memory adapter: creation and session', () => {
  it('rejects a bad dataset with DatasetError', () => {
    const bad = makeDataset();
    (bad.entitlements[0] as { purchased: unknown }).purchased = 'ten';
    expect(() => createMemoryAdapter(bad, { viewerId: 'u-admin' })).to.throw(
      DatasetError,
      /entitlements\[0\]\.purchased/,
    );
  });

  it('throws a clear Error for an unknown viewer', () => {
    expect(() => adapterFor('u-ghost')).to.throw(Error, /unknown viewerId "u-ghost"/);
  });

  it('gives a member their workspace, its id as current, and their permissions', async () => {
    const session = await adapterFor('u-member').getSession();
    expect(session).to.eql({
      asOf: '2026-03-15T08:00:00Z',
      customer: { id: 'cust-1', name: 'Acme Ltda' },
      viewer: { id: 'u-member', name: 'Maria' },
      currentWorkspaceId: 'ws-a',
      workspaces: [{ id: 'ws-a', name: 'São Paulo' }],
      permissions: { viewPage: true, exportEducation: false, viewAllCases: false },
    });
  });

  it('keeps a selectable currentWorkspaceId, and replaces one that is not', async () => {
    expect((await adapterFor('u-admin', makeDataset(), 'ws-b').getSession()).currentWorkspaceId).to.eql(
      'ws-b',
    );
    expect((await adapterFor('u-admin', makeDataset(), 'ws-x').getSession()).currentWorkspaceId).to.eql(
      'ws-a',
    );
    expect((await adapterFor('u-wsadmin', makeDataset(), 'ws-a').getSession()).currentWorkspaceId).to.eql(
      'ws-b',
    );
  });

  it('gives admins their workspaces and permissions', async () => {
    const admin = await adapterFor('u-admin').getSession();
    expect(ids(admin.workspaces)).to.eql(['ws-a', 'ws-b', 'ws-c']);
    expect(admin.permissions).to.eql({ viewPage: true, exportEducation: true, viewAllCases: true });
    const wsAdmin = await adapterFor('u-wsadmin').getSession();
    expect(ids(wsAdmin.workspaces)).to.eql(['ws-b']);
    expect(wsAdmin.permissions).to.eql({ viewPage: true, exportEducation: true, viewAllCases: false });
    const learner = await adapterFor('u-learner').getSession();
    expect(learner.permissions).to.eql({ viewPage: true, exportEducation: true, viewAllCases: false });
  });
});

describe('memory adapter: a user with no access', () => {
  const adapter = () => adapterFor('u-none');

  it('getSession says viewPage false, with no workspace', async () => {
    const session = await adapter().getSession();
    expect(session.permissions).to.eql({ viewPage: false, exportEducation: false, viewAllCases: true });
    expect(session.workspaces).to.eql([]);
    expect(session.currentWorkspaceId).to.eql(null);
  });

  it('every data method rejects with AccessDeniedError', async () => {
    const a = adapter();
    const w = { workspaceIds: ['ws-a'] };
    const calls: Promise<unknown>[] = [
      a.listContracts(w),
      a.getEnterpriseSummary({ ...w, contractId: 'ct-1' }),
      a.listPackages({ ...w, contractId: 'ct-1', scope: 'add-on' }),
      a.getEntitlement({ ...w, entitlementId: 'en-advisory' }),
      a.queryConsumption({ ...w, ...page, entitlementId: 'en-advisory' }),
      a.queryAdditionalCases({ ...w, ...page }),
      a.getConsumptionTimeline!({ ...w, entitlementId: 'en-advisory' }),
    ];
    for (const call of calls) expect(await rejectionOf(call)).to.be.instanceOf(AccessDeniedError);
  });
});

describe('memory adapter: workspaces of a query', () => {
  it('refuses a workspace the user may not see with AccessDeniedError', async () => {
    const member = adapterFor('u-member');
    const err = await rejectionOf(member.listContracts({ workspaceIds: ['ws-a', 'ws-b'] }));
    expect(err).to.be.instanceOf(AccessDeniedError);
    expect(err.message).to.contain('"ws-b"');
    expect(
      await rejectionOf(
        member.queryConsumption({ workspaceIds: ['ws-b'], ...page, entitlementId: 'en-advisory' }),
      ),
    ).to.be.instanceOf(AccessDeniedError);
    expect(await rejectionOf(member.listContracts({ workspaceIds: ['ws-unknown'] }))).to.be.instanceOf(
      AccessDeniedError,
    );
  });

  it('refuses an empty workspace list with QueryError', async () => {
    expect(await rejectionOf(adapterFor('u-admin').listContracts({ workspaceIds: [] }))).to.be.instanceOf(
      QueryError,
    );
  });
});

describe('memory adapter: contracts, summary, packages, entitlement', () => {
  it('lists the contracts mapped to any of the workspaces, with status', async () => {
    const a = adapterFor('u-admin');
    const list = async (workspaceIds: string[]) =>
      (await a.listContracts({ workspaceIds })).map((c) => [c.id, c.status]);
    expect(await list(['ws-a'])).to.eql([['ct-1', 'active']]);
    expect(await list(['ws-b'])).to.eql([
      ['ct-1', 'active'],
      ['ct-2', 'expired'],
    ]);
    expect(await list(['ws-c', 'ws-a'])).to.eql([
      ['ct-1', 'active'],
      ['ct-3', 'upcoming'],
    ]);
  });

  it('summarises the enterprise packages of a contract for S', async () => {
    const summary = await adapterFor('u-admin').getEnterpriseSummary({
      contractId: 'ct-1',
      workspaceIds: ['ws-a', 'ws-b'],
    });
    expect(summary.contract.status).to.eql('active');
    expect(summary.groups).to.eql([
      {
        group: 'proactive',
        lines: [{ unit: 'credits', purchased: 70, consumed: 59, remaining: 11 }],
        hoursDone: 0,
      },
      {
        group: 'as-needed',
        lines: [{ unit: 'hours', purchased: null, consumed: 44, remaining: null }],
        hoursDone: 41,
      },
      {
        group: 'education',
        lines: [{ unit: 'activities', purchased: 10, consumed: 11, remaining: -1 }],
        hoursDone: 0,
      },
      { group: 'contacts', lines: [], hoursDone: 0 },
      {
        group: 'assessments',
        lines: [{ unit: 'assessments', purchased: 2, consumed: 0, remaining: 2 }],
        hoursDone: 0,
      },
    ]);
    expect(summary.entitlements.map((b) => [b.entitlementId, b.threshold])).to.eql([
      ['en-reactive', 'unlimited'],
      ['en-advisory', 'ok'],
      ['en-proactive', 'warning'],
      ['en-workshop', 'critical'],
      ['en-sta', 'benefit'],
      ['en-education', 'over'],
      ['en-contacts', 'benefit'],
      ['en-assess', 'ok'],
      ['en-other', 'ok'],
    ]);
  });

  it('counts consumed over S but remaining over every workspace', async () => {
    const summary = await adapterFor('u-admin').getEnterpriseSummary({
      contractId: 'ct-1',
      workspaceIds: ['ws-a'],
    });
    const advisory = summary.entitlements.find((b) => b.entitlementId === 'en-advisory')!;
    expect([advisory.consumed, advisory.consumedTotal, advisory.remaining, advisory.hoursDone]).to.eql([
      21, 42, 58, 20,
    ]);
    expect(summary.groups[1].lines).to.eql([
      { unit: 'hours', purchased: null, consumed: 24, remaining: null },
    ]);
  });

  it('balances count rows the viewer may not see', async () => {
    const view = await adapterFor('u-member').getEntitlement({
      entitlementId: 'en-advisory',
      workspaceIds: ['ws-a'],
    });
    expect([view.consumed, view.consumedTotal, view.hoursDone]).to.eql([21, 42, 20]);
  });

  it('lists packages by scope and status, with expiry and balances', async () => {
    const a = adapterFor('u-admin');
    const w = { contractId: 'ct-1', workspaceIds: ['ws-a'] };
    const addOns = await a.listPackages({ ...w, scope: 'add-on' });
    expect(addOns.map((p) => [p.id, p.status, p.expiry, p.daysLeft])).to.eql([
      ['pk-add-1', 'active', 'expiring', 46],
      ['pk-add-2', 'inactive', 'expired', -258],
    ]);
    expect(addOns[0].entitlements.map((b) => [b.entitlementId, b.consumed, b.remaining])).to.eql([
      ['en-addon', 8, 32],
    ]);
    expect(ids(await a.listPackages({ ...w, scope: 'add-on', status: 'active' }))).to.eql(['pk-add-1']);
    expect(ids(await a.listPackages({ ...w, scope: 'add-on', status: 'inactive' }))).to.eql(['pk-add-2']);
    expect(ids(await a.listPackages({ ...w, scope: 'add-on', packageId: 'pk-add-2' }))).to.eql(['pk-add-2']);
    expect(ids(await a.listPackages({ ...w, scope: 'enterprise' }))).to.eql(['pk-ent-1']);
  });

  it('rejects unknown ids with NotFoundError and bad filters with QueryError', async () => {
    const a = adapterFor('u-admin');
    const w = { workspaceIds: ['ws-a'] };
    expect(await rejectionOf(a.getEnterpriseSummary({ ...w, contractId: 'ct-x' }))).to.be.instanceOf(
      NotFoundError,
    );
    expect(await rejectionOf(a.listPackages({ ...w, contractId: 'ct-x', scope: 'add-on' }))).to.be.instanceOf(
      NotFoundError,
    );
    expect(
      await rejectionOf(a.listPackages({ ...w, contractId: 'ct-1', scope: 'add-on', packageId: 'pk-x' })),
    ).to.be.instanceOf(NotFoundError);
    expect(await rejectionOf(a.getEntitlement({ ...w, entitlementId: 'en-x' }))).to.be.instanceOf(
      NotFoundError,
    );
    expect(await rejectionOf(a.queryConsumption({ ...w, ...page, entitlementId: 'en-x' }))).to.be.instanceOf(
      NotFoundError,
    );
    expect(
      await rejectionOf(a.listPackages({ ...w, contractId: 'ct-1', scope: 'other' as 'add-on' })),
    ).to.be.instanceOf(QueryError);
    expect(
      await rejectionOf(
        a.listPackages({ ...w, contractId: 'ct-1', scope: 'add-on', status: 'gone' as 'all' }),
      ),
    ).to.be.instanceOf(QueryError);
  });

  it('refuses a contract mapped to none of the viewer’s workspaces', async () => {
    const member = adapterFor('u-member');
    const w = { workspaceIds: ['ws-a'] };
    expect(await rejectionOf(member.getEnterpriseSummary({ ...w, contractId: 'ct-2' }))).to.be.instanceOf(
      AccessDeniedError,
    );
    expect(await rejectionOf(member.getEntitlement({ ...w, entitlementId: 'en-old' }))).to.be.instanceOf(
      AccessDeniedError,
    );
  });

  it('describes an entitlement with its package, contract and action link', async () => {
    const view = await adapterFor('u-admin').getEntitlement({
      entitlementId: 'en-advisory',
      workspaceIds: ['ws-a'],
    });
    expect(view).to.deep.include({
      entitlementId: 'en-advisory',
      consumed: 21,
      consumedTotal: 42,
      remaining: 58,
      utilisation: 0.42,
      hoursDone: 20,
      threshold: 'ok',
      description: 'About en-advisory',
      actionUrl: 'https://x.test/a',
    });
    expect(view.package.id).to.eql('pk-ent-1');
    expect([view.contract.id, view.contract.status]).to.eql(['ct-1', 'active']);
    const plain = await adapterFor('u-admin').getEntitlement({
      entitlementId: 'en-other',
      workspaceIds: ['ws-a'],
    });
    expect('actionUrl' in plain).to.eql(false);
  });
});

/**
 * The forecast a balance must carry, computed apart from the adapter: consumedTotal summed from the raw records of
 * every workspace, over the term of the entitlement's package, at the dataset's today.
 */
function expectedForecast(dataset: Dataset, entitlementId: string): Balance['forecast'] {
  const entitlement = dataset.entitlements.find((e) => e.id === entitlementId)!;
  const pkg = dataset.packages.find((p) => p.id === entitlement.packageId)!;
  let consumedTotal = 0;
  for (const r of dataset.consumption) if (r.entitlementId === entitlementId) consumedTotal += r.quantity;
  return forecastOf({ ...entitlement, consumedTotal }, pkg, todayOf(dataset.asOf));
}

describe('memory adapter: forecasts', () => {
  for (const [name, dataset] of [
    ['fixture', makeDataset()],
    ['demo', createDemoDataset()],
  ] as const) {
    it(`every balance of every answer carries its forecast (${name} dataset)`, async () => {
      const a = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
      const every = (await a.getSession()).workspaces.map((w) => w.id);
      const seen = new Set<string>();
      const outlooks = new Set<string>();
      // Every entitlement of a contract mapped to some workspace (one mapped to none is nobody's to ask for).
      const mapped = new Set(dataset.contracts.filter((c) => c.workspaceIds.length > 0).map((c) => c.id));
      const reachable = dataset.entitlements.filter((e) =>
        mapped.has(dataset.packages.find((p) => p.id === e.packageId)!.contractId),
      );
      const check = (b: Balance, where: string) => {
        expect(b.forecast, `${where} ${b.entitlementId}`).to.eql(expectedForecast(dataset, b.entitlementId));
        seen.add(b.entitlementId);
        outlooks.add(b.forecast?.outlook ?? 'none');
      };
      for (const workspaceIds of [every, [every[0]]]) {
        for (const c of await a.listContracts({ workspaceIds: every })) {
          const summary = await a.getEnterpriseSummary({ contractId: c.id, workspaceIds });
          for (const b of summary.entitlements) check(b, `summary ${c.id}`);
          for (const scope of ['enterprise', 'add-on'] as const) {
            for (const p of await a.listPackages({ contractId: c.id, scope, workspaceIds })) {
              for (const b of p.entitlements) check(b, `package ${p.id}`);
            }
          }
        }
        for (const e of reachable) {
          check(await a.getEntitlement({ entitlementId: e.id, workspaceIds }), 'entitlement');
        }
      }
      expect(seen.size).to.equal(reachable.length);
      // The datasets exercise more than one outlook, and the null of benefits and as-needed entitlements.
      expect(outlooks.has('none')).to.equal(true);
      expect(outlooks.size).to.be.greaterThan(name === 'demo' ? 6 : 2);
    });
  }

  it('the selection changes consumed, never the forecast (a fact of the contract)', async () => {
    const a = adapterFor('u-admin');
    const one = await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ['ws-a'] });
    const all = await a.getEntitlement({
      entitlementId: 'en-advisory',
      workspaceIds: ['ws-a', 'ws-b', 'ws-c'],
    });
    expect(one.consumed).to.be.lessThan(all.consumed);
    expect(one.forecast).to.eql(all.forecast);
    expect(one.forecast).to.not.equal(null);
  });
});

describe('memory adapter: consumption', () => {
  const q = { entitlementId: 'en-advisory', workspaceIds: ['ws-a'], ...page };

  it('lists every row of S to an admin, newest first', async () => {
    const result = await adapterFor('u-admin').queryConsumption(q);
    expect(ids(result.rows)).to.eql(['r03', 'r02', 'r01']);
    expect([result.total, result.hiddenByPermissions]).to.eql([3, 0]);
  });

  it('hides a row whose case the viewer may not see, and counts it', async () => {
    const result = await adapterFor('u-member').queryConsumption(q);
    expect(ids(result.rows)).to.eql(['r02', 'r01']);
    expect([result.total, result.hiddenByPermissions]).to.eql([2, 1]);
    const all = await adapterFor('u-viewall').queryConsumption(q);
    expect(ids(all.rows)).to.eql(['r03', 'r02', 'r01']);
  });

  it('searches accent- and case-insensitively without revealing hidden rows', async () => {
    const member = adapterFor('u-member');
    const found = await member.queryConsumption({ ...q, search: 'REVISAO' });
    expect([ids(found.rows), found.total, found.hiddenByPermissions]).to.eql([['r01'], 1, 1]);
    const hiddenOnly = await member.queryConsumption({ ...q, search: 'analise' });
    expect([ids(hiddenOnly.rows), hiddenOnly.total, hiddenOnly.hiddenByPermissions]).to.eql([[], 0, 1]);
    const byPerson = await member.queryConsumption({ ...q, search: 'joão' });
    expect(ids(byPerson.rows)).to.eql(['r01']);
  });

  it('sorts and pages', async () => {
    const a = adapterFor('u-admin');
    const sort: SortSpec<'quantity'>[] = [{ key: 'quantity', direction: 'asc' }];
    const all = { ...q, workspaceIds: ['ws-a', 'ws-b', 'ws-c'], sort };
    expect(ids((await a.queryConsumption({ ...all, offset: 0, limit: 2 })).rows)).to.eql(['r05', 'r02']);
    const second = await a.queryConsumption({ ...all, offset: 2, limit: 2 });
    expect([ids(second.rows), second.total]).to.eql([['r03', 'r01'], 5]);
    expect(ids((await a.queryConsumption({ ...all, offset: 4, limit: 2 })).rows)).to.eql(['r04']);
    expect(ids((await a.queryConsumption({ ...all, offset: 9, limit: 2 })).rows)).to.eql([]);
  });

  it('validates the page query with QueryError', async () => {
    const a = adapterFor('u-admin');
    for (const bad of [
      { ...q, offset: -1 },
      { ...q, offset: 0.5 },
      { ...q, limit: 0 },
      { ...q, sort: [{ key: 'colour' as 'date', direction: 'asc' as const }] },
      { ...q, sort: [{ key: 'date' as const, direction: 'sideways' as 'asc' }] },
    ]) {
      expect(await rejectionOf(a.queryConsumption(bad))).to.be.instanceOf(QueryError);
    }
  });

  it('returns copies: changing a row does not change the adapter', async () => {
    const a = adapterFor('u-admin');
    const first = await a.queryConsumption(q);
    first.rows[0].title = 'changed';
    expect((await a.queryConsumption(q)).rows[0].title).to.eql('Análise de incidente');
  });

  it('an entitlement with no rows gives an empty page', async () => {
    const result = await adapterFor('u-admin').queryConsumption({ ...q, entitlementId: 'en-assess' });
    expect(result).to.eql({ rows: [], total: 0, hiddenByPermissions: 0 });
  });
});

describe('memory adapter: consumption timeline', () => {
  it('folds the rows of S by month, ending on the balance consumed, hidden rows included', async () => {
    for (const viewer of ['u-admin', 'u-member']) {
      const a = adapterFor(viewer);
      for (const workspaceIds of [['ws-a'], ['ws-a', 'ws-b']]) {
        if (viewer === 'u-member' && workspaceIds.length > 1) continue;
        const query = { entitlementId: 'en-advisory', workspaceIds };
        const [points, balance] = await Promise.all([
          a.getConsumptionTimeline!(query),
          a.getEntitlement(query),
        ]);
        expect(points.length).to.be.greaterThan(0);
        expect(points.at(-1)!.cumulative).to.equal(balance.consumed);
        expect(points.at(-1)!.cumulativeTotal).to.equal(balance.consumedTotal);
        points.forEach((p, i) => {
          expect(p.period).to.match(/^\d{4}-\d{2}$/);
          expect(p.consumed).to.be.at.most(p.consumedTotal);
          if (i > 0) expect(p.cumulative).to.equal(points[i - 1].cumulative + p.consumed);
          if (i > 0) expect(p.cumulativeTotal).to.equal(points[i - 1].cumulativeTotal + p.consumedTotal);
        });
        expect(points[0].period).to.equal(balance.package.startDate.slice(0, 7));
      }
    }
  });

  it('refuses a workspace outside the viewer scope and an unknown entitlement', async () => {
    const a = adapterFor('u-member');
    expect(
      await rejectionOf(a.getConsumptionTimeline!({ entitlementId: 'en-advisory', workspaceIds: ['ws-c'] })),
    ).to.be.instanceOf(AccessDeniedError);
    expect(
      await rejectionOf(a.getConsumptionTimeline!({ entitlementId: 'nope', workspaceIds: ['ws-a'] })),
    ).to.be.instanceOf(NotFoundError);
  });
});

describe('memory adapter: additional cases', () => {
  const q = { workspaceIds: ['ws-a'], ...page };
  const reasonsById = (rows: AdditionalCase[]) => rows.map((c) => [c.id, c.reasons]);

  it('lists every additional case of S with its reasons, most recently opened first', async () => {
    const result = await adapterFor('u-admin').queryAdditionalCases(q);
    expect(reasonsById(result.rows)).to.eql([
      ['case-5', ['missing-service', 'classified']],
      ['case-4', ['missing-package']],
      ['case-3', ['missing-contract']],
      ['case-2', ['expired-contract', 'unmapped-contract']],
    ]);
    expect([result.total, result.hiddenByPermissions]).to.eql([4, 0]);
  });

  it('computes reasons for the whole selection', async () => {
    const result = await adapterFor('u-admin').queryAdditionalCases({ ...q, workspaceIds: ['ws-b', 'ws-a'] });
    expect(reasonsById(result.rows)).to.eql([
      ['case-6', ['classified']],
      ['case-5', ['missing-service', 'classified']],
      ['case-4', ['missing-package']],
      ['case-3', ['missing-contract']],
      ['case-2', ['expired-contract']],
    ]);
  });

  it('shows a member only the cases they may see (primary contact, shared), counting the rest', async () => {
    const result = await adapterFor('u-member').queryAdditionalCases(q);
    expect(ids(result.rows)).to.eql(['case-3', 'case-2']);
    expect(result.hiddenByPermissions).to.eql(2);
  });

  it('shows a workspace admin the cases of that workspace', async () => {
    const result = await adapterFor('u-wsadmin').queryAdditionalCases({ ...q, workspaceIds: ['ws-b'] });
    expect([ids(result.rows), result.hiddenByPermissions]).to.eql([['case-6'], 0]);
  });

  it('filters by reasons; hiddenByPermissions ignores the filter and the search', async () => {
    const member = adapterFor('u-member');
    const classified = await member.queryAdditionalCases({ ...q, reasons: ['classified'] });
    expect([ids(classified.rows), classified.total, classified.hiddenByPermissions]).to.eql([[], 0, 2]);
    const admin = adapterFor('u-admin');
    const some = await admin.queryAdditionalCases({ ...q, reasons: ['classified', 'missing-contract'] });
    expect(ids(some.rows)).to.eql(['case-5', 'case-3']);
    const searched = await member.queryAdditionalCases({ ...q, search: 'CS-case-4' });
    expect([ids(searched.rows), searched.hiddenByPermissions]).to.eql([[], 2]);
    expect(ids((await member.queryAdditionalCases({ ...q, search: 'cs-CASE-3' })).rows)).to.eql(['case-3']);
  });

  it('rejects an unknown reason or sort key with QueryError', async () => {
    const a = adapterFor('u-admin');
    expect(await rejectionOf(a.queryAdditionalCases({ ...q, reasons: ['late' as Reason] }))).to.be.instanceOf(
      QueryError,
    );
    expect(
      await rejectionOf(
        a.queryAdditionalCases({ ...q, sort: [{ key: 'colour' as 'title', direction: 'asc' }] }),
      ),
    ).to.be.instanceOf(QueryError);
  });

  it('sorts by reasons and pages', async () => {
    const a = adapterFor('u-admin');
    const result = await a.queryAdditionalCases({
      ...q,
      sort: [{ key: 'reasons', direction: 'asc' }],
      offset: 1,
      limit: 2,
    });
    // joined reasons: "expired-contract, unmapped-contract" < "missing-contract" < "missing-package" < "missing-service, …"
    expect([ids(result.rows), result.total]).to.eql([['case-3', 'case-4'], 4]);
  });
});

describe('memory adapter: abort', () => {
  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await rejectionOf(adapterFor('u-admin').getSession({ signal: controller.signal }));
    expect(err.name).to.eql('AbortError');
  });

  it('honours an abort between the call and the answer, with the abort reason', async () => {
    const a = adapterFor('u-admin');
    const controller = new AbortController();
    const pending = a.queryConsumption(
      { entitlementId: 'en-advisory', workspaceIds: ['ws-a'], ...page },
      { signal: controller.signal },
    );
    const reason = new Error('user left');
    controller.abort(reason);
    expect(await rejectionOf(pending)).to.equal(reason);
  });

  it('answers when the signal is not aborted', async () => {
    const controller = new AbortController();
    const contracts = await adapterFor('u-admin').listContracts(
      { workspaceIds: ['ws-a'] },
      { signal: controller.signal },
    );
    expect(ids(contracts)).to.eql(['ct-1']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const WORDS = ['Educação', 'educacao', 'ÁRVORE', 'arvore', 'Café', 'cafe', 'Zulu', 'zeta', 'Ação', ''];
const SEARCHES = ['', 'educacao', 'EDUCAÇÃO', 'arv', 'café', 'z', 'ação', 'a', 'nothing', ' cafe '];

/** Collects every page of a query, by pages of `limit`. */
async function allPages<T>(
  query: (offset: number) => Promise<{ rows: T[]; total: number; hiddenByPermissions: number }>,
  limit: number,
): Promise<{ rows: T[]; totals: number[]; hidden: number[] }> {
  const rows: T[] = [];
  const totals: number[] = [];
  const hidden: number[] = [];
  for (let offset = 0; offset === 0 || offset < totals[0]; offset += limit) {
    const p = await query(offset);
    rows.push(...p.rows);
    totals.push(p.total);
    hidden.push(p.hiddenByPermissions);
    expect(p.rows.length).to.be.at.most(limit);
  }
  return { rows, totals, hidden };
}

function matches(fields: (string | undefined)[], search: string): boolean {
  const needle = foldText(search.trim());
  return needle === '' || fields.some((f) => f !== undefined && foldText(f).includes(needle));
}

describe('memory adapter: properties', () => {
  const recordArb = fc.record({
    workspaceId: fc.constantFrom('ws-a', 'ws-b', 'ws-c'),
    date: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-10'),
    quantity: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
    title: fc.constantFrom(...WORDS),
    person: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
    caseId: fc.option(fc.constantFrom('case-1', 'case-3', 'case-7', 'case-4'), { nil: undefined }),
  });
  const consumptionSort = fc.array(
    fc.record({
      key: fc.constantFrom('date', 'quantity', 'title', 'person', 'caseId', 'workspaceId'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    { maxLength: 3 },
  );
  const viewerArb = fc.constantFrom<{ viewerId: string; workspaceIds: string[] }>(
    { viewerId: 'u-member', workspaceIds: ['ws-a'] },
    { viewerId: 'u-wsadmin', workspaceIds: ['ws-b'] },
    { viewerId: 'u-admin', workspaceIds: ['ws-a', 'ws-c'] },
  );

  it('paging through any sorted, searched query visits every visible row exactly once; hidden rows never appear', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordArb, { maxLength: 40 }),
        consumptionSort,
        fc.constantFrom(...SEARCHES),
        fc.integer({ min: 1, max: 7 }),
        viewerArb,
        async (raw, sort, search, limit, { viewerId, workspaceIds }) => {
          const dataset = makeDataset();
          dataset.consumption = raw.map((r, i) => makeRecord({ ...r, id: `x${(i * 37) % 41}` }));
          const viewer = dataset.users.find((u) => u.id === viewerId)!;
          const caseById = new Map(dataset.cases.map((c) => [c.id, c]));
          const visible = (r: ConsumptionRecord) =>
            r.caseId === undefined || canSeeCase(viewer, caseById.get(r.caseId)!);
          const inS = dataset.consumption.filter((r) => workspaceIds.includes(r.workspaceId));
          const expected = inS.filter(
            (r) => visible(r) && matches([r.date, r.title, r.reference, r.status, r.person, r.email], search),
          );
          const a = createMemoryAdapter(dataset, { viewerId });
          const base = { entitlementId: 'en-advisory', workspaceIds, sort, search, limit };
          const got = await allPages((offset) => a.queryConsumption({ ...base, offset }), limit);

          expect(ids(got.rows)).to.have.members(ids(expected));
          expect(new Set(ids(got.rows)).size).to.eql(got.rows.length);
          expect(got.totals.every((t) => t === expected.length)).to.eql(true);
          const effective: SortSpec[] = sort.length > 0 ? sort : [{ key: 'date', direction: 'desc' }];
          const compare = createComparator<ConsumptionRecord>(effective);
          for (let i = 1; i < got.rows.length; i++)
            expect(compare(got.rows[i - 1], got.rows[i])).to.be.below(0);

          const hidden = inS.filter((r) => !visible(r)).length;
          expect(got.hidden.every((h) => h === hidden)).to.eql(true);
          const unsearched = await a.queryConsumption({ ...base, search: undefined, offset: 0 });
          expect(unsearched.hiddenByPermissions).to.eql(hidden);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('additional cases: paging visits every visible case once; hiddenByPermissions ignores search and reasons', async () => {
    const caseArb = fc.record({
      title: fc.constantFrom(...WORDS),
      workspaceId: fc.constantFrom('ws-a', 'ws-b'),
      openedAt: fc.constantFrom('2026-01-01', '2026-02-01'),
      contractId: fc.option(fc.constantFrom('ct-1', 'ct-2', 'ct-x'), { nil: undefined }),
      classification: fc.option(fc.constantFrom('SU' as const, 'REC' as const), { nil: undefined }),
      groupIds: fc.subarray(['g-1', 'g-2']),
      primaryContactId: fc.option(fc.constantFrom('u-member', 'u-admin'), { nil: undefined }),
    });
    const reasonsArb = fc.option(
      fc.subarray(['classified', 'missing-contract', 'expired-contract'] as Reason[]),
      {
        nil: undefined,
      },
    );
    const caseSort = fc.array(
      fc.record({
        key: fc.constantFrom('title', 'openedAt', 'reasons', 'contractId', 'classification'),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      { maxLength: 2 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { maxLength: 30 }),
        caseSort,
        fc.constantFrom(...SEARCHES),
        reasonsArb,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('u-member', 'u-viewall', 'u-admin'),
        async (raw, sort, search, reasons, limit, viewerId) => {
          const dataset = makeDataset();
          dataset.consumption = [];
          dataset.cases = raw.map((c, i) => makeCase({ ...c, id: `k${(i * 13) % 31}` }));
          const viewer = dataset.users.find((u) => u.id === viewerId)!;
          const a: CustomerActivityAdapter = createMemoryAdapter(dataset, { viewerId });
          const workspaceIds = ['ws-a'];
          const everything = await createMemoryAdapter(dataset, { viewerId: 'u-admin' }).queryAdditionalCases(
            {
              workspaceIds,
              offset: 0,
              limit: 1000,
            },
          );
          const expected = everything.rows.filter(
            (c) =>
              canSeeCase(viewer, c) &&
              (reasons === undefined || reasons.length === 0 || c.reasons.some((r) => reasons.includes(r))) &&
              matches(
                [c.number, c.title, c.type, c.severity, c.status, c.openedAt, c.closedAt, c.classification],
                search,
              ),
          );
          const hidden = everything.rows.filter((c) => !canSeeCase(viewer, c)).length;
          const base = { workspaceIds, sort, search, reasons, limit };
          const got = await allPages((offset) => a.queryAdditionalCases({ ...base, offset }), limit);
          expect(ids(got.rows)).to.have.members(ids(expected));
          expect(new Set(ids(got.rows)).size).to.eql(got.rows.length);
          expect(got.hidden.every((h) => h === hidden)).to.eql(true);
          const compare = createComparator<AdditionalCase>(
            sort.length > 0 ? sort : [{ key: 'openedAt', direction: 'desc' }],
          );
          for (let i = 1; i < got.rows.length; i++)
            expect(compare(got.rows[i - 1], got.rows[i])).to.be.below(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('remaining + consumedTotal = purchased, and consumed over every workspace = consumedTotal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 400 }).map((n) => n / 2),
        async (raw, purchased) => {
          const dataset = makeDataset();
          dataset.entitlements.find((e) => e.id === 'en-advisory')!.purchased = purchased;
          dataset.consumption = raw.map((r, i) => makeRecord({ ...r, id: `x${i}` }));
          const a = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
          const all = await a.getEntitlement({
            entitlementId: 'en-advisory',
            workspaceIds: ['ws-a', 'ws-b', 'ws-c'],
          });
          expect(all.remaining! + all.consumedTotal).to.eql(purchased);
          expect(all.consumed).to.eql(all.consumedTotal);
          expect(all.consumedTotal).to.eql(dataset.consumption.reduce((s, r) => s + r.quantity, 0));
          const one = await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ['ws-b'] });
          expect(one.consumed).to.eql(
            dataset.consumption.filter((r) => r.workspaceId === 'ws-b').reduce((s, r) => s + r.quantity, 0),
          );
          expect(one.remaining).to.eql(all.remaining);
        },
      ),
      { numRuns: 60 },
    );
  });
});
