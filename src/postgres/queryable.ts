/// <reference types="node" />
/**
 * One tiny interface over the three kinds of database the PostgreSQL backend accepts: a node-postgres `Pool`, a
 * node-postgres `Client`, or the embedded database of `openEmbeddedDatabase` (PGlite). Every statement of the
 * backend goes through it, so connection failures are turned into one typed error in one place.
 */
import { DataSourceUnavailableError } from '../data/unavailable-error.js';

/** The result of a statement: its rows. */
export interface QueryResult<R> {
  rows: R[];
}

/** Runs one parameterised statement. */
export interface Query {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

/** What the backend needs of a database: statements, and transactions on one connection. */
export interface Queryable extends Query {
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws) on one connection. */
  transaction<T>(fn: (tx: Query) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
}

/** The shape of a node-postgres `Pool`, `Client` or pool client, or of PGlite, as far as this module uses it. */
interface QueryFn {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface PooledClient extends QueryFn {
  release(error?: Error | boolean): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}
interface PoolLike extends QueryFn {
  connect(): Promise<PooledClient>;
  totalCount: number;
}
interface PgliteLike extends QueryFn {
  transaction<T>(fn: (tx: QueryFn) => Promise<T>): Promise<T>;
  exec(text: string): Promise<unknown>;
}

/** Any database the backend accepts: a node-postgres `Pool` or `Client`, or what `openEmbeddedDatabase` returns. */
export type Database = object;

/** SQLSTATE classes and codes that mean "the database is not there" rather than "this statement is wrong". */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25006']);
const UNAVAILABLE_MESSAGES =
  /PGlite is closed|Connection terminated|connection (?:error|refused|reset)|terminating connection|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|EPIPE|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end|not queryable/i;

/**
 * Whether an error means the database is unreachable or went away (or timed out), as opposed to a bug: a
 * connection error, a server shutting down, too many connections, a statement timeout, a closed PGlite.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_CODES.has(code)) return true;
    if (/^E[A-Z]+$/.test(code) && UNAVAILABLE_MESSAGES.test(code)) return true;
  }
  return UNAVAILABLE_MESSAGES.test(error.message);
}

/** The error to throw for a failed statement: a `DataSourceUnavailableError` when the database is not there. */
export function translateError(error: unknown): unknown {
  if (error instanceof DataSourceUnavailableError) return error;
  if (isUnavailable(error)) {
    const code = (error as { code?: unknown }).code;
    const timeout = code === '57014';
    return new DataSourceUnavailableError(
      timeout ? 'The database did not answer in time' : 'The database is unavailable',
      { cause: error },
    );
  }
  return error;
}

async function run<R>(
  db: QueryFn,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<QueryResult<R>> {
  try {
    const result = await db.query(text, params === undefined ? undefined : [...params]);
    return { rows: result.rows as R[] };
  } catch (error) {
    throw translateError(error);
  }
}

function isPool(db: object): db is PoolLike {
  return typeof (db as PoolLike).connect === 'function' && typeof (db as PoolLike).totalCount === 'number';
}

function isPglite(db: object): db is PgliteLike {
  return (
    typeof (db as PgliteLike).transaction === 'function' && typeof (db as PgliteLike).exec === 'function'
  );
}

function beginStatement(readOnly: boolean | undefined): string {
  return readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN';
}

/** A one-at-a-time lock: a node-postgres `Client` is one connection, so its transactions must not interleave. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

const wrapped = new WeakMap<object, Queryable>();

/**
 * The `Queryable` of a database. Throws a `TypeError` for anything that is none of a node-postgres `Pool`, a
 * node-postgres `Client` or an embedded database. The same database always gives the same `Queryable` (so the
 * transactions of every adapter over one `Client` are serialised together).
 */
export function asQueryable(db: Database): Queryable {
  if (typeof db !== 'object' || db === null || typeof (db as QueryFn).query !== 'function') {
    throw new TypeError(
      'db must be a node-postgres Pool or Client, or the database openEmbeddedDatabase() returns',
    );
  }
  const known = wrapped.get(db);
  if (known !== undefined) return known;
  let queryable: Queryable;
  if (isPool(db)) {
    queryable = {
      query: (text, params) => run(db, text, params),
      async transaction(fn, options) {
        let client: PooledClient;
        try {
          client = await db.connect();
        } catch (error) {
          throw translateError(error);
        }
        // A connection that dies while checked out emits 'error' on the client (and crashes the process when
        // nobody listens); the failing statement rejects with it anyway, so here it is only noted.
        let lost: Error | undefined;
        const onLost = (error: Error): void => {
          lost = error;
        };
        client.on?.('error', onLost);
        let broken: unknown;
        try {
          await run(client, beginStatement(options?.readOnly), undefined);
          const tx: Query = { query: (text, params) => run(client, text, params) };
          const value = await fn(tx);
          await run(client, 'COMMIT', undefined);
          return value;
        } catch (error) {
          broken = error;
          await run(client, 'ROLLBACK', undefined).catch(() => undefined);
          throw error;
        } finally {
          client.off?.('error', onLost);
          // A connection that failed is not given back to the pool for reuse.
          const dead = lost ?? (broken instanceof Error && isUnavailable(broken) ? broken : undefined);
          client.release(dead);
        }
      },
    };
  } else if (isPglite(db)) {
    queryable = {
      query: (text, params) => run(db, text, params),
      async transaction(fn) {
        // PGlite is one connection that runs one transaction at a time: every transaction is serialisable.
        try {
          return await db.transaction((tx) => fn({ query: (text, params) => run(tx, text, params) }));
        } catch (error) {
          throw translateError(error);
        }
      },
    };
  } else {
    const client = db as QueryFn;
    const mutex = new Mutex();
    queryable = {
      query: (text, params) => mutex.lock(() => run(client, text, params)),
      transaction: (fn, options) =>
        mutex.lock(async () => {
          await run(client, beginStatement(options?.readOnly), undefined);
          try {
            const value = await fn({ query: (text, params) => run(client, text, params) });
            await run(client, 'COMMIT', undefined);
            return value;
          } catch (error) {
            await run(client, 'ROLLBACK', undefined).catch(() => undefined);
            throw error;
          }
        }),
    };
  }
  wrapped.set(db, queryable);
  return queryable;
}
