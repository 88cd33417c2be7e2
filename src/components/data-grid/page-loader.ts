import type { PageSource } from '../../data/export.js';
import type { PageQuery } from '../../domain/types.js';

/** The sort and search a grid asks its source for; offset and limit are the loader's. */
export type GridQuery = Omit<PageQuery, 'offset' | 'limit'>;

/** What the loader tells its owner. */
export interface PageLoaderCallbacks {
  /** A page of the current query arrived (rows, total or hidden count may have changed). */
  onPage(): void;
  /** A request of the current query failed (never called for aborted or superseded requests). */
  onError(error: unknown): void;
}

interface CachedPage<T> {
  generation: number;
  rows: readonly T[];
}

/** Rows per page request. */
export const GRID_PAGE_SIZE = 100;
/** Pages kept in the cache (least recently used evicted first): 5,000 rows at the default page size. */
export const GRID_CACHED_PAGES = 50;

/**
 * Fetches and caches the pages a grid shows.
 *
 * - Pages are cached in an LRU of {@link GRID_CACHED_PAGES}; a page being fetched is fetched once however often
 *   it is asked for; a page that leaves the window while in flight has its request aborted.
 * - Every query (a new sort, search, source, or a refresh) starts a new **generation** and aborts the requests of
 *   the previous one. Each request remembers the generation it was made for, and an answer whose generation is
 *   not the current one is dropped, even if the source ignores the abort and answers anyway — so an older, slower
 *   answer can never replace a newer one.
 * - A new generation does not clear the cache at once: the previous rows (and total) stay on screen until the
 *   first answer of the new generation arrives, which then discards them ("a refresh keeps the last rows").
 */
export class PageLoader<T> {
  private readonly cache = new Map<number, CachedPage<T>>();
  private readonly inflight = new Map<number, AbortController>();
  /** Pages whose request failed in this generation: not asked again until a retry starts a new generation. */
  private readonly failed = new Set<number>();
  private generation = 0;
  private settled = false;
  private query: GridQuery = {};
  private source?: PageSource<T>;
  private lastTotal: number | undefined;
  private lastHidden = 0;
  private shownQuery: GridQuery = {};

  constructor(
    private readonly callbacks: PageLoaderCallbacks,
    readonly pageSize = GRID_PAGE_SIZE,
    private readonly maxPages = GRID_CACHED_PAGES,
  ) {}

  /** Rows matching the query, from the latest answer; undefined until a first answer ever arrived. */
  get total(): number | undefined {
    return this.lastTotal;
  }

  /** `hiddenByPermissions` of the latest answer. */
  get hiddenByPermissions(): number {
    return this.lastHidden;
  }

  /** The query whose answer is shown (the previous one until the current query's first answer arrives). */
  get settledQuery(): GridQuery {
    return this.shownQuery;
  }

  /** Whether an answer of the current query has arrived (false while previous rows are still shown). */
  get isSettled(): boolean {
    return this.settled;
  }

  /** Whether any request is in flight. */
  get isLoading(): boolean {
    return this.inflight.size > 0;
  }

  /** Starts a new generation for this source and query; the shown rows stay until its first answer. */
  reset(source: PageSource<T> | undefined, query: GridQuery): void {
    this.generation++;
    this.abortAll();
    this.source = source;
    this.query = { ...query };
    this.settled = false;
    this.failed.clear();
  }

  /** Forgets everything (previous rows included) and aborts every request. */
  clear(): void {
    this.generation++;
    this.abortAll();
    this.cache.clear();
    this.failed.clear();
    this.settled = false;
    this.lastTotal = undefined;
    this.lastHidden = 0;
    this.shownQuery = {};
  }

  /** Aborts every request in flight (e.g. when the grid leaves the document). */
  abortAll(): void {
    for (const controller of this.inflight.values()) controller.abort();
    this.inflight.clear();
  }

  /**
   * Makes sure the given pages are (being) loaded for the current query: aborts the requests of pages no longer
   * wanted, starts the missing ones, and marks the wanted ones as recently used.
   */
  ensure(pages: readonly number[]): void {
    const wanted = new Set(pages);
    for (const [page, controller] of this.inflight) {
      if (!wanted.has(page)) {
        controller.abort();
        this.inflight.delete(page);
      }
    }
    if (!this.source) return;
    for (const page of pages) {
      const cached = this.cache.get(page);
      if (cached && cached.generation === this.generation) {
        this.cache.delete(page);
        this.cache.set(page, cached);
      } else if (!this.inflight.has(page) && !this.failed.has(page)) {
        this.fetch(page);
      }
    }
  }

  /** The row at `index`, when its page is cached (possibly from the previous query while a new one loads). */
  rowAt(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    return this.cache.get(page)?.rows[index - page * this.pageSize];
  }

  private fetch(page: number): void {
    const source = this.source;
    if (!source) return;
    const generation = this.generation;
    const controller = new AbortController();
    this.inflight.set(page, controller);
    const done = (): boolean => {
      if (this.inflight.get(page) === controller) this.inflight.delete(page);
      return generation === this.generation;
    };
    let request: Promise<{ rows: T[]; total: number; hiddenByPermissions: number }>;
    try {
      request = source(
        { ...this.query, offset: page * this.pageSize, limit: this.pageSize },
        { signal: controller.signal },
      );
    } catch (error) {
      request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    request.then(
      (result) => {
        // A superseded generation's answer is dropped: it can never replace a newer one.
        if (!done()) return;
        if (!this.settled) {
          this.settled = true;
          this.shownQuery = this.query;
          for (const [key, entry] of this.cache) if (entry.generation !== generation) this.cache.delete(key);
        }
        this.cache.delete(page);
        this.cache.set(page, { generation, rows: result.rows });
        this.evict();
        this.lastTotal = Math.max(0, result.total);
        this.lastHidden = Math.max(0, result.hiddenByPermissions ?? 0);
        this.callbacks.onPage();
      },
      (error: unknown) => {
        if (!done() || controller.signal.aborted) return;
        this.failed.add(page);
        this.callbacks.onError(error);
      },
    );
  }

  private evict(): void {
    while (this.cache.size > this.maxPages) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
