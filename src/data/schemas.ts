/**
 * Runtime validation of the data contract (docs/data-contract.md) and of the adapter's result shapes (docs/adapters.md).
 * This is the only module of the project that imports zod.
 *
 * `parseDataset` checks two things, and reports the issues of both together in one `DatasetError`:
 * 1. shape, with zod (types, enums, non-empty ids, calendar dates, number ranges);
 * 2. integrity, in plain loops over Maps and Sets (duplicate ids, end before start, references that do not resolve,
 *    consumption on a benefit). It reads the raw input defensively, so it also runs where the shape is broken.
 * The consumption list, which may hold a million rows, is checked in a single loop: a hand-written fast path copies
 * each row that certainly satisfies `consumptionRecordSchema` (a property test keeps the two in agreement), zod
 * judges and words every other row, and the integrity checks follow on the same row. About 1 s for 1M rows in
 * Node 20 and about 1.5 s in Chromium, against about 2.5 s for zod alone.
 *
 * Decisions where docs/data-contract.md is silent:
 * - Unknown object keys are stripped, not rejected (sources may send more than the contract needs).
 * - An optional field is absent or `undefined`; `null` is rejected (only `purchased` and, in results,
 *   `currentWorkspaceId`, `remaining`, `utilisation`, `forecast` and the forecast's `pace`, `projectedTotal`,
 *   `runOutDate` and `unusedAtEnd` are nullable).
 * - Names, titles and descriptions may be empty strings; ids may not.
 * - `actionUrl` is any string: the elements decide which links are safe to render (docs/security.md), so a dataset with a
 *   `javascript:` URL is valid and shown as text.
 * - A case's `primaryContactId` and `sharedWithUserIds` must name users of the dataset: the access rules read them,
 *   and the contract exempts only a case's contract, package and entitlement (business facts, see additional cases).
 *   A case's `groupIds` and a user's `groupIds` are free labels (the contract has no group list).
 * - A case that is `closed` without `closedAt`, or `open` with one, is accepted.
 */
import { z } from 'zod';
import {
  CASE_STATUSES,
  CASE_TYPES,
  CATEGORIES,
  CLASSIFICATIONS,
  CONTRACT_STATUSES,
  ENTITLEMENT_KINDS,
  EXPIRY_STATES,
  OUTLOOKS,
  PACKAGE_SCOPES,
  PACKAGE_STATUSES,
  REASONS,
  ROLES,
  SEVERITIES,
  SUMMARY_GROUPS,
  THRESHOLDS,
  UNITS,
} from '../domain/types.js';
import type { ConsumptionRecord, Dataset } from '../domain/types.js';
import { DatasetError } from './errors.js';
import type { DatasetIssue } from './errors.js';

// No `new Function` probe or JIT: a page with a strict Content-Security-Policy reports nothing (docs/security.md).
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------------------
// Building blocks

/** A non-empty string id. */
export const idSchema = z.string().min(1);
/** An ISO-8601 calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isoDateSchema = z.iso.date();
/** A full ISO-8601 timestamp with `Z` or an offset, e.g. `2026-11-20T09:30:00Z`. */
export const isoTimestampSchema = z.iso.datetime({ offset: true });

const ids = z.array(idSchema);
const nonNegative = z.number().min(0);
const purchased = z.number().positive().nullable();

// ---------------------------------------------------------------------------------------------------------
// Dataset entities (docs/data-contract.md)

/** The customer the dataset belongs to. */
export const customerSchema = z.object({ id: idSchema, name: z.string() });

/** A workspace of the customer. */
export const workspaceSchema = z.object({ id: idSchema, name: z.string() });

/** A user, with roles and workspace scopes. */
export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().optional(),
  roles: z.array(z.enum(ROLES)),
  workspaceIds: ids,
  adminOfWorkspaceIds: ids,
  groupIds: ids,
});

/** A support contract (agreement) and the workspaces it is mapped to. */
export const contractSchema = z.object({
  id: idSchema,
  number: z.string(),
  name: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  workspaceIds: ids,
});

