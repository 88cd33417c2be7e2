/**
 * `createPostgresAdapter`: the whole adapter contract (docs/adapters.md) answered in SQL — the same answers, errors
 * and order as `createMemoryAdapter` on the same dataset, without ever holding a customer's rows in memory.
 *
 * Each call is one read-only transaction (one snapshot: an import committing meanwhile is seen whole or not at
 * all) with a statement timeout. Balances come from `consumption_totals` and go through the domain's `balanceOf`;
 * access rules, additional-case reasons, search, sort and paging are SQL predicates and ORDER BYs; the domain's
 * pure functions shape the few small answers (contract status, package expiry, summary groups, timeline months).
 */
import type {
  AdditionalCasesQuery,
  CallOptions,
  ConsumptionQuery,
  CustomerActivityAdapter,
  ListPackagesQuery,
} from '../data/adapter.js';
import { abortError, AccessDeniedError, NotFoundError, QueryError, throwIfAborted } from '../data/errors.js';
import { balanceOf } from '../domain/balances.js';
import {
  CASE_FIELDS,
  CONSUMPTION_FIELDS,
  DEFAULT_CASE_SORT,
  DEFAULT_CONSUMPTION_SORT,
  effectiveSort,
  pageQueryProblem,
} from '../domain/query.js';
import { contractView, packageExpiry } from '../domain/status.js';
import { enterpriseSummary } from '../domain/summary.js';
import { consumptionTimeline, packageTimelineRange, type TimelinePoint } from '../domain/timeline.js';
import { todayOf } from '../domain/dates.js';
import type {
  AdditionalCase,
  Balance,
  ConsumptionRecord,
  Contract,
  ContractView,
  EnterpriseSummary,
  Entitlement,
  EntitlementView,
  IsoDate,
  Package,
  PackageView,
  Page,
  Permissions,
  Reason,
  Session,
  SortSpec,
} from '../domain/types.js';
import { packagesQueryProblem } from '../domain/package-progress.js';
import { REASONS } from '../domain/types.js';
import { asQueryable, type Database, type Query, type Queryable } from './queryable.js';
import {
  additionalCaseOf,
  CASE_COLUMNS,
  CASE_SELECT,
  CONSUMPTION_COLUMNS,
  CONSUMPTION_SELECT,
  orderBy,
  recordOf,
  searchPredicate,
  type CaseRow,
  type ConsumptionRow,
} from './rows.js';
import { SCHEMA as S } from './schema.js';

/** Options of {@link createPostgresAdapter}. */
export interface PostgresAdapterOptions {
  /** A node-postgres `Pool` or `Client`, or what `openEmbeddedDatabase` returns; migrated (`migrate`). */
  db: Database;
  /** The customer whose data this adapter answers from (`dataset.customer.id` of its import). */
  customerId: string;
  /** The id of the viewing user; must name a user of that customer (else every call is refused). */
  viewerId: string;
  /** The workspace to start on, when the viewer may select it; else the first selectable one. */
  currentWorkspaceId?: string;
  /** Longest a statement may run before the call fails with `DataSourceUnavailableError` (default 10 000 ms). */
  statementTimeoutMs?: number;
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
/** Up to this many matches, a searched page sorts the matches rather than walking an ordered index. */
const FEW_MATCHES = 20_000;

/** Parameters of one statement: `p.add(value)` appends it and returns its placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Who is asking, read at the start of every call (so a new import is seen by the next call). */
interface Viewer {
  id: string;
  name: string;
  asOf: string;
  today: IsoDate;
  customer: { id: string; name: string };
  admin: boolean;
  viewAll: boolean;
  adminOf: string[];
  groupIds: string[];
  /** Selectable workspace ids, in dataset order. */
  selectable: string[];
  permissions: Permissions;
}

interface ViewerRow {
  as_of: string;
  customer_name: string;
  user_id: string | null;
  user_name: string | null;
  admin: boolean | null;
  view_all: boolean | null;
  learning_manager: boolean | null;
  admin_of: string[] | null;
  group_ids: string[] | null;
  selectable: string[] | null;
}

interface EntitlementRow {
  id: string;
  package_id: string;
  kind: Entitlement['kind'];
  name: string;
  description: string;
  category: Entitlement['category'];
  unit: Entitlement['unit'];
  purchased: number | null;
  action_url: string | null;
  package_start: string;
  package_end: string;
  consumed: number;
  consumed_total: number;
  hours_done: number;
}

interface ContractRow {
  id: string;
  number: string;
  name: string;
  start_date: string;
  end_date: string;
  workspace_ids: string[];
}

interface PackageRow {
  id: string;
  contract_id: string;
  name: string;
  scope: Package['scope'];
  start_date: string;
  end_date: string;
  status: Package['status'];
}

function contractOf(row: ContractRow): Contract {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    workspaceIds: [...row.workspace_ids],
  };
}

