/// <reference types="node" />
/**
 * `createRequestHandler` (docs/adapters.md): serves the adapter contract over HTTP for node:http, Express, Connect or a
 * Vite middleware, in the URL scheme of `src/data/http-schemas.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomerActivityAdapter } from '../data/adapter.js';
import { NotFoundError } from '../data/errors.js';
import {
  HTTP_DEFAULT_MAX_LIMIT,
  HTTP_ROUTES,
  parsePathId,
  parseRouteQuery,
  type HttpRouteName,
  type InvalidParam,
} from '../data/http-schemas.js';
import type { PackageScope, PackageStatusFilter, PageQuery, Reason, SortSpec } from '../domain/types.js';
import { createOpenApiDocument } from './openapi.js';
import { sendJson, sendProblem, type RespondOptions } from './respond.js';

/** Options of {@link createRequestHandler}. */
export interface RequestHandlerOptions {
  /**
   * The adapter answering for the viewer of this request, from the host's own session or token (never from the
   * query string). Return null or undefined when nobody is signed in (401); throw an `AccessDeniedError` to refuse
   * (403). Typically `createMemoryAdapter(dataset, { viewerId })`, kept per viewer, or the host's own adapter.
   */
  adapterFor(
    req: IncomingMessage,
  ): CustomerActivityAdapter | null | undefined | Promise<CustomerActivityAdapter | null | undefined>;
  /**
   * A path prefix stripped from `req.url`, for a plain node:http server or an Express app that does not mount the
   * handler at a path: requests outside it go to `next` (or get a 404). Default none: mount the handler at its
   * path (`app.use('/api/customer-activity', handler)`, `server.middlewares.use(…)`), which strips the prefix.
   */
  basePath?: string;
  /** The largest `limit` accepted (default 1000); a larger one is answered 400. */
  maxLimit?: number;
  /** Bodies at least this long are gzipped when the client accepts gzip (default 1024 bytes). */
  compressMinBytes?: number;
  /** Serve the OpenAPI document at `/openapi.json` (default true). */
  serveOpenApi?: boolean;
  /**
   * Told about every error answered 500 or 503 (the client gets a generic problem without message or stack). Default:
   * `console.error`.
   */
  onError?(error: unknown, req: IncomingMessage): void;
}

/** A Node request handler; also a Connect/Express middleware (`next` is called for requests outside `basePath`). */
export type RequestHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

interface CompiledRoute {
  name: HttpRouteName;
  segments: readonly string[];
}

const ROUTE_TABLE: readonly CompiledRoute[] = (Object.keys(HTTP_ROUTES) as HttpRouteName[]).map((name) => ({
  name,
  segments: HTTP_ROUTES[name].path.split('/').slice(1),
}));

/** The `Retry-After` of a 503: the data source is expected back soon (a pool reconnects on the next request). */
const RETRY_AFTER_SECONDS = 1;

/** The error classes of the contract, by name (so errors from another copy of the library count too). */
function statusOf(error: unknown): 400 | 403 | 404 | 500 | 503 {
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'DataSourceUnavailableError') return 503;
  if (name === 'QueryError') return 400;
  if (name === 'AccessDeniedError') return 403;
  if (name === 'NotFoundError') return 404;
  return 500;
}

/** Splits a request target into its path (absolute-form targets reduced to theirs) and its query string. */
function splitTarget(url: string): { path: string; query: string } {
  let target = url;
  if (!target.startsWith('/')) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
    target = m ? target.slice(m[0].length) || '/' : `/${target}`;
  }
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: '' } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

type Match =
  { route: HttpRouteName; params: Record<string, string> } | { invalid: InvalidParam[] } | undefined;

/** The route a path names and its decoded, validated path parameters. */
function matchRoute(path: string): Match {
  const parts = path.split('/').slice(1);
  for (const { name, segments } of ROUTE_TABLE) {
    if (segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const invalid: InvalidParam[] = [];
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const segment = segments[i];
      if (segment.startsWith('{')) {
        const param = segment.slice(1, -1);
        let value: string;
        try {
          value = decodeURIComponent(parts[i]);
        } catch {
          invalid.push({ name: param, reason: 'is not valid percent-encoded UTF-8' });
          continue;
        }
        const result = parsePathId(param, value);
        if (result.success) params[param] = result.data;
        else invalid.push(...result.invalid);
      } else ok = segment === parts[i];
    }
    if (!ok) continue;
    return invalid.length > 0 ? { invalid } : { route: name, params };
  }
  return undefined;
}

