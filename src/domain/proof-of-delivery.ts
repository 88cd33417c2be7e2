/**
 * The proof of delivery of a contract (the "Customer Proof of Delivery", CPOD): one row per entitlement — those of
 * the enterprise-wide summary first, then those of every add-on package — with what was purchased, consumed and
 * remains, hours done, and when its package ends. Pure: the element loads the data and downloads the bytes.
 *
 * The numbers are the adapter's balances as they are (docs/domain-rules.md), never recomputed: `consumed` and `hoursDone` count
 * the selected workspaces, `consumedTotal` and `remaining` the whole contract, so summing the enterprise rows of a
 * summary group gives exactly the group's summary lines. Each row also carries its balance's forecast — the outlook
 * and the figures behind it (pace, expected by now, projected total, run-out date, unused at the end) — empty for a
 * benefit and for an as-needed entitlement.
 */
import { toCsv, type CsvValue } from './csv.js';
import type {
  Balance,
  Category,
  EnterpriseSummary,
  EntitlementKind,
  ExpiryState,
  IsoDate,
  Outlook,
  PackageScope,
  PackageView,
  Unit,
} from './types.js';

/** One entitlement of the proof of delivery. */
export interface ProofOfDeliveryRow {
  /** The contract's number. */
  contract: string;
  /** `enterprise` for the enterprise-wide entitlements, `add-on` for those of add-on packages. */
  scope: PackageScope;
  entitlementId: string;
  /** The package's name (its id when the package is not known). */
  package: string;
  /** The package's end date; null when the package is not known. */
  packageEndDate: IsoDate | null;
  /** The package's expiry state; null when the package is not known. */
  packageExpiry: ExpiryState | null;
  /** Whole days from today to the package's end date (negative once past); null when not known. */
  packageDaysLeft: number | null;
  entitlement: string;
  kind: EntitlementKind;
  category: Category;
  unit: Unit;
  /** null: as needed. */
  purchased: number | null;
  /** In the selected workspaces. */
  consumed: number;
  /** In every workspace. */
  consumedTotal: number;
  /** purchased − consumedTotal; null when purchased is null; negative when over-consumed. */
  remaining: number | null;
  /** In the selected workspaces. */
  hoursDone: number;
  /** The forecast's outlook; null when the balance has no forecast (a benefit, or purchased null). */
  outlook: Outlook | null;
  /** consumedTotal / expectedByNow (1 = an even pace); null before the term or without a forecast. */
  pace: number | null;
  /** What an even pace would have used by today; null without a forecast. */
  expectedByNow: number | null;
  /** The pace so far carried to the end of the term; null before the term or without a forecast. */
  projectedTotal: number | null;
  /** When the pace so far uses the purchase up (outlook `runs-out` only); else null. */
  runOutDate: IsoDate | null;
  /** What the pace so far leaves unused at the end of the term; null before the term or without a forecast. */
  unusedAtEnd: number | null;
}

/** The columns of the CSV, in order. */
export const PROOF_OF_DELIVERY_COLUMNS = [
  'contract',
  'scope',
  'package',
  'packageEndDate',
  'packageExpiry',
  'entitlement',
  'kind',
  'category',
  'unit',
  'purchased',
  'consumed',
  'consumedTotal',
  'remaining',
  'hoursDone',
  'outlook',
  'pace',
  'expectedByNow',
  'projectedTotal',
  'runOutDate',
  'unusedAtEnd',
] as const;
export type ProofOfDeliveryColumn = (typeof PROOF_OF_DELIVERY_COLUMNS)[number];

function rowOf(
  contract: string,
  scope: PackageScope,
  balance: Balance,
  pkg: PackageView | undefined,
): ProofOfDeliveryRow {
  const { forecast } = balance;
  return {
    contract,
    scope,
    entitlementId: balance.entitlementId,
    package: pkg?.name ?? balance.packageId,
    packageEndDate: pkg?.endDate ?? null,
    packageExpiry: pkg?.expiry ?? null,
    packageDaysLeft: pkg?.daysLeft ?? null,
    entitlement: balance.name,
    kind: balance.kind,
    category: balance.category,
    unit: balance.unit,
    purchased: balance.purchased,
    consumed: balance.consumed,
    consumedTotal: balance.consumedTotal,
    remaining: balance.remaining,
    hoursDone: balance.hoursDone,
    outlook: forecast?.outlook ?? null,
    pace: forecast?.pace ?? null,
    expectedByNow: forecast?.expectedByNow ?? null,
    projectedTotal: forecast?.projectedTotal ?? null,
    runOutDate: forecast?.runOutDate ?? null,
    unusedAtEnd: forecast?.unusedAtEnd ?? null,
  };
}

