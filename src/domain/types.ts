/**
 * The data contract of docs/data-contract.md and the result shapes of docs/adapters.md, as plain TypeScript types.
 * Host portals build against these names: change them only on purpose, with a CHANGELOG line.
 * The runtime validation of the same shapes lives in `src/data/schemas.ts` (the only module that imports zod).
 */

export const ROLES = [
  'customer-admin',
  'customer-activity',
  'view-all-support-requests',
  'learning-manager',
] as const;
export type Role = (typeof ROLES)[number];

export const ENTITLEMENT_KINDS = [
  'reactive-support',
  'advisory-support',
  'proactive-services',
  'workshop',
  'proactive-credits',
  'designated-engineering',
  'support-contacts',
  'education-on-demand',
  'assessments-on-demand',
  'support-technology-advisor',
  'other',
] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];

/** Units, in the order in which summary lines are listed. */
export const UNITS = [
  'hours',
  'credits',
  'cases',
  'contacts',
  'activities',
  'assessments',
  'services',
] as const;
export type Unit = (typeof UNITS)[number];

export const CATEGORIES = ['consumable', 'benefit'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PACKAGE_SCOPES = ['enterprise', 'add-on'] as const;
export type PackageScope = (typeof PACKAGE_SCOPES)[number];

export const PACKAGE_STATUSES = ['active', 'inactive'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];
/** The package status filter of `listPackages`. */
export type PackageStatusFilter = PackageStatus | 'all';

export const CASE_TYPES = ['advisory', 'problem-resolution'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const SEVERITIES = ['A', 'B', 'C'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLASSIFICATIONS = ['SU', 'DSA', 'X85', 'REC'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Reasons a case is an additional case, in the order they are listed (docs/domain-rules.md). */
export const REASONS = [
  'expired-contract',
  'unmapped-contract',
  'missing-contract',
  'missing-package',
  'missing-service',
  'classified',
] as const;
export type Reason = (typeof REASONS)[number];

/** The five enterprise-wide summary groups, in display order. */
export const SUMMARY_GROUPS = ['proactive', 'as-needed', 'education', 'contacts', 'assessments'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

export const CONTRACT_STATUSES = ['upcoming', 'active', 'expired'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const EXPIRY_STATES = ['active', 'expiring', 'expired'] as const;
export type ExpiryState = (typeof EXPIRY_STATES)[number];

export const THRESHOLDS = ['benefit', 'unlimited', 'ok', 'warning', 'critical', 'over'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/**
 * Where a limited entitlement is heading (docs/domain-rules.md, "Forecast"), in the order the rule checks them:
 * the first that holds is the outlook. `not-started` — none of the term has elapsed; `ended` — all of it has;
 * `exhausted` — everything purchased is used; `runs-out` — the pace so far uses it up before the term ends;
 * `underused` — the pace so far leaves more than a fifth unused at the end; else `on-track`.
 */
export const OUTLOOKS = ['not-started', 'ended', 'exhausted', 'runs-out', 'underused', 'on-track'] as const;
export type Outlook = (typeof OUTLOOKS)[number];

/** An ISO-8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO-8601 timestamp, e.g. `2026-11-26T08:00:00Z`. */
export type IsoTimestamp = string;

export interface Customer {
  id: string;
  name: string;
}

export interface Workspace {
  id: string;
  name: string;
}

export interface User {
  id: string;
  name: string;
  email?: string;
  roles: Role[];
  workspaceIds: string[];
  adminOfWorkspaceIds: string[];
  groupIds: string[];
}

export interface Contract {
  id: string;
  number: string;
  name: string;
  startDate: IsoDate;
  endDate: IsoDate;
  workspaceIds: string[];
}

export interface Package {
  id: string;
  contractId: string;
  name: string;
  scope: PackageScope;
  startDate: IsoDate;
  endDate: IsoDate;
  status: PackageStatus;
}

export interface Entitlement {
  id: string;
  packageId: string;
  kind: EntitlementKind;
  name: string;
  description: string;
  category: Category;
  unit: Unit;
  /** A positive number, or null for "as needed" (unlimited). */
  purchased: number | null;
  actionUrl?: string;
}

export interface ConsumptionRecord {
  id: string;
  entitlementId: string;
  workspaceId: string;
  date: IsoDate;
  quantity: number;
  hoursDone?: number;
  title: string;
  reference?: string;
  status?: string;
  person?: string;
  email?: string;
  caseId?: string;
}

export interface SupportCase {
  id: string;
  number: string;
  title: string;
  type: CaseType;
  severity: Severity;
  status: CaseStatus;
  openedAt: IsoDate;
  closedAt?: IsoDate;
  workspaceId: string;
  contractId?: string;
  packageId?: string;
  entitlementId?: string;
  classification?: Classification;
  primaryContactId?: string;
  sharedWithUserIds: string[];
  groupIds: string[];
}

export interface Dataset {
  asOf: IsoTimestamp;
  customer: Customer;
  workspaces: Workspace[];
  users: User[];
  contracts: Contract[];
  packages: Package[];
  entitlements: Entitlement[];
  consumption: ConsumptionRecord[];
  cases: SupportCase[];
}

// ---------------------------------------------------------------------------------------------------------
// Result shapes (docs/adapters.md)

export interface Permissions {
  viewPage: boolean;
  exportEducation: boolean;
  viewAllCases: boolean;
}

export interface Session {
  asOf: IsoTimestamp;
  customer: Customer;
  viewer: { id: string; name: string };
  currentWorkspaceId: string | null;
  /** The workspaces this viewer may select. */
  workspaces: Workspace[];
  permissions: Permissions;
}

export type ContractView = Contract & { status: ContractStatus };

export interface Balance {
  entitlementId: string;
  packageId: string;
  name: string;
  kind: EntitlementKind;
  category: Category;
  unit: Unit;
  purchased: number | null;
  /** Sum of quantity over the selected workspaces. */
  consumed: number;
  /** Sum of quantity over every workspace. */
  consumedTotal: number;
  /** purchased − consumedTotal; null when purchased is null; negative when over-consumed. */
  remaining: number | null;
  /** consumedTotal / purchased; null when purchased is null. */
  utilisation: number | null;
  /** Sum of hoursDone over the selected workspaces. */
  hoursDone: number;
  threshold: Threshold;
  /** Where the balance is heading at the pace so far; null for a benefit and for purchased null. */
  forecast: Forecast | null;
}

/**
 * The forecast of a limited balance over its package's term (docs/domain-rules.md, "Forecast"). Every figure counts
 * consumption in every workspace (`consumedTotal`), like `remaining`: a forecast is a fact of the contract.
 */
export interface Forecast {
  /** The share of the package's term elapsed today, 0..1 — the same figure as the meter's "x % of the term elapsed". */
  elapsed: number;
  /** purchased × elapsed: what an even pace would have used by today. */
  expectedByNow: number;
  /** consumedTotal / expectedByNow (1 = an even pace, 2 = twice as fast); null when expectedByNow is 0. */
  pace: number | null;
  /** The pace so far carried to the end of the term; null before the term starts; consumedTotal once it ended. */
  projectedTotal: number | null;
  /** The day the pace so far uses up the purchase, inside the term; null unless the outlook is `runs-out`. */
  runOutDate: IsoDate | null;
  /** purchased − projectedTotal when the projection falls short of the purchase, else 0; null before the term. */
  unusedAtEnd: number | null;
  outlook: Outlook;
}

export interface SummaryLine {
  unit: Unit;
  purchased: number | null;
  consumed: number;
  remaining: number | null;
}

export interface SummaryGroupView {
  group: SummaryGroup;
  lines: SummaryLine[];
  hoursDone: number;
}

export interface EnterpriseSummary {
  contract: ContractView;
  groups: SummaryGroupView[];
  entitlements: Balance[];
}

export type PackageView = Package & { expiry: ExpiryState; daysLeft: number; entitlements: Balance[] };

export type EntitlementView = Balance & {
  description: string;
  actionUrl?: string;
  package: Package;
  contract: ContractView;
};

export interface Page<T> {
  rows: T[];
  /** Rows matching the query, before offset and limit. */
  total: number;
  /** Rows in the selected workspaces that the viewer may not see, whatever the search or filter. */
  hiddenByPermissions: number;
}

export type AdditionalCase = SupportCase & { reasons: Reason[] };

export type SortDirection = 'asc' | 'desc';

export interface SortSpec<K extends string = string> {
  key: K;
  direction: SortDirection;
}

export interface PageQuery<K extends string = string> {
  offset: number;
  limit: number;
  sort?: SortSpec<K>[];
  search?: string;
}
