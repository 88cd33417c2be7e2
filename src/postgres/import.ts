/**
 * Loading data: `importDataset` replaces one customer's whole dataset in one transaction; `upsertRecords` adds or
 * updates consumption records and cases of a stored dataset. Both validate first and write nothing when anything is
 * wrong, and both keep `consumption_totals` (sums per entitlement, workspace and month) current.
 */
import { DatasetError, type DatasetIssue } from '../data/errors.js';
import { parseDataset, safeParseRecordBatch } from '../data/schemas.js';
import { CASE_SEARCH_FIELDS, CONSUMPTION_SEARCH_FIELDS } from '../domain/query.js';
import type { ConsumptionRecord, Dataset, SupportCase } from '../domain/types.js';
import type { Query, Queryable } from './queryable.js';
import { CASE_COLUMNS, CONSUMPTION_COLUMNS, foldedKeysOf, searchOf } from './rows.js';
import { SCHEMA as S } from './schema.js';

/** Rows per INSERT … SELECT FROM unnest(…) statement. */
const BATCH_ROWS = 20_000;
/** The advisory-lock namespace of per-customer writes (imports and upserts of one customer run one at a time). */
const CUSTOMER_LOCK = 727_001_513;

/** What `importDataset` did. */
export interface ImportResult {
  customerId: string;
  consumption: number;
  cases: number;
  /** Milliseconds the whole import took (validation included). */
  ms: number;
}

/** A column of a bulk insert: its name, its array type, and the value of each item. */
type Column<T> = [name: string, type: string, value: (item: T, index: number) => unknown];

/** Lists (text[] columns) travel as JSON text and are unpacked in SQL: unnest cannot take an array of arrays. */
function listColumn<T>(name: string, value: (item: T) => readonly string[]): Column<T> {
  return [name, 'jsonb', (item) => JSON.stringify(value(item))];
}

const opt = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

const NUL = '\u0000';

/** Reports every string holding U+0000, which PostgreSQL text cannot store. */
function findNul(value: unknown, path: string, issues: DatasetIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) issues.push({ path, message: 'contains U+0000, which PostgreSQL cannot store' });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findNul(value[i], `${path}[${i}]`, issues);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) findNul(v, path ? `${path}.${k}` : k, issues);
  }
}

/** The search text of each record, computed once for its two columns (and dropped with the record). */
const searchTexts = new WeakMap<object, ReturnType<typeof searchOf>>();

function searchFor(row: object, fields: readonly string[]): ReturnType<typeof searchOf> {
  let search = searchTexts.get(row);
  if (search === undefined) {
    search = searchOf(row, fields);
    searchTexts.set(row, search);
  }
  return search;
}

/** The consumption columns of a bulk insert. */
const CONSUMPTION_INSERT: Column<ConsumptionRecord>[] = [
  ['id', 'text', (r) => r.id],
  ['entitlement_id', 'text', (r) => r.entitlementId],
  ['workspace_id', 'text', (r) => r.workspaceId],
  ['date', 'text', (r) => r.date],
  ['quantity', 'float8', (r) => r.quantity],
  ['hours_done', 'float8', (r) => opt(r.hoursDone)],
  ['title', 'text', (r) => r.title],
  ['reference', 'text', (r) => opt(r.reference)],
  ['status', 'text', (r) => opt(r.status)],
  ['person', 'text', (r) => opt(r.person)],
  ['email', 'text', (r) => opt(r.email)],
  ['case_id', 'text', (r) => opt(r.caseId)],
  ['folded', 'jsonb', (r) => foldedKeysOf(r, CONSUMPTION_COLUMNS)],
  ['search_text', 'text', (r) => searchFor(r, CONSUMPTION_SEARCH_FIELDS).text],
  ['search_fields', 'jsonb', (r) => nullableList(searchFor(r, CONSUMPTION_SEARCH_FIELDS).fields)],
];

function nullableList(list: string[] | null): string | null {
  return list === null ? null : JSON.stringify(list);
}

