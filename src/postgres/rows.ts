/**
 * Between records and table rows: column names, the folded sort keys and search texts computed at import with the
 * domain's own folding, the ORDER BY of a sort (from an allow-list, never from the query's text), and the records
 * read back.
 */
import { foldSearch, foldText } from '../domain/query.js';
import type { AdditionalCase, ConsumptionRecord, Reason, SortSpec, SupportCase } from '../domain/types.js';

/** How a sortable field compares: a number, text (folded key, then raw), or text whose fold is always itself. */
type FieldKind = 'number' | 'text' | 'plain' | 'list';

interface Field {
  column: string;
  kind: FieldKind;
}

/** The sortable fields of a consumption row: every field of the record. */
export const CONSUMPTION_COLUMNS: Readonly<Record<string, Field>> = {
  id: { column: 'id', kind: 'text' },
  entitlementId: { column: 'entitlement_id', kind: 'text' },
  workspaceId: { column: 'workspace_id', kind: 'text' },
  date: { column: 'date', kind: 'plain' }, // validated YYYY-MM-DD: folds to itself
  quantity: { column: 'quantity', kind: 'number' },
  hoursDone: { column: 'hours_done', kind: 'number' },
  title: { column: 'title', kind: 'text' },
  reference: { column: 'reference', kind: 'text' },
  status: { column: 'status', kind: 'text' },
  person: { column: 'person', kind: 'text' },
  email: { column: 'email', kind: 'text' },
  caseId: { column: 'case_id', kind: 'text' },
};

/** The sortable fields of an additional case: every field, `reasons` computed by the query. */
export const CASE_COLUMNS: Readonly<Record<string, Field>> = {
  id: { column: 'id', kind: 'text' },
  number: { column: 'number', kind: 'text' },
  title: { column: 'title', kind: 'text' },
  type: { column: 'type', kind: 'plain' }, // an enum of lower-case ASCII
  severity: { column: 'severity', kind: 'plain' }, // A | B | C: the fold (lower case) keeps their order
  status: { column: 'status', kind: 'plain' },
  openedAt: { column: 'opened_at', kind: 'plain' },
  closedAt: { column: 'closed_at', kind: 'plain' },
  workspaceId: { column: 'workspace_id', kind: 'text' },
  contractId: { column: 'contract_id', kind: 'text' },
  packageId: { column: 'package_id', kind: 'text' },
  entitlementId: { column: 'entitlement_id', kind: 'text' },
  classification: { column: 'classification', kind: 'plain' }, // SU | DSA | X85 | REC
  primaryContactId: { column: 'primary_contact_id', kind: 'text' },
  sharedWithUserIds: { column: 'shared_with_user_ids', kind: 'list' },
  groupIds: { column: 'group_ids', kind: 'list' },
  reasons: { column: 'reasons', kind: 'list' },
};

/** The text of a value as the domain sorts and searches it: lists joined by `, `, missing as ''. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The folded sort keys of a row that differ from their raw text, as JSON (`{"title":"educacao"}`), or null when
 * every key is its raw text (most ids, dates, lower-case text). Sorting reads `coalesce(folded->>f, raw)`.
 */
