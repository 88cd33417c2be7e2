/**
 * The REST/JSON adapter (docs/adapters.md): answers the adapter contract from a server that speaks the URL scheme of
 * `http-schemas.ts` — `createRequestHandler` of `customer-activity-elements/server`, or a host's own backend.
 *
 * - Every 2xx body is parsed as JSON and validated against the result schema of its method; a body that is not
 *   JSON or breaks the schema rejects with a `DatasetError` naming the request and every offending path
 *   (`Invalid response from GET /contracts (1 problem): [0].status: expected one of …`).
 * - 400 → `QueryError`, 401 and 403 → `AccessDeniedError`, 404 → `NotFoundError` (with the server's problem
 *   `detail`); any other failure → `HttpError` with the status and the problem body.
 * - Each request has its own timeout (`timeoutMs`), which rejects with a `TimeoutError` and is not retried (a
 *   server that does not answer in time rarely does on a second try, and the user keeps a "try again").
 * - Network errors (`NetworkError` after the last try), 5xx and 429 are retried up to `retries` times, after an
 *   exponential backoff with jitter capped at `maxRetryDelayMs`; a `Retry-After` header (seconds or an HTTP date)
 *   is waited for when it is at most `maxRetryAfterMs`, and a longer one gives up at once. 4xx other than 429 and
 *   an abort are never retried; an abort rejects at once, also while waiting to retry.
 * - A `limit` larger than `maxPageSize` is fetched as several requests of at most `maxPageSize` rows and answered
 *   as one page, so the server's `maxLimit` never leaks into callers (an export asking for 2,000 rows works).
 */
import type {
  AdditionalCase,
  ConsumptionRecord,
  ContractView,
  EnterpriseSummary,
  EntitlementView,
  PackageView,
  Page,
  Session,
  SortSpec,
} from '../domain/types.js';
import type { TimelinePoint } from '../domain/timeline.js';
import type {
  AdditionalCasesQuery,
  CallOptions,
  ConsumptionQuery,
  CustomerActivityAdapter,
  ListPackagesQuery,
} from './adapter.js';
import {
  AccessDeniedError,
  abortError,
  DatasetError,
  NotFoundError,
  QueryError,
  throwIfAborted,
} from './errors.js';
import {
  encodeSort,
  HTTP_DEFAULT_MAX_LIMIT,
  HTTP_ROUTES,
  parseProblem,
  type HttpRouteName,
  type Problem,
} from './http-schemas.js';
import {
  additionalCasePageSchema,
  consumptionPageSchema,
  copyConsumptionRecord,
  contractViewListSchema,
  enterpriseSummarySchema,
  entitlementViewSchema,
  packageViewListSchema,
  parseResponse,
  sessionSchema,
  timelineSchema,
} from './schemas.js';

/** Options of {@link createHttpAdapter}. */
export interface HttpAdapterOptions {
  /**
   * Where the routes live, e.g. `/api/customer-activity` or `https://portal.example/api/customer-activity`. A
   * relative URL is resolved against the page; outside a browser it must be absolute.
   */
  baseUrl: string | URL;
  /** The fetch to use (default the global one, looked up at each request). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request (e.g. a bearer token), or a function giving them, called for each request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Time allowed to each request, body included, before it fails with a `TimeoutError` (default 15,000 ms). */
  timeoutMs?: number;
  /** Retries after a network error, a 5xx or a 429 (default 3, so at most 4 requests). */
  retries?: number;
  /** The first retry waits about this long, each next one twice as long, with jitter (default 300 ms). */
  retryDelayMs?: number;
  /** The longest backoff between two tries (default 5,000 ms). */
  maxRetryDelayMs?: number;
  /** The longest `Retry-After` waited for; a longer one gives up at once (default 30,000 ms). */
  maxRetryAfterMs?: number;
  /** The largest `limit` sent in one request; a larger page is fetched in parts (default 1,000). */
  maxPageSize?: number;
}

/** A server answer that is not a success, after every retry that applied. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  /** The HTTP status. */
  readonly status: number;
  /** The problem body (RFC 9457), when the server sent one. */
  readonly problem: Problem | undefined;
  /** The `Retry-After` the server asked for, in ms, when it did. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status: number, problem?: Problem, retryAfterMs?: number) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The server could not be reached, or the connection broke, on every try. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A request took longer than `timeoutMs`. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(message: string) {
    super(message);
  }
}

type Parser<T> = (value: unknown, context: string) => T;
type QueryPairs = [name: string, value: string][];

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Parses `Retry-After` (delay-seconds or an HTTP date) to milliseconds from now; undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Validates a consumption page — up to `maxPageSize` rows, the hot path of a scrolling grid — through the same
 * fast row check `parseDataset` uses (it accepts only rows that zod accepts, and copies exactly what zod returns),
 * several times faster than zod's generic object walk; anything it is unsure of goes to zod, which decides and
 * names every offending path.
 */