function packageOf(row: PackageRow): Package {
  return {
    id: row.id,
    contractId: row.contract_id,
    name: row.name,
    scope: row.scope,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
  };
}

function entitlementOf(row: EntitlementRow): Entitlement {
  const e: Entitlement = {
    id: row.id,
    packageId: row.package_id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    category: row.category,
    unit: row.unit,
    purchased: row.purchased === null ? null : Number(row.purchased),
  };
  if (row.action_url !== null) e.actionUrl = row.action_url;
  return e;
}

/**
 * The balance of an entitlement row: totals summed in SQL from `consumption_totals`, the rest by the domain's
 * `balanceOf`. The row carries its package's start and end dates, and `today` is at hand, for rules on the term.
 */
function balanceOfRow(row: EntitlementRow, today: IsoDate): Balance {
  return balanceOf(
    entitlementOf(row),
    {
      consumed: Number(row.consumed),
      consumedTotal: Number(row.consumed_total),
      hoursDone: Number(row.hours_done),
    },
    { startDate: row.package_start, endDate: row.package_end },
    today,
  );
}

/** The SELECT list and joins of entitlements with their package's term and their sums for the selection `s`. */
function entitlementSql(p: Params, customer: string, s: string): string {
  return `SELECT e.id, e.package_id, e.kind, e.name, e.description, e.category, e.unit, e.purchased, e.action_url,
      pk.start_date AS package_start, pk.end_date AS package_end,
      coalesce(t.consumed, 0) AS consumed, coalesce(t.consumed_total, 0) AS consumed_total,
      coalesce(t.hours_done, 0) AS hours_done
    FROM ${S}.entitlements e
    JOIN ${S}.packages pk ON pk.customer_id = e.customer_id AND pk.id = e.package_id
    LEFT JOIN LATERAL (
      SELECT sum(quantity) FILTER (WHERE workspace_id = ANY(${s})) AS consumed,
             sum(quantity) AS consumed_total,
             sum(hours_done) FILTER (WHERE workspace_id = ANY(${s})) AS hours_done
        FROM ${S}.consumption_totals
       WHERE customer_id = ${customer} AND entitlement_id = e.id
    ) t ON true
    WHERE e.customer_id = ${customer}`;
  void p;
}

/** Whether a viewer may see a support case (alias `c`): SQL of the rule in docs/domain-rules.md. */
function caseVisibleSql(v: Viewer, p: Params, c: string): string {
  if (v.admin || v.viewAll) return 'TRUE';
  // coalesce: a missing primary contact compares as NULL, and NOT NULL would count nothing.
  return `coalesce(${c}.workspace_id = ANY(${p.add(v.adminOf)}::text[])
    OR ${c}.primary_contact_id = ${p.add(v.id)}
    OR ${p.add(v.id)} = ANY(${c}.shared_with_user_ids)
    OR ${c}.group_ids && ${p.add(v.groupIds)}::text[], false)`;
}

/** Whether a viewer may see a consumption row (alias `r`): no case, or a case they may see (fail closed). */
function rowVisibleSql(v: Viewer, p: Params, customer: string, r: string): string {
  if (v.admin || v.viewAll) return 'TRUE';
  return `(${r}.case_id IS NULL OR EXISTS (SELECT 1 FROM ${S}.cases c
    WHERE c.customer_id = ${customer} AND c.id = ${r}.case_id AND ${caseVisibleSql(v, p, 'c')}))`;
}

