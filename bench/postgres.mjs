// The PostgreSQL bench (run by `npm run bench` after the HTTP bench, or alone: `node bench/postgres.mjs`): every
// PostgreSQL figure of docs/budgets.md on a real server, each beside the memory adapter's over the same rows in the
// same run. Adds them to bench/results.json under "postgres".
//
// The server: BENCH_DATABASE_URL, else DATABASE_URL, else the local cluster's `cae_bench` database
// (postgres://postgres@127.0.0.1:5432/cae_bench). A database named cae_bench… is created when missing. Nothing is installed: when no server
// answers, one line says so and the bench goes on without these figures.
//
// The database: BENCH_PG_CUSTOMERS customers (default 100) holding BENCH_PG_ROWS consumption rows in all (default
// 10,000,000). The largest is the demo dataset (`createDemoDataset`, customer `bench-largest`) sized so its busiest
// entitlement holds BENCH_PG_LARGEST rows (default 1,000,000); it is imported with `importDataset` in every run
// (timed). The filler customers share the rest: one demo dataset (`bench-filler-001`) is imported with
// `importDataset`, and the others are SQL copies of it (`INSERT … SELECT` over `generate_series`, the customer id
// replaced, in every tenant-keyed table), because importing each through JavaScript would take many minutes and
// measure nothing new. The fillers are made once and kept between runs (table `cae_bench_state` records what was
// made against which schema); BENCH_PG_REBUILD=1 makes them again.
//
// Measured, PostgreSQL (node-postgres Pool, `createPostgresAdapter`) and the memory adapter over the largest
// customer's dataset: first page; first page sorted by each column, both directions; pages at random offsets (a
// scrollbar jump); searches; `getEnterpriseSummary` — medians and p95 of BENCH_PG_RUNS runs (default 15) after a
// warm-up. Then, in child processes: the resident memory of a server holding 100 viewers' adapters (one viewer of
// each customer, each having read a session, a summary and pages), and the request handler's throughput and
// latency at BENCH_PG_CONCURRENCY concurrent keep-alive clients (default 32) for BENCH_PG_LOAD_SECONDS (default 10)
// reading pages at random offsets of the 1M-row history.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Agent, createServer, request } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;
const num = (name, fallback) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got ${env[name]}`);
  return value;
};
const CUSTOMERS = num('BENCH_PG_CUSTOMERS', 100);
const TOTAL_ROWS = num('BENCH_PG_ROWS', 10_000_000);
const LARGEST = num('BENCH_PG_LARGEST', 1_000_000);
const RUNS = num('BENCH_PG_RUNS', 15);
const VIEWERS = num('BENCH_PG_VIEWERS', 100);
const CONCURRENCY = num('BENCH_PG_CONCURRENCY', 32);
const LOAD_SECONDS = num('BENCH_PG_LOAD_SECONDS', 10);
/** How many memory adapters the memory figure holds at most (each indexes the whole dataset again). */
const MEMORY_VIEWERS = num('BENCH_PG_MEMORY_VIEWERS', 4);
const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/cae_bench';
const DATABASE_URL = env.BENCH_DATABASE_URL || env.DATABASE_URL || LOCAL_URL;
const VIEWER = 'u-admin';
const LARGEST_ID = 'bench-largest';
const fillerId = (i) => `bench-filler-${String(i).padStart(3, '0')}`;

// ---------------------------------------------------------------------------------------------------------
// Loading the library: the built entry points after `npm run build` (what `npm run bench` does first), else the
// sources bundled for Node.

async function load() {
  const dist = (name) => pathToFileURL(`${root}dist/${name}.js`).href;
  const has = (name) => existsSync(`${root}dist/${name}.js`);
  const { importTs } = await import('../scripts/node-bundle.mjs');
  const data = has('data') ? await import(dist('data')) : await importTs('src/data.ts', 'bench-pg-data');
  const server = has('server')
    ? await import(dist('server'))
    : await importTs('src/server.ts', 'bench-pg-server');
  const postgres = has('postgres')
    ? await import(dist('postgres'))
    : await importTs('src/postgres.ts', 'bench-pg-postgres');
  return { ...data, ...server, ...postgres };
}

// ---------------------------------------------------------------------------------------------------------
// Statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const stats = (samples) => ({
  medianMs: round(median(samples)),
  p95Ms: round(quantile(samples, 0.95)),
  maxMs: round(Math.max(...samples)),
  runs: samples.length,
});

async function timeOnce(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** `runs` timed calls of `fn(i)` after one untimed warm-up call. */
async function sample(fn, runs = RUNS) {
  await fn(-1);
  const out = [];
  for (let i = 0; i < runs; i++) out.push((await timeOnce(() => fn(i))).ms);
  return out;
}

/** A small seeded PRNG (mulberry32), so both adapters are asked the same offsets and searches. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const redact = (url) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

// ---------------------------------------------------------------------------------------------------------
// Datasets

/** The demo dataset for `customerId` whose busiest entitlement holds exactly `rows` rows (within one retry). */
function datasetWithBusiest(lib, customerId, rows) {
  const busiest = (d) => {
    const counts = new Map();
    for (const r of d.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  };
  let size = Math.round(rows / 0.8) + 2000;
  let dataset = lib.createDemoDataset({ size });
  for (let attempt = 0; attempt < 3; attempt++) {
    const [, n] = busiest(dataset);
    if (n === rows) break;
    size += rows - n;
    dataset = lib.createDemoDataset({ size });
  }
  const [entitlementId, count] = busiest(dataset);
  dataset.customer = { id: customerId, name: `${dataset.customer.name} (${customerId})` };
  return { dataset, entitlementId, busiestRows: count };
}

function fillerDataset(lib, rows) {
  const dataset = lib.createDemoDataset({ size: rows, seed: 7 });
  dataset.customer = { id: fillerId(1), name: `Filler customer ${fillerId(1)}` };
  return dataset;
}

// ---------------------------------------------------------------------------------------------------------
// The database: reachability, the tenant-keyed tables, the fillers

/** A pool on DATABASE_URL; a bench database (its name starts with `cae_bench`) is created when missing. */
async function connect(pg) {
  const options = { connectionString: DATABASE_URL, max: 8, connectionTimeoutMillis: 3000 };
  let pool = new pg.Pool(options);
  try {
    await pool.query('select 1');
    return pool;
  } catch (error) {
    await pool.end().catch(() => {});
    const url = new URL(DATABASE_URL);
    const name = decodeURIComponent(url.pathname.slice(1));
    if (error?.code !== '3D000' || !/^cae_bench\w*$/.test(name)) throw error;
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 3000 });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  pool = new pg.Pool(options);
  await pool.query('select 1');
  return pool;
}

/**
 * Every table with a `customer_id` column, parents before children (by their foreign keys), with the columns an
 * `INSERT … SELECT` copies (identity, generated and sequence-default columns left to the database).
 */
async function tenantTables(db) {
  const { rows: tables } = await db.query(`
    select c.oid::bigint as oid, format('%I.%I', n.nspname, c.relname) as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
      and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'customer_id'
                  and not a.attisdropped)
      and not exists (select 1 from pg_inherits i where i.inhrelid = c.oid)`);
  const { rows: columns } = await db.query(
    `
    select a.attrelid::bigint as oid, a.attname as name,
      (a.attidentity <> '' or a.attgenerated <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%') as skip
    from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attnum > 0 and not a.attisdropped and a.attrelid = any($1::oid[])
    order by a.attrelid, a.attnum`,
    [tables.map((t) => t.oid)],
  );
  const { rows: fks } = await db.query(
    `select conrelid::bigint as child, confrelid::bigint as parent from pg_constraint
     where contype = 'f' and conrelid = any($1::oid[]) and confrelid <> conrelid`,
    [tables.map((t) => t.oid)],
  );
  const byOid = new Map(tables.map((t) => [String(t.oid), { ...t, columns: [], parents: new Set() }]));
  for (const c of columns) if (!c.skip) byOid.get(String(c.oid))?.columns.push(c.name);
  for (const fk of fks) byOid.get(String(fk.child))?.parents.add(String(fk.parent));
  const ordered = [];
  const seen = new Set();
  const visit = (oid) => {
    if (seen.has(oid)) return;
    seen.add(oid);
    for (const p of byOid.get(oid)?.parents ?? []) if (byOid.has(p)) visit(p);
    ordered.push(byOid.get(oid));
  };
  for (const oid of byOid.keys()) visit(oid);
  return ordered;
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** A fingerprint of the tenant-keyed schema: fillers made against another schema are made again. */
const schemaSignature = (tables) => tables.map((t) => `${t.name}(${t.columns.join(',')})`).join(';');

/** The tenant tables' columns and the definitions of their indexes, as text, for comparing two databases. */
async function schemaShape(db) {
  const tables = await tenantTables(db);
  const { rows } = await db.query(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = any($1::oid[]) order by 1`,
    [tables.map((t) => t.oid)],
  );
  return { columns: schemaSignature(tables), indexes: new Map(rows.map((r) => [r.name, r.def])) };
}

