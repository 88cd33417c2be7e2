// The reference server: the Customer Activity API over PostgreSQL, in one file a host can copy.
//
//   npm run serve:postgres                         embedded PostgreSQL (PGlite, in memory) with the demo dataset
//   DATABASE_URL=postgres://… npm run serve:postgres   a real server; CA_SEED_DEMO=1 imports the demo dataset first
//
// It serves the adapter contract under /api/customer-activity (GET /api/customer-activity/session, …; the routes
// are in /api/customer-activity/openapi.json) with node:http, `createRequestHandler` and `createPostgresAdapter`.
// Environment: PORT (default 8080; 0 picks a free port), HOST (default 127.0.0.1), DATABASE_URL, CUSTOMER_ID (the
// customer served; default the demo dataset's), PG_POOL_MAX (default 10), PG_STATEMENT_TIMEOUT_MS (default 5000),
// CA_SEED_DEMO=1. docs/postgres.md explains the schema, the pool and the timeouts.
import { createServer } from 'node:http';
import pg from 'pg';
import { createDemoDataset } from 'customer-activity-elements/data';
import {
  createPostgresAdapter,
  importDataset,
  migrate,
  openEmbeddedDatabase,
} from 'customer-activity-elements/postgres';
import { createRequestHandler } from 'customer-activity-elements/server';

const BASE_PATH = '/api/customer-activity';
const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const DEMO_CUSTOMER_ID = 'cust-aurora';
/** Longest a statement may run; a slower one answers 503 (the adapter sets it in each read-only transaction). */
const STATEMENT_TIMEOUT_MS = positiveInt('PG_STATEMENT_TIMEOUT_MS', 5_000);

/** A positive integer from the environment, or the default; anything else stops the server with its name. */
function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * The database: a `pg.Pool` on DATABASE_URL, or PostgreSQL embedded in this process with the demo dataset. Either
 * way the schema is migrated first (idempotent; safe when several servers start at once).
 */
async function openDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({
      connectionString: url,
      max: positiveInt('PG_POOL_MAX', 10),
      // Fail fast when the database is away: the request is answered 503 and the next one tries again.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'customer-activity-reference-server',
    });
    // An idle connection dropped by the server must not stop the process; the pool opens a new one when needed.
    pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    await migrate(pool);
    if (process.env.CA_SEED_DEMO === '1') await importDataset(pool, createDemoDataset());
    return {
      db: pool,
      label: `PostgreSQL at ${new URL(url).host}`,
      customerId: process.env.CUSTOMER_ID ?? DEMO_CUSTOMER_ID,
      close: () => pool.end(),
    };
  }
  const db = await openEmbeddedDatabase();
  await migrate(db);
  const dataset = createDemoDataset();
  await importDataset(db, dataset);
  return {
    db,
    label: `embedded PostgreSQL with the demo dataset (${dataset.consumption.length} consumption rows)`,
    customerId: dataset.customer.id,
    close: () => db.close(),
  };
}

/**
 * WHERE THE HOST PLUGS IN ITS AUTHENTICATION. Who is asking comes from the host's own session — its session
 * cookie looked up in its session store, or a verified token — and never from the query string. This example
 * trusts an `x-viewer-id` request header (or a `ca_viewer` cookie) naming a user of the customer, so that it runs
 * with curl and the demo: anyone can claim to be anyone. Replace this function before exposing the server.
 * @param {import('node:http').IncomingMessage} req
 * @returns {{ viewerId: string, currentWorkspaceId?: string } | undefined} undefined when nobody is signed in
 */
function sessionOf(req) {
  const header = req.headers['x-viewer-id'];
  if (typeof header === 'string' && header !== '') return { viewerId: header };
  const cookie = /(?:^|;\s*)ca_viewer=([^;]+)/.exec(req.headers.cookie ?? '');
  if (cookie) {
    try {
      return { viewerId: decodeURIComponent(cookie[1]) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const database = await openDatabase();
const handler = createRequestHandler({
  basePath: BASE_PATH,
  // One adapter per request: it holds no rows, only the database handle and who is asking, so any number of these
  // servers can share one database. Nobody signed in → 401; a user the customer does not have → 403.
  adapterFor(req) {
    const session = sessionOf(req);
    if (session === undefined) return undefined;
    return createPostgresAdapter({
      db: database.db,
      customerId: database.customerId,
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
      ...session,
    });
  },
});

const server = createServer((req, res) => void handler(req, res));
server.keepAliveTimeout = 30_000;
server.listen(PORT, HOST, () => {
  const { port } = server.address();
  console.log(`customer-activity API on http://${HOST}:${port}${BASE_PATH} — ${database.label}`);
});

let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  server.close();
  server.closeIdleConnections();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
