/**
 * Search, sort and page (docs/domain-rules.md).
 *
 * - Search folds text (NFD, combining marks stripped, lower-cased) so it is case- and accent-insensitive, then
 *   matches the needle as a substring of any one of the row's text fields.
 * - Sort compares each key's *folded* value by UTF-16 code unit (so `Árvore`, `arvore` and `Arvore` sort together,
 *   between `abc` and `b`), breaks a folded tie by the raw value's code units, then ties on the next key, and last
 *   on `id` ascending, so every order is total and paging is stable. Numbers compare numerically, before strings;
 *   null / undefined sort last in `asc`, and `desc` is the exact reverse of `asc` on each key (nulls first), the
 *   final `id` tie-break staying ascending. Code units rather than `Intl.Collator`: locale-independent (the same
 *   order in the memory adapter, on a server and in a test), and an order of magnitude faster on 100k rows.
 *   `RowIndex` gives the same order as `createComparator` from integer ranks computed once per field.
 * - Arrays (e.g. a case's `reasons`) sort and search as their items joined by `, `.
 */
import type { AdditionalCase, ConsumptionRecord, SortSpec, SupportCase } from './types.js';

/** A precomputed sort key: a number, a folded string, or null (missing). */
export type SortValue = number | string | null;

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
/** Characters below this code point fold through a table (there are no combining marks among them). */
const TABLE_LIMIT = 0x250;
/** Longest text folded through the table (`String.fromCharCode` takes its codes as arguments). */
const TABLE_MAX_LENGTH = 4096;
let foldTable: (readonly number[])[] | undefined;

function foldByNormalizing(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Folds text for comparison: NFD, combining marks stripped, lower-cased ("Educação" → "educacao").
 *
 * Computed as lower-case first, then — only when non-ASCII is left — Latin letters through a per-character table
 * and anything else through NFD and a strip; the result is the same for every input (a test checks it against the
 * definition), and the table keeps Latin text in V8's compact one-byte strings, which compare several times faster
 * than the two-byte strings `normalize` leaves behind.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const n = lower.length;
  if (n > TABLE_MAX_LENGTH) return foldByNormalizing(lower);
  foldTable ??= Array.from({ length: TABLE_LIMIT }, (_, c) =>
    Array.from(foldByNormalizing(String.fromCharCode(c).toLowerCase()), (ch) => ch.charCodeAt(0)),
  );
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) codes.push(c);
    else if (c < TABLE_LIMIT) codes.push(...foldTable[c]);
    else return foldByNormalizing(lower);
  }
  return String.fromCharCode(...codes);
}

/** The folded, trimmed needle of a search; the empty string means "no search". */
export function foldSearch(search: string | undefined): string {
  return search === undefined ? '' : foldText(search.trim());
}

/** Separates fields in a search text, so a needle never matches across two fields. */
const FIELD_SEPARATOR = '\u0000';

/** The text form of a field value for search and for raw sort ties ('' when missing). */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The folded search text of a row: its text fields folded and joined by a separator no needle can span. */
export function searchTextOf<T extends object>(row: T, fields: readonly (keyof T & string)[]): string {
  let text = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) text += FIELD_SEPARATOR;
    text += textOf(row[fields[i]]);
  }
  // One fold of the joined text equals the joined folds: the separator is a starter and not cased.
  return foldText(text);
}

/** Whether a folded search text contains a folded needle (an empty needle matches everything). */
export function matchesSearch(searchText: string, needle: string): boolean {
  if (needle === '') return true;
  if (needle.includes(FIELD_SEPARATOR)) return false;
  return searchText.includes(needle);
}

/** The sort key of a field value: numbers as they are, text folded, null/undefined/NaN as null. */
export function sortValueOf(value: unknown): SortValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return foldText(textOf(value));
}

/** Compares two sort keys ascending: numbers before strings, strings by code unit, null last. */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number') {
    if (typeof b !== 'number') return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** Compares two raw field values ascending, as the sort does: folded key first, then raw code units. */
export function compareFieldValues(a: unknown, b: unknown): number {
  const c = compareSortValues(sortValueOf(a), sortValueOf(b));
  if (c !== 0) return c;
  return compareRawText(a, b);
}