/** Rejects as soon as the signal aborts, with the memory adapter's abort error. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Creates an adapter answering in SQL for the user `viewerId` of the customer `customerId`, with the same answers,
 * errors and order as `createMemoryAdapter` over that customer's dataset. `db` must be migrated (`migrate`) and the
 * customer imported (`importDataset`). Creating it runs no statement; each call reads the viewer afresh, and an
 * unknown customer or viewer makes every call reject with `AccessDeniedError`. A database that is unreachable or
 * goes away mid-call makes the call reject with `DataSourceUnavailableError` (the request handler answers 503).
 */
export function createPostgresAdapter(options: PostgresAdapterOptions): CustomerActivityAdapter {
  const { customerId, viewerId } = options ?? ({} as PostgresAdapterOptions);
  if (typeof customerId !== 'string' || customerId === '') {
    throw new TypeError('createPostgresAdapter: customerId must be a non-empty string');
  }
  if (typeof viewerId !== 'string' || viewerId === '') {
    throw new TypeError('createPostgresAdapter: viewerId must be a non-empty string');
  }
  const timeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  if (!Number.isInteger(timeout) || timeout < 1) {
    throw new TypeError('createPostgresAdapter: statementTimeoutMs must be a positive integer');
  }
  return new PostgresAdapter(
    asQueryable(options.db),
    customerId,
    viewerId,
    options.currentWorkspaceId,
    timeout,
  );
}

