/// <reference types="node" />
/**
 * The test API: `createRequestHandler` mounted on web-test-runner's own server, so the browser tests talk to the
 * real handler over real HTTP on loopback (see test-api-shared.ts for the routes). Node only: bundled and loaded
 * by web-test-runner.config.mjs, never by a test page.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Dataset } from '../../src/domain/types.js';
import { createRequestHandler, type RequestHandler } from '../../src/server.js';
import { makeDataset } from '../helpers/fixtures.js';
import { createPostgresBackends } from './test-api-postgres.js';
import {
  VIEWER_HEADER,
  type FaultLog,
  type FaultPlan,
  type FaultStep,
  type ProbeRequest,
  type ProbeResponse,
  type TestDatasetName,
} from './test-api-shared.js';

/** The bit of a Koa context this middleware uses. */
interface KoaContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

type KoaMiddleware = (ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>;

const DATASETS: Record<TestDatasetName, () => Dataset> = {
  fixture: () => makeDataset(),
  demo: () => createDemoDataset(),
};

/** An adapter whose every method fails the way a broken backend would, with secrets in the message. */
const boom: CustomerActivityAdapter = new Proxy({} as CustomerActivityAdapter, {
  // Not a thenable: `await adapterFor(req)` must not take it for a promise.
  get: (_, key) =>
    key === 'then'
      ? undefined
      : () => Promise.reject(new Error('connection to postgres://admin:s3cret@db.internal failed')),
});

/** `adapterFor` over one dataset: the viewer is the test header; unknown viewers get undefined (401). */
function adapterForDataset(
  name: TestDatasetName,
): (req: IncomingMessage) => CustomerActivityAdapter | undefined {
  let dataset: Dataset | undefined;
  const adapters = new Map<string, CustomerActivityAdapter>();
  return (req) => {
    const viewerId = req.headers[VIEWER_HEADER];
    if (typeof viewerId !== 'string' || viewerId === '') return undefined;
    if (viewerId === 'boom') return boom;
    dataset ??= DATASETS[name]();
    let adapter = adapters.get(viewerId);
    if (adapter === undefined) {
      if (!dataset.users.some((u) => u.id === viewerId)) return undefined;
      adapter = createMemoryAdapter(dataset, { viewerId });
      adapters.set(viewerId, adapter);
    }
    return adapter;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(body);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Raw request from Node to the server this request came to (headers a browser may not set). */
function probe(req: IncomingMessage, p: ProbeRequest): Promise<ProbeResponse> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        host: req.socket.localAddress,
        port: req.socket.localPort,
        method: p.method ?? 'GET',
        path: p.path,
        headers: p.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bodyBase64: Buffer.concat(chunks).toString('base64'),
          }),
        );
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end();
  });
}

/**
 * The Koa middleware for web-test-runner's `middleware` option. Requests it does not own go to `next`.
 */
export function createTestApi(): KoaMiddleware {
  const errors: unknown[] = [];
  const handlers = {} as Record<TestDatasetName, RequestHandler>;
  for (const name of Object.keys(DATASETS) as TestDatasetName[]) {
    handlers[name] = createRequestHandler({
      adapterFor: adapterForDataset(name),
      onError: (e) => errors.push(e),
    });
  }
  // As a plain node:http or Express app would mount it: a basePath, and `next` for everything outside it.
  const mounted = createRequestHandler({
    basePath: '/mounted/api',
    adapterFor: adapterForDataset('fixture'),
  });
  const postgres = createPostgresBackends({ datasets: DATASETS, onError: (e) => errors.push(e) });
  const plans = new Map<string, FaultPlan>();
  const logs = new Map<string, FaultLog & { start: number }>();

  const serve = (name: string, req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> => {
    const handler = handlers[name as TestDatasetName];
    if (handler === undefined) {
      json(res, 404, { detail: `no test dataset ${name}` });
      return Promise.resolve();
    }
    req.url = rest || '/';
    return handler(req, res);
  };

  async function fault(id: string, name: string, req: IncomingMessage, res: ServerResponse, rest: string) {
    const log = logs.get(id) ?? { count: 0, urls: [], at: [], start: Date.now() };
    logs.set(id, log);
    log.count++;
    log.urls.push(req.url ?? '');
    log.at.push(Date.now() - log.start);
    const steps = plans.get(id)?.steps ?? [];
    const step: FaultStep = steps[Math.min(log.count - 1, steps.length - 1)] ?? { kind: 'pass' };
    switch (step.kind) {
      case 'pass':
        if (step.delayMs) await delay(step.delayMs);
        if (res.destroyed) return;
        await serve(name, req, res, rest);
        return;
      case 'respond':
        if (step.delayMs) await delay(step.delayMs);
        if (res.destroyed) return;
        res.writeHead(step.status, { 'Cache-Control': 'no-store', ...step.headers });
        res.end(step.body ?? '');
        return;
      case 'hang':
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            res.destroy();
            resolve();
          }, 60_000);
          res.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        return;
      case 'truncate':
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': '4096',
          'Cache-Control': 'no-store',
        });
        res.write('{"asOf":"2026-');
        await delay(20);
        res.destroy();
        return;
    }
  }

  return async (ctx, next) => {
    const { req, res } = ctx;
    const url = req.url ?? '/';
    let m: RegExpExecArray | null;
    if ((m = /^\/api\/(\w+)(\/.*)?$/.exec(url))) {
      ctx.respond = false;
      await serve(m[1], req, res, m[2] ?? '');
    } else if ((m = /^\/fault\/([\w-]+)\/(\w+)(\/.*)?$/.exec(url))) {
      ctx.respond = false;
      await fault(m[1], m[2], req, res, m[3] ?? '');
    } else if ((m = /^\/fault-control\/([\w-]+)$/.exec(url))) {
      ctx.respond = false;
      if (req.method === 'POST') {
        plans.set(m[1], JSON.parse(await readBody(req)) as FaultPlan);
        logs.delete(m[1]);
        json(res, 200, { ok: true });
      } else {
        const log = logs.get(m[1]) ?? { count: 0, urls: [], at: [] };
        json(res, 200, { count: log.count, urls: log.urls, at: log.at } satisfies FaultLog);
      }
    } else if (url === '/__probe' && req.method === 'POST') {
      ctx.respond = false;
      json(res, 200, await probe(req, JSON.parse(await readBody(req)) as ProbeRequest));
    } else if (url.startsWith('/mounted/')) {
      ctx.respond = false;
      await mounted(req, res, () => json(res, 200, { next: true }));
    } else if (url === '/__backends') {
      ctx.respond = false;
      json(res, 200, { backends: ['memory', ...postgres.names] });
    } else if ((m = /^\/pg\/([\w-]+)\/(\w+)(\/.*)?$/.exec(url))) {
      ctx.respond = false;
      await postgres.serve(m[1], m[2], req, res, m[3] ?? '');
    } else if (url === '/__server-errors') {
      ctx.respond = false;
      json(res, 200, { count: errors.length });
    } else {
      return next();
    }
  };
}