function compareRawText(a: unknown, b: unknown): number {
  if (typeof a === 'number' || typeof b === 'number') return 0;
  const ra = textOf(a);
  const rb = textOf(b);
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

/** Compares two ids by code unit. */
export function compareIds(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * A comparator over rows for a list of sort specs, ties broken by `id` ascending. Folds on every comparison:
 * for large lists use `RowIndex#sort`, which gives the same order from precomputed keys.
 */
export function createComparator<T extends { id: string }>(
  specs: readonly SortSpec[],
): (a: T, b: T) => number {
  return (a, b) => {
    for (const spec of specs) {
      const key = spec.key as keyof T;
      const c = compareFieldValues(a[key], b[key]);
      if (c !== 0) return spec.direction === 'desc' ? -c : c;
    }
    return compareIds(a.id, b.id);
  };
}

/** The rows of one page: `limit` rows from `offset`. */
export function pageOf<T>(rows: readonly T[], offset: number, limit: number): T[] {
  return rows.slice(offset, offset + limit);
}

/** Default order of consumption rows: newest first. */
export const DEFAULT_CONSUMPTION_SORT: readonly SortSpec<'date'>[] = [{ key: 'date', direction: 'desc' }];
/** Default order of additional cases: most recently opened first. */
export const DEFAULT_CASE_SORT: readonly SortSpec<'openedAt'>[] = [{ key: 'openedAt', direction: 'desc' }];

/** Every field of a consumption row: the valid sort keys. */
export const CONSUMPTION_FIELDS = [
  'id',
  'entitlementId',
  'workspaceId',
  'date',
  'quantity',
  'hoursDone',
  'title',
  'reference',
  'status',
  'person',
  'email',
  'caseId',
] as const satisfies readonly (keyof ConsumptionRecord)[];

/** The text fields of a consumption row that a search looks in. */
export const CONSUMPTION_SEARCH_FIELDS = [
  'date',
  'title',
  'reference',
  'status',
  'person',
  'email',
] as const satisfies readonly (keyof ConsumptionRecord)[];

/** Every field of an additional case: the valid sort keys. */
export const CASE_FIELDS = [
  'id',
  'number',
  'title',
  'type',
  'severity',
  'status',
  'openedAt',
  'closedAt',
  'workspaceId',
  'contractId',
  'packageId',
  'entitlementId',
  'classification',
  'primaryContactId',
  'sharedWithUserIds',
  'groupIds',
  'reasons',
] as const satisfies readonly (keyof AdditionalCase)[];

/** The text fields of a case that a search looks in. */
export const CASE_SEARCH_FIELDS = [
  'number',
  'title',
  'type',
  'severity',
  'status',
  'openedAt',
  'closedAt',
  'classification',
] as const satisfies readonly (keyof SupportCase)[];

// Compile-time checks that the field lists name every field of their row type.
type Missing<T, L extends readonly unknown[]> = Exclude<keyof T, L[number]>;
const allConsumptionFields: [Missing<ConsumptionRecord, typeof CONSUMPTION_FIELDS>] extends [never]
  ? true
  : false = true;
const allCaseFields: [Missing<AdditionalCase, typeof CASE_FIELDS>] extends [never] ? true : false = true;
void allConsumptionFields;
void allCaseFields;

/** The shape of a page query as received (possibly from untyped code). */
export interface PageQueryInput {
  offset?: unknown;
  limit?: unknown;
  sort?: unknown;
  search?: unknown;
}

/**
 * What is wrong with a page query, or undefined when it is valid: offset an integer ≥ 0, limit an integer ≥ 1,
 * sort a list of `{ key, direction }` with known keys and `asc`/`desc`, search a string.
 */
export function pageQueryProblem(query: PageQueryInput, sortKeys: readonly string[]): string | undefined {
  const { offset, limit, sort, search } = query;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    return `offset must be an integer ≥ 0, got ${String(offset)}`;
  }
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    return `limit must be an integer ≥ 1, got ${String(limit)}`;
  }
  if (search !== undefined && typeof search !== 'string') return 'search must be a string';
  if (sort !== undefined) {
    if (!Array.isArray(sort)) return 'sort must be a list of { key, direction }';
    for (const [i, spec] of (sort as unknown[]).entries()) {
      const { key, direction } = (spec ?? {}) as { key?: unknown; direction?: unknown };
      if (typeof key !== 'string' || !sortKeys.includes(key)) {
        return `sort[${i}].key: unknown sort key ${JSON.stringify(key)}; expected one of ${sortKeys.join(', ')}`;
      }
      if (direction !== 'asc' && direction !== 'desc') {
        return `sort[${i}].direction must be "asc" or "desc", got ${JSON.stringify(direction)}`;
      }
    }
  }
  return undefined;
}