/** The case columns of a bulk insert. */
const CASE_INSERT: Column<SupportCase>[] = [
  ['id', 'text', (c) => c.id],
  ['number', 'text', (c) => c.number],
  ['title', 'text', (c) => c.title],
  ['type', 'text', (c) => c.type],
  ['severity', 'text', (c) => c.severity],
  ['status', 'text', (c) => c.status],
  ['opened_at', 'text', (c) => c.openedAt],
  ['closed_at', 'text', (c) => opt(c.closedAt)],
  ['workspace_id', 'text', (c) => c.workspaceId],
  ['contract_id', 'text', (c) => opt(c.contractId)],
  ['package_id', 'text', (c) => opt(c.packageId)],
  ['entitlement_id', 'text', (c) => opt(c.entitlementId)],
  ['classification', 'text', (c) => opt(c.classification)],
  ['primary_contact_id', 'text', (c) => opt(c.primaryContactId)],
  listColumn('shared_with_user_ids', (c) => c.sharedWithUserIds),
  listColumn('group_ids', (c) => c.groupIds),
  ['folded', 'jsonb', (c) => foldedKeysOf(c, CASE_COLUMNS)],
  ['search_text', 'text', (c) => searchFor(c, CASE_SEARCH_FIELDS).text],
  ['search_fields', 'jsonb', (c) => nullableList(searchFor(c, CASE_SEARCH_FIELDS).fields)],
];

/** Text-array columns, filled from the JSON lists of `listColumn`. */
const LIST_COLUMNS = new Set([
  'shared_with_user_ids',
  'group_ids',
  'roles',
  'workspace_ids',
  'admin_of_workspace_ids',
  'search_fields',
]);

/** A bulk insert whose list columns arrive as JSON and are turned into text[] in SQL. */
async function insertRows<T>(
  tx: Query,
  table: string,
  customerId: string,
  items: readonly T[],
  columns: readonly Column<T>[],
): Promise<void> {
  if (items.length === 0) return;
  const names = columns.map(([name]) => name);
  const arrays = columns.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ');
  const select = names
    .map((name) =>
      LIST_COLUMNS.has(name)
        ? `CASE WHEN t.${name} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(t.${name})) END`
        : `t.${name}`,
    )
    .join(', ');
  const text = `INSERT INTO ${S}.${table} (customer_id, ${names.join(', ')})
    SELECT $1, ${select} FROM unnest(${arrays}) AS t(${names.join(', ')})`;
  for (let start = 0; start < items.length; start += BATCH_ROWS) {
    const batch = items.slice(start, start + BATCH_ROWS);
    const params: unknown[] = [customerId];
    for (const [, , value] of columns) params.push(batch.map((item, i) => value(item, start + i)));
    await tx.query(text, params);
  }
}

/** Recomputes `consumption_totals` of a customer — all of them, or the (entitlement, workspace, month) keys given. */
async function refreshTotals(
  tx: Query,
  customerId: string,
  keys?: { entitlements: string[]; workspaces: string[]; months: string[] },
): Promise<void> {
  if (keys === undefined) {
    await tx.query(`DELETE FROM ${S}.consumption_totals WHERE customer_id = $1`, [customerId]);
    await tx.query(
      `INSERT INTO ${S}.consumption_totals
         (customer_id, entitlement_id, workspace_id, month, quantity, hours_done, row_count)
       SELECT customer_id, entitlement_id, workspace_id, left(date, 7), sum(quantity),
              sum(coalesce(hours_done, 0)), count(*)
         FROM ${S}.consumption WHERE customer_id = $1
        GROUP BY customer_id, entitlement_id, workspace_id, left(date, 7)`,
      [customerId],
    );
    return;
  }
  const params = [customerId, keys.entitlements, keys.workspaces, keys.months];
  const affected = `k AS (SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) AS k(e, w, m))`;
  await tx.query(
    `WITH ${affected} DELETE FROM ${S}.consumption_totals t USING k
      WHERE t.customer_id = $1 AND t.entitlement_id = k.e AND t.workspace_id = k.w AND t.month = k.m`,
    params,
  );
  await tx.query(
    `WITH ${affected}
     INSERT INTO ${S}.consumption_totals
       (customer_id, entitlement_id, workspace_id, month, quantity, hours_done, row_count)
     SELECT $1, k.e, k.w, k.m, sum(r.quantity), sum(coalesce(r.hours_done, 0)), count(*)
       FROM (SELECT DISTINCT e, w, m FROM k) k
       JOIN ${S}.consumption r ON r.customer_id = $1 AND r.entitlement_id = k.e AND r.workspace_id = k.w
        AND r.date COLLATE "C" >= k.m || '-01' AND r.date COLLATE "C" <= k.m || '-31'
      GROUP BY k.e, k.w, k.m`,
    params,
  );
}

