/**
 * The schema of the PostgreSQL backend (docs/postgres.md) and `migrate`, which creates or upgrades it.
 *
 * Every table lives in the schema `customer_activity`, and every table's primary key leads with `customer_id`: ids
 * are unique within a customer only, every statement filters by the customer, and the tables can be distributed by
 * `customer_id` (Citus `create_distributed_table(…, 'customer_id')`). Dates are the contract's ISO strings (`text`,
 * compared as text, as the domain rules do). Lists of ids are `text[]`. Positions (`ord`) keep the dataset's order,
 * which the contract's lists follow. `folded` holds, per text field, its folded sort key when it differs from the
 * raw value (see rows.ts); `search_text` the folded search text.
 */
import type { Query, Queryable } from './queryable.js';

/** The PostgreSQL schema (namespace) holding every table. */
export const SCHEMA = 'customer_activity';

/** The key of the advisory lock `migrate` holds, so that two servers starting at once migrate one after the other. */
const MIGRATION_LOCK = 727_001_512;

/** One migration: its version and its statements, run in one transaction. */
interface Migration {
  version: number;
  description: string;
  statements: (features: { trigram: boolean }) => string[];
}

const S = SCHEMA;

/** Every migration, in order. Never edit one that shipped: add the next. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'tenant-keyed tables, consumption aggregates and their indexes',
    statements: ({ trigram }) => [
      `CREATE TABLE ${S}.customers (
        customer_id text PRIMARY KEY,
        name text NOT NULL,
        as_of text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE ${S}.workspaces (
        customer_id text NOT NULL, id text NOT NULL, ord integer NOT NULL, name text NOT NULL,
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE TABLE ${S}.users (
        customer_id text NOT NULL, id text NOT NULL, ord integer NOT NULL, name text NOT NULL, email text,
        roles text[] NOT NULL, workspace_ids text[] NOT NULL, admin_of_workspace_ids text[] NOT NULL,
        group_ids text[] NOT NULL,
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE TABLE ${S}.contracts (
        customer_id text NOT NULL, id text NOT NULL, ord integer NOT NULL, number text NOT NULL,
        name text NOT NULL, start_date text NOT NULL, end_date text NOT NULL, workspace_ids text[] NOT NULL,
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE TABLE ${S}.packages (
        customer_id text NOT NULL, id text NOT NULL, ord integer NOT NULL, contract_id text NOT NULL,
        name text NOT NULL, scope text NOT NULL, start_date text NOT NULL, end_date text NOT NULL,
        status text NOT NULL,
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE INDEX packages_by_contract ON ${S}.packages (customer_id, contract_id, ord)`,
      `CREATE TABLE ${S}.entitlements (
        customer_id text NOT NULL, id text NOT NULL, ord integer NOT NULL, package_id text NOT NULL,
        kind text NOT NULL, name text NOT NULL, description text NOT NULL, category text NOT NULL,
        unit text NOT NULL, purchased double precision, action_url text,
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE INDEX entitlements_by_package ON ${S}.entitlements (customer_id, package_id, ord)`,
      `CREATE TABLE ${S}.consumption (
        customer_id text NOT NULL, id text NOT NULL, entitlement_id text NOT NULL, workspace_id text NOT NULL,
        date text NOT NULL, quantity double precision NOT NULL, hours_done double precision, title text NOT NULL,
        reference text, status text, person text, email text, case_id text,
        folded jsonb, search_text text NOT NULL, search_fields text[],
        PRIMARY KEY (customer_id, id)
      )`,
      // The default order (date desc, id) of one entitlement's rows, filtered by workspace.
      `CREATE INDEX consumption_by_workspace ON ${S}.consumption
        (customer_id, entitlement_id, workspace_id, date COLLATE "C" DESC, id COLLATE "C")`,
      `CREATE INDEX consumption_by_date ON ${S}.consumption
        (customer_id, entitlement_id, date COLLATE "C" DESC, id COLLATE "C")`,
      `CREATE INDEX consumption_by_quantity ON ${S}.consumption
        (customer_id, entitlement_id, quantity, id COLLATE "C")`,
      `CREATE INDEX consumption_by_title ON ${S}.consumption
        (customer_id, entitlement_id, (coalesce(folded->>'title', title)) COLLATE "C", title COLLATE "C", id COLLATE "C")`,
      // The rows that point at a case: the only ones a viewer may be denied (hiddenByPermissions counts them).
      `CREATE INDEX consumption_with_case ON ${S}.consumption (customer_id, entitlement_id, workspace_id, case_id)
        WHERE case_id IS NOT NULL`,
      ...(trigram
        ? [
            // A large pending list: an import's trigram entries go in as one sorted merge (gin_clean_pending_list
            // right after it commits) instead of one by one, several times faster.
            `CREATE INDEX consumption_search ON ${S}.consumption USING gin (search_text gin_trgm_ops)
              WITH (fastupdate = on, gin_pending_list_limit = 1048576)`,
          ]
        : []),
      `CREATE TABLE ${S}.cases (
        customer_id text NOT NULL, id text NOT NULL, number text NOT NULL, title text NOT NULL,
        type text NOT NULL, severity text NOT NULL, status text NOT NULL, opened_at text NOT NULL,
        closed_at text, workspace_id text NOT NULL, contract_id text, package_id text, entitlement_id text,
        classification text, primary_contact_id text, shared_with_user_ids text[] NOT NULL,
        group_ids text[] NOT NULL, folded jsonb, search_text text NOT NULL, search_fields text[],
        PRIMARY KEY (customer_id, id)
      )`,
      `CREATE INDEX cases_by_workspace ON ${S}.cases (customer_id, workspace_id)`,
      // Sums per entitlement, workspace and month: balances, summaries and timelines read these, never the rows.
      `CREATE TABLE ${S}.consumption_totals (
        customer_id text NOT NULL, entitlement_id text NOT NULL, workspace_id text NOT NULL, month text NOT NULL,
        quantity double precision NOT NULL, hours_done double precision NOT NULL, row_count bigint NOT NULL,
        PRIMARY KEY (customer_id, entitlement_id, workspace_id, month)
      )`,
    ],
  },
];

/** The newest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

async function hasTrigram(tx: Query): Promise<boolean> {
  const { rows } = await tx.query<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') AS ok`,
  );
  if (rows[0]?.ok !== true) return false;
  try {
    await tx.query('SAVEPOINT trgm');
    await tx.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await tx.query('RELEASE SAVEPOINT trgm');
    return true;
  } catch {
    // Available but not ours to create (no privilege): search works without the index.
    await tx.query('ROLLBACK TO SAVEPOINT trgm');
    return false;
  }
}

/** What `migrate` did. */
export interface MigrateResult {
  /** The schema version before. 0 for an empty database. */
  from: number;
  /** The schema version now. */
  to: number;
  /** Whether the trigram index for search exists (pg_trgm available). */
  trigram: boolean;
}

/**
 * Creates or upgrades the schema to the newest version. Idempotent (a second run does nothing), versioned (the
 * table `customer_activity.schema_version` records each applied version) and safe when several servers run it at
 * once: it holds a transaction-level advisory lock, so the others wait and then find the work done. Refuses a
 * database whose schema is newer than this code.
 */
export async function migrateQueryable(db: Queryable): Promise<MigrateResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${S}.schema_version (
        version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query<{ v: number | null }>(
      `SELECT max(version) AS v FROM ${S}.schema_version`,
    );
    const from = rows[0]?.v ?? 0;
    if (from > SCHEMA_VERSION) {
      throw new Error(
        `The database schema ${S} is at version ${from}, newer than this code (${SCHEMA_VERSION}): upgrade the package`,
      );
    }
    const trigram = await hasTrigram(tx);
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      for (const statement of m.statements({ trigram })) await tx.query(statement);
      await tx.query(`INSERT INTO ${S}.schema_version (version, description) VALUES ($1, $2)`, [
        m.version,
        m.description,
      ]);
    }
    return { from, to: SCHEMA_VERSION, trigram };
  });
}