/** A package of a contract, enterprise-wide or add-on. */
export const packageSchema = z.object({
  id: idSchema,
  contractId: idSchema,
  name: z.string(),
  scope: z.enum(PACKAGE_SCOPES),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(PACKAGE_STATUSES),
});

/** An entitlement of a package; `purchased` is positive or null (as needed). */
export const entitlementSchema = z.object({
  id: idSchema,
  packageId: idSchema,
  kind: z.enum(ENTITLEMENT_KINDS),
  name: z.string(),
  description: z.string(),
  category: z.enum(CATEGORIES),
  unit: z.enum(UNITS),
  purchased,
  actionUrl: z.string().optional(),
});

/** One consumption (delivery) record of an entitlement in a workspace. */
export const consumptionRecordSchema = z.object({
  id: idSchema,
  entitlementId: idSchema,
  workspaceId: idSchema,
  date: isoDateSchema,
  quantity: nonNegative,
  hoursDone: nonNegative.optional(),
  title: z.string(),
  reference: z.string().optional(),
  status: z.string().optional(),
  person: z.string().optional(),
  email: z.string().optional(),
  caseId: idSchema.optional(),
});

/** A support case; its contract, package and entitlement may be missing or unknown (a business fact). */
export const supportCaseSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  type: z.enum(CASE_TYPES),
  severity: z.enum(SEVERITIES),
  status: z.enum(CASE_STATUSES),
  openedAt: isoDateSchema,
  closedAt: isoDateSchema.optional(),
  workspaceId: idSchema,
  contractId: idSchema.optional(),
  packageId: idSchema.optional(),
  entitlementId: idSchema.optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  primaryContactId: idSchema.optional(),
  sharedWithUserIds: ids,
  groupIds: ids,
});

/** The shape of a whole dataset. Referential integrity is checked by `parseDataset`, not by this schema. */
export const datasetSchema = z.object({
  asOf: isoTimestampSchema,
  customer: customerSchema,
  workspaces: z.array(workspaceSchema),
  users: z.array(userSchema),
  contracts: z.array(contractSchema),
  packages: z.array(packageSchema),
  entitlements: z.array(entitlementSchema),
  consumption: z.array(consumptionRecordSchema),
  cases: z.array(supportCaseSchema),
});

/** The dataset without its (possibly huge) consumption list, which `parseDataset` validates row by row. */
const datasetShellSchema = datasetSchema.omit({ consumption: true });

// ---------------------------------------------------------------------------------------------------------
// Result shapes (docs/adapters.md), for validating HTTP responses

/** What a viewer may do on the page. */
export const permissionsSchema = z.object({
  viewPage: z.boolean(),
  exportEducation: z.boolean(),
  viewAllCases: z.boolean(),
});

/** `getSession()` result. */
export const sessionSchema = z.object({
  asOf: isoTimestampSchema,
  customer: customerSchema,
  viewer: z.object({ id: idSchema, name: z.string() }),
  currentWorkspaceId: idSchema.nullable(),
  workspaces: z.array(workspaceSchema),
  permissions: permissionsSchema,
});

/** A contract with its status as of today. */
export const contractViewSchema = contractSchema.extend({ status: z.enum(CONTRACT_STATUSES) });

/** `listContracts()` result. */
export const contractViewListSchema = z.array(contractViewSchema);

/** The forecast of a limited balance over its package's term (docs/domain-rules.md, "Forecast"). */
export const forecastSchema = z.object({
  elapsed: z.number().min(0).max(1),
  expectedByNow: nonNegative,
  pace: nonNegative.nullable(),
  projectedTotal: nonNegative.nullable(),
  runOutDate: isoDateSchema.nullable(),
  unusedAtEnd: nonNegative.nullable(),
  outlook: z.enum(OUTLOOKS),
});

/** The balance of one entitlement for the selected workspaces. */
export const balanceSchema = z.object({
  entitlementId: idSchema,
  packageId: idSchema,
  name: z.string(),
  kind: z.enum(ENTITLEMENT_KINDS),
  category: z.enum(CATEGORIES),
  unit: z.enum(UNITS),
  purchased,
  consumed: nonNegative,
  consumedTotal: nonNegative,
  remaining: z.number().nullable(),
  utilisation: nonNegative.nullable(),
  hoursDone: nonNegative,
  threshold: z.enum(THRESHOLDS),
  forecast: forecastSchema.nullable(),
});