/** The sort specs to apply: the given ones, or the default when none are given. */
export function effectiveSort<K extends string>(
  sort: readonly SortSpec<K>[] | undefined,
  fallback: readonly SortSpec<K>[],
): readonly SortSpec<K>[] {
  return sort !== undefined && sort.length > 0 ? sort : fallback;
}

/** The ranks of one field: equal values share a rank, ranks ascend in sort order, null has the last rank. */
export interface FieldRanks {
  /** The rank of each row's value. */
  rank: Uint32Array;
  /** How many ranks there are (the null rank is `size − 1`). */
  size: number;
}

/** Below this many positions, or when few rows of the index are sorted, a comparator sort beats counting passes. */
const COUNTING_SORT_MIN = 2048;

/**
 * Rows held column by column (e.g. the memory adapter's consumption storage): how many there are, and one field's
 * values in row order. A field stored as a dictionary may also give its codes, so that it is ranked and searched
 * through its distinct values alone.
 */
export interface ColumnSource<T> {
  readonly length: number;
  /** Every row's value of `field`, in row order (a fresh array: it is not kept). */
  column(field: keyof T & string): readonly unknown[];
  /** The distinct values of `field` and each row's index into them, when it is stored so; else undefined. */
  coded?(field: keyof T & string): { values: readonly unknown[]; codes: ArrayLike<number> } | undefined;
}

/** An array of rows as a column source. */
function arraySource<T>(rows: readonly T[]): ColumnSource<T> {
  return { length: rows.length, column: (field) => rows.map((row) => row[field]) };
}

/**
 * An index over a fixed list of rows that searches and sorts them fast. Each field's values are ranked once
 * (lazily): every distinct value is folded once and the distinct values sorted by native string order, so a sort is
 * then integer work — stable counting passes (least significant key first, `id` last) or, for a few positions, a
 * comparator on ranks. It gives exactly the order of `createComparator`. Search texts are folded once per row
 * (lazily). Positions are indexes into the rows. The rows are an array of objects or a `ColumnSource`; the index
 * keeps no row object of its own.
 */
export class RowIndex<T extends { id: string }> {
  private readonly source: ColumnSource<T>;
  private readonly searchFields: readonly (keyof T & string)[];
  private readonly ranks = new Map<string, FieldRanks>();
  private idRanks: FieldRanks | undefined;
  private searchColumns: SearchColumn[] | undefined;
  private lastNeedle: { needle: string; hits: Uint8Array[] } | undefined;

  /** Indexes `rows`; a search looks in `searchFields`. */
  constructor(rows: readonly T[] | ColumnSource<T>, searchFields: readonly (keyof T & string)[]) {
    this.source = Array.isArray(rows) ? arraySource(rows as readonly T[]) : (rows as ColumnSource<T>);
    this.searchFields = searchFields;
  }

  /** How many rows the index holds. */
  get length(): number {
    return this.source.length;
  }

  /**
   * Whether the row at `position` matches a folded needle (see `foldSearch`): the same answer as
   * `matchesSearch(searchTextOf(row, searchFields), needle)`, from each field's distinct values folded once and
   * tested once per needle.
   */
  matches(position: number, needle: string): boolean {
    if (needle === '') return true;
    const columns = (this.searchColumns ??= this.searchFields.map((f) => {
      const coded = this.source.coded?.(f);
      if (coded !== undefined) {
        return { folded: coded.values.map((v) => foldText(textOf(v))), ids: coded.codes };
      }
      return searchColumn(this.source.column(f));
    }));
    if (this.lastNeedle?.needle !== needle) {
      const spans = needle.includes(FIELD_SEPARATOR);
      const hits = columns.map(({ folded }) => {
        const hit = new Uint8Array(folded.length);
        if (!spans) for (let k = 0; k < folded.length; k++) hit[k] = folded[k].includes(needle) ? 1 : 0;
        return hit;
      });
      this.lastNeedle = { needle, hits };
    }
    const { hits } = this.lastNeedle;
    for (let c = 0; c < columns.length; c++) {
      const ids = columns[c].ids;
      if (hits[c][ids === null ? position : ids[position]] === 1) return true;
    }
    return false;
  }

