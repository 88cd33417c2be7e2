/**
 * The embedded default adapter (docs/adapters.md): validates a dataset once, indexes it, answers every query in memory
 * and enforces the access rules of docs/domain-rules.md for one viewer.
 */
import {
  additionalCasesOf,
  balanceOf,
  consumptionTimeline,
  CASE_FIELDS,
  CASE_SEARCH_FIELDS,
  canSeeCase,
  CONSUMPTION_FIELDS,
  CONSUMPTION_SEARCH_FIELDS,
  contractView,
  DEFAULT_CASE_SORT,
  DEFAULT_CONSUMPTION_SORT,
  effectiveSort,
  enterpriseSummary,
  foldSearch,
  packageExpiry,
  packageTimelineRange,
  pageQueryProblem,
  permissionsOf,
  RowIndex,
  selectableWorkspaceIds,
  todayOf,
} from '../domain/index.js';
import type { CaseLookups, TimelinePoint } from '../domain/index.js';
import type {
  AdditionalCase,
  Balance,
  ConsumptionRecord,
  Contract,
  ContractView,
  Dataset,
  EnterpriseSummary,
  Entitlement,
  EntitlementView,
  Package,
  PackageView,
  Page,
  Permissions,
  Reason,
  Session,
  SortSpec,
  SupportCase,
  User,
} from '../domain/types.js';
import { packagesQueryProblem } from '../domain/package-progress.js';
import { REASONS } from '../domain/types.js';
import type {
  AdditionalCasesQuery,
  CallOptions,
  ConsumptionQuery,
  CustomerActivityAdapter,
  ListPackagesQuery,
} from './adapter.js';
import { ConsumptionColumns } from './consumption-columns.js';
import { AccessDeniedError, NotFoundError, QueryError, throwIfAborted } from './errors.js';
import { parseDataset } from './schemas.js';

/** Who the memory adapter answers for. */
export interface MemoryAdapterOptions {
  /** The id of the viewing user; must name a user of the dataset. */
  viewerId: string;
  /** The workspace to start on, when the viewer may select it; else the first selectable one. */
  currentWorkspaceId?: string;
}

/** How many (query → sorted rows) results are kept, so that paging never sorts again. */
const RESULT_CACHE_SIZE = 8;
/** How many workspace selections keep their additional cases computed. */
const CASE_SET_CACHE_SIZE = 8;

/**
 * The rows of one entitlement, stored column by column (no object per row: see consumption-columns.ts), with
 * totals per workspace and the viewer's visibility of each row.
 */
interface EntitlementRows {
  columns: ConsumptionColumns;
  /** 1 when the viewer may see the record. */
  visible: Uint8Array;
  /** Sum of quantity per workspace index. */
  quantityByWorkspace: Float64Array;
  /** Sum of hoursDone per workspace index. */
  hoursByWorkspace: Float64Array;
  index?: RowIndex<ConsumptionRecord>;
}

/** A resolved workspace selection S. */
interface Selection {
  ids: ReadonlySet<string>;
  /** Workspace indexes in dataset order. */
  indexes: readonly number[];
  /** `inSelection[i]` for workspace index i. */
  inSelection: readonly boolean[];
  /** A canonical key (dataset order). */
  key: string;
}

/** Additional cases of one selection, indexed. */
interface CaseSet {
  cases: AdditionalCase[];
  visible: boolean[];
  hidden: number;
  index: RowIndex<AdditionalCase>;
}

/** A sorted, filtered query result, kept for paging. */
interface SortedResult {
  positions: Uint32Array;
  hidden: number;
}

/** A tiny least-recently-used map. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make();
      if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value as string);
    } else {
      this.map.delete(key);
    }
    this.map.set(key, value);
    return value;
  }
}

/** Answers asynchronously, after checking the signal both at the call and just before answering. */
async function answer<T>(options: CallOptions | undefined, compute: () => T): Promise<T> {
  const signal = options?.signal;
  throwIfAborted(signal);
  await Promise.resolve();
  throwIfAborted(signal);
  return compute();
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list === undefined) out.set(key, [item]);
    else list.push(item);
  }
  return out;
}