/** One unit line of an enterprise-wide summary group. */
export const summaryLineSchema = z.object({
  unit: z.enum(UNITS),
  purchased,
  consumed: nonNegative,
  remaining: z.number().nullable(),
});

/** One of the five enterprise-wide summary groups. */
export const summaryGroupSchema = z.object({
  group: z.enum(SUMMARY_GROUPS),
  lines: z.array(summaryLineSchema),
  hoursDone: nonNegative,
});

/** `getEnterpriseSummary()` result. */
export const enterpriseSummarySchema = z.object({
  contract: contractViewSchema,
  groups: z.array(summaryGroupSchema),
  entitlements: z.array(balanceSchema),
});

/** A package with its expiry and the balances of its entitlements. */
export const packageViewSchema = packageSchema.extend({
  expiry: z.enum(EXPIRY_STATES),
  daysLeft: z.number().int(),
  entitlements: z.array(balanceSchema),
});

/** `listPackages()` result. */
export const packageViewListSchema = z.array(packageViewSchema);

/** `getEntitlement()` result. */
export const entitlementViewSchema = balanceSchema.extend({
  description: z.string(),
  actionUrl: z.string().optional(),
  package: packageSchema,
  contract: contractViewSchema,
});

/** One month of a consumption timeline. */
export const timelinePointSchema = z.object({
  period: z.string().regex(/^\d{4}-\d{2}$/),
  consumed: z.number(),
  cumulative: z.number(),
  consumedTotal: z.number(),
  cumulativeTotal: z.number(),
});

/** `getConsumptionTimeline()` result. */
export const timelineSchema = z.array(timelinePointSchema);

/** A support case with the reasons it is an additional case. */
export const additionalCaseSchema = supportCaseSchema.extend({ reasons: z.array(z.enum(REASONS)) });

/** A page of rows: `total` counts the matching rows before offset and limit. */
export function pageSchema<T extends z.ZodType>(row: T) {
  return z.object({
    rows: z.array(row),
    total: z.number().int().min(0),
    hiddenByPermissions: z.number().int().min(0),
  });
}

/** `queryConsumption()` result. */
export const consumptionPageSchema = pageSchema(consumptionRecordSchema);

/** `queryAdditionalCases()` result. */
export const additionalCasePageSchema = pageSchema(additionalCaseSchema);

// ---------------------------------------------------------------------------------------------------------
// Issue formatting

/** Formats a path as `entitlements[12].purchased` (empty for the root). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The name of a value's type as a reader would say it: `string`, `null`, `array`, `NaN`, `undefined` … */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** A short, safe rendering of a received value. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeName(value);
}

const FORMAT_NAMES: Record<string, string> = {
  date: 'a calendar date YYYY-MM-DD',
  datetime: 'an ISO-8601 timestamp such as 2026-11-20T09:30:00Z',
};

/** The minimal view of a zod issue the error map reads (zod passes the raw issue, input included). */
interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
}

