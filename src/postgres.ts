/// <reference types="node" />
/**
 * `customer-activity-elements/postgres` (Node only): the PostgreSQL backend — the schema and its migrations, the
 * importer, and `createPostgresAdapter`, which answers the whole adapter contract in SQL (docs/postgres.md).
 *
 * ```js
 * import pg from 'pg';
 * import { migrate, importDataset, createPostgresAdapter } from 'customer-activity-elements/postgres';
 * const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(db);
 * await importDataset(db, dataset);
 * const adapter = createPostgresAdapter({ db, customerId: dataset.customer.id, viewerId: 'u-admin' });
 * ```
 */
import type { ImportResult, UpsertResult } from './postgres/import.js';
import { importDatasetInto, upsertRecordsInto } from './postgres/import.js';
import { asQueryable, type Database } from './postgres/queryable.js';
import { migrateQueryable, type MigrateResult } from './postgres/schema.js';

export { createPostgresAdapter, type PostgresAdapterOptions } from './postgres/adapter.js';
export {
  openEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseOptions,
} from './postgres/embedded.js';
export { SCHEMA, SCHEMA_VERSION, type MigrateResult } from './postgres/schema.js';
export type { Database } from './postgres/queryable.js';
export type { ImportResult, UpsertResult } from './postgres/import.js';
export { AccessDeniedError, DatasetError, NotFoundError, QueryError } from './data/errors.js';
export { DataSourceUnavailableError } from './data/unavailable-error.js';

/**
 * Creates or upgrades the schema `customer_activity` to the newest version: idempotent, versioned (a
 * `schema_version` table) and safe when several servers run it at once (a transaction-level advisory lock).
 */
export function migrate(db: Database): Promise<MigrateResult> {
  return migrateQueryable(asQueryable(db));
}

/**
 * Validates a dataset like `parseDataset` (a `DatasetError` naming every offending path, and nothing written) and
 * replaces the data of its customer in one transaction: readers see the old data or the new, never half.
 */
export function importDataset(db: Database, dataset: unknown): Promise<ImportResult> {
  return importDatasetInto(asQueryable(db), dataset);
}

/**
 * Adds or updates consumption records and cases of a stored customer, validated against the stored data (a
 * `DatasetError` naming each bad record, e.g. `consumption[3].entitlementId: unknown entitlement "x"`, and
 * nothing written); balances and summaries reflect them at once.
 */
export function upsertRecords(
  db: Database,
  customerId: string,
  records: { consumption?: unknown[]; cases?: unknown[] },
): Promise<UpsertResult> {
  return upsertRecordsInto(asQueryable(db), customerId, records);
}
