/**
 * Add-on packages as `<package-consumption>` shows them: the status and package filters of `listPackages`
 * (docs/adapters.md) applied to a list already loaded, the contract shown by default, and the burn-down of a package —
 * the share of its term elapsed, to set against the utilisation of its entitlements.
 */
import { termElapsedShare } from './dates.js';
import type { Balance, ContractView, IsoDate, Package, PackageStatusFilter, Session } from './types.js';
import { PACKAGE_SCOPES } from './types.js';

/** The values of the package status filter, in display order. */
export const PACKAGE_STATUS_FILTERS = [
  'active',
  'inactive',
  'all',
] as const satisfies readonly PackageStatusFilter[];

/** The status filter in force when none is chosen: active packages. */
export const DEFAULT_PACKAGE_STATUS_FILTER: PackageStatusFilter = 'active';

/** The package and status filters. */
export interface PackageFilter {
  /** `active` or `inactive` keep the packages of that status; `all` keeps both. */
  status: PackageStatusFilter;
  /** Keep only the package with this id; undefined, null or '' keeps every package. */
  packageId?: string | null;
}

/** Whether a value is one of `active`, `inactive`, `all`. */
export function isPackageStatusFilter(value: unknown): value is PackageStatusFilter {
  return (PACKAGE_STATUS_FILTERS as readonly unknown[]).includes(value);
}

/**
 * What is wrong with the scope, status and package id of a `listPackages` query, or undefined: the one check every
 * adapter makes before it answers (the adapter throws it as a `QueryError`).
 */
export function packagesQueryProblem(query: {
  scope: unknown;
  status?: unknown;
  packageId?: unknown;
}): string | undefined {
  const { scope, status = 'all', packageId } = query;
  if (!(PACKAGE_SCOPES as readonly unknown[]).includes(scope)) {
    return `scope must be one of ${PACKAGE_SCOPES.join(', ')}, got ${JSON.stringify(scope)}`;
  }
  if (!isPackageStatusFilter(status)) {
    return `status must be active, inactive or all, got ${JSON.stringify(status)}`;
  }
  if (packageId !== undefined && typeof packageId !== 'string') return 'packageId must be a string';
  return undefined;
}

/** Whether a package passes the filter: its status matches (or the filter is `all`) and it is the chosen package. */
export function matchesPackageFilter(pkg: Pick<Package, 'id' | 'status'>, filter: PackageFilter): boolean {
  if (filter.status !== 'all' && pkg.status !== filter.status) return false;
  return !filter.packageId || pkg.id === filter.packageId;
}

/**
 * The packages that pass the filter, in their order — the same answer `listPackages` gives for
 * `{ status, packageId }`, from a list loaded with `status: 'all'`.
 */
export function filterPackages<P extends Pick<Package, 'id' | 'status'>>(
  packages: readonly P[],
  filter: PackageFilter,
): P[] {
  return packages.filter((p) => matchesPackageFilter(p, filter));
}

/**
 * The workspaces a view opens on when none are chosen (PRODUCT "Workspaces"): the session's current workspace when
 * the viewer may select it, else every workspace they may select.
 */
export function sessionWorkspaceIds(session: Pick<Session, 'currentWorkspaceId' | 'workspaces'>): string[] {
  const { currentWorkspaceId, workspaces } = session;
  if (currentWorkspaceId && workspaces.some((w) => w.id === currentWorkspaceId)) return [currentWorkspaceId];
  return workspaces.map((w) => w.id);
}

/** The contract shown when none is chosen: the first active one, else the first one; undefined when there is none. */
export function defaultContractId(
  contracts: readonly Pick<ContractView, 'id' | 'status'>[],
): string | undefined {
  return (contracts.find((c) => c.status === 'active') ?? contracts[0])?.id;
}

/**
 * The share of a package's term elapsed at `today` (0–1, clamped): the burn-down cue. An even pace of
 * consumption would have used this share of what was purchased by now.
 */
export function packageTermElapsed(pkg: Pick<Package, 'startDate' | 'endDate'>, today: IsoDate): number {
  return termElapsedShare(pkg.startDate, pkg.endDate, today);
}

/** A package's balances split into consumable services and additional benefits, each in its original order. */
export function splitEntitlements<B extends Pick<Balance, 'category'>>(
  balances: readonly B[],
): { consumables: B[]; benefits: B[] } {
  const consumables: B[] = [];
  const benefits: B[] = [];
  for (const b of balances) (b.category === 'benefit' ? benefits : consumables).push(b);
  return { consumables, benefits };
}
