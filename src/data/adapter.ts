import type {
  AdditionalCase,
  ConsumptionRecord,
  ContractView,
  EnterpriseSummary,
  EntitlementView,
  PackageScope,
  PackageStatusFilter,
  PackageView,
  Page,
  PageQuery,
  Reason,
  Session,
} from '../domain/types.js';
import type { TimelinePoint } from '../domain/timeline.js';

/** Every adapter method takes these options last, and honours the signal. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Sortable keys of a consumption row. */
export type ConsumptionSortKey = Extract<keyof ConsumptionRecord, string>;
/** Sortable keys of an additional case row. */
export type CaseSortKey = Extract<keyof AdditionalCase, string>;

export interface ConsumptionQuery extends PageQuery<ConsumptionSortKey> {
  entitlementId: string;
  workspaceIds: string[];
}

export interface AdditionalCasesQuery extends PageQuery<CaseSortKey> {
  workspaceIds: string[];
  /** Keep only cases having at least one of these reasons. */
  reasons?: Reason[];
}

export interface ListPackagesQuery {
  contractId: string;
  scope: PackageScope;
  /** Default `all`. */
  status?: PackageStatusFilter;
  packageId?: string;
  workspaceIds: string[];
}

/**
 * What every element reads its data through (docs/adapters.md). The memory adapter answers it from an in-memory dataset,
 * the HTTP adapter from a server; a host portal may implement it over its own backend.
 */
export interface CustomerActivityAdapter {
  getSession(options?: CallOptions): Promise<Session>;
  listContracts(query: { workspaceIds: string[] }, options?: CallOptions): Promise<ContractView[]>;
  getEnterpriseSummary(
    query: { contractId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EnterpriseSummary>;
  listPackages(query: ListPackagesQuery, options?: CallOptions): Promise<PackageView[]>;
  getEntitlement(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EntitlementView>;
  queryConsumption(query: ConsumptionQuery, options?: CallOptions): Promise<Page<ConsumptionRecord>>;
  queryAdditionalCases(query: AdditionalCasesQuery, options?: CallOptions): Promise<Page<AdditionalCase>>;
  /**
   * **Optional.** The monthly consumption of an entitlement, for the chart of `<entitlement-detail>`: one point
   * per month from the month of its package's start date to the month of the package's end date or today,
   * whichever comes first (`packageTimelineRange`), as `consumptionTimeline` folds them. `consumed` and
   * `cumulative` count every record in the selected workspaces, `consumedTotal` and `cumulativeTotal` every record
   * in every workspace — also those the viewer may not see, like the balance — so the last `cumulative` equals
   * `Balance.consumed` and the last `cumulativeTotal` equals `Balance.consumedTotal`. Rejects like
   * `getEntitlement`.
   *
   * An adapter without it still gets a chart: the element pages through `queryConsumption` and folds the rows
   * itself (`loadTimeline`), which counts only the rows the viewer may see, and for the totals only the workspaces
   * the viewer may select — so those totals are marked partial — and gives up beyond a cap of rows. Implement it
   * when the backend can aggregate: one small answer instead of every row, and totals that are the contract's.
   */
  getConsumptionTimeline?(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<TimelinePoint[]>;
}