/** The sort to apply, as plain `{ key, direction }` specs (a stable cache key): the query's, or the default. */
function canonicalSort(sort: readonly SortSpec[] | undefined, fallback: readonly SortSpec[]): SortSpec[] {
  return effectiveSort(sort, fallback).map(({ key, direction }) => ({ key, direction }));
}

function copyCase(c: AdditionalCase): AdditionalCase {
  return {
    ...c,
    sharedWithUserIds: [...c.sharedWithUserIds],
    groupIds: [...c.groupIds],
    reasons: [...c.reasons],
  };
}

/**
 * Creates an adapter answering from `dataset` for the user `viewerId`. Validates the dataset once (throws
 * `DatasetError` naming every offending path) and throws an `Error` when `viewerId` names no user.
 */
export function createMemoryAdapter(
  dataset: unknown,
  options: MemoryAdapterOptions,
): CustomerActivityAdapter {
  const data: Dataset = parseDataset(dataset);
  const viewerId = options?.viewerId;
  const viewer: User | undefined = data.users.find((u) => u.id === viewerId);
  if (viewer === undefined) {
    throw new Error(
      `createMemoryAdapter: unknown viewerId ${JSON.stringify(viewerId)}: no user of the dataset has it`,
    );
  }
  return new MemoryAdapter(data, viewer, options.currentWorkspaceId);
}

class MemoryAdapter implements CustomerActivityAdapter {
  private readonly today: string;
  private readonly workspaceIndex = new Map<string, number>();
  private readonly selectable: string[];
  private readonly selectableSet: ReadonlySet<string>;
  private readonly permissions: Permissions;
  private readonly currentWorkspaceId: string | null;
  private readonly contracts = new Map<string, Contract>();
  private readonly packages = new Map<string, Package>();
  private readonly entitlements = new Map<string, Entitlement>();
  private readonly packagesByContract: Map<string, Package[]>;
  private readonly entitlementsByPackage: Map<string, Entitlement[]>;
  private readonly casesByWorkspace: Map<string, SupportCase[]>;
  private readonly caseVisible = new Map<string, boolean>();
  private readonly rowsByEntitlement = new Map<string, EntitlementRows>();
  private readonly results = new Lru<SortedResult>(RESULT_CACHE_SIZE);
  private readonly caseSets = new Lru<CaseSet>(CASE_SET_CACHE_SIZE);

  private readonly data: Dataset;