function parseConsumptionPage(value: unknown, context: string): Page<ConsumptionRecord> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { rows, total, hiddenByPermissions } = value as Record<string, unknown>;
    if (Array.isArray(rows) && isCount(total) && isCount(hiddenByPermissions)) {
      const copies: ConsumptionRecord[] = new Array<ConsumptionRecord>(rows.length);
      let i = 0;
      for (; i < rows.length; i++) {
        const copy = copyConsumptionRecord(rows[i]);
        if (copy === undefined) break;
        copies[i] = copy;
      }
      if (i === rows.length) return { rows: copies, total, hiddenByPermissions };
    }
  }
  return parseResponse(consumptionPageSchema, value, context);
}

/** Waits `ms`, rejecting at once with the abort reason when the signal aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    throwIfAborted(signal);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Adds the `workspaceIds` of a query, one parameter each (a missing list is left for the server to refuse). */
function workspacePairs(workspaceIds: unknown): QueryPairs {
  return Array.isArray(workspaceIds) ? workspaceIds.map((id) => ['workspaceIds', String(id)]) : [];
}

/** A sort key that can travel in the `sort` parameter (a field name: the server checks it is one of the row's). */
const SORT_KEY = /^[A-Za-z_]\w*$/;

/**
 * Adds `offset`, `limit`, `sort` and `search`. Offset, limit and the sort keys go as given, for the server to
 * validate; what could not even be encoded is refused here with the `QueryError` the memory adapter would throw.
 */
function pagePairs(query: { offset: unknown; limit: unknown; sort?: unknown; search?: unknown }): QueryPairs {
  const pairs: QueryPairs = [
    ['offset', String(query.offset)],
    ['limit', String(query.limit)],
  ];
  const { sort, search } = query;
  if (sort !== undefined) {
    if (!Array.isArray(sort)) throw new QueryError('sort must be a list of { key, direction }');
    (sort as unknown[]).forEach((spec, i) => {
      const { key, direction } = (spec ?? {}) as { key?: unknown; direction?: unknown };
      if (typeof key !== 'string' || !SORT_KEY.test(key)) {
        throw new QueryError(`sort[${i}].key: unknown sort key ${JSON.stringify(key)}`);
      }
      if (direction !== 'asc' && direction !== 'desc') {
        throw new QueryError(
          `sort[${i}].direction must be "asc" or "desc", got ${JSON.stringify(direction)}`,
        );
      }
    });
    if (sort.length > 0) pairs.push(['sort', encodeSort(sort as SortSpec[])]);
  }
  if (search !== undefined) {
    if (typeof search !== 'string') throw new QueryError('search must be a string');
    if (search !== '') pairs.push(['search', search]);
  }
  return pairs;
}

/**
 * Creates an adapter that answers every method with one GET (or, for a large page, a few) to a server speaking
 * the URL scheme of `customer-activity-elements/server`.
 */
export function createHttpAdapter(options: HttpAdapterOptions): CustomerActivityAdapter {
  return new HttpAdapter(options);
}

class HttpAdapter implements CustomerActivityAdapter {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxPageSize: number;

  constructor(private readonly options: HttpAdapterOptions) {
    const location = (globalThis as { location?: { href: string } }).location;
    let base: URL;
    try {
      base = new URL(options.baseUrl, location?.href);
    } catch {
      throw new TypeError(
        `createHttpAdapter: baseUrl ${JSON.stringify(String(options.baseUrl))} is not a URL` +
          (location ? '' : ' (outside a browser it must be absolute)'),
      );
    }
    this.base = base.href.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = Math.max(0, Math.floor(options.retries ?? 3));
    this.retryDelayMs = options.retryDelayMs ?? 300;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.maxPageSize = Math.max(1, Math.floor(options.maxPageSize ?? HTTP_DEFAULT_MAX_LIMIT));
  }

  // -------------------------------------------------------------------------------------------------------
  // Adapter methods

  getSession(options?: CallOptions): Promise<Session> {
    return this.get('getSession', {}, [], (v, c) => parseResponse(sessionSchema, v, c), options);
  }

  listContracts(query: { workspaceIds: string[] }, options?: CallOptions): Promise<ContractView[]> {
    return this.get(
      'listContracts',
      {},
      workspacePairs(query?.workspaceIds),
      (v, c) => parseResponse(contractViewListSchema, v, c),
      options,
    );
  }