/** Asks the adapter for the answer of a validated request. */
function call(
  adapter: CustomerActivityAdapter,
  route: HttpRouteName,
  path: Record<string, string>,
  q: Record<string, unknown>,
  signal: AbortSignal,
): Promise<unknown> {
  const options = { signal };
  const workspaceIds = q.workspaceIds as string[];
  // The sort keys were checked against the route's fields by the query schema.
  const page = <K extends string>(): PageQuery<K> => {
    const out: PageQuery<K> = { offset: q.offset as number, limit: q.limit as number };
    if (q.sort !== undefined) out.sort = q.sort as SortSpec<K>[];
    if (q.search !== undefined) out.search = q.search as string;
    return out;
  };
  switch (route) {
    case 'getSession':
      return adapter.getSession(options);
    case 'listContracts':
      return adapter.listContracts({ workspaceIds }, options);
    case 'getEnterpriseSummary':
      return adapter.getEnterpriseSummary({ contractId: path.contractId, workspaceIds }, options);
    case 'listPackages': {
      const query: Parameters<CustomerActivityAdapter['listPackages']>[0] = {
        contractId: path.contractId,
        scope: q.scope as PackageScope,
        status: q.status as PackageStatusFilter,
        workspaceIds,
      };
      if (q.packageId !== undefined) query.packageId = q.packageId as string;
      return adapter.listPackages(query, options);
    }
    case 'getEntitlement':
      return adapter.getEntitlement({ entitlementId: path.entitlementId, workspaceIds }, options);
    case 'queryConsumption':
      return adapter.queryConsumption(
        { entitlementId: path.entitlementId, workspaceIds, ...page() },
        options,
      );
    case 'getConsumptionTimeline':
      if (adapter.getConsumptionTimeline === undefined) {
        throw new NotFoundError('This backend does not aggregate consumption timelines');
      }
      return adapter.getConsumptionTimeline({ entitlementId: path.entitlementId, workspaceIds }, options);
    case 'queryAdditionalCases': {
      const query: Parameters<CustomerActivityAdapter['queryAdditionalCases']>[0] = {
        workspaceIds,
        ...page(),
      };
      if (q.reasons !== undefined) query.reasons = q.reasons as Reason[];
      return adapter.queryAdditionalCases(query, options);
    }
  }
}

/**
 * Creates a Node request handler serving the adapter contract over HTTP (see `http-schemas.ts` for the URL
 * scheme). It validates every query string and path parameter (400 with a problem body whose `invalid-params` names
 * each bad parameter), caps `limit`, maps `QueryError` → 400, `AccessDeniedError` → 403, `NotFoundError` → 404,
 * `DataSourceUnavailableError` (a database that is down or went away) → 503 with `Retry-After`, and anything else
 * → 500, both of the last without message or stack; answers 304 to an `If-None-Match` naming the current ETag,
 * gzips when the client accepts it, and aborts the adapter call when the client goes away.
 *
 * ```js
 * import { createServer } from 'node:http';
 * import { createRequestHandler } from 'customer-activity-elements/server';
 * const handler = createRequestHandler({ basePath: '/api', adapterFor: (req) => adapters.get(sessionOf(req)) });
 * createServer(handler).listen(8080);
 * ```
 */
export function createRequestHandler(options: RequestHandlerOptions): RequestHandler {
  if (typeof options?.adapterFor !== 'function') {
    throw new TypeError('createRequestHandler: adapterFor(req) must be a function');
  }
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxLimit = Math.max(1, Math.floor(options.maxLimit ?? HTTP_DEFAULT_MAX_LIMIT));
  const respond: RespondOptions = { compressMinBytes: options.compressMinBytes ?? 1024 };
  const serveOpenApi = options.serveOpenApi ?? true;
  const onError = (error: unknown, req: IncomingMessage): void => {
    if (options.onError) options.onError(error, req);
    else console.error('customer-activity-elements request handler:', error);
  };
  let openApi: unknown;

  return async function customerActivityHandler(req, res, next) {
    const { path: fullPath, query } = splitTarget(req.url ?? '/');
    let path = fullPath;
    if (basePath !== '') {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) {
        if (next) next();
        else await sendProblem(req, res, 404, 'No such resource', respond);
        return;
      }
      path = path.slice(basePath.length) || '/';
    }

    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        await sendProblem(req, res, 405, `${req.method ?? 'This method'} is not allowed: use GET`, respond, {
          headers: { Allow: 'GET, HEAD' },
        });
        return;
      }
      if (serveOpenApi && path === '/openapi.json') {
        openApi ??= createOpenApiDocument({ maxLimit });
        await sendJson(req, res, openApi, respond);
        return;
      }
      const match = matchRoute(path);
      if (match === undefined) {
        await sendProblem(req, res, 404, 'No such resource', respond);
        return;
      }
      if ('invalid' in match) {
        await sendProblem(req, res, 400, describeInvalid(match.invalid), respond, {
          invalidParams: match.invalid,
        });
        return;
      }
      const parsed = parseRouteQuery(match.route, new URLSearchParams(query), maxLimit);
      if (!parsed.success) {
        await sendProblem(req, res, 400, describeInvalid(parsed.invalid), respond, {
          invalidParams: parsed.invalid,
        });
        return;
      }

      const controller = new AbortController();
      const onClose = (): void => {
        if (!res.writableFinished) controller.abort();
      };
      res.once('close', onClose);
      try {
        const adapter = await options.adapterFor(req);
        if (adapter === null || adapter === undefined) {
          await sendProblem(req, res, 401, 'Sign in to see this page', respond);
          return;
        }
        const value = await call(adapter, match.route, match.params, parsed.data, controller.signal);
        await sendJson(req, res, value, respond);
      } finally {
        res.off('close', onClose);
      }
    } catch (error) {
      if (res.destroyed || res.writableEnded) return; // the client went away: nobody to answer
      const status = statusOf(error);
      if (status === 500) {
        onError(error, req);
        await sendProblem(req, res, 500, 'The server could not answer this request', respond);
      } else if (status === 503) {
        // The data source is down or went away: no detail of why (it would name hosts, users, SQL).
        onError(error, req);
        await sendProblem(req, res, 503, 'The data source is unavailable; try again shortly', respond, {
          headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        });
      } else {
        await sendProblem(req, res, status, (error as Error).message, respond);
      }
    }
  };
}

/** One sentence naming every invalid parameter. */
function describeInvalid(invalid: readonly InvalidParam[]): string {
  return `Invalid parameter${invalid.length === 1 ? '' : 's'}: ${invalid.map((p) => `${p.name} ${p.reason}`).join('; ')}`;
}
