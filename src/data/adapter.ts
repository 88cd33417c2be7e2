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

/** Every adapter method takes these options last, and honours the signal. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Sortable keys of a consumption row. */
export type ConsumptionSortKey = keyof ConsumptionRecord & string;
/** Sortable keys of an additional case row. */
export type CaseSortKey = keyof AdditionalCase & string;

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
 * What every element reads its data through (DESIGN §4). The memory adapter answers it from an in-memory dataset,
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
}
