/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe() and it() return promises that the runner itself awaits */
/**
 * The PostgreSQL backend in Node, on the embedded database and (when DATABASE_URL is set) on a fresh database of a
 * real server: migrations, imports and upserts (validation, nothing written on error, aggregates kept current),
 * tenants whose ids collide, the contract scoping rule by id, hostile search strings, sort keys and ids, aborts.
 * The answers are compared with the memory adapter's on the same data. The HTTP contract suite
 * (test/server/contract.test.ts) holds every method, viewer and access rule against the memory adapter too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { DatasetError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionRecord, Dataset, SupportCase } from '../../src/domain/types.js';
import {
  createPostgresAdapter,
  importDataset,
  migrate,
  SCHEMA_VERSION,
  upsertRecords,
  type Database,
} from '../../src/postgres.js';
import { makeDataset, makeRecord } from '../helpers/fixtures.js';
import { databases, outcome, rejection, server, type TestDatabase } from './helpers.js';

const ALL = ['ws-a', 'ws-b', 'ws-c'];
const page = { offset: 0, limit: 100 };

/** The second tenant: the fixture's very ids, other names, other quantities. */
function otherCustomer(): Dataset {
  const d = makeDataset();
  d.customer = { id: 'cust-2', name: 'Beta S.A.' };
  d.workspaces = d.workspaces.map((w) => ({ ...w, name: `Beta ${w.name}` }));
  d.consumption = d.consumption.map((r) => ({ ...r, quantity: r.quantity * 2, title: `Beta ${r.title}` }));
  d.cases = d.cases.map((c) => ({ ...c, title: `Beta ${c.title}` }));
  return d;
}

/** Calls both adapters and asserts the same outcome. */
async function same(
  label: string,
  pgAdapter: CustomerActivityAdapter,
  memory: CustomerActivityAdapter,
  run: (a: CustomerActivityAdapter) => Promise<unknown>,
): Promise<void> {
  assert.deepEqual(await outcome(run(pgAdapter)), await outcome(run(memory)), label);
}

/** Every read of a viewer, on both adapters. */
async function sameEverywhere(db: Database, dataset: Dataset, viewerId: string): Promise<void> {
  const pgAdapter = createPostgresAdapter({ db, customerId: dataset.customer.id, viewerId });
  const memory = createMemoryAdapter(dataset, { viewerId });
  await same('session', pgAdapter, memory, (a) => a.getSession());
  for (const workspaceIds of [ALL, ['ws-a'], ['ws-b']]) {
    await same(`contracts ${workspaceIds.join()}`, pgAdapter, memory, (a) =>
      a.listContracts({ workspaceIds }),
    );
    for (const contractId of ['ct-1', 'ct-2', 'ct-3']) {
      await same(`summary ${contractId}`, pgAdapter, memory, (a) =>
        a.getEnterpriseSummary({ contractId, workspaceIds }),
      );
      await same(`packages ${contractId}`, pgAdapter, memory, (a) =>
        a.listPackages({ contractId, scope: 'add-on', workspaceIds }),
      );
    }
    for (const e of dataset.entitlements) {
      const entitlementId = e.id;
      await same(`entitlement ${entitlementId}`, pgAdapter, memory, (a) =>
        a.getEntitlement({ entitlementId, workspaceIds }),
      );
      await same(`timeline ${entitlementId}`, pgAdapter, memory, (a) =>
        a.getConsumptionTimeline!({ entitlementId, workspaceIds }),
      );
      await same(`consumption ${entitlementId}`, pgAdapter, memory, (a) =>
        a.queryConsumption({ entitlementId, workspaceIds, ...page }),
      );
    }
    await same(`cases ${workspaceIds.join()}`, pgAdapter, memory, (a) =>
      a.queryAdditionalCases({ workspaceIds, ...page }),
    );
  }
}

const dbs: TestDatabase[] = await databases();
console.log(`PostgreSQL backend tests on: ${dbs.map((d) => d.name).join(', ')}`);
after(async () => {
  for (const d of dbs) await d.close();
});