export function foldedKeysOf(row: object, columns: Readonly<Record<string, Field>>): string | null {
  let out: Record<string, string> | null = null;
  for (const [key, field] of Object.entries(columns)) {
    if (field.kind !== 'text' && field.kind !== 'list') continue;
    const value = (row as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    const raw = textOf(value);
    const folded = foldText(raw);
    if (folded !== raw) (out ??= {})[field.column] = folded;
  }
  return out === null ? null : JSON.stringify(out);
}

/** Separates the fields of a stored search text: a needle without it can match within one field only. */
export const SEARCH_SEPARATOR = '\u0001';

/**
 * The search text of a row: its search fields folded and joined by U+0001, and — only when some field itself
 * holds U+0001 — the folded fields one by one (a needle holding U+0001 is matched against those).
 */
export function searchOf(row: object, fields: readonly string[]): { text: string; fields: string[] | null } {
  const folded = fields.map((f) => foldText(textOf((row as Record<string, unknown>)[f])));
  return {
    text: folded.join(SEARCH_SEPARATOR),
    fields: folded.some((f) => f.includes(SEARCH_SEPARATOR)) ? folded : null,
  };
}

/** Escapes LIKE's wildcards and its escape character, so the needle is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The search predicate on a table alias for a query's search, with its parameter appended to `params`; null when
 * there is no search. The needle is folded exactly as the memory adapter folds it (`foldSearch`).
 */
export function searchPredicate(alias: string, search: string | undefined, params: unknown[]): string | null {
  const needle = foldSearch(search);
  if (needle === '') return null;
  if (needle.includes('\u0000')) return 'false'; // the memory adapter's field separator: matches no row
  params.push(`%${escapeLike(needle)}%`);
  const p = `$${params.length}`;
  if (!needle.includes(SEARCH_SEPARATOR)) return `${alias}.search_text LIKE ${p}`;
  return `(${alias}.search_fields IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(${alias}.search_fields) AS f(v) WHERE f.v LIKE ${p}))`;
}

/**
 * The ORDER BY of a sort, each key from the allow-list `columns` (an unknown key throws: the query was validated
 * before): the folded key by code point (`COLLATE "C"`), then the raw text, `desc` the exact reverse of `asc`
 * (nulls last ascending, first descending), and last `id` ascending.
 */
export function orderBy(
  alias: string,
  sort: readonly SortSpec[],
  columns: Readonly<Record<string, Field>>,
  expressions: Readonly<Record<string, string>> = {},
): string {
  const parts: string[] = [];
  for (const spec of sort) {
    const field = Object.hasOwn(columns, spec.key) ? columns[spec.key] : undefined;
    if (field === undefined) throw new Error(`orderBy: unknown sort key ${JSON.stringify(spec.key)}`);
    const dir = spec.direction === 'desc' ? 'DESC NULLS FIRST' : 'ASC NULLS LAST';
    const col = expressions[spec.key] ?? `${alias}.${field.column}`;
    switch (field.kind) {
      case 'number':
        parts.push(`${col} ${dir}`);
        break;
      case 'plain':
        parts.push(`${col} COLLATE "C" ${dir}`);
        break;
      case 'text':
        parts.push(`coalesce(${alias}.folded->>'${field.column}', ${col}) COLLATE "C" ${dir}`);
        parts.push(`${col} COLLATE "C" ${dir}`);
        break;
      case 'list': {
        const raw = `array_to_string(${col}, ', ')`;
        parts.push(`coalesce(${alias}.folded->>'${field.column}', ${raw}) COLLATE "C" ${dir}`);
        parts.push(`${raw} COLLATE "C" ${dir}`);
        break;
      }
    }
  }
  parts.push(`${alias}.id COLLATE "C" ASC`);
  return parts.join(', ');
}

/** A row of the consumption table as read back. */
export interface ConsumptionRow {
  id: string;
  entitlement_id: string;
  workspace_id: string;
  date: string;
  quantity: number;
  hours_done: number | null;
  title: string;
  reference: string | null;
  status: string | null;
  person: string | null;
  email: string | null;
  case_id: string | null;
}

/** The columns a consumption record is read from. */
export const CONSUMPTION_SELECT =
  'id, entitlement_id, workspace_id, date, quantity, hours_done, title, reference, status, person, email, case_id';

/** A consumption record from its row: optional fields absent when null, as the dataset had them. */
export function recordOf(row: ConsumptionRow): ConsumptionRecord {
  const r: ConsumptionRecord = {
    id: row.id,
    entitlementId: row.entitlement_id,
    workspaceId: row.workspace_id,
    date: row.date,
    quantity: Number(row.quantity),
    title: row.title,
  };
  if (row.hours_done !== null) r.hoursDone = Number(row.hours_done);
  if (row.reference !== null) r.reference = row.reference;
  if (row.status !== null) r.status = row.status;
  if (row.person !== null) r.person = row.person;
  if (row.email !== null) r.email = row.email;
  if (row.case_id !== null) r.caseId = row.case_id;
  return r;
}

/** A row of the cases table as read back, with the reasons the query computed. */
export interface CaseRow {
  id: string;
  number: string;
  title: string;
  type: SupportCase['type'];
  severity: SupportCase['severity'];
  status: SupportCase['status'];
  opened_at: string;
  closed_at: string | null;
  workspace_id: string;
  contract_id: string | null;
  package_id: string | null;
  entitlement_id: string | null;
  classification: SupportCase['classification'] | null;
  primary_contact_id: string | null;
  shared_with_user_ids: string[];
  group_ids: string[];
  reasons: Reason[];
}

/** The columns a case is read from. */
export const CASE_SELECT =
  'id, number, title, type, severity, status, opened_at, closed_at, workspace_id, contract_id, package_id, ' +
  'entitlement_id, classification, primary_contact_id, shared_with_user_ids, group_ids';

/** An additional case from its row: optional fields absent when null. */
export function additionalCaseOf(row: CaseRow): AdditionalCase {
  const c: AdditionalCase = {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.type,
    severity: row.severity,
    status: row.status,
    openedAt: row.opened_at,
    workspaceId: row.workspace_id,
    sharedWithUserIds: [...row.shared_with_user_ids],
    groupIds: [...row.group_ids],
    reasons: [...row.reasons],
  };
  if (row.closed_at !== null) c.closedAt = row.closed_at;
  if (row.contract_id !== null) c.contractId = row.contract_id;
  if (row.package_id !== null) c.packageId = row.package_id;
  if (row.entitlement_id !== null) c.entitlementId = row.entitlement_id;
  if (row.classification !== null) c.classification = row.classification;
  if (row.primary_contact_id !== null) c.primaryContactId = row.primary_contact_id;
  return c;
}