class PostgresAdapter implements CustomerActivityAdapter {
  constructor(
    private readonly db: Queryable,
    private readonly customerId: string,
    private readonly viewerId: string,
    private readonly currentWorkspace: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  // -------------------------------------------------------------------------------------------------------
  // Adapter methods

  getSession(options?: CallOptions): Promise<Session> {
    return this.call(options, async (tx, v) => {
      const p = new Params();
      const { rows } = await tx.query<{ id: string; name: string }>(
        `SELECT id, name FROM ${S}.workspaces WHERE customer_id = ${p.add(this.customerId)}
            AND id = ANY(${p.add(v.selectable)}::text[]) ORDER BY ord`,
        p.values,
      );
      const current =
        this.currentWorkspace !== undefined && v.selectable.includes(this.currentWorkspace)
          ? this.currentWorkspace
          : (v.selectable[0] ?? null);
      return {
        asOf: v.asOf,
        customer: { ...v.customer },
        viewer: { id: v.id, name: v.name },
        currentWorkspaceId: current,
        workspaces: rows.map((w) => ({ id: w.id, name: w.name })),
        permissions: { ...v.permissions },
      };
    });
  }

  listContracts(query: { workspaceIds: string[] }, options?: CallOptions): Promise<ContractView[]> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const p = new Params();
      const { rows } = await tx.query<ContractRow>(
        `SELECT id, number, name, start_date, end_date, workspace_ids FROM ${S}.contracts
          WHERE customer_id = ${p.add(this.customerId)} AND workspace_ids && ${p.add(s)}::text[] ORDER BY ord`,
        p.values,
      );
      return rows.map((r) => contractView(contractOf(r), v.today));
    });
  }

  getEnterpriseSummary(
    query: { contractId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EnterpriseSummary> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const contract = await this.contract(tx, v, query.contractId);
      const p = new Params();
      const customer = p.add(this.customerId);
      const sel = `${p.add(s)}::text[]`;
      const { rows } = await tx.query<EntitlementRow>(
        `${entitlementSql(p, customer, sel)} AND pk.contract_id = ${p.add(contract.id)} AND pk.scope = 'enterprise'
          ORDER BY pk.ord, e.ord`,
        p.values,
      );
      return enterpriseSummary(
        contractView(contract, v.today),
        rows.map((r) => balanceOfRow(r, v.today)),
      );
    });
  }

  listPackages(query: ListPackagesQuery, options?: CallOptions): Promise<PackageView[]> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const { scope, status = 'all', packageId } = query;
      const problem = packagesQueryProblem(query);
      if (problem !== undefined) throw new QueryError(problem);
      const contract = await this.contract(tx, v, query.contractId);
      if (packageId !== undefined) {
        const found = await tx.query(`SELECT 1 FROM ${S}.packages WHERE customer_id = $1 AND id = $2`, [
          this.customerId,
          packageId,
        ]);
        if (found.rows.length === 0) throw new NotFoundError(`Unknown package ${JSON.stringify(packageId)}`);
      }
      const p = new Params();
      const customer = p.add(this.customerId);
      let where = `customer_id = ${customer} AND contract_id = ${p.add(contract.id)} AND scope = ${p.add(scope)}`;
      if (status !== 'all') where += ` AND status = ${p.add(status)}`;
      if (packageId !== undefined) where += ` AND id = ${p.add(packageId)}`;
      const packages = await tx.query<PackageRow>(
        `SELECT id, contract_id, name, scope, start_date, end_date, status FROM ${S}.packages
          WHERE ${where} ORDER BY ord`,
        p.values,
      );
      if (packages.rows.length === 0) return [];
      const q = new Params();
      const c2 = q.add(this.customerId);
      const sel = `${q.add(s)}::text[]`;
      const balances = await tx.query<EntitlementRow>(
        `${entitlementSql(q, c2, sel)} AND e.package_id = ANY(${q.add(packages.rows.map((r) => r.id))}::text[])
          ORDER BY e.ord`,
        q.values,
      );
      const byPackage = new Map<string, Balance[]>();
      for (const row of balances.rows) {
        const list = byPackage.get(row.package_id) ?? [];
        list.push(balanceOfRow(row, v.today));
        byPackage.set(row.package_id, list);
      }
      return packages.rows.map((row) => {
        const pkg = packageOf(row);
        return { ...pkg, ...packageExpiry(pkg, v.today), entitlements: byPackage.get(pkg.id) ?? [] };
      });
    });
  }

  getEntitlement(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EntitlementView> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const { row, pkg, contract } = await this.entitlement(tx, v, query.entitlementId, s);
      const entitlement = entitlementOf(row);
      const view: EntitlementView = {
        ...balanceOfRow(row, v.today),
        description: entitlement.description,
        package: pkg,
        contract: contractView(contract, v.today),
      };
      if (entitlement.actionUrl !== undefined) view.actionUrl = entitlement.actionUrl;
      return view;
    });
  }

  queryConsumption(query: ConsumptionQuery, options?: CallOptions): Promise<Page<ConsumptionRecord>> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const problem = pageQueryProblem(query, CONSUMPTION_FIELDS);
      if (problem !== undefined) throw new QueryError(problem);
      const { row } = await this.entitlement(tx, v, query.entitlementId, s);
      const sort = effectiveSort(query.sort, DEFAULT_CONSUMPTION_SORT) as readonly SortSpec[];

      const p = new Params();
      const customer = p.add(this.customerId);
      const inS = `r.customer_id = ${customer} AND r.entitlement_id = ${p.add(row.id)}
        AND r.workspace_id = ANY(${p.add(s)}::text[])`;
      const visible = rowVisibleSql(v, p, customer, 'r');
      const match = searchPredicate('r', query.search, p.values);
      const base = p.values.length;

      // Rows the viewer may not see are those pointing at a case (an index holds just those).
      const counts = await tx.query<{ hidden: string; total: string | null }>(
        `SELECT
           (SELECT count(*) FROM ${S}.consumption r WHERE ${inS} AND r.case_id IS NOT NULL AND NOT ${visible})
             AS hidden,
           ${
             match === null
               ? `(SELECT sum(row_count) FROM ${S}.consumption_totals t WHERE t.customer_id = ${customer}
                    AND t.entitlement_id = $2 AND t.workspace_id = ANY($3::text[]))`
               : `(SELECT count(*) FROM ${S}.consumption r WHERE ${inS} AND ${visible} AND ${match})`
           } AS total`,
        p.values,
      );
      const hidden = Number(counts.rows[0]?.hidden ?? 0);
      const total = Number(counts.rows[0]?.total ?? 0) - (match === null ? hidden : 0);
      p.values.length = base;
      if (query.offset >= total) return { rows: [], total, hiddenByPermissions: hidden };
      const order = orderBy('r', sort, CONSUMPTION_COLUMNS);
      const window = `LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}`;
      // A search matching few rows: take the matches (trigram index) first and sort only those, instead of
      // walking the ordered index past every row that does not match.
      const few = match !== null && total <= FEW_MATCHES;
      const rows = await tx.query<ConsumptionRow>(
        few
          ? `WITH r AS MATERIALIZED (SELECT * FROM ${S}.consumption r WHERE ${inS} AND ${match})
             SELECT ${CONSUMPTION_SELECT} FROM r WHERE ${visible} ORDER BY ${order} ${window}`
          : `SELECT ${CONSUMPTION_SELECT} FROM ${S}.consumption r
              WHERE ${inS} AND ${visible}${match === null ? '' : ` AND ${match}`}
              ORDER BY ${order} ${window}`,
        p.values,
      );
      return { rows: rows.rows.map(recordOf), total, hiddenByPermissions: hidden };
    });
  }

  queryAdditionalCases(query: AdditionalCasesQuery, options?: CallOptions): Promise<Page<AdditionalCase>> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const problem = pageQueryProblem(query, CASE_FIELDS);
      if (problem !== undefined) throw new QueryError(problem);
      const reasons = reasonsFilter(query.reasons);
      const sort = effectiveSort(query.sort, DEFAULT_CASE_SORT) as readonly SortSpec[];

      const p = new Params();
      const customer = p.add(this.customerId);
      const sel = `${p.add(s)}::text[]`;
      const today = `${p.add(v.today)}::text COLLATE "C"`;
      const additional = `WITH a AS (
        SELECT c.*, ${caseVisibleSql(v, p, 'c')} AS visible, array_remove(ARRAY[
            CASE WHEN ct.id IS NOT NULL AND NOT (left(ct.start_date, 10) COLLATE "C" > ${today})
                  AND left(ct.end_date, 10) COLLATE "C" < ${today} THEN 'expired-contract' END,
            CASE WHEN ct.id IS NOT NULL AND NOT (ct.workspace_ids && ${sel}) THEN 'unmapped-contract' END,
            CASE WHEN ct.id IS NULL THEN 'missing-contract'
                 WHEN pk.id IS NULL OR pk.contract_id <> ct.id THEN 'missing-package'
                 WHEN en.id IS NULL OR en.package_id <> pk.id THEN 'missing-service' END,
            CASE WHEN c.classification IN ('SU', 'DSA', 'X85', 'REC') THEN 'classified' END
          ], NULL) AS reasons
          FROM ${S}.cases c
          LEFT JOIN ${S}.contracts ct ON ct.customer_id = c.customer_id AND ct.id = c.contract_id
          LEFT JOIN ${S}.packages pk ON pk.customer_id = c.customer_id AND pk.id = c.package_id
          LEFT JOIN ${S}.entitlements en ON en.customer_id = c.customer_id AND en.id = c.entitlement_id
         WHERE c.customer_id = ${customer} AND c.workspace_id = ANY(${sel})
      ), ac AS (SELECT * FROM a WHERE cardinality(reasons) > 0)`;
      const filters = ['visible'];
      if (reasons !== null) filters.push(`reasons && ${p.add(reasons)}::text[]`);
      const match = searchPredicate('ac', query.search, p.values);
      if (match !== null) filters.push(match);
      const where = filters.join(' AND ');
      const counts = await tx.query<{ hidden: string; total: string }>(
        `${additional} SELECT count(*) FILTER (WHERE NOT visible) AS hidden,
           count(*) FILTER (WHERE ${where}) AS total FROM ac`,
        p.values,
      );
      const rows = await tx.query<CaseRow>(
        `${additional} SELECT ${CASE_SELECT}, reasons FROM ac WHERE ${where}
          ORDER BY ${orderBy('ac', sort, CASE_COLUMNS)}
          LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}`,
        p.values,
      );
      return {
        rows: rows.rows.map(additionalCaseOf),
        total: Number(counts.rows[0]?.total ?? 0),
        hiddenByPermissions: Number(counts.rows[0]?.hidden ?? 0),
      };
    });
  }

  getConsumptionTimeline(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<TimelinePoint[]> {
    return this.call(options, async (tx, v) => {
      const s = this.selection(v, query);
      const { pkg, row } = await this.entitlement(tx, v, query.entitlementId, s);
      const range = packageTimelineRange(pkg, v.today);
      if (range === null) return [];
      // Monthly sums per workspace from the aggregates: the domain folds them into the selection's figures and
      // every workspace's (`consumedTotal` / `cumulativeTotal`), as it folds records in the memory adapter.
      const { rows } = await tx.query<{ month: string; workspace_id: string; quantity: number }>(
        `SELECT month, workspace_id, quantity
           FROM ${S}.consumption_totals WHERE customer_id = $1 AND entitlement_id = $2
          ORDER BY month COLLATE "C", workspace_id COLLATE "C"`,
        [this.customerId, row.id],
      );
      const selected = new Set(s);
      const months = rows.map((r) => ({
        date: `${r.month}-01`,
        quantity: Number(r.quantity),
        workspaceId: r.workspace_id,
      }));
      return consumptionTimeline(months, range.from, range.to, (m) => selected.has(m.workspaceId));
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Helpers

  /** Runs one call: a read-only transaction with a statement timeout, the viewer read first; honours the signal. */
  private async call<T>(
    options: CallOptions | undefined,
    fn: (tx: Query, viewer: Viewer) => Promise<T>,
  ): Promise<T> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const work = this.db.transaction(
      async (tx) => {
        await tx.query(`SET LOCAL statement_timeout = ${this.timeoutMs}`);
        const viewer = await this.viewer(tx);
        throwIfAborted(signal);
        const value = await fn(tx, viewer);
        throwIfAborted(signal);
        return value;
      },
      { readOnly: true },
    );
    return raceAbort(work, signal);
  }

  /** The viewer, their selectable workspaces and permissions, from the stored customer (SQL of the access rules). */
  private async viewer(tx: Query): Promise<Viewer> {
    const { rows } = await tx.query<ViewerRow>(
      `SELECT cu.as_of, cu.name AS customer_name, u.id AS user_id, u.name AS user_name,
          'customer-admin' = ANY(u.roles) AS admin,
          'view-all-support-requests' = ANY(u.roles) AS view_all,
          'learning-manager' = ANY(u.roles) AS learning_manager,
          u.admin_of_workspace_ids AS admin_of, u.group_ids,
          ARRAY(SELECT w.id FROM ${S}.workspaces w WHERE w.customer_id = cu.customer_id
                   AND ('customer-admin' = ANY(u.roles) OR w.id = ANY(u.admin_of_workspace_ids)
                        OR ('customer-activity' = ANY(u.roles) AND w.id = ANY(u.workspace_ids)))
                 ORDER BY w.ord) AS selectable
         FROM ${S}.customers cu
         LEFT JOIN ${S}.users u ON u.customer_id = cu.customer_id AND u.id = $2
        WHERE cu.customer_id = $1`,
      [this.customerId, this.viewerId],
    );
    const row = rows[0];
    if (row === undefined) {
      throw new AccessDeniedError(`No customer ${JSON.stringify(this.customerId)} is stored`);
    }
    if (row.user_id === null || row.user_name === null) {
      throw new AccessDeniedError(`No user ${JSON.stringify(this.viewerId)} in this customer`);
    }
    const admin = row.admin === true;
    const viewAll = row.view_all === true;
    const adminOf = row.admin_of ?? [];
    const selectable = row.selectable ?? [];
    return {
      id: row.user_id,
      name: row.user_name,
      asOf: row.as_of,
      today: todayOf(row.as_of),
      customer: { id: this.customerId, name: row.customer_name },
      admin,
      viewAll,
      adminOf,
      groupIds: row.group_ids ?? [],
      selectable,
      permissions: {
        viewPage: selectable.length > 0,
        exportEducation: admin || row.learning_manager === true || adminOf.length > 0,
        viewAllCases: admin || viewAll,
      },
    };
  }

  /**
   * The workspace selection S of a query, checked exactly as the memory adapter checks it: the viewer must see
   * some workspace (else AccessDeniedError), the list must not be empty (QueryError) and may name only selectable
   * workspaces (AccessDeniedError). Returns the ids, each once.
   */
  private selection(v: Viewer, query: { workspaceIds?: unknown } | undefined): string[] {
    if (!v.permissions.viewPage) throw new AccessDeniedError('This viewer may see no workspace');
    const ids: unknown = query?.workspaceIds;
    if (!Array.isArray(ids) || ids.length === 0) {
      throw new QueryError('workspaceIds must name at least one workspace');
    }
    const set = new Set<string>();
    for (const id of ids as unknown[]) {
      if (typeof id !== 'string' || !v.selectable.includes(id)) {
        throw new AccessDeniedError(`This viewer may not see workspace ${JSON.stringify(id)}`);
      }
      set.add(id);
    }
    return [...set];
  }

  /** A contract by id: NotFoundError when unknown, AccessDeniedError when mapped to no selectable workspace. */
  private async contract(tx: Query, v: Viewer, contractId: unknown): Promise<Contract> {
    if (typeof contractId !== 'string') throw new QueryError('contractId must be a string');
    const { rows } = await tx.query<ContractRow & { mine: boolean }>(
      `SELECT id, number, name, start_date, end_date, workspace_ids, workspace_ids && $3::text[] AS mine
         FROM ${S}.contracts WHERE customer_id = $1 AND id = $2`,
      [this.customerId, contractId, v.selectable],
    );
    const row = rows[0];
    if (row === undefined) throw new NotFoundError(`Unknown contract ${JSON.stringify(contractId)}`);
    if (!row.mine)
      throw new AccessDeniedError(`This viewer may not see contract ${JSON.stringify(contractId)}`);
    return contractOf(row);
  }

  /** An entitlement with its balance for S, its package and its contract; errors as for `contract`. */
  private async entitlement(
    tx: Query,
    v: Viewer,
    entitlementId: unknown,
    s: string[],
  ): Promise<{ row: EntitlementRow; pkg: Package; contract: Contract }> {
    if (typeof entitlementId !== 'string') throw new QueryError('entitlementId must be a string');
    const p = new Params();
    const customer = p.add(this.customerId);
    const sel = `${p.add(s)}::text[]`;
    const { rows } = await tx.query<EntitlementRow & PackageRow & { pk_name: string; pk_id: string }>(
      `SELECT x.*, pk.id AS pk_id, pk.contract_id, pk.name AS pk_name, pk.scope, pk.start_date, pk.end_date, pk.status
         FROM (${entitlementSql(p, customer, sel)} AND e.id = ${p.add(entitlementId)}) x
         JOIN ${S}.packages pk ON pk.customer_id = ${customer} AND pk.id = x.package_id`,
      p.values,
    );
    const row = rows[0];
    if (row === undefined) {
      // Unknown entitlement (an entitlement's package always resolves: imports are validated).
      throw new NotFoundError(`Unknown entitlement ${JSON.stringify(entitlementId)}`);
    }
    const pkg = packageOf({ ...row, id: row.pk_id, name: row.pk_name });
    const contract = await this.contract(tx, v, pkg.contractId);
    return { row, pkg, contract };
  }
}

/** The reasons filter of a query: null for none (absent or empty), else the list; QueryError on unknown ones. */
function reasonsFilter(reasons: unknown): Reason[] | null {
  if (reasons === undefined) return null;
  if (!Array.isArray(reasons)) throw new QueryError('reasons must be a list of reasons');
  for (const r of reasons as unknown[]) {
    if (!(REASONS as readonly unknown[]).includes(r)) {
      throw new QueryError(`Unknown reason ${JSON.stringify(r)}; expected one of ${REASONS.join(', ')}`);
    }
  }
  return reasons.length === 0 ? null : [...new Set(reasons as Reason[])];
}