for (const { name, db } of dbs) {
  describe(`PostgreSQL backend on ${name}`, () => {
    before(async () => {
      await importDataset(db, makeDataset());
      await importDataset(db, otherCustomer());
    });

    describe('migrate', () => {
      it('is versioned and idempotent: a second run changes nothing', async () => {
        const again = await migrate(db);
        assert.deepEqual([again.from, again.to], [SCHEMA_VERSION, SCHEMA_VERSION]);
        const { rows } = await (db as { query(t: string): Promise<{ rows: { n: string }[] }> }).query(
          'SELECT count(*) AS n FROM customer_activity.schema_version',
        );
        assert.equal(Number(rows[0].n), SCHEMA_VERSION);
      });

      it('runs concurrently without error, once', async () => {
        const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
        for (const r of results) assert.equal(r.to, SCHEMA_VERSION);
      });

      it('rejects something that is not a database', () => {
        assert.throws(() => migrate({}), TypeError);
      });
    });

    describe('two customers whose ids collide', () => {
      it('each answers from its own rows only, exactly as the memory adapter over its dataset', async () => {
        for (const viewerId of ['u-admin', 'u-member', 'u-wsadmin']) {
          await sameEverywhere(db, makeDataset(), viewerId);
          await sameEverywhere(db, otherCustomer(), viewerId);
        }
      });

      it('a search for the other tenant’s text finds nothing, and re-importing one leaves the other intact', async () => {
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const b = createPostgresAdapter({ db, customerId: 'cust-2', viewerId: 'u-admin' });
        const q = { entitlementId: 'en-advisory', workspaceIds: ALL, search: 'Beta', ...page };
        assert.equal((await a.queryConsumption(q)).total, 0);
        assert.equal((await b.queryConsumption(q)).total, 5);
        assert.equal(
          (await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL })).consumedTotal,
          42,
        );
        assert.equal(
          (await b.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL })).consumedTotal,
          84,
        );
        await importDataset(db, makeDataset());
        assert.equal(
          (await b.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL })).consumedTotal,
          84,
        );
        assert.equal((await b.getSession()).customer.name, 'Beta S.A.');
      });

      it('an adapter for an unknown customer or viewer is refused', async () => {
        const ghost = createPostgresAdapter({ db, customerId: 'cust-ghost', viewerId: 'u-admin' });
        assert.equal((await rejection(ghost.getSession())).name, 'AccessDeniedError');
        const stranger = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-ghost' });
        assert.equal(
          (await rejection(stranger.listContracts({ workspaceIds: ['ws-a'] }))).name,
          'AccessDeniedError',
        );
      });
    });

    describe('the contract scoping rule, by id', () => {
      it('a contract mapped to none of the viewer’s workspaces is refused through every by-id method', async () => {
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-member' });
        const workspaceIds = ['ws-a'];
        const calls = [
          () => a.getEnterpriseSummary({ contractId: 'ct-2', workspaceIds }),
          () => a.listPackages({ contractId: 'ct-2', scope: 'enterprise', workspaceIds }),
          () => a.getEntitlement({ entitlementId: 'en-old', workspaceIds }),
          () => a.getConsumptionTimeline!({ entitlementId: 'en-old', workspaceIds }),
          () => a.queryConsumption({ entitlementId: 'en-old', workspaceIds, ...page }),
        ];
        for (const call of calls) assert.equal((await rejection(call())).name, 'AccessDeniedError');
      });
    });

    describe('bad imports', () => {
      it('a DatasetError names every path, nothing is written, the old data is still served', async () => {
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const before = await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL });
        const bad = makeDataset() as unknown as {
          consumption: Record<string, unknown>[];
          entitlements: Record<string, unknown>[];
        };
        bad.consumption[1].quantity = -1;
        bad.consumption[2].entitlementId = 'en-nope';
        bad.entitlements[0].purchased = 'lots';
        const error = await rejection(importDataset(db, bad));
        assert.ok(error instanceof DatasetError, String(error));
        assert.match(error.message, /consumption\[1\]\.quantity/);
        assert.match(error.message, /consumption\[2\]\.entitlementId: unknown entitlement "en-nope"/);
        assert.match(error.message, /entitlements\[0\]\.purchased/);
        assert.deepEqual(await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL }), before);
      });

      it('a string PostgreSQL cannot store (U+0000) is a DatasetError naming it, not a half import', async () => {
        const bad = makeDataset();
        bad.consumption[0].title = 'nul\u0000byte';
        const error = await rejection(importDataset(db, bad));
        assert.ok(error instanceof DatasetError);
        assert.match(error.message, /consumption\[0\]\.title: contains U\+0000/);
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const rows = await a.queryConsumption({ entitlementId: 'en-advisory', workspaceIds: ALL, ...page });
        assert.equal(rows.rows.find((r) => r.id === 'r01')?.title, 'Revisão de arquitetura');
      });
    });

    describe('upsertRecords', () => {
      before(async () => {
        await importDataset(db, makeDataset());
      });

      it('refuses bad records with a DatasetError naming each, and writes nothing of the batch', async () => {
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const before = await a.getEnterpriseSummary({ contractId: 'ct-1', workspaceIds: ALL });
        const good = makeRecord({ id: 'r-good', quantity: 3 });
        const cases: unknown[] = [
          {
            ...makeDataset().cases[0],
            id: 'case-new',
            workspaceId: 'ws-nope',
            sharedWithUserIds: ['u-ghost'],
          },
        ];
        const consumption: unknown[] = [
          good,
          makeRecord({ id: 'r-x1', entitlementId: 'x' }),
          makeRecord({ id: 'r-x2', workspaceId: 'ws-nope' }),
          makeRecord({ id: 'r-x3', caseId: 'case-nope' }),
          makeRecord({ id: 'r-x4', entitlementId: 'en-sta' }),
          { ...makeRecord({ id: 'r-x5' }), quantity: 'three' },
          makeRecord({ id: 'r-good' }),
        ];
        const error = await rejection(upsertRecords(db, 'cust-1', { consumption }));
        assert.ok(error instanceof DatasetError, String(error));
        assert.match(error.message, /consumption\[5\]\.quantity: expected number, received string/);
        assert.match(error.message, /consumption\[6\]\.id: duplicate id "r-good"/);
        const refs = await rejection(
          upsertRecords(db, 'cust-1', { consumption: consumption.slice(0, 5), cases }),
        );
        assert.ok(refs instanceof DatasetError);
        for (const line of [
          'consumption[1].entitlementId: unknown entitlement "x"',
          'consumption[2].workspaceId: unknown workspace "ws-nope"',
          'consumption[3].caseId: unknown case "case-nope"',
          'consumption[4].entitlementId: entitlement "en-sta" is a benefit',
          'cases[0].workspaceId: unknown workspace "ws-nope"',
          'cases[0].sharedWithUserIds[0]: unknown user "u-ghost"',
        ]) {
          assert.ok(refs.message.includes(line), `${line} in ${refs.message}`);
        }
        assert.deepEqual(await a.getEnterpriseSummary({ contractId: 'ct-1', workspaceIds: ALL }), before);
        const rows = await a.queryConsumption({ entitlementId: 'en-advisory', workspaceIds: ALL, ...page });
        assert.ok(!rows.rows.some((r) => r.id === 'r-good'));
        assert.equal(
          (await rejection(upsertRecords(db, 'cust-nope', { consumption: [good] }))).name,
          'DatasetError',
        );
      });

      it('adds, updates and moves records: balances, summary, timeline and pages equal the memory adapter’s', async () => {
        const dataset = makeDataset();
        const added: ConsumptionRecord[] = [
          makeRecord({ id: 'r-new', date: '2026-03-02', quantity: 7, hoursDone: 2, title: 'Nova sessão' }),
          { ...dataset.consumption[0], quantity: 1 }, // r01: 10 → 1
          { ...dataset.consumption[3], workspaceId: 'ws-a', date: '2025-12-01' }, // r04: ws-b → ws-a, another month
          makeRecord({ id: 'r-case', quantity: 2, title: 'Caso novo', caseId: 'case-new' }),
        ];
        const newCase: SupportCase = {
          ...dataset.cases[0],
          id: 'case-new',
          number: 'CS-new',
          title: 'Privado',
          contractId: undefined,
          sharedWithUserIds: [],
          groupIds: [],
        };
        delete newCase.contractId;
        const result = await upsertRecords(db, 'cust-1', { consumption: added, cases: [newCase] });
        assert.deepEqual(result, { consumption: 4, cases: 1 });
        // The same change applied to the dataset, for the memory adapter.
        const byId = new Map(dataset.consumption.map((r, i) => [r.id, i]));
        for (const r of added) {
          const i = byId.get(r.id);
          if (i === undefined) dataset.consumption.push(r);
          else dataset.consumption[i] = r;
        }
        dataset.cases.push(newCase);
        for (const viewerId of ['u-admin', 'u-member']) await sameEverywhere(db, dataset, viewerId);
        const a = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const advisory = await a.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ['ws-a'] });
        assert.equal(advisory.consumed, 1 + 5 + 6 + 20 + 7 + 2);
      });
    });

    describe('hostile input', () => {
      const titles = ['100% feito', 'a_b', 'barra\\invertida', "O'Brien", 'x"y', 'ctl\u0001char'];
      const dataset = makeDataset();
      dataset.customer = { id: 'cust-hostile', name: 'Hostile' };
      dataset.consumption.push(
        ...titles.map((title, i) => makeRecord({ id: `h${i}`, title, reference: `H-${i}` })),
      );

      before(async () => {
        await importDataset(db, dataset);
      });

      it('search strings match literally, as in the memory adapter; the tables survive', async () => {
        const p = createPostgresAdapter({ db, customerId: 'cust-hostile', viewerId: 'u-admin' });
        const m = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
        for (const search of [
          '%',
          '_',
          '\\',
          "'",
          '"',
          '%_',
          'a_b',
          '100%',
          "'; DROP TABLE customer_activity.consumption; --",
          '\u0001',
          'ctl\u0001',
          '\u0000',
          'x\u0000y',
          '*',
          '.*',
          '[a]',
          '$1',
          'é'.repeat(2000),
        ]) {
          const q = { entitlementId: 'en-advisory', workspaceIds: ALL, search, ...page };
          assert.deepEqual(
            await outcome(p.queryConsumption(q)),
            await outcome(m.queryConsumption(q)),
            JSON.stringify(search),
          );
          const c = { workspaceIds: ALL, search, ...page };
          assert.deepEqual(
            await outcome(p.queryAdditionalCases(c)),
            await outcome(m.queryAdditionalCases(c)),
            JSON.stringify(search),
          );
        }
        assert.equal(
          (
            await p.queryConsumption({
              entitlementId: 'en-advisory',
              workspaceIds: ALL,
              search: '%',
              ...page,
            })
          ).total,
          1,
        );
        assert.equal(
          (await p.getEntitlement({ entitlementId: 'en-advisory', workspaceIds: ALL })).consumedTotal,
          48,
        );
      });

      it('sort keys and directions outside the allow-list are refused with the memory adapter’s QueryError', async () => {
        const p = createPostgresAdapter({ db, customerId: 'cust-hostile', viewerId: 'u-admin' });
        const m = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
        for (const sort of [
          [{ key: 'title; DROP TABLE customer_activity.cases', direction: 'asc' }],
          [{ key: 'title', direction: 'asc; DELETE FROM customer_activity.users' }],
          [{ key: '__proto__', direction: 'asc' }],
          [{ key: 'constructor', direction: 'desc' }],
          [{ key: 'folded', direction: 'asc' }],
          [{ key: 'search_text', direction: 'asc' }],
        ]) {
          const q = { entitlementId: 'en-advisory', workspaceIds: ALL, sort, ...page } as never;
          const [fromPg, fromMemory] = [
            await outcome(p.queryConsumption(q)),
            await outcome(m.queryConsumption(q)),
          ];
          assert.deepEqual(fromPg, { error: 'QueryError' }, JSON.stringify(sort));
          assert.deepEqual(fromPg, fromMemory);
          assert.equal(
            (await rejection(p.queryConsumption(q))).message,
            (await rejection(m.queryConsumption(q))).message,
          );
        }
        // Every valid key, both directions, orders as the memory adapter does (folded text, nulls, id tie-break).
        for (const key of ['title', 'reference', 'hoursDone', 'caseId', 'person', 'date', 'quantity']) {
          for (const direction of ['asc', 'desc'] as const) {
            const q = {
              entitlementId: 'en-advisory',
              workspaceIds: ALL,
              sort: [{ key, direction }],
              ...page,
            } as never;
            assert.deepEqual(
              await outcome(p.queryConsumption(q)),
              await outcome(m.queryConsumption(q)),
              `${key} ${direction}`,
            );
          }
        }
      });

      it('ids with quotes, wildcards and SQL are only ids: not found, or refused', async () => {
        const p = createPostgresAdapter({ db, customerId: 'cust-hostile', viewerId: 'u-member' });
        const m = createMemoryAdapter(dataset, { viewerId: 'u-member' });
        for (const id of ["' OR '1'='1", 'en-%', 'en-_dvisory', "en-advisory'; --", '\\', 'ct-1 OR 1=1']) {
          for (const run of [
            (a: CustomerActivityAdapter) => a.getEntitlement({ entitlementId: id, workspaceIds: ['ws-a'] }),
            (a: CustomerActivityAdapter) =>
              a.queryConsumption({ entitlementId: id, workspaceIds: ['ws-a'], ...page }),
            (a: CustomerActivityAdapter) =>
              a.getEnterpriseSummary({ contractId: id, workspaceIds: ['ws-a'] }),
            (a: CustomerActivityAdapter) => a.listContracts({ workspaceIds: [id] }),
            (a: CustomerActivityAdapter) =>
              a.listPackages({ contractId: 'ct-1', scope: 'add-on', packageId: id, workspaceIds: ['ws-a'] }),
          ]) {
            assert.deepEqual(await outcome(run(p)), await outcome(run(m)), id);
          }
        }
        const evil = createPostgresAdapter({ db, customerId: "cust-1' OR '1'='1", viewerId: "u-admin' --" });
        assert.equal((await rejection(evil.getSession())).name, 'AccessDeniedError');
      });
    });

    describe('AbortSignal', () => {
      it('an aborted signal rejects with the abort error, before and during a call', async () => {
        const p = createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' });
        const gone = AbortSignal.abort();
        assert.equal((await rejection(p.getSession({ signal: gone }))).name, 'AbortError');
        const controller = new AbortController();
        const call = p.queryConsumption(
          { entitlementId: 'en-advisory', workspaceIds: ALL, ...page },
          { signal: controller.signal },
        );
        controller.abort();
        assert.equal((await rejection(call)).name, 'AbortError');
        const reason = new Error('navigated away');
        const c2 = new AbortController();
        const call2 = p.getSession({ signal: c2.signal });
        c2.abort(reason);
        assert.equal(await rejection(call2), reason);
      });
    });
  });
}

describe(
  'migrate on a fresh server database, from two pools at once',
  { skip: !process.env.DATABASE_URL },
  () => {
    it('creates the schema once; both see the newest version', async () => {
      const fresh = await server({ migrate: false });
      assert.ok(fresh);
      const pg = await import('pg');
      const other = new pg.default.Pool({ connectionString: fresh.url, max: 2 });
      try {
        const results = await Promise.all([
          migrate(fresh.db),
          migrate(other),
          migrate(fresh.db),
          migrate(other),
        ]);
        assert.deepEqual(
          results.map((r) => r.to),
          [1, 1, 1, 1].map(() => SCHEMA_VERSION),
        );
        assert.equal(results.filter((r) => r.from === 0).length, 1);
      } finally {
        await other.end();
        await fresh.close();
      }
    });
  },
);
