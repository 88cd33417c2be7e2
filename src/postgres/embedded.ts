/// <reference types="node" />
/**
 * PostgreSQL embedded in the process: PGlite (PostgreSQL compiled to WebAssembly), with the extensions the schema
 * uses (pg_trgm, for the search index) loaded. In memory without `dataDir`; on disk in `dataDir` otherwise.
 */
/** Options of {@link openEmbeddedDatabase}. */
export interface EmbeddedDatabaseOptions {
  /** A directory to keep the database in (created when missing); in memory when absent. */
  dataDir?: string;
}

/**
 * The embedded database: a PGlite instance, ready (typed here by what the backend and a host use of it, so the
 * type declarations need no PGlite types). `close()` shuts it down; `query` runs a statement, as on a `Pool`.
 */
export interface EmbeddedDatabase {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(text: string): Promise<unknown>;
  transaction<T>(fn: (tx: { query: EmbeddedDatabase['query'] }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Whether `close()` was called. */
  readonly closed: boolean;
}

/**
 * Opens PostgreSQL embedded in this process (PGlite), ready for `migrate`. Node only. `@electric-sql/pglite` is
 * loaded on first use, so hosts that only use a PostgreSQL server never load it.
 */
export async function openEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = options?.dataDir;
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir === '')) {
    throw new TypeError('openEmbeddedDatabase: dataDir must be a non-empty path');
  }
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const db = new PGlite(dataDir ?? 'memory://', { extensions: { pg_trgm } });
  await db.waitReady;
  return db;
}
