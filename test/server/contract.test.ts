/**
 * The HTTP adapter against the real request handler, over HTTP on loopback, answers exactly what the memory
 * adapter answers on the same dataset — values and errors — for every method, viewer and a broad set of queries;
 * and the access rules of docs/domain-rules.md hold through HTTP, one test per rule. The suite runs once per
 * backend behind the handler: the memory adapter, the PostgreSQL adapter on the embedded database (PGlite), and
 * the PostgreSQL adapter on a real server when the test API has a `DATABASE_URL` (else those tests are skipped,
 * and the log says so).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { AccessDeniedError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { todayOf } from '../../src/domain/dates.js';
import { forecastOf } from '../../src/domain/forecast.js';
import { CASE_FIELDS, CONSUMPTION_FIELDS, pageQueryProblem } from '../../src/domain/query.js';
import type { Dataset, PageQuery, SortSpec } from '../../src/domain/types.js';
import { PACKAGE_SCOPES, REASONS } from '../../src/domain/types.js';
import { makeDataset } from '../helpers/fixtures.js';
import {
  apiBase,
  availableBackends,
  backendAdapter,
  get,
  outcomeOf,
  rejectionOf,
  type TestBackend,
} from './http-helpers.js';
import type { TestDatasetName } from './test-api-shared.js';

/**
 * A call to make on both adapters. A `malformed` one (empty workspace list, bad page query) must be refused by
 * both, but the handler validates the query string before it asks the adapter about access, so where the memory
 * adapter says AccessDeniedError the HTTP one may say QueryError (400 before 403).
 */
type Call = [label: string, run: (adapter: CustomerActivityAdapter) => Promise<unknown>, malformed?: boolean];

/**
 * Every method over the whole dataset, with the viewer's own workspaces (`own`) and with every workspace as an
 * admin would ask, plus queries that must fail.
 */