  /** The ranks of one field for every row (computed once per field). */
  ranksOf(field: string): FieldRanks {
    let ranks = this.ranks.get(field);
    if (ranks === undefined) {
      const key = field as keyof T & string;
      const coded = this.source.coded?.(key);
      if (coded === undefined) ranks = rankValues(this.source.column(key));
      else {
        // Rank the distinct values, then give each row its value's rank — renumbered over the values some row
        // holds (a dictionary may list values no row has), so the ranks are exactly those of `rankValues` over
        // the rows: dense, null last.
        const distinct = rankValues(coded.values);
        const nullRank = distinct.size - 1;
        const used = new Uint8Array(distinct.size);
        for (let i = 0; i < coded.codes.length; i++) used[distinct.rank[coded.codes[i]]] = 1;
        const dense = new Uint32Array(distinct.size);
        let next = 0;
        for (let r = 0; r < nullRank; r++) if (used[r] === 1) dense[r] = next++;
        dense[nullRank] = next;
        const rank = new Uint32Array(coded.codes.length);
        for (let i = 0; i < rank.length; i++) rank[i] = dense[distinct.rank[coded.codes[i]]];
        ranks = { rank, size: next + 1 };
      }
      this.ranks.set(field, ranks);
    }
    return ranks;
  }

  /** Sorts positions in place by the sort specs, ties broken by `id` ascending; returns them. */
  sort<P extends number[] | Uint32Array>(positions: P, specs: readonly SortSpec[]): P {
    const m = positions.length;
    if (m < 2) return positions;
    const columns = specs.map((s) => ({ ...this.ranksOf(s.key), desc: s.direction === 'desc' }));
    // A key whose every row has its own value leaves no tie: the id tie-break is not needed then.
    const n = this.source.length;
    const unique = columns.some((c) => c.size === n + 1);
    if (!unique) this.idRanks ??= rankIds(this.source.column('id') as string[]);
    const ids = unique ? null : this.idRanks!.rank;

    if (m < COUNTING_SORT_MIN || m * 4 < n) {
      positions.sort((i, j) => {
        for (const col of columns) {
          const a = col.rank[i];
          const b = col.rank[j];
          if (a !== b) return col.desc ? b - a : a - b;
        }
        return ids === null ? 0 : ids[i] - ids[j];
      });
      return positions;
    }

    // Least significant key first: id, then the specs from last to first, each a stable counting pass.
    let from = Uint32Array.from(positions);
    let to = new Uint32Array(m);
    const pass = (rank: Uint32Array, size: number, desc: boolean): void => {
      const counts = new Uint32Array(size + 1);
      for (let k = 0; k < m; k++) {
        const r = rank[from[k]];
        counts[(desc ? size - 1 - r : r) + 1]++;
      }
      for (let r = 1; r <= size; r++) counts[r] += counts[r - 1];
      for (let k = 0; k < m; k++) {
        const p = from[k];
        const r = rank[p];
        to[counts[desc ? size - 1 - r : r]++] = p;
      }
      [from, to] = [to, from];
    };
    if (ids !== null) pass(ids, n + 1, false);
    for (let c = columns.length - 1; c >= 0; c--) pass(columns[c].rank, columns[c].size, columns[c].desc);
    for (let k = 0; k < m; k++) positions[k] = from[k];
    return positions;
  }
}

/** One searchable field: the folded text of each distinct value, and which value each row holds. */
interface SearchColumn {
  /** Folded text per distinct value, or per row when `ids` is null. */
  folded: string[];
  /** The distinct value of each row; null when the field has so many distinct values that rows map one to one. */
  ids: ArrayLike<number> | null;
}

/** Above this share of distinct values, a search column folds row by row instead of through a map. */
const DISTINCT_SHARE_LIMIT = 0.5;
/** Rows looked at before judging a field's share of distinct values. */
const DISTINCT_SAMPLE = 1024;