  getEnterpriseSummary(
    query: { contractId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EnterpriseSummary> {
    return this.get(
      'getEnterpriseSummary',
      { contractId: query?.contractId },
      workspacePairs(query?.workspaceIds),
      (v, c) => parseResponse(enterpriseSummarySchema, v, c),
      options,
    );
  }

  listPackages(query: ListPackagesQuery, options?: CallOptions): Promise<PackageView[]> {
    const pairs = workspacePairs(query?.workspaceIds);
    pairs.push(['scope', String(query?.scope)]);
    if (query?.status !== undefined) pairs.push(['status', String(query.status)]);
    if (query?.packageId !== undefined) pairs.push(['packageId', String(query.packageId)]);
    return this.get(
      'listPackages',
      { contractId: query?.contractId },
      pairs,
      (v, c) => parseResponse(packageViewListSchema, v, c),
      options,
    );
  }

  getEntitlement(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<EntitlementView> {
    return this.get(
      'getEntitlement',
      { entitlementId: query?.entitlementId },
      workspacePairs(query?.workspaceIds),
      (v, c) => parseResponse(entitlementViewSchema, v, c),
      options,
    );
  }

  queryConsumption(query: ConsumptionQuery, options?: CallOptions): Promise<Page<ConsumptionRecord>> {
    return this.page(
      'queryConsumption',
      { entitlementId: query?.entitlementId },
      workspacePairs(query?.workspaceIds),
      query,
      parseConsumptionPage,
      options,
    );
  }

  getConsumptionTimeline(
    query: { entitlementId: string; workspaceIds: string[] },
    options?: CallOptions,
  ): Promise<TimelinePoint[]> {
    return this.get(
      'getConsumptionTimeline',
      { entitlementId: query?.entitlementId },
      workspacePairs(query?.workspaceIds),
      (v, c) => parseResponse(timelineSchema, v, c),
      options,
    );
  }

  queryAdditionalCases(query: AdditionalCasesQuery, options?: CallOptions): Promise<Page<AdditionalCase>> {
    const pairs = workspacePairs(query?.workspaceIds);
    const reasons: unknown = query?.reasons;
    if (reasons !== undefined && !Array.isArray(reasons)) {
      return Promise.reject(new QueryError('reasons must be a list of reasons'));
    }
    for (const r of (reasons ?? []) as unknown[]) pairs.push(['reasons', String(r)]);
    return this.page(
      'queryAdditionalCases',
      {},
      pairs,
      query,
      (v, c) => parseResponse(additionalCasePageSchema, v, c),
      options,
    );
  }

  // -------------------------------------------------------------------------------------------------------
  // Requests

  /** One page, fetched in parts of at most `maxPageSize` rows when `limit` is larger. */
  private async page<T>(
    route: HttpRouteName,
    path: Record<string, unknown>,
    pairs: QueryPairs,
    query: { offset: unknown; limit: unknown; sort?: unknown; search?: unknown },
    parse: Parser<Page<T>>,
    options: CallOptions | undefined,
  ): Promise<Page<T>> {
    const q = query ?? { offset: undefined, limit: undefined };
    const { offset, limit } = q;
    if (!isWholeNumber(offset) || !isWholeNumber(limit) || limit <= this.maxPageSize) {
      return this.get(route, path, [...pairs, ...pagePairs(q)], parse, options);
    }
    const rows: T[] = [];
    let last: Page<T> | undefined;
    for (let from = offset; from < offset + limit; from += this.maxPageSize) {
      const size = Math.min(this.maxPageSize, offset + limit - from);
      last = await this.get(
        route,
        path,
        [...pairs, ...pagePairs({ ...q, offset: from, limit: size })],
        parse,
        options,
      );
      rows.push(...last.rows);
      if (last.rows.length < size) break;
    }
    return { rows, total: last!.total, hiddenByPermissions: last!.hiddenByPermissions };
  }

  /** A GET of one route, retried as the options say, its answer validated by `parse`. */
  private async get<T>(
    route: HttpRouteName,
    pathParams: Record<string, unknown>,
    pairs: QueryPairs,
    parse: Parser<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const path = this.pathOf(route, pathParams);
    const search = new URLSearchParams(pairs).toString();
    const url = `${this.base}${path}${search ? `?${search}` : ''}`;
    const what = `GET ${path}`;

    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(url, what, attempt, parse, signal);
      if ('value' in outcome) return outcome.value;
      const { failure, retryable, retryAfterMs } = outcome;
      if (!retryable || attempt >= this.retries) throw failure;
      if (retryAfterMs !== undefined && retryAfterMs > this.maxRetryAfterMs) throw failure;
      const backoff = Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** attempt);
      const jittered = backoff / 2 + (Math.random() * backoff) / 2;
      await sleep(Math.max(jittered, retryAfterMs ?? 0), signal);
    }
  }

  /**
   * One try: the validated value, or the failure and whether it may be retried. Rejects (final, never retried)
   * on an abort, a timeout, a body that is not valid, and anything that is not a network failure.
   */
  private async attempt<T>(
    url: string,
    what: string,
    attempt: number,
    parse: Parser<T>,
    signal: AbortSignal | undefined,
  ): Promise<{ value: T } | { failure: Error; retryable: boolean; retryAfterMs?: number }> {
    const headers = await this.headersOf();
    let answer: { response: Response; text: string };
    try {
      answer = await this.fetchOnce(url, what, headers, signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      // fetch (and reading the body) rejects with a TypeError when the network fails; anything else is final.
      if (!(error instanceof TypeError)) throw error;
      const tries = `${attempt + 1} ${attempt === 0 ? 'try' : 'tries'}`;
      const failure = new NetworkError(`${what} failed: the server could not be reached (${tries})`, {
        cause: error,
      });
      return { failure, retryable: true };
    }
    const { response, text } = answer;
    if (response.ok)
      return { value: parse(this.json(text, what, response), `Invalid response from ${what}`) };
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return {
      failure: this.errorOf(response, text, what, attempt + 1, retryAfterMs),
      retryable: response.status >= 500 || response.status === 429,
      retryAfterMs,
    };
  }

  /** The headers of one request: the configured ones (static or from the function) and `Accept`. */
  private async headersOf(): Promise<Headers> {
    const configured = this.options.headers;
    const headers = new Headers(typeof configured === 'function' ? await configured() : configured);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    return headers;
  }

  /** The path of a route with its parameters filled in; a QueryError when one is not a non-empty string. */
  private pathOf(route: HttpRouteName, params: Record<string, unknown>): string {
    return HTTP_ROUTES[route].path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (typeof value !== 'string' || value === '')
        throw new QueryError(`${name} must be a non-empty string`);
      return encodeURIComponent(value);
    });
  }

