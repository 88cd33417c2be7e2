/**
 * Page sources for grid and export tests, independent of the memory adapter: rows generated here, searched,
 * sorted and paged here.
 */
import type { PageSource } from '../../src/data/export.js';
import type { Page, PageQuery, SortSpec } from '../../src/domain/types.js';

/** A generated row. */
export interface TestRow {
  id: string;
  /** 1-based position in generation order. */
  n: number;
  title: string;
  person: string;
  quantity: number;
  date: string;
}

const PEOPLE = ['Ana Souza', 'Bruno Lima', 'Carla Dias', 'Davi Rocha', 'Érica Melo', 'Fábio Nunes'];
const WORDS = ['Workshop', 'Assessment', 'Educação', 'Review', 'Onboarding', 'Migration', 'Health check'];

/** `count` deterministic rows: `row-000001` … with varied titles, people, quantities and dates. */
export function makeRows(count: number): TestRow[] {
  const rows: TestRow[] = new Array<TestRow>(count);
  for (let i = 0; i < count; i++) rows[i] = makeRow(i);
  return rows;
}

/** The row at 0-based position `i` of {@link makeRows}. */
export function makeRow(i: number): TestRow {
  const n = i + 1;
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return {
    id: `row-${String(n).padStart(7, '0')}`,
    n,
    title: `${WORDS[i % WORDS.length]} ${n}`,
    person: PEOPLE[(i * 7) % PEOPLE.length],
    quantity: ((i * 37) % 1000) / 4,
    date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** Case- and accent-insensitive folding, written here so the tests do not borrow the code under test. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = fold(String(a));
  const y = fold(String(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every call a source received, for assertions. */
export interface SourceLog {
  calls: PageQuery[];
}

/**
 * A page source over rows in memory: accent-insensitive search on the string fields, sort with an `id` tie-break,
 * offset/limit paging. The filtered and sorted array is cached per (sort, search), so paging 100k rows is cheap.
 */
export function createPageSource<T extends { id: string }>(
  rows: readonly T[],
  options: { hiddenByPermissions?: number; delayMs?: number } = {},
): PageSource<T> & SourceLog {
  const cache = new Map<string, T[]>();
  const folded = new WeakMap<T, string>();
  const textOf = (row: T): string => {
    let text = folded.get(row);
    if (text === undefined) {
      text = fold(
        Object.values(row)
          .filter((v) => typeof v === 'string')
          .join('\u0000'),
      );
      folded.set(row, text);
    }
    return text;
  };
  const view = (sort: SortSpec[] | undefined, search: string | undefined): T[] => {
    const key = JSON.stringify([sort ?? [], search ?? '']);
    let result = cache.get(key);
    if (!result) {
      const needle = fold((search ?? '').trim());
      result = needle ? rows.filter((r) => textOf(r).includes(needle)) : rows.slice();
      if (sort && sort.length > 0) {
        result.sort((a, b) => {
          for (const s of sort) {
            const c = compare((a as Record<string, unknown>)[s.key], (b as Record<string, unknown>)[s.key]);
            if (c !== 0) return s.direction === 'asc' ? c : -c;
          }
          return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
        });
      }
      cache.set(key, result);
    }
    return result;
  };
  const calls: PageQuery[] = [];
  const source: PageSource<T> = async (query, { signal }) => {
    calls.push(query);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    const all = view(query.sort, query.search);
    return {
      rows: all.slice(query.offset, query.offset + query.limit),
      total: all.length,
      hiddenByPermissions: options.hiddenByPermissions ?? 0,
    };
  };
  return Object.assign(source, { calls });
}

/**
 * A source of `total` synthetic rows generated on demand (nothing materialized), for 1M-row tests. Sort and
 * search are ignored.
 */
export function createSyntheticSource(total: number): PageSource<TestRow> & SourceLog {
  const calls: PageQuery[] = [];
  const source: PageSource<TestRow> = (query) => {
    calls.push(query);
    const rows: TestRow[] = [];
    const end = Math.min(total, query.offset + query.limit);
    for (let i = query.offset; i < end; i++) rows.push(makeRow(i));
    return Promise.resolve({ rows, total, hiddenByPermissions: 0 });
  };
  return Object.assign(source, { calls });
}

/** A request held by a {@link createDeferredSource}: the test answers it when it wants. */
export interface HeldRequest<T> {
  query: PageQuery;
  signal: AbortSignal;
  resolve(page: Page<T>): void;
  reject(error: unknown): void;
}

/**
 * A source whose answers the test gives by hand: every call is held in `requests` until the test resolves or
 * rejects it. It deliberately ignores aborts, like a server that answers anyway.
 */
export function createDeferredSource<T>(): PageSource<T> & { requests: HeldRequest<T>[] } {
  const requests: HeldRequest<T>[] = [];
  const source: PageSource<T> = (query, { signal }) =>
    new Promise<Page<T>>((resolve, reject) => {
      requests.push({ query, signal, resolve, reject });
    });
  return Object.assign(source, { requests });
}

/** A source that never answers (the loading state). */
export function createPendingSource<T>(): PageSource<T> {
  return () => new Promise<Page<T>>(() => {});
}

/** A source that always fails with `error`. */
export function createFailingSource<T>(
  error: unknown = new TypeError('Failed to fetch'),
): PageSource<T> & SourceLog {
  const calls: PageQuery[] = [];
  const source: PageSource<T> = (query) => {
    calls.push(query);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  };
  return Object.assign(source, { calls });
}