/** Messages in the form `expected number, received string`. */
function message(issue: RawIssue): string | undefined {
  const { input } = issue;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected ?? 'a value'}, received ${typeName(input)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => String(v)).join(' | ')}, received ${show(input)}`;
    case 'invalid_format':
      return `expected ${FORMAT_NAMES[issue.format ?? ''] ?? issue.format}, received ${show(input)}`;
    case 'too_small': {
      if (issue.origin === 'string') return `expected a non-empty string, received ""`;
      if (issue.origin === 'number' && Number(issue.minimum) === 0) {
        return `expected a ${issue.inclusive ? 'non-negative' : 'positive'} number, received ${show(input)}`;
      }
      const op = issue.inclusive ? '≥' : '>';
      return `expected a ${issue.origin ?? 'value'} ${op} ${String(issue.minimum)}, received ${show(input)}`;
    }
    default:
      return undefined; // zod's own English message (too_big, not_multiple_of … — none in these schemas)
  }
}

/** The per-parse error map: zod calls it with the raw issue and keeps its message. */
const errorMap = (issue: RawIssue): string | undefined => message(issue);

/** Turns zod issues into `{ path, message }` pairs. */
function toIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): DatasetIssue[] {
  return error.issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
}

// ---------------------------------------------------------------------------------------------------------
// Integrity pass (plain loops over the raw input; a value of the wrong type was already reported by zod)

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(root: unknown, key: string): readonly unknown[] {
  const value = isRow(root) ? root[key] : undefined;
  return Array.isArray(value) ? value : [];
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Maps each id of a list to its first index, reporting every later duplicate. */
function indexIds(rows: readonly unknown[], name: string, issues: DatasetIssue[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRow(row)) continue;
    const id = row.id;
    if (typeof id !== 'string' || id === '') continue;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      issues.push({
        path: `${name}[${i}].id`,
        message: `duplicate id ${show(id)}, first used at ${name}[${first}]`,
      });
  }
  return index;
}

/** Reports `end` before `start` on the end field. */
function checkOrder(row: Row, path: string, start: string, end: string, issues: DatasetIssue[]): void {
  const a = row[start];
  const b = row[end];
  if (typeof a === 'string' && typeof b === 'string' && DATE_SHAPE.test(a) && DATE_SHAPE.test(b) && b < a) {
    issues.push({ path: `${path}.${end}`, message: `${end} ${b} is before ${start} ${a}` });
  }
}

/** Reports a string reference that names nothing in `index`. */
function checkRef(
  value: unknown,
  index: ReadonlyMap<string, number>,
  path: string,
  what: string,
  issues: DatasetIssue[],
): void {
  if (typeof value === 'string' && value !== '' && !index.has(value)) {
    issues.push({ path, message: `unknown ${what} ${show(value)}` });
  }
}

/** Reports every element of a string list that names nothing in `index`. */
function checkRefs(
  value: unknown,
  index: ReadonlyMap<string, number>,
  path: string,
  what: string,
  issues: DatasetIssue[],
): void {
  if (!Array.isArray(value)) return;
  for (let j = 0; j < value.length; j++) checkRef(value[j], index, `${path}[${j}]`, what, issues);
}

/** What a consumption row's references are resolved against. */
interface RowIndexes {
  workspaces: ReadonlyMap<string, number>;
  entitlements: ReadonlyMap<string, number>;
  benefits: ReadonlySet<string>;
  cases: ReadonlyMap<string, number>;
}

/**
 * Reports every integrity problem of a (possibly malformed) dataset outside its consumption list, and returns the
 * indexes the consumption rows are checked against.
 */
function checkIntegrity(input: unknown, issues: DatasetIssue[]): RowIndexes {
  const workspaces = list(input, 'workspaces');
  const users = list(input, 'users');
  const contracts = list(input, 'contracts');
  const packages = list(input, 'packages');
  const entitlements = list(input, 'entitlements');
  const cases = list(input, 'cases');

  const workspaceIndex = indexIds(workspaces, 'workspaces', issues);
  const userIndex = indexIds(users, 'users', issues);
  const contractIndex = indexIds(contracts, 'contracts', issues);
  const packageIndex = indexIds(packages, 'packages', issues);
  const entitlementIndex = indexIds(entitlements, 'entitlements', issues);
  const caseIndex = indexIds(cases, 'cases', issues);

  for (let i = 0; i < users.length; i++) {
    const u = users[i];
    if (!isRow(u)) continue;
    checkRefs(u.workspaceIds, workspaceIndex, `users[${i}].workspaceIds`, 'workspace', issues);
    checkRefs(u.adminOfWorkspaceIds, workspaceIndex, `users[${i}].adminOfWorkspaceIds`, 'workspace', issues);
  }
  for (let i = 0; i < contracts.length; i++) {
    const c = contracts[i];
    if (!isRow(c)) continue;
    checkOrder(c, `contracts[${i}]`, 'startDate', 'endDate', issues);
    checkRefs(c.workspaceIds, workspaceIndex, `contracts[${i}].workspaceIds`, 'workspace', issues);
  }
  for (let i = 0; i < packages.length; i++) {
    const p = packages[i];
    if (!isRow(p)) continue;
    checkOrder(p, `packages[${i}]`, 'startDate', 'endDate', issues);
    checkRef(p.contractId, contractIndex, `packages[${i}].contractId`, 'contract', issues);
  }
  const benefits = new Set<string>();
  for (let i = 0; i < entitlements.length; i++) {
    const e = entitlements[i];
    if (!isRow(e)) continue;
    checkRef(e.packageId, packageIndex, `entitlements[${i}].packageId`, 'package', issues);
    if (e.category === 'benefit' && typeof e.id === 'string') benefits.add(e.id);
  }
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (!isRow(c)) continue;
    checkOrder(c, `cases[${i}]`, 'openedAt', 'closedAt', issues);
    checkRef(c.workspaceId, workspaceIndex, `cases[${i}].workspaceId`, 'workspace', issues);
    checkRef(c.primaryContactId, userIndex, `cases[${i}].primaryContactId`, 'user', issues);
    checkRefs(c.sharedWithUserIds, userIndex, `cases[${i}].sharedWithUserIds`, 'user', issues);
    // contractId, packageId and entitlementId may be missing or unknown: that makes an additional case.
  }

  return { workspaces: workspaceIndex, entitlements: entitlementIndex, benefits, cases: caseIndex };
}

// ---------------------------------------------------------------------------------------------------------
// Consumption rows: a lean fast path, zod as the arbiter

const CALENDAR_DATE = z.regexes.date; // the very regex behind `z.iso.date()`

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value !== Infinity; // NaN fails `>= 0`
}

/**
 * Returns a fresh copy of a consumption row when it certainly satisfies `consumptionRecordSchema` (same keys, same
 * output as zod's), or undefined when it may not — the caller then asks zod, which decides and words the issues.
 * A million rows pass here in a fraction of the time zod's generic object walk takes; a property test checks that
 * this never accepts what zod rejects and copies exactly what zod returns.
 */
export function copyConsumptionRecord(row: unknown): ConsumptionRecord | undefined {
  if (!isRow(row)) return undefined;
  const {
    id,
    entitlementId,
    workspaceId,
    date,
    quantity,
    hoursDone,
    title,
    reference,
    status,
    person,
    email,
    caseId,
  } = row;
  if (!isId(id) || !isId(entitlementId) || !isId(workspaceId)) return undefined;
  if (typeof date !== 'string' || !CALENDAR_DATE.test(date)) return undefined;
  if (!isAmount(quantity) || typeof title !== 'string') return undefined;
  const out: ConsumptionRecord = { id, entitlementId, workspaceId, date, quantity, title };
  if (hoursDone !== undefined) {
    if (!isAmount(hoursDone)) return undefined;
    out.hoursDone = hoursDone;
  } else if ('hoursDone' in row) out.hoursDone = undefined;
  if (!optionalString(row, 'reference', reference, out)) return undefined;
  if (!optionalString(row, 'status', status, out)) return undefined;
  if (!optionalString(row, 'person', person, out)) return undefined;
  if (!optionalString(row, 'email', email, out)) return undefined;
  if (caseId !== undefined) {
    if (!isId(caseId)) return undefined;
    out.caseId = caseId;
  } else if ('caseId' in row) out.caseId = undefined;
  return out;
}

type OptionalTextKey = 'reference' | 'status' | 'person' | 'email';

/** Copies an optional string field the way zod does (a present `undefined` stays present); false when invalid. */
function optionalString(row: Row, key: OptionalTextKey, value: unknown, out: ConsumptionRecord): boolean {
  if (value === undefined) {
    if (key in row) out[key] = undefined;
    return true;
  }
  if (typeof value !== 'string') return false;
  out[key] = value;
  return true;
}

/**
 * Duplicate ids among a million rows: a Set answers "seen before?" with one hash lookup per row; the index of the
 * first occurrence, needed only for the message, comes from a Map built the first time a duplicate shows up.
 */
class IdTracker {
  private readonly seen = new Set<string>();
  private first: Map<string, number> | undefined;

  constructor(private readonly rows: readonly unknown[]) {}

  /** The index of the earlier row with this id, or -1 when it is the first. */
  firstIndexOf(id: string): number {
    const size = this.seen.size;
    this.seen.add(id);
    if (this.seen.size !== size) return -1;
    if (!this.first) {
      this.first = new Map<string, number>();
      for (let j = 0; j < this.rows.length; j++) {
        const row = this.rows[j];
        const rowId = isRow(row) ? row.id : undefined;
        if (isId(rowId) && !this.first.has(rowId)) this.first.set(rowId, j);
      }
    }
    return this.first.get(id) ?? -1;
  }
}

/** Reports a consumption row's duplicate id and unresolved references (read defensively from the raw row). */
function checkRow(row: Row, i: number, ids: IdTracker, idx: RowIndexes, issues: DatasetIssue[]): void {
  const { id, entitlementId, workspaceId, caseId } = row;
  if (isId(id)) {
    const first = ids.firstIndexOf(id);
    if (first >= 0) {
      issues.push({
        path: `consumption[${i}].id`,
        message: `duplicate id ${show(id)}, first used at consumption[${first}]`,
      });
    }
  }
  if (isId(entitlementId)) {
    if (!idx.entitlements.has(entitlementId)) {
      issues.push({
        path: `consumption[${i}].entitlementId`,
        message: `unknown entitlement ${show(entitlementId)}`,
      });
    } else if (idx.benefits.has(entitlementId)) {
      issues.push({
        path: `consumption[${i}].entitlementId`,
        message: `entitlement ${show(entitlementId)} is a benefit: no consumption is recorded against a benefit`,
      });
    }
  }
  if (isId(workspaceId) && !idx.workspaces.has(workspaceId)) {
    issues.push({ path: `consumption[${i}].workspaceId`, message: `unknown workspace ${show(workspaceId)}` });
  }
  if (isId(caseId) && !idx.cases.has(caseId)) {
    issues.push({ path: `consumption[${i}].caseId`, message: `unknown case ${show(caseId)}` });
  }
}

/**
 * Validates the consumption list — the one that can hold a million rows — in a single loop: the fast path (or zod)
 * for the shape, then Set and Map lookups for ids and references. Nothing but the copy is allocated per valid row.
 */
function parseConsumption(value: unknown, idx: RowIndexes, issues: DatasetIssue[]): ConsumptionRecord[] {
  if (!Array.isArray(value)) {
    const result = z.array(z.unknown()).safeParse(value, { error: errorMap });
    if (!result.success) issues.push(...toIssues(result.error, ['consumption']));
    return [];
  }
  const rows: ConsumptionRecord[] = new Array<ConsumptionRecord>(value.length);
  const ids = new IdTracker(value);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    const copy = copyConsumptionRecord(row);
    if (copy) rows[i] = copy;
    else {
      const result = consumptionRecordSchema.safeParse(row, { error: errorMap });
      if (result.success) rows[i] = result.data;
      else issues.push(...toIssues(result.error, ['consumption', i]));
    }
    if (isRow(row)) checkRow(row, i, ids, idx, issues);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Entry points

const SECTIONS = [
  'asOf',
  'customer',
  'workspaces',
  'users',
  'contracts',
  'packages',
  'entitlements',
  'consumption',
  'cases',
];
const SECTION_RE = /^(\w+)(?:\[(\d+)\])?/;

/** Sorts issues by section (in Dataset order), then row, keeping the order within a row. */
function sortIssues(issues: DatasetIssue[]): DatasetIssue[] {
  const keyed = issues.map((issue, n) => {
    const m = SECTION_RE.exec(issue.path);
    const section = m ? SECTIONS.indexOf(m[1]) : -1;
    return { issue, section, row: m?.[2] ? Number(m[2]) : -1, n };
  });
  keyed.sort((a, b) => a.section - b.section || a.row - b.row || a.n - b.n);
  return keyed.map((k) => k.issue);
}

/** The outcome of `safeParseDataset`. */
export type DatasetParseResult =
  { success: true; data: Dataset } | { success: false; issues: DatasetIssue[] };

/** Validates a dataset (shape and integrity) and returns either a fresh copy of it or every issue found. */
export function safeParseDataset(input: unknown): DatasetParseResult {
  const shell = datasetShellSchema.safeParse(input, { error: errorMap });
  const issues = shell.success ? [] : toIssues(shell.error);
  const indexes = checkIntegrity(input, issues);
  // A root that is not an object was reported by the shell already.
  const consumption = isRow(input) ? parseConsumption(input.consumption, indexes, issues) : [];
  if (issues.length > 0 || !shell.success) return { success: false, issues: sortIssues(issues) };
  return { success: true, data: { ...shell.data, consumption } };
}

/**
 * Validates a dataset and returns a copy that shares no object with the input (unknown keys stripped). Throws one
 * `DatasetError` listing every offending path, e.g. `entitlements[12].purchased: expected number, received string`.
 */
export function parseDataset(input: unknown): Dataset {
  const result = safeParseDataset(input);
  if (!result.success) throw new DatasetError(result.issues);
  return result.data;
}

/**
 * Validates an adapter response against one of the result schemas and returns the parsed value; throws a
 * `DatasetError` whose message starts with `context` (e.g. `Invalid response from GET /contracts`) and names
 * every offending path relative to the response.
 */
export function parseResponse<S extends z.ZodType>(schema: S, value: unknown, context: string): z.output<S> {
  const result = schema.safeParse(value, { error: errorMap });
  if (!result.success) throw new DatasetError(toIssues(result.error), context);
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------
// Record batches (an upsert into a stored dataset)

/** A batch of consumption records and cases to add to, or update in, a stored dataset. */
export interface RecordBatch {
  consumption: ConsumptionRecord[];
  cases: z.output<typeof supportCaseSchema>[];
}

/** The outcome of `safeParseRecordBatch`. */
export type RecordBatchParseResult =
  { success: true; data: RecordBatch } | { success: false; issues: DatasetIssue[] };

const recordBatchSchema = z.object({
  consumption: z.array(z.unknown()).optional(),
  cases: z.array(z.unknown()).optional(),
});

/**
 * Validates the shape of a record batch `{ consumption?, cases? }` alone: each record as in a dataset, no duplicate
 * id within a list, no `closedAt` before `openedAt`. References (entitlement, workspace, case, users) are checked
 * by the caller against the stored dataset. Paths read `consumption[3].quantity`, `cases[0].id`.
 */
export function safeParseRecordBatch(input: unknown): RecordBatchParseResult {
  const shell = recordBatchSchema.safeParse(input, { error: errorMap });
  if (!shell.success) return { success: false, issues: toIssues(shell.error) };
  const issues: DatasetIssue[] = [];
  const consumption: ConsumptionRecord[] = [];
  const rows = shell.data.consumption ?? [];
  indexIds(rows, 'consumption', issues);
  for (let i = 0; i < rows.length; i++) {
    const copy = copyConsumptionRecord(rows[i]);
    if (copy) consumption.push(copy);
    else {
      const result = consumptionRecordSchema.safeParse(rows[i], { error: errorMap });
      if (result.success) consumption.push(result.data);
      else issues.push(...toIssues(result.error, ['consumption', i]));
    }
  }
  const cases: RecordBatch['cases'] = [];
  const caseRows = shell.data.cases ?? [];
  indexIds(caseRows, 'cases', issues);
  for (let i = 0; i < caseRows.length; i++) {
    const result = supportCaseSchema.safeParse(caseRows[i], { error: errorMap });
    if (result.success) cases.push(result.data);
    else issues.push(...toIssues(result.error, ['cases', i]));
    if (isRow(caseRows[i])) checkOrder(caseRows[i] as Row, `cases[${i}]`, 'openedAt', 'closedAt', issues);
  }
  if (issues.length > 0) return { success: false, issues: sortIssues(issues) };
  return { success: true, data: { consumption, cases } };
}