/**
 * Brings the bench database's schema to what `migrate` makes today: a scratch database is migrated afresh and
 * compared. Indexes that differ are made again (on 10M rows that takes minutes, but keeps the fillers); columns that
 * differ drop the schema, and every customer is made again.
 */
async function syncSchema(lib, pg, pool, log) {
  const url = new URL(DATABASE_URL);
  const scratchName = `${decodeURIComponent(url.pathname.slice(1))}_schema`.slice(0, 63);
  const adminUrl = new URL(DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.href, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const ident = quoteIdent(scratchName);
  try {
    await admin.query(`drop database if exists ${ident}`);
    await admin.query(`create database ${ident}`);
    url.pathname = `/${encodeURIComponent(scratchName)}`;
    const scratch = new pg.Client({ connectionString: url.href });
    await scratch.connect();
    let wanted;
    try {
      await lib.migrate(scratch);
      wanted = await schemaShape(scratch);
    } finally {
      await scratch.end();
    }
    await lib.migrate(pool);
    let have = await schemaShape(pool);
    if (have.columns !== wanted.columns) {
      log('  the schema’s columns changed since the bench database was made: making it again');
      await pool.query(`drop schema if exists ${lib.SCHEMA ?? 'customer_activity'} cascade`);
      await pool.query('drop table if exists cae_bench_state');
      await lib.migrate(pool);
      have = await schemaShape(pool);
    }
    const client = await pool.connect();
    try {
      await client.query("set maintenance_work_mem = '1GB'");
      for (const [name, def] of have.indexes) {
        if (wanted.indexes.get(name) !== def) {
          log(`  dropping index ${name} (not in the schema of today)`);
          await client.query(`drop index if exists ${lib.SCHEMA ?? 'customer_activity'}.${quoteIdent(name)}`);
        }
      }
      for (const [name, def] of wanted.indexes) {
        if (have.indexes.get(name) !== def) {
          const t = performance.now();
          await client.query(def);
          log(`  built index ${name} of today’s schema: ${Math.round((performance.now() - t) / 1000)} s`);
        }
      }
    } finally {
      client.release();
    }
  } finally {
    await admin.query(`drop database if exists ${ident}`).catch(() => {});
    await admin.end();
  }
}

async function readState(db) {
  await db.query('create table if not exists cae_bench_state (key text primary key, value jsonb not null)');
  const { rows } = await db.query("select value from cae_bench_state where key = 'fillers'");
  return rows[0]?.value ?? null;
}

/** Deletes the rows of every bench filler customer, children first. */
async function deleteFillers(db, tables) {
  for (const t of [...tables].reverse()) {
    await db.query(`delete from ${t.name} where customer_id like 'bench-filler-%'`);
  }
}

async function writeState(db, key, value) {
  if (value === null) await db.query('delete from cae_bench_state where key = $1', [key]);
  else
    await db.query(
      'insert into cae_bench_state (key, value) values ($1, $2) on conflict (key) do update set value = $2',
      [key, JSON.stringify(value)],
    );
}

/** Creates the secondary indexes saved before a filler build that did not finish (none when it finished). */
async function restoreIndexes(db, log) {
  const { rows } = await db.query("select value from cae_bench_state where key = 'dropped-indexes'");
  const defs = rows[0]?.value ?? [];
  if (defs.length === 0) return 0;
  const client = await db.connect();
  try {
    // Index builds are the slow part of a bulk load: give them memory and the second core.
    await client.query("set maintenance_work_mem = '1GB'");
    await client.query('set max_parallel_maintenance_workers = 2');
    for (const def of defs) {
      const t = performance.now();
      await client.query(def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      log(`    ${def.slice(0, 90)}… ${Math.round((performance.now() - t) / 1000)} s`);
    }
  } finally {
    client.release();
  }
  await writeState(db, 'dropped-indexes', null);
  return defs.length;
}

/**
 * Makes the filler customers: the first by `importDataset`, the others as SQL copies of it, ten customers a
 * statement per table. As in any bulk load, the secondary indexes of the tenant tables are dropped meanwhile and
 * built again afterwards (their definitions are kept in `cae_bench_state` first, so an interrupted build is
 * completed by the next run). Returns how they were made.
 */
async function makeFillers(lib, db, log) {
  await readState(db);
  const restored = await restoreIndexes(db, log);
  if (restored > 0) log(`  rebuilt ${restored} indexes an interrupted filler build had dropped`);
  const fillers = CUSTOMERS - 1;
  const fillerRows = fillers > 0 ? Math.floor((TOTAL_ROWS - LARGEST / 0.8) / fillers) : 0;
  const tables = await tenantTables(db);
  const signature = schemaSignature(tables);
  const wanted = { customers: fillers, rowsEach: fillerRows, signature };
  const state = await readState(db);
  if (
    env.BENCH_PG_REBUILD !== '1' &&
    state &&
    state.customers === wanted.customers &&
    state.rowsEach === wanted.rowsEach &&
    state.signature === signature
  ) {
    log(
      `  ${fillers} filler customers of ${fillerRows.toLocaleString('en')} rows each: kept from an earlier run`,
    );
    return { ...state, reused: true };
  }
  await writeState(db, 'fillers', null);
  log(`  making ${fillers} filler customers of ${fillerRows.toLocaleString('en')} consumption rows each…`);
  const t0 = performance.now();
  const { rows: indexes } = await db.query(
    `select format('%I.%I', n.nspname, c.relname) as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
     where i.indrelid = any($1::oid[]) and not i.indisprimary and not i.indisunique
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [tables.map((t) => t.oid)],
  );
  await writeState(
    db,
    'dropped-indexes',
    indexes.map((i) => i.def),
  );
  for (const i of indexes) await db.query(`drop index if exists ${i.name}`);
  await deleteFillers(db, tables);
  if (fillers > 0) {
    const template = fillerDataset(lib, fillerRows);
    await lib.importDataset(db, template);
  }
  const copy = performance.now();
  for (let from = 2; from <= fillers; from += 10) {
    const to = Math.min(fillers, from + 9);
    const client = await db.connect();
    try {
      await client.query('begin');
      for (const t of tables) {
        const cols = t.columns.map(quoteIdent);
        const select = t.columns.map((c) =>
          c === 'customer_id' ? `'bench-filler-' || lpad(g::text, 3, '0')` : `src.${quoteIdent(c)}`,
        );
        await client.query(
          `insert into ${t.name} (${cols.join(', ')}) select ${select.join(', ')} from ${t.name} src ` +
            `cross join generate_series($1::int, $2::int) g where src.customer_id = $3`,
          [from, to, fillerId(1)],
        );
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw new Error(`copying filler customers ${from}–${to}: ${error.message}`, { cause: error });
    } finally {
      client.release();
    }
    log(
      `    copied customers ${fillerId(from)}–${fillerId(to)} (${Math.round((performance.now() - copy) / 1000)} s)`,
    );
  }
  const copySeconds = (performance.now() - copy) / 1000;
  const indexStart = performance.now();
  log(`    building ${indexes.length} secondary indexes again…`);
  await restoreIndexes(db, log);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  await db.query('analyze');
  const made = {
    ...wanted,
    copySeconds: round(copySeconds, 1),
    indexSeconds: round(indexSeconds, 1),
    totalSeconds: round((performance.now() - t0) / 1000, 1),
    madeAt: new Date().toISOString(),
  };
  await writeState(db, 'fillers', made);
  return { ...made, reused: false };
}

// ---------------------------------------------------------------------------------------------------------
// The query figures, for one adapter

/** The figure `fn` measures, or `{ error }` when a call failed (a statement timeout, say): the bench goes on. */
async function attempt(fn) {
  try {
    return await fn();
  } catch (error) {
    return { error: `${error?.name ?? 'Error'}: ${error?.message ?? error}`.split('\n')[0], medianMs: null };
  }
}

async function queryFigures(adapter, { entitlementId, total, searches, fields, contractId, workspaceIds }) {
  const base = { entitlementId, workspaceIds, limit: 100 };
  const out = {};
  // The very first query: for the memory adapter it builds the entitlement's index and default order.
  out.firstPageColdMs = round((await timeOnce(() => adapter.queryConsumption({ ...base, offset: 0 }))).ms);
  out.firstPage = await attempt(async () =>
    stats(await sample(() => adapter.queryConsumption({ ...base, offset: 0 }))),
  );
  out.sorted = {};
  for (const key of fields) {
    for (const direction of ['asc', 'desc']) {
      const sort = [{ key, direction }];
      out.sorted[`${key} ${direction}`] = await attempt(async () => {
        // The first query of an order is the cold one for the memory adapter (it ranks every row by the field);
        // it is the warm-up of the timed runs too.
        const cold = await timeOnce(() => adapter.queryConsumption({ ...base, offset: 0, sort }));
        const warm = [];
        for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 5)); i++) {
          warm.push((await timeOnce(() => adapter.queryConsumption({ ...base, offset: 0, sort }))).ms);
        }
        return { coldMs: round(cold.ms), ...stats(warm) };
      });
    }
  }
  const jumps = (seed, sort) => {
    const next = random(seed);
    return attempt(async () =>
      stats(
        await sample(
          () => adapter.queryConsumption({ ...base, offset: Math.floor(next() * (total - 100)), sort }),
          RUNS * 2,
        ),
      ),
    );
  };
  out.randomPages = await jumps(1);
  out.randomPagesByTitle = await jumps(2, [{ key: 'title', direction: 'asc' }]);
  const searchSamples = [];
  out.searches = {};
  for (const term of searches) {
    out.searches[term] = await attempt(async () => {
      const page = await adapter.queryConsumption({ ...base, offset: 0, search: term });
      const s = [];
      for (let i = 0; i < 3; i++) {
        s.push((await timeOnce(() => adapter.queryConsumption({ ...base, offset: 0, search: term }))).ms);
      }
      searchSamples.push(...s);
      return { ...stats(s), total: page.total };
    });
  }
  out.search =
    searchSamples.length > 0 ? stats(searchSamples) : { error: 'every search failed', medianMs: null };
  out.summary = await attempt(async () =>
    stats(await sample(() => adapter.getEnterpriseSummary({ contractId, workspaceIds }))),
  );
  out.session = await attempt(async () => stats(await sample(() => adapter.getSession())));
  if (adapter.getConsumptionTimeline) {
    out.timeline = await attempt(async () =>
      stats(await sample(() => adapter.getConsumptionTimeline({ entitlementId, workspaceIds }))),
    );
  }
  out.additionalCases = await attempt(async () =>
    stats(await sample(() => adapter.queryAdditionalCases({ workspaceIds, offset: 0, limit: 100 }))),
  );
  return out;
}

/** Search terms: fixed ones (accents, case, no match) and substrings of seeded rows of the entitlement. */
function searchTerms(dataset, entitlementId) {
  const rows = dataset.consumption.filter((r) => r.entitlementId === entitlementId);
  const next = random(3);
  const terms = ['educacao', 'SUPORTE', 'são paulo', 'zz-no-such-text'];
  for (let i = 0; terms.length < 8 && i < 50; i++) {
    const row = rows[Math.floor(next() * rows.length)];
    const text = [row.title, row.person, row.reference].filter(Boolean)[i % 3] ?? row.title;
    if (text.length < 6) continue;
    const at = Math.floor(next() * (text.length - 5));
    const term = text.slice(at, at + 5).trim();
    if (term.length >= 3 && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

// ---------------------------------------------------------------------------------------------------------
// Child processes: the resident memory of 100 viewers, and the request handler under load

async function child() {
  const mode = process.argv[3];
  const lib = await load();
  const pg = (await import('pg')).default;
  const baseline = process.memoryUsage().rss;
  if (mode === 'rss-postgres') {
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
    const customers = [LARGEST_ID, ...Array.from({ length: CUSTOMERS - 1 }, (_, i) => fillerId(i + 1))];
    const adapters = [];
    for (let i = 0; i < VIEWERS; i++) {
      adapters.push(createViewer(lib, pool, customers[i % customers.length]));
    }
    const peaks = [];
    for (const a of adapters) {
      await readAsViewer(a);
      peaks.push(process.memoryUsage().rss);
    }
    globalThis.gc?.();
    process.send({
      baselineMB: round(baseline / 2 ** 20, 1),
      rssMB: round(process.memoryUsage().rss / 2 ** 20, 1),
      peakMB: round(Math.max(...peaks) / 2 ** 20, 1),
      viewers: adapters.length,
      customers: Math.min(VIEWERS, customers.length),
    });
  } else if (mode === 'rss-memory') {
    const { dataset } = datasetWithBusiest(lib, LARGEST_ID, LARGEST);
    globalThis.gc?.();
    const withDataset = process.memoryUsage().rss;
    const steps = [];
    const adapters = [];
    for (let i = 0; i < MEMORY_VIEWERS; i++) {
      const adapter = lib.createMemoryAdapter(dataset, { viewerId: VIEWER });
      adapters.push(adapter);
      await readAsViewer({ adapter });
      globalThis.gc?.();
      steps.push(round(process.memoryUsage().rss / 2 ** 20, 1));
    }
    process.send({
      baselineMB: round(baseline / 2 ** 20, 1),
      withDatasetMB: round(withDataset / 2 ** 20, 1),
      rssByViewersMB: steps,
      viewers: adapters.length,
    });
  } else if (mode === 'serve-postgres' || mode === 'serve-memory') {
    let adapterFor;
    let close = async () => {};
    if (mode === 'serve-postgres') {
      const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(env.BENCH_PG_POOL ?? 16) });
      close = () => pool.end();
      adapterFor = (req) =>
        lib.createPostgresAdapter({
          db: pool,
          customerId: req.headers['x-bench-customer'],
          viewerId: req.headers['x-bench-viewer'],
        });
    } else {
      const { dataset } = datasetWithBusiest(lib, LARGEST_ID, LARGEST);
      const adapter = lib.createMemoryAdapter(dataset, { viewerId: VIEWER });
      adapterFor = () => adapter;
    }
    const handler = lib.createRequestHandler({
      adapterFor,
      // One line per failed request (a 503 under load is a figure of the run, not a crash).
      onError: (e) => console.error(`  server: ${e?.name}: ${e?.message}`),
    });
    const server = createServer((req, res) => void handler(req, res));
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
    process.on('message', async (m) => {
      if (m === 'rss') process.send({ rssMB: round(process.memoryUsage().rss / 2 ** 20, 1) });
      if (m === 'stop') {
        server.close();
        await close();
        process.exit(0);
      }
    });
  }
  if (!mode.startsWith('serve')) process.exit(0);
}

function createViewer(lib, pool, customerId) {
  return { customerId, adapter: lib.createPostgresAdapter({ db: pool, customerId, viewerId: VIEWER }) };
}

/** What a viewer's page reads: the session, the contracts, a summary, and pages of its busiest history. */
async function readAsViewer({ adapter }) {
  const session = await adapter.getSession();
  const workspaceIds = session.workspaces.map((w) => w.id);
  const contracts = await adapter.listContracts({ workspaceIds });
  const contract = contracts.find((c) => c.status === 'active') ?? contracts[0];
  const summary = await adapter.getEnterpriseSummary({ contractId: contract.id, workspaceIds });
  const busiest = [...summary.entitlements].sort((a, b) => b.consumedTotal - a.consumedTotal)[0];
  const base = { entitlementId: busiest.entitlementId, workspaceIds, limit: 100 };
  const first = await adapter.queryConsumption({ ...base, offset: 0 });
  await adapter.queryConsumption({ ...base, offset: Math.floor(first.total / 2) });
  await adapter.queryConsumption({ ...base, offset: 0, sort: [{ key: 'title', direction: 'asc' }] });
}

/** Runs a child process of this file in `mode`; resolves with its first message (and the child). */
function spawnChild(mode, execArgv = []) {
  const proc = fork(fileURLToPath(import.meta.url), ['--child', mode], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc', ...execArgv],
  });
  const first = new Promise((resolve, reject) => {
    proc.once('message', resolve);
    proc.once('exit', (code) => reject(new Error(`the ${mode} child exited with ${code}`)));
  });
  return { proc, first };
}

/** `CONCURRENCY` keep-alive clients asking `path()` for `seconds`; latencies of the requests after a warm-up. */
async function drive(port, headers, path, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = () =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = request(
        { host: '127.0.0.1', port, path: path(), agent, headers: { ...headers, 'accept-encoding': 'gzip' } },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => resolve({ ms: performance.now() - t, status: res.statusCode }));
        },
      );
      req.on('error', () => resolve({ ms: performance.now() - t, status: 0 }));
      req.end();
    });
  const run = async (ms) => {
    const until = performance.now() + ms;
    const latencies = [];
    const statuses = {};
    let errors = 0;
    const client = async () => {
      while (performance.now() < until) {
        const r = await get();
        if (r.status === 200) latencies.push(r.ms);
        else {
          errors++;
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        }
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    return { latencies, errors, statuses, seconds: (performance.now() - t0) / 1000 };
  };
  await run(2000); // warm-up: connections, caches, JIT
  const measured = await run(seconds * 1000);
  const { latencies, errors, statuses } = measured;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    errorStatuses: statuses,
    rps: round(latencies.length / measured.seconds, 1),
    p50Ms: round(median(latencies)),
    p95Ms: round(quantile(latencies, 0.95)),
    p99Ms: round(quantile(latencies, 0.99)),
    seconds: round(measured.seconds, 1),
  };
}

async function loadTest(mode, { customerId, entitlementId, workspaceIds, total }) {
  const { proc, first } = spawnChild(mode);
  const { port } = await first;
  const next = random(11);
  const query = `${workspaceIds.map((id) => `workspaceIds=${encodeURIComponent(id)}`).join('&')}&limit=100`;
  const path = () =>
    `/entitlements/${encodeURIComponent(entitlementId)}/consumption?${query}&offset=${Math.floor(next() * (total - 100))}`;
  const result = await drive(
    port,
    { 'x-bench-customer': customerId, 'x-bench-viewer': VIEWER },
    path,
    LOAD_SECONDS,
  );
  const rss = await new Promise((resolve) => {
    proc.once('message', resolve);
    proc.send('rss');
  });
  proc.send('stop');
  await new Promise((resolve) => proc.once('exit', resolve));
  return { ...result, serverRssMB: rss.rssMB };
}

// ---------------------------------------------------------------------------------------------------------
// The bench

async function bench() {
  const log = console.log;
  log(`\nPostgreSQL backend on ${redact(DATABASE_URL)}`);
  const file = `${root}bench/results.json`;
  const save = async (postgres) => {
    const report = existsSync(file)
      ? JSON.parse(await readFile(file, 'utf8'))
      : { date: new Date().toISOString() };
    report.postgres = postgres;
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  };

  let lib;
  let pg;
  let pool;
  try {
    lib = await load();
    pg = (await import('pg')).default;
    if (typeof lib.createPostgresAdapter !== 'function')
      throw new Error('createPostgresAdapter is not built');
    pool = await connect(pg);
  } catch (error) {
    const reason = `${error?.code ? `${error.code}: ` : ''}${error?.message ?? error}`.split('\n')[0];
    log(`PostgreSQL figures not measured: no server reachable at ${redact(DATABASE_URL)} (${reason})`);
    await save({ measured: false, reason: `no server reachable at ${redact(DATABASE_URL)} (${reason})` });
    return;
  }

  const started = performance.now();
  const result = {
    measured: true,
    date: new Date().toISOString(),
    url: redact(DATABASE_URL),
    loadAverageAtStart: round(loadavg()[0]),
  };
  try {
    const { rows } = await pool.query('show server_version');
    result.serverVersion = rows[0].server_version;
    const settings = await pool.query(
      "select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'max_connections')",
    );
    result.settings = Object.fromEntries(settings.rows.map((r) => [r.name, `${r.setting}${r.unit ?? ''}`]));
    await syncSchema(lib, pg, pool, log);

    const fillers = await makeFillers(lib, pool, log);
    result.fillers = fillers;

    log('  generating the largest customer’s dataset…');
    const largest = datasetWithBusiest(lib, LARGEST_ID, LARGEST);
    const { dataset, entitlementId } = largest;
    const imported = await timeOnce(() => lib.importDataset(pool, dataset));
    result.import = {
      ms: round(imported.ms),
      rows: dataset.consumption.length,
      busiestRows: largest.busiestRows,
    };
    log(
      `  importDataset of ${LARGEST_ID} (${dataset.consumption.length.toLocaleString('en')} rows, ` +
        `busiest entitlement ${largest.busiestRows.toLocaleString('en')}): ${Math.round(imported.ms)} ms`,
    );
    await pool.query('analyze');
    result.scale = {
      customers: 1 + (fillers.customers ?? 0),
      consumptionRows: dataset.consumption.length + (fillers.customers ?? 0) * (fillers.rowsEach ?? 0),
      largestCustomerRows: dataset.consumption.length,
      largestEntitlementRows: largest.busiestRows,
      fillerRowsEach: fillers.rowsEach ?? 0,
      fillerMethod: 'the first filler by importDataset, the others by INSERT … SELECT over generate_series',
    };

    // A long statement timeout: the bench measures slow statements rather than failing them.
    const postgres = lib.createPostgresAdapter({
      db: pool,
      customerId: LARGEST_ID,
      viewerId: VIEWER,
      statementTimeoutMs: 120_000,
    });
    const memoryCreated = await timeOnce(() => lib.createMemoryAdapter(dataset, { viewerId: VIEWER }));
    const memory = memoryCreated.value;
    result.memoryAdapterCreateMs = round(memoryCreated.ms);
    const session = await postgres.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const contracts = await postgres.listContracts({ workspaceIds });
    const entitlement = await memory.getEntitlement({ entitlementId, workspaceIds });
    const contractId = entitlement.contract.id;
    const firstPage = await postgres.queryConsumption({ entitlementId, workspaceIds, offset: 0, limit: 1 });
    const total = firstPage.total;
    const args = {
      entitlementId,
      total,
      searches: searchTerms(dataset, entitlementId),
      fields: lib.CONSUMPTION_FIELDS ?? ['date', 'title', 'quantity', 'person', 'status', 'reference', 'id'],
      contractId,
      workspaceIds,
    };
    result.query = { entitlementId, rows: total, contracts: contracts.length, searches: args.searches };
    log(
      `  queries on ${entitlementId} (${total.toLocaleString('en')} rows), ${RUNS} runs each after a warm-up`,
    );
    // The memory adapter first, so its cold figures are not taken with PostgreSQL's pages in the same CPU caches.
    const memoryFigures = await queryFigures(memory, args);
    const postgresFigures = await queryFigures(postgres, args);
    result.figures = { postgres: postgresFigures, memory: memoryFigures };
    const show = (x, field) => (x?.error ? `failed (${x.error})` : `${x?.[field]} ms`);
    const worstSort = (f) =>
      Object.entries(f.sorted).reduce((w, [k, v]) => {
        const m = v.error ? Infinity : v.medianMs;
        return w === null || m > w.m ? { k, v, m } : w;
      }, null);
    const ws = worstSort(postgresFigures);
    const wm = worstSort(memoryFigures);
    const pf = postgresFigures;
    const mf = memoryFigures;
    log(
      `  first page          PostgreSQL ${show(pf.firstPage, 'medianMs')}   memory ${show(mf.firstPage, 'medianMs')}`,
    );
    log(
      `  worst sorted page   PostgreSQL ${show(ws.v, 'medianMs')} (${ws.k})   memory ${show(wm.v, 'medianMs')} ` +
        `(${wm.k}; the first time ${wm.v.coldMs} ms)`,
    );
    log(
      `  random page p95     PostgreSQL ${show(pf.randomPages, 'p95Ms')}   memory ${show(mf.randomPages, 'p95Ms')}`,
    );
    log(`  search p95          PostgreSQL ${show(pf.search, 'p95Ms')}   memory ${show(mf.search, 'p95Ms')}`);
    log(
      `  enterprise summary  PostgreSQL ${show(pf.summary, 'medianMs')}   memory ${show(mf.summary, 'medianMs')}`,
    );
    await pool.end();
    pool = undefined;

    log(
      `  resident memory of a server with ${VIEWERS} viewers' adapters (PostgreSQL) / ${MEMORY_VIEWERS} (memory)…`,
    );
    const rssPg = spawnChild('rss-postgres');
    result.rss = { postgres: await rssPg.first };
    const rssMem = spawnChild('rss-memory', [`--max-old-space-size=${4096 + 1024 * MEMORY_VIEWERS}`]);
    result.rss.memory = await rssMem.first;
    const m = result.rss.memory.rssByViewersMB;
    const perViewer = m.length > 1 ? (m.at(-1) - m[0]) / (m.length - 1) : null;
    result.rss.memory.perViewerMB = round(perViewer, 1);
    result.rss.memory.projectedFor100MB =
      perViewer == null ? null : round(m[0] + perViewer * (VIEWERS - 1), 0);
    log(`    PostgreSQL: ${result.rss.postgres.rssMB} MB RSS (peak ${result.rss.postgres.peakMB} MB)`);
    log(`    memory: ${m.join(' / ')} MB with 1…${m.length} viewers`);

    log(`  the request handler under load: ${CONCURRENCY} clients, ${LOAD_SECONDS} s, random pages…`);
    const target = { customerId: LARGEST_ID, entitlementId, workspaceIds, total };
    result.load = { postgres: await loadTest('serve-postgres', target) };
    log(
      `    PostgreSQL: ${result.load.postgres.rps} req/s, p99 ${result.load.postgres.p99Ms} ms, ${result.load.postgres.errors} errors`,
    );
    result.load.memory = await loadTest('serve-memory', target);
    log(
      `    memory:     ${result.load.memory.rps} req/s, p99 ${result.load.memory.p99Ms} ms, ${result.load.memory.errors} errors`,
    );
    result.load.concurrency = CONCURRENCY;
    result.load.seconds = LOAD_SECONDS;
    result.loadAverageAtEnd = round(loadavg()[0]);
  } catch (error) {
    result.measured = result.figures != null;
    result.error = `${error?.message ?? error}`.split('\n')[0];
    console.error(`the PostgreSQL bench failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await pool?.end().catch(() => {});
  }
  result.seconds = round((performance.now() - started) / 1000, 1);
  await save(result);
  log(`added the PostgreSQL figures to bench/results.json (${result.seconds} s)`);
}

if (process.argv[2] === '--child') await child();
else await bench();