/**
 * After a bulk write has committed: merges the trigram index's pending entries in one pass (its large pending list
 * takes them during the import), and refreshes the statistics so the planner knows the new rows at once.
 */
async function afterBulkWrite(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ ok: boolean }>(
    `SELECT to_regclass('${S}.consumption_search') IS NOT NULL AS ok`,
  );
  if (rows[0]?.ok === true) {
    try {
      await db.query(`SELECT gin_clean_pending_list('${S}.consumption_search'::regclass)`);
    } catch {
      // Not permitted for this role: autovacuum merges the list instead.
    }
  }
  for (const table of ['consumption', 'consumption_totals', 'cases']) await db.query(`ANALYZE ${S}.${table}`);
}

/** Takes the per-customer write lock for the rest of the transaction. */
async function lockCustomer(tx: Query, customerId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CUSTOMER_LOCK, customerId]);
}

const TABLES = ['workspaces', 'users', 'contracts', 'packages', 'entitlements', 'consumption', 'cases'];

/**
 * Validates `dataset` like `parseDataset` (a `DatasetError` naming every path; nothing written) and replaces the
 * data of its customer (`dataset.customer.id`) in one transaction: readers see the old data or the new, never half.
 * Other customers' data is untouched. Rows go in by `INSERT … SELECT FROM unnest(…)` in batches.
 */
export async function importDatasetInto(db: Queryable, input: unknown): Promise<ImportResult> {
  const start = Date.now();
  const data: Dataset = parseDataset(input);
  const issues: DatasetIssue[] = [];
  findNul(data, '', issues);
  if (issues.length > 0) throw new DatasetError(issues);
  const customerId = data.customer.id;
  await db.transaction(async (tx) => {
    await lockCustomer(tx, customerId);
    await tx.query(`DELETE FROM ${S}.consumption_totals WHERE customer_id = $1`, [customerId]);
    for (const table of TABLES)
      await tx.query(`DELETE FROM ${S}.${table} WHERE customer_id = $1`, [customerId]);
    await tx.query(`DELETE FROM ${S}.customers WHERE customer_id = $1`, [customerId]);
    await tx.query(`INSERT INTO ${S}.customers (customer_id, name, as_of) VALUES ($1, $2, $3)`, [
      customerId,
      data.customer.name,
      data.asOf,
    ]);
    await insertRows(tx, 'workspaces', customerId, data.workspaces, [
      ['id', 'text', (w) => w.id],
      ['ord', 'int4', (_, i) => i],
      ['name', 'text', (w) => w.name],
    ]);
    await insertRows(tx, 'users', customerId, data.users, [
      ['id', 'text', (u) => u.id],
      ['ord', 'int4', (_, i) => i],
      ['name', 'text', (u) => u.name],
      ['email', 'text', (u) => opt(u.email)],
      listColumn('roles', (u) => u.roles),
      listColumn('workspace_ids', (u) => u.workspaceIds),
      listColumn('admin_of_workspace_ids', (u) => u.adminOfWorkspaceIds),
      listColumn('group_ids', (u) => u.groupIds),
    ]);
    await insertRows(tx, 'contracts', customerId, data.contracts, [
      ['id', 'text', (c) => c.id],
      ['ord', 'int4', (_, i) => i],
      ['number', 'text', (c) => c.number],
      ['name', 'text', (c) => c.name],
      ['start_date', 'text', (c) => c.startDate],
      ['end_date', 'text', (c) => c.endDate],
      listColumn('workspace_ids', (c) => c.workspaceIds),
    ]);
    await insertRows(tx, 'packages', customerId, data.packages, [
      ['id', 'text', (p) => p.id],
      ['ord', 'int4', (_, i) => i],
      ['contract_id', 'text', (p) => p.contractId],
      ['name', 'text', (p) => p.name],
      ['scope', 'text', (p) => p.scope],
      ['start_date', 'text', (p) => p.startDate],
      ['end_date', 'text', (p) => p.endDate],
      ['status', 'text', (p) => p.status],
    ]);
    await insertRows(tx, 'entitlements', customerId, data.entitlements, [
      ['id', 'text', (e) => e.id],
      ['ord', 'int4', (_, i) => i],
      ['package_id', 'text', (e) => e.packageId],
      ['kind', 'text', (e) => e.kind],
      ['name', 'text', (e) => e.name],
      ['description', 'text', (e) => e.description],
      ['category', 'text', (e) => e.category],
      ['unit', 'text', (e) => e.unit],
      ['purchased', 'float8', (e) => e.purchased],
      ['action_url', 'text', (e) => opt(e.actionUrl)],
    ]);
    await insertRows(tx, 'consumption', customerId, data.consumption, CONSUMPTION_INSERT);
    await insertRows(tx, 'cases', customerId, data.cases, CASE_INSERT);
    await refreshTotals(tx, customerId);
  });
  await afterBulkWrite(db);
  return {
    customerId,
    consumption: data.consumption.length,
    cases: data.cases.length,
    ms: Date.now() - start,
  };
}