function callsFor(dataset: Dataset, depth: 'full' | 'sample', own: string[]): Call[] {
  const every = dataset.workspaces.map((w) => w.id);
  const all = own.length > 0 ? own : every;
  const selections = [every, ...every.map((w) => [w]), ['ws-nope'], []];
  const main = own.length > 0 ? [own, every, [own[own.length - 1]]] : [every, [every[0]]];
  const calls: Call[] = [['getSession', (a) => a.getSession()]];
  for (const workspaceIds of selections) {
    calls.push([
      `listContracts ${workspaceIds.join()}`,
      (a) => a.listContracts({ workspaceIds }),
      workspaceIds.length === 0,
    ]);
  }
  for (const workspaceIds of main) {
    for (const contract of [...dataset.contracts, { id: 'ct-nope' }]) {
      const contractId = contract.id;
      calls.push([
        `summary ${contractId} ${workspaceIds.join()}`,
        (a) => a.getEnterpriseSummary({ contractId, workspaceIds }),
      ]);
      for (const scope of PACKAGE_SCOPES) {
        for (const status of [undefined, 'all', 'active', 'inactive'] as const) {
          calls.push([
            `packages ${contractId} ${scope} ${status}`,
            (a) => a.listPackages({ contractId, scope, status, workspaceIds }),
          ]);
        }
      }
    }
  }
  const pkg = dataset.packages[0];
  const { contractId } = pkg;
  calls.push([
    'packages by packageId',
    (a) => a.listPackages({ contractId, scope: pkg.scope, packageId: pkg.id, workspaceIds: all }),
  ]);
  calls.push([
    'packages by unknown packageId',
    (a) => a.listPackages({ contractId, scope: pkg.scope, packageId: 'pk-nope', workspaceIds: all }),
  ]);

  const entitlements =
    depth === 'full' ? dataset.entitlements : dataset.entitlements.filter((_, i) => i % 4 === 0);
  for (const e of [...entitlements, { id: 'en-nope' }]) {
    const entitlementId = e.id;
    for (const workspaceIds of main) {
      calls.push([`entitlement ${entitlementId}`, (a) => a.getEntitlement({ entitlementId, workspaceIds })]);
      calls.push([
        `timeline ${entitlementId}`,
        (a) => a.getConsumptionTimeline!({ entitlementId, workspaceIds }),
      ]);
    }
    calls.push([
      `consumption ${entitlementId}`,
      (a) => a.queryConsumption({ entitlementId, workspaceIds: all, offset: 0, limit: 50 }),
    ]);
  }
  const counts = new Map<string, number>();
  for (const r of dataset.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
  const busiest = [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
  const pages: (Omit<PageQuery, 'sort'> & { sort?: SortSpec<never>[] })[] = [
    { offset: 0, limit: 1000 },
    { offset: 3, limit: 7, sort: [{ key: 'title', direction: 'asc' }] as SortSpec<never>[] },
    {
      offset: 0,
      limit: 25,
      sort: [
        { key: 'quantity', direction: 'desc' },
        { key: 'date', direction: 'asc' },
      ] as SortSpec<never>[],
    },
    {
      offset: 0,
      limit: 25,
      sort: [{ key: 'person', direction: 'desc' }] as SortSpec<never>[],
      search: 'educacao',
    },
    { offset: 0, limit: 25, search: 'ÇÃO' },
    { offset: 0, limit: 25, search: '   ' },
    { offset: 10_000, limit: 25 },
    { offset: -1, limit: 25 },
    { offset: 0, limit: 0 },
    { offset: 0, limit: 2.5 },
    { offset: 0, limit: 10, sort: [{ key: 'nope', direction: 'asc' }] as SortSpec<never>[] },
  ];
  for (const page of pages) {
    const malformed = pageQueryProblem(page, CONSUMPTION_FIELDS) !== undefined;
    calls.push([
      `consumption ${busiest} ${JSON.stringify(page)}`,
      (a) => a.queryConsumption({ entitlementId: busiest, workspaceIds: all, ...page }),
      malformed,
    ]);
    calls.push([
      `consumption ${busiest} first workspace ${JSON.stringify(page)}`,
      (a) => a.queryConsumption({ entitlementId: busiest, workspaceIds: [all[0]], ...page }),
      malformed,
    ]);
  }
  for (const workspaceIds of [...main, ...every.map((w) => [w])]) {
    for (const page of pages) {
      calls.push([
        `cases ${workspaceIds.join()} ${JSON.stringify(page)}`,
        (a) => a.queryAdditionalCases({ workspaceIds, ...page }),
        pageQueryProblem(page, CASE_FIELDS) !== undefined,
      ]);
    }
    for (const reason of REASONS) {
      calls.push([
        `cases ${workspaceIds.join()} ${reason}`,
        (a) => a.queryAdditionalCases({ workspaceIds, reasons: [reason], offset: 0, limit: 100 }),
      ]);
    }
    calls.push([
      `cases ${workspaceIds.join()} two reasons, sorted`,
      (a) =>
        a.queryAdditionalCases({
          workspaceIds,
          reasons: ['classified', 'missing-contract'],
          sort: [{ key: 'reasons', direction: 'desc' }],
          offset: 0,
          limit: 100,
        }),
    ]);
  }
  return calls;
}

/** Runs every call on both adapters (a few at a time) and compares the outcomes. */
async function compare(
  backend: TestBackend,
  name: TestDatasetName,
  dataset: Dataset,
  viewerId: string,
  depth: 'full' | 'sample',
) {
  const memory = createMemoryAdapter(dataset, { viewerId });
  const http = backendAdapter(backend, name, viewerId);
  const own = (await memory.getSession()).workspaces.map((w) => w.id);
  const calls = callsFor(dataset, depth, own);
  const failures: string[] = [];
  let values = 0;
  for (let i = 0; i < calls.length; i += 8) {
    await Promise.all(
      calls.slice(i, i + 8).map(async ([label, run, malformed]) => {
        const [overHttp, inMemory] = await Promise.all([outcomeOf(run(http)), outcomeOf(run(memory))]);
        if ('value' in inMemory) values++;
        try {
          if (malformed) {
            expect(inMemory).to.have.property('error').that.is.oneOf(['QueryError', 'AccessDeniedError']);
            expect(overHttp).to.have.property('error').that.is.oneOf(['QueryError', 'AccessDeniedError']);
            if ((inMemory as { error: string }).error === 'QueryError') expect(overHttp).to.eql(inMemory);
          } else expect(overHttp).to.eql(inMemory);
        } catch {
          failures.push(
            `${label}: http ${JSON.stringify(overHttp).slice(0, 200)} ≠ memory ${JSON.stringify(inMemory).slice(0, 200)}`,
          );
        }
      }),
    );
  }
  expect(failures, failures.slice(0, 5).join('\n')).to.eql([]);
  return { calls: calls.length, values };
}

const BACKENDS: readonly TestBackend[] = ['memory', 'pglite', 'server'];
const ran = new Set<TestBackend>();

/** Skips the test when the backend does not run here (the real server without DATABASE_URL). */
async function need(context: Mocha.Context, backend: TestBackend): Promise<void> {
  if (!(await availableBackends()).includes(backend)) {
    console.log(`contract suite: backend "${backend}" is not available here (no DATABASE_URL): skipped`);
    context.skip();
  }
  if (backend !== 'memory') {
    // The first request to a PostgreSQL backend opens the database and imports the datasets: wait for it here,
    // without the HTTP adapter's short timeout.
    warm[backend] ??= Promise.all(
      (['fixture', 'demo'] as const).map((name) => get(`${apiBase(backend, name)}/session`, 'u-admin')),
    ).then((answers) => {
      for (const res of answers) if (!res.ok) throw new Error(`${backend} answered ${res.status}`);
    });
    context.timeout(180_000);
    await warm[backend];
  }
  ran.add(backend);
}
const warm: Partial<Record<TestBackend, Promise<void>>> = {};

after(() => {
  console.log(`contract suite ran against: ${[...ran].join(', ') || 'no backend'}`);
});

for (const backend of BACKENDS) {
  const label = backend === 'memory' ? 'memory adapter' : `PostgreSQL adapter (${backend})`;

  describe(`http adapter over the ${label} ≡ memory adapter, over the real handler`, () => {
    beforeEach(async function () {
      await need(this, backend);
    });
    const httpAdapter = (name: TestDatasetName, viewerId: string, options = {}) =>
      backendAdapter(backend, name, viewerId, options);

    for (const viewerId of ['u-admin', 'u-wsadmin', 'u-member', 'u-viewall', 'u-learner', 'u-none']) {
      it(`answers the same on the fixture dataset for ${viewerId}`, async function () {
        // The first request to a PostgreSQL backend opens the database and imports the datasets.
        this.timeout(120_000);
        const { calls, values } = await compare(backend, 'fixture', makeDataset(), viewerId, 'full');
        expect(calls).to.be.greaterThan(150);
        if (viewerId !== 'u-none') expect(values).to.be.greaterThan(50);
      });
    }

    const demo = createDemoDataset();
    for (const viewerId of ['u-admin', 'u-ws-admin', 'u-activity', 'u-viewall']) {
      it(`answers the same on the demo dataset for ${viewerId}`, async function () {
        this.timeout(120_000);
        const { values } = await compare(
          backend,
          'demo',
          demo,
          viewerId,
          viewerId === 'u-admin' ? 'full' : 'sample',
        );
        expect(values).to.be.greaterThan(50);
      });
    }

    it('pages identically for any offset, limit, sort and search (property)', async function () {
      this.timeout(60_000);
      const memory = createMemoryAdapter(demo, { viewerId: 'u-admin' });
      const http = httpAdapter('demo', 'u-admin', { maxPageSize: 40 });
      const workspaceIds = demo.workspaces.map((w) => w.id);
      const counts = new Map<string, number>();
      for (const r of demo.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
      const entitlementIds = [...counts.keys()];
      const sortSpec = (keys: readonly string[]) =>
        fc.record({
          key: fc.constantFrom(...keys),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...entitlementIds),
          fc.nat(400),
          fc.integer({ min: 1, max: 130 }),
          fc.array(sortSpec(CONSUMPTION_FIELDS), { maxLength: 2 }),
          fc.constantFrom(undefined, '', 'a', 'educacao', 'Sessão', '2026-0'),
          fc.array(sortSpec(CASE_FIELDS), { maxLength: 2 }),
          async (entitlementId, offset, limit, sortSpecs, search, caseSortSpecs) => {
            const sort = sortSpecs as SortSpec<never>[];
            const caseSort = caseSortSpecs as SortSpec<never>[];
            const q = { entitlementId, workspaceIds, offset, limit, sort, search };
            expect(await outcomeOf(http.queryConsumption(q))).to.eql(
              await outcomeOf(memory.queryConsumption(q)),
            );
            const c = { workspaceIds, offset: offset % 90, limit, sort: caseSort, search };
            expect(await outcomeOf(http.queryAdditionalCases(c))).to.eql(
              await outcomeOf(memory.queryAdditionalCases(c)),
            );
          },
        ),
        { numRuns: 25 },
      );
    });
  });

  describe(`the forecast through HTTP over the ${label}`, () => {
    beforeEach(async function () {
      await need(this, backend);
    });

    it('every entitlement of the demo dataset carries the forecast of its raw records', async function () {
      this.timeout(60_000);
      const demo = createDemoDataset();
      const http = backendAdapter(backend, 'demo', 'u-admin');
      const workspaceIds = [demo.workspaces[0].id];
      const today = todayOf(demo.asOf);
      const mapped = new Set(demo.contracts.filter((c) => c.workspaceIds.length > 0).map((c) => c.id));
      let limited = 0;
      for (const e of demo.entitlements) {
        const pkg = demo.packages.find((p) => p.id === e.packageId)!;
        if (!mapped.has(pkg.contractId)) continue;
        let consumedTotal = 0;
        for (const r of demo.consumption) if (r.entitlementId === e.id) consumedTotal += r.quantity;
        const view = await http.getEntitlement({ entitlementId: e.id, workspaceIds });
        expect(view.forecast, e.id).to.eql(forecastOf({ ...e, consumedTotal }, pkg, today));
        if (view.forecast !== null) limited++;
      }
      expect(limited).to.be.greaterThan(20);
    });
  });

  describe(`access rules hold through HTTP over the ${label}`, () => {
    beforeEach(async function () {
      await need(this, backend);
    });
    const adapter = (viewerId: string) => backendAdapter(backend, 'fixture', viewerId);
    const base = apiBase(backend, 'fixture');
    const page = { offset: 0, limit: 100 };

    it('selectable workspaces: all for a customer admin, admin-of for a workspace admin, workspaceIds with customer-activity, none otherwise', async () => {
      const selectable = async (viewerId: string) =>
        (await adapter(viewerId).getSession()).workspaces.map((w) => w.id);
      expect(await selectable('u-admin')).to.eql(['ws-a', 'ws-b', 'ws-c']);
      expect(await selectable('u-wsadmin')).to.eql(['ws-b']);
      expect(await selectable('u-member')).to.eql(['ws-a']);
      // u-none has ws-a in workspaceIds but not the customer-activity role.
      const none = await adapter('u-none').getSession();
      expect(none.workspaces).to.eql([]);
      expect(none.permissions.viewPage).to.equal(false);
    });

    it('a viewer who may see no workspace gets 403 from every other route', async () => {
      const a = adapter('u-none');
      const workspaceIds = ['ws-a'];
      for (const call of [
        a.listContracts({ workspaceIds }),
        a.getEnterpriseSummary({ contractId: 'ct-1', workspaceIds }),
        a.listPackages({ contractId: 'ct-1', scope: 'enterprise', workspaceIds }),
        a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds }),
        a.queryConsumption({ entitlementId: 'en-advisory', workspaceIds, ...page }),
        a.queryAdditionalCases({ workspaceIds, ...page }),
      ]) {
        expect(await rejectionOf(call)).to.be.instanceOf(AccessDeniedError);
      }
    });

    it('a query naming a workspace outside the selectable set is refused with 403 on every route', async () => {
      for (const workspaceIds of [['ws-b'], ['ws-a', 'ws-b'], ['ws-c']]) {
        for (const path of [
          '/contracts',
          '/contracts/ct-1/summary',
          '/contracts/ct-1/packages?scope=enterprise',
          '/entitlements/en-advisory',
          '/entitlements/en-advisory/consumption',
          '/additional-cases',
        ]) {
          const q = workspaceIds.map((w) => `workspaceIds=${w}`).join('&');
          const res = await get(`${base}${path}${path.includes('?') ? '&' : '?'}${q}`, 'u-member');
          expect(res.status, `${path} ${q}`).to.equal(403);
          const body = (await res.json()) as { detail: string };
          expect(body.detail).to.match(/may not see workspace/);
        }
      }
    });

    it('a contract (and its entitlements) mapped to none of the viewer’s workspaces is refused, whatever S', async () => {
      const a = adapter('u-member'); // ws-a only; ct-2 is mapped to ws-b alone
      const workspaceIds = ['ws-a'];
      expect(
        await rejectionOf(a.getEnterpriseSummary({ contractId: 'ct-2', workspaceIds })),
      ).to.be.instanceOf(AccessDeniedError);
      expect(
        await rejectionOf(a.listPackages({ contractId: 'ct-2', scope: 'enterprise', workspaceIds })),
      ).to.be.instanceOf(AccessDeniedError);
      expect(await rejectionOf(a.getEntitlement({ entitlementId: 'en-old', workspaceIds }))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(
        await rejectionOf(a.queryConsumption({ entitlementId: 'en-old', workspaceIds, ...page })),
      ).to.be.instanceOf(AccessDeniedError);
      // The wsadmin of ws-b may see it.
      const summary = await adapter('u-wsadmin').getEnterpriseSummary({
        contractId: 'ct-2',
        workspaceIds: ['ws-b'],
      });
      expect(summary.contract.id).to.equal('ct-2');
    });

    it('cases: visible to a customer admin, an admin of their workspace, a group, the shared-with list, the primary contact, view-all', async () => {
      const ids = async (viewerId: string, workspaceIds: string[]) =>
        (await adapter(viewerId).queryAdditionalCases({ workspaceIds, ...page })).rows
          .map((c) => c.id)
          .sort();
      // Additional cases of ws-a: case-2, case-3, case-4, case-5 (case-1 and case-7 are fully mapped).
      expect(await ids('u-admin', ['ws-a'])).to.eql(['case-2', 'case-3', 'case-4', 'case-5']);
      // u-member: case-2 as primary contact, case-3 shared with them; not the private case-4 and case-5.
      expect(await ids('u-member', ['ws-a'])).to.eql(['case-2', 'case-3']);
      // view-all-support-requests sees them all.
      expect(await ids('u-viewall', ['ws-a'])).to.eql(['case-2', 'case-3', 'case-4', 'case-5']);
      // The admin of ws-b sees ws-b's private case-6.
      expect(await ids('u-wsadmin', ['ws-b'])).to.eql(['case-6']);
      const member = await adapter('u-member').queryAdditionalCases({ workspaceIds: ['ws-a'], ...page });
      expect(member.hiddenByPermissions).to.equal(2);
    });

    it('consumption rows of a case the viewer may not see are hidden and counted; a group grants them', async () => {
      const rows = await adapter('u-member').queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
        ...page,
      });
      // r02 → case-1 (group g-1, visible); r03 → case-7 (private, hidden).
      expect(rows.rows.map((r) => r.id).sort()).to.eql(['r01', 'r02']);
      expect(rows.hiddenByPermissions).to.equal(1);
      const all = await adapter('u-viewall').queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
        ...page,
      });
      expect(all.rows.map((r) => r.id).sort()).to.eql(['r01', 'r02', 'r03']);
      expect(all.hiddenByPermissions).to.equal(0);
    });

    it('a search never reveals a hidden row, and balances still count it', async () => {
      const a = adapter('u-member');
      const found = await a.queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
        search: 'Análise de incidente',
        ...page,
      });
      expect(found.rows).to.eql([]);
      expect(found.total).to.equal(0);
      expect(found.hiddenByPermissions).to.equal(1);
      const cases = await a.queryAdditionalCases({ workspaceIds: ['ws-a'], search: 'CS-case-4', ...page });
      expect(cases.rows).to.eql([]);
      const balance = await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ['ws-a'] });
      expect(balance.consumed).to.equal(10 + 5 + 6); // r01 + r02 + r03 (hidden but counted)
    });

    it('exportEducation and viewAllCases follow the roles', async () => {
      const perms = async (viewerId: string) => (await adapter(viewerId).getSession()).permissions;
      expect(await perms('u-admin')).to.eql({ viewPage: true, exportEducation: true, viewAllCases: true });
      expect(await perms('u-wsadmin')).to.eql({ viewPage: true, exportEducation: true, viewAllCases: false });
      expect(await perms('u-member')).to.eql({ viewPage: true, exportEducation: false, viewAllCases: false });
      expect(await perms('u-viewall')).to.eql({ viewPage: true, exportEducation: false, viewAllCases: true });
      expect(await perms('u-learner')).to.eql({ viewPage: true, exportEducation: true, viewAllCases: false });
    });

    it('no query parameter can change who the viewer is', async () => {
      for (const param of [
        'viewerId=u-admin',
        'viewer=u-admin',
        'userId=u-admin',
        'as=u-admin',
        '__proto__=x',
        'constructor=x',
      ]) {
        const res = await get(`${base}/contracts?workspaceIds=ws-a&${param}`, 'u-member');
        expect(res.status, param).to.equal(400);
        const body = (await res.json()) as { 'invalid-params': { name: string }[] };
        expect(
          body['invalid-params'].map((p) => p.name),
          param,
        ).to.eql([param.split('=')[0]]);
      }
      const session = (await (await get(`${base}/session?viewerId=u-admin`, 'u-member')).json()) as {
        status: number;
      };
      expect(session.status).to.equal(400);
      // Without a viewer (no session), nothing at all.
      expect((await get(`${base}/session`, '')).status).to.equal(401);
      expect((await get(`${base}/contracts?workspaceIds=ws-a`, 'u-ghost')).status).to.equal(401);
    });
  });
}
