/// <reference types="node" />
/**
 * Helpers of the Node-side PostgreSQL tests: the databases they run on (the embedded one always, a fresh database
 * on the real server when DATABASE_URL is set), and outcome comparison with the memory adapter.
 */
import pg from 'pg';
import { migrate, openEmbeddedDatabase, type Database } from '../../src/postgres.js';

/** A database a test runs on, and how to dispose of it. */
export interface TestDatabase {
  name: 'pglite' | 'server';
  db: Database;
  close(): Promise<void>;
}

/** Opens a fresh, migrated embedded database. */
export async function embedded(): Promise<TestDatabase> {
  const db = await openEmbeddedDatabase();
  await migrate(db);
  return { name: 'pglite', db, close: () => db.close() };
}

let serial = 0;

/**
 * Creates a fresh database on the server of DATABASE_URL (dropped again by `close`), migrated, with a pool on it;
 * undefined when DATABASE_URL is unset.
 */
export async function server(
  options: { migrate?: boolean } = {},
): Promise<(TestDatabase & { url: string }) | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const name = `ca_node_test_${process.pid}_${serial++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 6 });
  pool.on('error', () => undefined); // an idle connection terminated by a test: the pool replaces it
  if (options.migrate !== false) await migrate(pool);
  return {
    name: 'server',
    db: pool,
    url: url.href,
    async close() {
      await pool.end();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** The databases of a run: the embedded one, and the server's when DATABASE_URL is set. */
export async function databases(): Promise<TestDatabase[]> {
  const list: TestDatabase[] = [await embedded()];
  const s = await server();
  if (s) list.push(s);
  return list;
}

/** The outcome of a call: its value as JSON would carry it, or the error's name. */
export async function outcome(promise: Promise<unknown>): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: JSON.parse(JSON.stringify(await promise)) as unknown };
  } catch (e) {
    return { error: (e as Error).name };
  }
}

/** The error a promise rejects with (throws when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
