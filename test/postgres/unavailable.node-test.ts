/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe() and it() return promises that the runner itself awaits */
/**
 * A database that is unreachable or goes away mid-request: the PostgreSQL adapter rejects with
 * `DataSourceUnavailableError`, `createRequestHandler` answers 503 with a problem body that names nothing of the
 * database, and the next request succeeds once the database is back. On the embedded database through a
 * node-postgres-`Client`-like wrapper that can be switched off (also after N statements, i.e. mid-request); on the
 * real server (DATABASE_URL) with a pool on a port where nothing listens, and with every connection terminated.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { DataSourceUnavailableError } from '../../src/data/unavailable-error.js';
import {
  createPostgresAdapter,
  importDataset,
  migrate,
  openEmbeddedDatabase,
  type Database,
  type EmbeddedDatabase,
} from '../../src/postgres.js';
import { createRequestHandler } from '../../src/server.js';
import { makeDataset } from '../helpers/fixtures.js';
import { rejection, server } from './helpers.js';

const SECRET = /postgres|ECONNREFUSED|127\.0\.0\.1|password|terminat|PGlite|SELECT|customer_activity/i;

/** A Client-like database over PGlite whose statements fail as a lost connection would, when switched off. */
class Flaky {
  down = false;
  /** Statements left before it goes down by itself (mid-request); Infinity for never. */
  failAfter = Infinity;
  constructor(private readonly inner: EmbeddedDatabase) {}
  async query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> {
    if (this.failAfter-- <= 0) this.down = true;
    if (this.down && text !== 'ROLLBACK') {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432 (postgres://admin:s3cret@db)'), {
        code: 'ECONNREFUSED',
      });
    }
    return this.inner.query(text, params);
  }
}

/** A node:http server answering the contract from `db` for u-admin of the fixture; its base URL. */
async function serve(db: Database): Promise<{ url: string; server: Server; errors: unknown[] }> {
  const errors: unknown[] = [];
  const handler = createRequestHandler({
    adapterFor: () => createPostgresAdapter({ db, customerId: 'cust-1', viewerId: 'u-admin' }),
    onError: (e) => errors.push(e),
  });
  const srv = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, server: srv, errors };
}

const SUMMARY = '/contracts/ct-1/summary?workspaceIds=ws-a';

async function expect503(url: string): Promise<void> {
  const res = await fetch(url);
  const text = await res.text();
  assert.equal(res.status, 503, text);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.equal(res.headers.get('retry-after'), '1');
  const body = JSON.parse(text) as { status: number; title: string; detail: string };
  assert.deepEqual(body, {
    type: 'about:blank',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The data source is unavailable; try again shortly',
  });
  assert.doesNotMatch(text, SECRET);
}

describe('the embedded database going away', () => {
  let inner: EmbeddedDatabase;
  let flaky: Flaky;
  let http: Awaited<ReturnType<typeof serve>>;

  before(async () => {
    inner = await openEmbeddedDatabase();
    await migrate(inner);
    await importDataset(inner, makeDataset());
    flaky = new Flaky(inner);
    http = await serve(flaky);
  });
  after(async () => {
    http.server.close();
    await inner.close();
  });

  it('the adapter rejects with DataSourceUnavailableError, its cause kept for the host’s logs', async () => {
    flaky.down = true;
    const adapter = createPostgresAdapter({ db: flaky, customerId: 'cust-1', viewerId: 'u-admin' });
    const error = await rejection(adapter.getSession());
    assert.ok(error instanceof DataSourceUnavailableError);
    assert.match(String((error.cause as Error).message), /ECONNREFUSED/);
    flaky.down = false;
    assert.equal((await adapter.getSession()).viewer.id, 'u-admin');
  });

  it('the handler answers 503 without internals, then 200 once it is back', async () => {
    const ok = await fetch(http.url + SUMMARY);
    assert.equal(ok.status, 200);
    const expected = await ok.text();
    flaky.down = true;
    await expect503(http.url + SUMMARY);
    assert.ok(http.errors.length > 0, 'the host is told why');
    flaky.down = false;
    const again = await fetch(http.url + SUMMARY);
    assert.equal(again.status, 200);
    assert.equal(await again.text(), expected);
  });

  it('a connection lost mid-request (after some statements of the call) is a 503 too; the next one succeeds', async () => {
    for (const n of [1, 2, 3, 4]) {
      flaky.down = false;
      flaky.failAfter = n;
      await expect503(`${http.url}/entitlements/en-advisory/consumption?workspaceIds=ws-a&search=a`);
      flaky.failAfter = Infinity;
      flaky.down = false;
      assert.equal((await fetch(http.url + SUMMARY)).status, 200, `after failing at statement ${n}`);
    }
  });

  it('a closed embedded database is unavailable, not a 500', async () => {
    const db = await openEmbeddedDatabase();
    await migrate(db);
    await importDataset(db, makeDataset());
    const closing = await serve(db);
    try {
      assert.equal((await fetch(closing.url + SUMMARY)).status, 200);
      await db.close();
      await expect503(closing.url + SUMMARY);
    } finally {
      closing.server.close();
    }
  });
});

describe('the real server going away', { skip: !process.env.DATABASE_URL }, () => {
  it('a pool on a port where nothing listens: 503 within the connection timeout, nothing of why in the body', async () => {
    const dead = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      connectionTimeoutMillis: 2000,
    });
    dead.on('error', () => undefined);
    const http = await serve(dead);
    try {
      await expect503(http.url + SUMMARY);
    } finally {
      http.server.close();
      await dead.end();
    }
  });

  it('every connection terminated between requests: the pool reconnects and the next request succeeds', async () => {
    const live = await server();
    assert.ok(live);
    const http = await serve(live.db);
    try {
      await importDataset(live.db, makeDataset());
      assert.equal((await fetch(http.url + SUMMARY)).status, 200);
      const admin = new pg.Client({ connectionString: live.url });
      await admin.connect();
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await admin.end();
      // The pool drops connections that die while idle; one killed while in use fails its request with a 503.
      let status = (await fetch(http.url + SUMMARY)).status;
      if (status !== 200) {
        assert.equal(status, 503);
        status = (await fetch(http.url + SUMMARY)).status;
      }
      assert.equal(status, 200);
    } finally {
      http.server.close();
      await live.close();
    }
  });
});