function searchColumn(values: readonly unknown[]): SearchColumn {
  const n = values.length;
  const distinct = new Map<string, number>();
  const folded: string[] = [];
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const text = textOf(values[i]);
    let k = distinct.get(text);
    if (k === undefined) {
      k = folded.length;
      if (k >= DISTINCT_SAMPLE && k > i * DISTINCT_SHARE_LIMIT) {
        // Mostly distinct (references, titles): a map would only cost time and memory.
        return { folded: values.map((v) => foldText(textOf(v))), ids: null };
      }
      distinct.set(text, k);
      folded.push(foldText(text));
    }
    ids[i] = k;
  }
  return { folded, ids };
}

/** Ranks ids by code unit (equal ids share a rank); O(n) when they already ascend, as generated ids often do. */
export function rankIds(ids: readonly string[]): FieldRanks {
  const n = ids.length;
  const rank = new Uint32Array(n);
  let ascending = true;
  for (let i = 1; i < n && ascending; i++) ascending = ids[i - 1] < ids[i];
  if (ascending) {
    for (let i = 0; i < n; i++) rank[i] = i;
    return { rank, size: n + 1 };
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  let r = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && ids[order[k]] !== ids[order[k - 1]]) r++;
    rank[order[k]] = r;
  }
  return { rank, size: n + 1 };
}

/** Up to this many distinct texts, a field is ranked through a map of distinct values; beyond, row by row. */
const DISTINCT_TEXT_LIMIT = 2048;

/**
 * Ranks values in the order of `compareFieldValues`: numbers (and booleans as 0/1) first, numerically; then text by
 * folded value, then raw value, by code unit; null / undefined / NaN share the last rank. A field with few distinct
 * texts folds and sorts only those; one with many sorts its rows directly (no map look-ups).
 */
export function rankValues(values: readonly unknown[]): FieldRanks {
  const n = values.length;
  const rank = new Uint32Array(n);
  const kind = new Uint8Array(n); // 0 missing, 1 number, 2 text
  const numbers = new Map<number, number>();
  let distinct: Map<string, number> | undefined = new Map<string, number>();
  let textCount = 0;
  const texts = values.map((value, i): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return '';
      kind[i] = 1;
      numbers.set(value, 0);
      return '';
    }
    if (typeof value === 'boolean') {
      kind[i] = 1;
      numbers.set(value ? 1 : 0, 0);
      return '';
    }
    const text = textOf(value);
    kind[i] = 2;
    textCount++;
    if (distinct !== undefined) {
      distinct.set(text, 0);
      if (distinct.size > DISTINCT_TEXT_LIMIT) distinct = undefined;
    }
    return text;
  });
  let next = 0;
  for (const v of Float64Array.from(numbers.keys()).sort()) numbers.set(v, next++);

  const byFoldedThenRaw =
    (raw: readonly string[], folded: readonly string[]) =>
    (a: number, b: number): number => {
      const fa = folded[a];
      const fb = folded[b];
      if (fa !== fb) return fa < fb ? -1 : 1;
      const ra = raw[a];
      const rb = raw[b];
      return ra < rb ? -1 : ra > rb ? 1 : 0;
    };

  if (distinct !== undefined) {
    const raw = [...distinct.keys()];
    const order = Uint32Array.from(raw.keys()).sort(byFoldedThenRaw(raw, raw.map(foldText)));
    for (const k of order) distinct.set(raw[k], next++);
    for (let i = 0; i < n; i++) if (kind[i] === 2) rank[i] = distinct.get(texts[i])!;
  } else {
    const rows = new Uint32Array(textCount);
    let k = 0;
    for (let i = 0; i < n; i++) if (kind[i] === 2) rows[k++] = i;
    const folded = texts.map((t, i) => (kind[i] === 2 ? foldText(t) : ''));
    rows.sort(byFoldedThenRaw(texts, folded));
    let r = next - 1;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (j === 0 || texts[i] !== texts[rows[j - 1]]) r++;
      rank[i] = r;
    }
    next = r + 1;
  }

  const nullRank = next;
  for (let i = 0; i < n; i++) {
    const c = kind[i];
    if (c === 0) rank[i] = nullRank;
    else if (c === 1)
      rank[i] = numbers.get(typeof values[i] === 'boolean' ? (values[i] ? 1 : 0) : (values[i] as number))!;
  }
  return { rank, size: nullRank + 1 };
}