/** What `upsertRecords` did. */
export interface UpsertResult {
  /** Records added or updated, per list. */
  consumption: number;
  cases: number;
}

const show = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Adds or updates (by id) consumption records and cases of a stored customer, validated against the stored data:
 * each record's shape as in a dataset; a consumption record's entitlement (not a benefit), workspace and case (stored,
 * or in this batch); a case's workspace, primary contact and shared-with users. Any problem → one `DatasetError`
 * naming each record (`consumption[3].entitlementId: unknown entitlement "x"`) and nothing written. The sums behind
 * balances and summaries are brought up to date in the same transaction.
 */
export async function upsertRecordsInto(
  db: Queryable,
  customerId: string,
  input: { consumption?: unknown[]; cases?: unknown[] },
): Promise<UpsertResult> {
  if (typeof customerId !== 'string' || customerId === '') {
    throw new TypeError('upsertRecords: customerId must be a non-empty string');
  }
  const parsed = safeParseRecordBatch(input);
  if (!parsed.success) throw new DatasetError(parsed.issues, 'Invalid records');
  const { consumption, cases } = parsed.data;
  const issues: DatasetIssue[] = [];
  consumption.forEach((r, i) => findNul(r, `consumption[${i}]`, issues));
  cases.forEach((c, i) => findNul(c, `cases[${i}]`, issues));
  if (issues.length > 0) throw new DatasetError(issues, 'Invalid records');
  if (consumption.length === 0 && cases.length === 0) return { consumption: 0, cases: 0 };

  return db.transaction(async (tx) => {
    await lockCustomer(tx, customerId);
    const known = await tx.query(`SELECT 1 FROM ${S}.customers WHERE customer_id = $1`, [customerId]);
    if (known.rows.length === 0) {
      throw new DatasetError(
        [{ path: '', message: `unknown customer ${show(customerId)}: import it first` }],
        'Invalid records',
      );
    }
    const ids = async (table: string, wanted: Iterable<string>, extra = ''): Promise<Set<string>> => {
      const list = [...new Set(wanted)];
      if (list.length === 0) return new Set();
      const { rows } = await tx.query<{ id: string }>(
        `SELECT id FROM ${S}.${table} WHERE customer_id = $1 AND id = ANY($2::text[])${extra}`,
        [customerId, list],
      );
      return new Set(rows.map((r) => r.id));
    };
    const workspaces = await ids('workspaces', [
      ...consumption.map((r) => r.workspaceId),
      ...cases.map((c) => c.workspaceId),
    ]);
    const entitlementIds = consumption.map((r) => r.entitlementId);
    const entitlements = await ids('entitlements', entitlementIds);
    const benefits = await ids('entitlements', entitlementIds, ` AND category = 'benefit'`);
    const batchCases = new Set(cases.map((c) => c.id));
    const storedCases = await ids(
      'cases',
      consumption.flatMap((r) => (r.caseId === undefined ? [] : [r.caseId])),
    );
    const users = await ids(
      'users',
      cases.flatMap((c) => [
        ...(c.primaryContactId === undefined ? [] : [c.primaryContactId]),
        ...c.sharedWithUserIds,
      ]),
    );

    consumption.forEach((r, i) => {
      const at = `consumption[${i}]`;
      if (!entitlements.has(r.entitlementId)) {
        issues.push({ path: `${at}.entitlementId`, message: `unknown entitlement ${show(r.entitlementId)}` });
      } else if (benefits.has(r.entitlementId)) {
        issues.push({
          path: `${at}.entitlementId`,
          message: `entitlement ${show(r.entitlementId)} is a benefit: no consumption is recorded against a benefit`,
        });
      }
      if (!workspaces.has(r.workspaceId)) {
        issues.push({ path: `${at}.workspaceId`, message: `unknown workspace ${show(r.workspaceId)}` });
      }
      if (r.caseId !== undefined && !storedCases.has(r.caseId) && !batchCases.has(r.caseId)) {
        issues.push({ path: `${at}.caseId`, message: `unknown case ${show(r.caseId)}` });
      }
    });
    cases.forEach((c, i) => {
      const at = `cases[${i}]`;
      if (!workspaces.has(c.workspaceId)) {
        issues.push({ path: `${at}.workspaceId`, message: `unknown workspace ${show(c.workspaceId)}` });
      }
      if (c.primaryContactId !== undefined && !users.has(c.primaryContactId)) {
        issues.push({ path: `${at}.primaryContactId`, message: `unknown user ${show(c.primaryContactId)}` });
      }
      c.sharedWithUserIds.forEach((u, j) => {
        if (!users.has(u))
          issues.push({ path: `${at}.sharedWithUserIds[${j}]`, message: `unknown user ${show(u)}` });
      });
    });
    if (issues.length > 0) throw new DatasetError(issues, 'Invalid records');

    // Cases first: a record of this batch may point at a case of this batch.
    if (cases.length > 0) {
      await tx.query(`DELETE FROM ${S}.cases WHERE customer_id = $1 AND id = ANY($2::text[])`, [
        customerId,
        cases.map((c) => c.id),
      ]);
      await insertRows(tx, 'cases', customerId, cases, CASE_INSERT);
    }
    if (consumption.length > 0) {
      // The keys whose sums change: those of the records as stored before, and as they are now.
      const { rows: old } = await tx.query<{ e: string; w: string; m: string }>(
        `DELETE FROM ${S}.consumption WHERE customer_id = $1 AND id = ANY($2::text[])
         RETURNING entitlement_id AS e, workspace_id AS w, left(date, 7) AS m`,
        [customerId, consumption.map((r) => r.id)],
      );
      await insertRows(tx, 'consumption', customerId, consumption, CONSUMPTION_INSERT);
      const keys = [
        ...old,
        ...consumption.map((r) => ({ e: r.entitlementId, w: r.workspaceId, m: r.date.slice(0, 7) })),
      ];
      await refreshTotals(tx, customerId, {
        entitlements: keys.map((k) => k.e),
        workspaces: keys.map((k) => k.w),
        months: keys.map((k) => k.m),
      });
    }
    return { consumption: consumption.length, cases: cases.length };
  });
}