/**
 * The rows of a contract's proof of delivery: every entitlement of the summary (the enterprise packages), in its
 * order, then every entitlement of each `add-on` package of the same contract in `packages`, package by package.
 * `packages` may also hold the contract's enterprise packages: they give the enterprise rows their package's name
 * and end date (the balances always come from the summary). Packages of other contracts are ignored, and so is an
 * add-on package listed twice.
 */
export function proofOfDeliveryRows(
  summary: EnterpriseSummary,
  packages: readonly PackageView[],
): ProofOfDeliveryRow[] {
  const { contract } = summary;
  const own = packages.filter((p) => p.contractId === contract.id);
  const byId = new Map(own.map((p) => [p.id, p]));
  const rows = summary.entitlements.map((b) =>
    rowOf(contract.number, 'enterprise', b, byId.get(b.packageId)),
  );
  const seen = new Set<string>();
  for (const pkg of own) {
    if (pkg.scope !== 'add-on' || seen.has(pkg.id)) continue;
    seen.add(pkg.id);
    for (const b of pkg.entitlements) rows.push(rowOf(contract.number, 'add-on', b, pkg));
  }
  return rows;
}

/** The forecast's estimates, written to this many decimals (a projection is no more exact than that). */
export const PROOF_OF_DELIVERY_ESTIMATE_DECIMALS = 2;

/** The columns that hold a forecast's estimates, rounded in the CSV. */
const ESTIMATES: ReadonlySet<ProofOfDeliveryColumn> = new Set([
  'pace',
  'expectedByNow',
  'projectedTotal',
  'unusedAtEnd',
]);

const ESTIMATE_SCALE = 10 ** PROOF_OF_DELIVERY_ESTIMATE_DECIMALS;

/**
 * A cell of the CSV: codes and ISO dates as they are, numbers raw — the forecast's estimates rounded to
 * {@link PROOF_OF_DELIVERY_ESTIMATE_DECIMALS} decimals — and null as an empty field.
 */
function cellOf(row: ProofOfDeliveryRow, column: ProofOfDeliveryColumn): CsvValue {
  const value = row[column];
  if (typeof value === 'number' && ESTIMATES.has(column)) {
    return Math.round(value * ESTIMATE_SCALE) / ESTIMATE_SCALE;
  }
  return value;
}

/**
 * The proof of delivery as CSV text (docs/security.md: BOM, RFC 4180, formula-injection escaping): a header record of the
 * given (localized) labels, then one record per row with machine-readable values — kinds, categories, units,
 * scopes, expiry states and outlooks as their codes (`advisory-support`, `hours`, `expiring`, `runs-out`), dates as
 * ISO `YYYY-MM-DD`, numbers with `.` as decimal separator and no grouping (the forecast's estimates rounded to two
 * decimals), an empty field for "as needed" and for a figure that does not apply (null).
 */
export function proofOfDeliveryCsv(
  rows: readonly ProofOfDeliveryRow[],
  headers: Readonly<Record<ProofOfDeliveryColumn, string>>,
): string {
  return toCsv(
    PROOF_OF_DELIVERY_COLUMNS.map((c) => headers[c]),
    rows.map((row) => PROOF_OF_DELIVERY_COLUMNS.map((c) => cellOf(row, c))),
  );
}

/**
 * The file name of a contract's proof of delivery, `<prefix>-<contract number>-<today>.csv`:
 * `proof-of-delivery-USC-2025-0412-2026-11-20.csv`. Characters a file system may refuse become `-`.
 */
export function proofOfDeliveryFilename(
  contractNumber: string,
  today: IsoDate,
  prefix = 'proof-of-delivery',
): string {
  const safe = (text: string): string => text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe(prefix) || 'proof-of-delivery'}-${safe(contractNumber) || 'contract'}-${today.slice(0, 10)}.csv`;
}