  /** One request, body read, within the timeout; rejects with a TimeoutError, an abort or a fetch error. */
  private async fetchOnce(
    url: string,
    what: string,
    headers: Headers,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new TimeoutError(`${what} did not answer within ${this.timeoutMs} ms`));
    }, this.timeoutMs);
    try {
      const fetchImpl = this.options.fetch ?? globalThis.fetch;
      const response = await fetchImpl(url, { method: 'GET', headers, signal: controller.signal });
      const text = await response.text();
      return { response, text };
    } catch (error) {
      if (timedOut && !signal?.aborted)
        throw new TimeoutError(`${what} did not answer within ${this.timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The JSON of a success body; a DatasetError naming the request when it is not JSON. */
  private json(text: string, what: string, response: Response): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const type = response.headers.get('Content-Type') ?? 'no content type';
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatasetError(
        [
          {
            path: '',
            message: `expected a JSON body, received ${text.length} characters of ${type} (${reason})`,
          },
        ],
        `Invalid response from ${what}`,
      );
    }
  }

  /** The error for a failed answer: the contract's error classes for 400/401/403/404, else an HttpError. */
  private errorOf(
    response: Response,
    text: string,
    what: string,
    tries: number,
    retryAfterMs?: number,
  ): Error {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const problem = parseProblem(body);
    const status = response.status;
    const statusText = response.statusText || STATUS_TEXT[status] || 'Error';
    const params = problem?.['invalid-params']?.map((p) => `${p.name} ${p.reason}`).join('; ');
    const detail = params || problem?.detail || statusText;
    if (status === 400) return new QueryError(`${what}: ${detail}`);
    if (status === 401 || status === 403) return new AccessDeniedError(detail);
    if (status === 404) return new NotFoundError(problem?.detail ?? `${what}: ${statusText}`);
    const after = retryAfterMs === undefined ? '' : `, retry after ${Math.ceil(retryAfterMs / 1000)} s`;
    const count = tries > 1 ? ` after ${tries} tries` : '';
    return new HttpError(
      `${what} failed: ${status} ${statusText}${problem?.detail ? ` — ${problem.detail}` : ''}${count}${after}`,
      status,
      problem,
      retryAfterMs,
    );
  }
}