  constructor(
    parsed: Dataset,
    private readonly viewer: User,
    currentWorkspaceId: string | undefined,
  ) {
    // The consumption rows live in columns (below); the record objects are not kept.
    const data: Dataset = { ...parsed, consumption: [] };
    this.data = data;
    this.today = todayOf(data.asOf);
    data.workspaces.forEach((w, i) => this.workspaceIndex.set(w.id, i));
    this.selectable = selectableWorkspaceIds(viewer, data.workspaces);
    this.selectableSet = new Set(this.selectable);
    this.permissions = permissionsOf(viewer, data.workspaces);
    this.currentWorkspaceId =
      currentWorkspaceId !== undefined && this.selectableSet.has(currentWorkspaceId)
        ? currentWorkspaceId
        : (this.selectable[0] ?? null);

    for (const c of data.contracts) this.contracts.set(c.id, c);
    for (const p of data.packages) this.packages.set(p.id, p);
    for (const e of data.entitlements) this.entitlements.set(e.id, e);
    this.packagesByContract = groupBy(data.packages, (p) => p.contractId);
    this.entitlementsByPackage = groupBy(data.entitlements, (e) => e.packageId);
    this.casesByWorkspace = groupBy(data.cases, (c) => c.workspaceId);
    for (const c of data.cases) this.caseVisible.set(c.id, canSeeCase(viewer, c));

    const workspaceCount = data.workspaces.length;
    const workspaceIds = data.workspaces.map((w) => w.id);
    for (const [entitlementId, records] of groupBy(parsed.consumption, (r) => r.entitlementId)) {
      const columns = new ConsumptionColumns(entitlementId, records, workspaceIds, this.workspaceIndex);
      const rows: EntitlementRows = {
        columns,
        visible: new Uint8Array(records.length),
        quantityByWorkspace: new Float64Array(workspaceCount),
        hoursByWorkspace: new Float64Array(workspaceCount),
      };
      records.forEach((r, i) => {
        const w = columns.workspace[i];
        rows.visible[i] = r.caseId === undefined || this.caseVisible.get(r.caseId) === true ? 1 : 0;
        rows.quantityByWorkspace[w] += r.quantity;
        rows.hoursByWorkspace[w] += r.hoursDone ?? 0;
      });
      this.rowsByEntitlement.set(entitlementId, rows);
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Adapter methods

  getSession(options?: CallOptions): Promise<Session> {
    return answer(options, () => {
      const { data, viewer } = this;
      return {
        asOf: data.asOf,
        customer: { ...data.customer },
        viewer: { id: viewer.id, name: viewer.name },
        currentWorkspaceId: this.currentWorkspaceId,
        workspaces: data.workspaces.filter((w) => this.selectableSet.has(w.id)).map((w) => ({ ...w })),
        permissions: { ...this.permissions },
      };
    });
  }

  listContracts(query: { workspaceIds: string[] }, options?: CallOptions): Promise<ContractView[]> {
    return answer(options, () => {
      const s = this.selection(query);
      return this.data.contracts
        .filter((c) => c.workspaceIds.some((w) => s.ids.has(w)))
        .map((c) => contractView(c, this.today));
    });
  }

  getEnterpriseSummary(
    query: { contractId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EnterpriseSummary> {
    return answer(options, () => {
      const s = this.selection(query);
      const contract = this.contract(query.contractId);
      const balances: Balance[] = [];
      for (const pkg of this.packagesByContract.get(contract.id) ?? []) {
        if (pkg.scope !== 'enterprise') continue;
        for (const e of this.entitlementsByPackage.get(pkg.id) ?? []) balances.push(this.balance(e, pkg, s));
      }
      return enterpriseSummary(contractView(contract, this.today), balances);
    });
  }

  listPackages(query: ListPackagesQuery, options?: CallOptions): Promise<PackageView[]> {
    return answer(options, () => {
      const s = this.selection(query);
      const { scope, status = 'all', packageId } = query;
      const problem = packagesQueryProblem(query);
      if (problem !== undefined) throw new QueryError(problem);
      const contract = this.contract(query.contractId);
      if (packageId !== undefined && !this.packages.has(packageId)) {
        throw new NotFoundError(`Unknown package ${JSON.stringify(packageId)}`);
      }
      return (this.packagesByContract.get(contract.id) ?? [])
        .filter(
          (p) =>
            p.scope === scope &&
            (status === 'all' || p.status === status) &&
            (packageId === undefined || p.id === packageId),
        )
        .map((p) => ({
          ...p,
          ...packageExpiry(p, this.today),
          entitlements: (this.entitlementsByPackage.get(p.id) ?? []).map((e) => this.balance(e, p, s)),
        }));
    });
  }

  getEntitlement(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EntitlementView> {
    return answer(options, () => {
      const s = this.selection(query);
      const { entitlement, pkg, contract } = this.entitlement(query.entitlementId);
      const view: EntitlementView = {
        ...this.balance(entitlement, pkg, s),
        description: entitlement.description,
        package: { ...pkg },
        contract: contractView(contract, this.today),
      };
      if (entitlement.actionUrl !== undefined) view.actionUrl = entitlement.actionUrl;
      return view;
    });
  }

  queryConsumption(query: ConsumptionQuery, options?: CallOptions): Promise<Page<ConsumptionRecord>> {
    return answer(options, () => {
      const s = this.selection(query);
      const problem = pageQueryProblem(query, CONSUMPTION_FIELDS);
      if (problem !== undefined) throw new QueryError(problem);
      const { entitlement } = this.entitlement(query.entitlementId);
      const rows = this.rowsByEntitlement.get(entitlement.id);
      if (rows === undefined) return { rows: [], total: 0, hiddenByPermissions: 0 };
      const sort = canonicalSort(query.sort, DEFAULT_CONSUMPTION_SORT);
      const needle = foldSearch(query.search);
      const key = JSON.stringify(['consumption', entitlement.id, s.key, sort, needle]);
      const result = this.results.get(key, () => {
        const { columns } = rows;
        const index = (rows.index ??= new RowIndex(columns, CONSUMPTION_SEARCH_FIELDS));
        const positions = new Uint32Array(columns.length);
        let count = 0;
        let hidden = 0;
        for (let i = 0; i < columns.length; i++) {
          if (!s.inSelection[columns.workspace[i]]) continue;
          if (rows.visible[i] === 0) hidden++;
          else if (index.matches(i, needle)) positions[count++] = i;
        }
        return { positions: index.sort(positions.slice(0, count), sort), hidden };
      });
      const { offset, limit } = query;
      return {
        rows: Array.from(result.positions.subarray(offset, offset + limit), (i) => rows.columns.rowAt(i)),
        total: result.positions.length,
        hiddenByPermissions: result.hidden,
      };
    });
  }

  queryAdditionalCases(query: AdditionalCasesQuery, options?: CallOptions): Promise<Page<AdditionalCase>> {
    return answer(options, () => {
      const s = this.selection(query);
      const problem = pageQueryProblem(query, CASE_FIELDS);
      if (problem !== undefined) throw new QueryError(problem);
      const reasons = this.reasonsFilter(query.reasons);
      const set = this.caseSets.get(s.key, () => this.caseSet(s));
      const sort = canonicalSort(query.sort, DEFAULT_CASE_SORT);
      const needle = foldSearch(query.search);
      const key = JSON.stringify([
        'cases',
        s.key,
        sort,
        needle,
        reasons === null ? null : REASONS.filter((r) => reasons.has(r)),
      ]);
      const result = this.results.get(key, () => {
        const positions: number[] = [];
        for (let i = 0; i < set.cases.length; i++) {
          if (!set.visible[i]) continue;
          if (reasons !== null && !set.cases[i].reasons.some((r) => reasons.has(r))) continue;
          if (set.index.matches(i, needle)) positions.push(i);
        }
        return { positions: set.index.sort(Uint32Array.from(positions), sort), hidden: set.hidden };
      });
      const { offset, limit } = query;
      return {
        rows: Array.from(result.positions.subarray(offset, offset + limit), (i) => copyCase(set.cases[i])),
        total: result.positions.length,
        hiddenByPermissions: result.hidden,
      };
    });
  }

  getConsumptionTimeline(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<TimelinePoint[]> {
    return answer(options, () => {
      const s = this.selection(query);
      const { entitlement, pkg } = this.entitlement(query.entitlementId);
      const range = packageTimelineRange(pkg, this.today);
      if (range === null) return [];
      const rows = this.rowsByEntitlement.get(entitlement.id);
      // Every record of the entitlement, each marked in or out of the selection: the domain folds the selection's
      // figures and every workspace's (`consumedTotal` / `cumulativeTotal`) from the same pass.
      const records: { date: string; quantity: number; selected: boolean }[] = [];
      if (rows !== undefined) {
        const { columns } = rows;
        for (let i = 0; i < columns.length; i++) {
          records.push({
            date: columns.dateAt(i),
            quantity: columns.quantity[i],
            selected: s.inSelection[columns.workspace[i]] === true,
          });
        }
      }
      return consumptionTimeline(records, range.from, range.to, (r) => r.selected);
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Resolves the workspace selection S of a query: the viewer must see some workspace (else AccessDeniedError),
   * the list must not be empty (QueryError) and may name only selectable workspaces (AccessDeniedError).
   */
  private selection(query: { workspaceIds?: unknown } | undefined): Selection {
    if (!this.permissions.viewPage) throw new AccessDeniedError('This viewer may see no workspace');
    const ids: unknown = query?.workspaceIds;
    if (!Array.isArray(ids) || ids.length === 0) {
      throw new QueryError('workspaceIds must name at least one workspace');
    }
    const set = new Set<string>();
    for (const id of ids as unknown[]) {
      if (typeof id !== 'string' || !this.selectableSet.has(id)) {
        throw new AccessDeniedError(`This viewer may not see workspace ${JSON.stringify(id)}`);
      }
      set.add(id);
    }
    const inSelection = this.data.workspaces.map((w) => set.has(w.id));
    const indexes: number[] = [];
    inSelection.forEach((selected, i) => {
      if (selected) indexes.push(i);
    });
    return { ids: set, indexes, inSelection, key: indexes.join(',') };
  }

  /** A contract by id: NotFoundError when unknown, AccessDeniedError when mapped to no selectable workspace. */
  private contract(contractId: unknown): Contract {
    if (typeof contractId !== 'string') throw new QueryError('contractId must be a string');
    const contract = this.contracts.get(contractId);
    if (contract === undefined) throw new NotFoundError(`Unknown contract ${JSON.stringify(contractId)}`);
    if (!contract.workspaceIds.some((w) => this.selectableSet.has(w))) {
      throw new AccessDeniedError(`This viewer may not see contract ${JSON.stringify(contractId)}`);
    }
    return contract;
  }

  /** An entitlement with its package and contract; errors as for `contract`. */
  private entitlement(entitlementId: unknown): {
    entitlement: Entitlement;
    pkg: Package;
    contract: Contract;
  } {
    if (typeof entitlementId !== 'string') throw new QueryError('entitlementId must be a string');
    const entitlement = this.entitlements.get(entitlementId);
    if (entitlement === undefined) {
      throw new NotFoundError(`Unknown entitlement ${JSON.stringify(entitlementId)}`);
    }
    const pkg = this.packages.get(entitlement.packageId);
    if (pkg === undefined) {
      throw new NotFoundError(`Unknown package ${JSON.stringify(entitlement.packageId)}`);
    }
    return { entitlement, pkg, contract: this.contract(pkg.contractId) };
  }

  /**
   * The balance of an entitlement of package `pkg` for S, from the per-workspace totals: O(workspaces), summed in
   * dataset order, with its forecast over the package's term.
   */
  private balance(entitlement: Entitlement, pkg: Package, s: Selection): Balance {
    const rows = this.rowsByEntitlement.get(entitlement.id);
    let consumed = 0;
    let consumedTotal = 0;
    let hoursDone = 0;
    if (rows !== undefined) {
      const { quantityByWorkspace: q, hoursByWorkspace: h } = rows;
      for (let w = 0; w < q.length; w++) {
        consumedTotal += q[w];
        if (s.inSelection[w]) {
          consumed += q[w];
          hoursDone += h[w];
        }
      }
    }
    return balanceOf(entitlement, { consumed, consumedTotal, hoursDone }, pkg, this.today);
  }

  /** The additional cases of S with the viewer's visibility of each. */
  private caseSet(s: Selection): CaseSet {
    const lookups: CaseLookups = {
      contracts: this.contracts,
      packages: this.packages,
      entitlements: this.entitlements,
    };
    const inS: SupportCase[] = [];
    for (const i of s.indexes) {
      for (const c of this.casesByWorkspace.get(this.data.workspaces[i].id) ?? []) inS.push(c);
    }
    const cases = additionalCasesOf(inS, s.ids, lookups, this.today);
    const visible = cases.map((c) => this.caseVisible.get(c.id) === true);
    const hidden = visible.reduce((n, v) => (v ? n : n + 1), 0);
    return { cases, visible, hidden, index: new RowIndex(cases, CASE_SEARCH_FIELDS) };
  }

  /** The reasons filter of a query: null for none (absent or empty), else the set; QueryError on unknown ones. */
  private reasonsFilter(reasons: unknown): ReadonlySet<Reason> | null {
    if (reasons === undefined) return null;
    if (!Array.isArray(reasons)) throw new QueryError('reasons must be a list of reasons');
    for (const r of reasons as unknown[]) {
      if (!(REASONS as readonly unknown[]).includes(r)) {
        throw new QueryError(`Unknown reason ${JSON.stringify(r)}; expected one of ${REASONS.join(', ')}`);
      }
    }
    return reasons.length === 0 ? null : new Set(reasons as Reason[]);
  }
}
