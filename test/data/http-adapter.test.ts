/**
 * The HTTP adapter against a server that misbehaves: the real handler behind a fault route of the test API
 * (test/server/test-api.ts) on loopback, which fails, hangs, answers slowly, answers 429 with Retry-After,
 * returns malformed JSON or data that breaks the schema. The adapter retries only what it should, gives up with a
 * clear error, and honours its signal.
 */
import { expect } from '@open-wc/testing';
import {
  createHttpAdapter,
  HttpError,
  NetworkError,
  parseRetryAfter,
  TimeoutError,
} from '../../src/data/http-adapter.js';
import { AccessDeniedError, DatasetError, NotFoundError, QueryError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { makeDataset } from '../helpers/fixtures.js';
import {
  fault,
  faultAdapter,
  httpAdapter,
  overTheWire,
  rejectionOf,
  VIEWER_HEADER,
} from '../server/http-helpers.js';
import type { FaultStep } from '../server/test-api-shared.js';

const PASS: FaultStep = { kind: 'pass' };
const status = (code: number, extra: Partial<Extract<FaultStep, { kind: 'respond' }>> = {}): FaultStep => ({
  kind: 'respond',
  status: code,
  headers: { 'Content-Type': 'application/problem+json' },
  body: JSON.stringify({ type: 'about:blank', title: 'Failure', status: code, detail: `planned ${code}` }),
  ...extra,
});
const json = (body: string): FaultStep => ({
  kind: 'respond',
  status: 200,
  headers: { 'Content-Type': 'application/json' },
  body,
});

const workspaceIds = ['ws-a', 'ws-b', 'ws-c'];
const page = { offset: 0, limit: 50 };
const memory = () => createMemoryAdapter(makeDataset(), { viewerId: 'u-admin' });

describe('http adapter: answers', () => {
  it('answers through the handler what the memory adapter answers', async () => {
    const http = httpAdapter('fixture', 'u-admin');
    expect(await http.getSession()).to.eql(overTheWire(await memory().getSession()));
    const q = { entitlementId: 'en-advisory', workspaceIds, ...page };
    expect(await http.queryConsumption(q)).to.eql(overTheWire(await memory().queryConsumption(q)));
  });

  it('fetches a page larger than maxPageSize in parts, and answers it as one page', async () => {
    const f = await fault([PASS], 'demo');
    const http = faultAdapter(f.baseUrl, { maxPageSize: 1000 });
    const session = await http.getSession();
    const ids = session.workspaces.map((w) => w.id);
    const contracts = await http.listContracts({ workspaceIds: ids });
    const summary = await http.getEnterpriseSummary({ contractId: contracts[1].id, workspaceIds: ids });
    const busiest = [...summary.entitlements].sort((a, b) => b.consumedTotal - a.consumedTotal)[0];
    const before = (await f.log()).count;
    const big = await http.queryConsumption({
      entitlementId: busiest.entitlementId,
      workspaceIds: ids,
      offset: 0,
      limit: 2500,
    });
    const requests = (await f.log()).count - before;
    expect(big.rows.length).to.equal(Math.min(2500, big.total));
    expect(requests).to.equal(Math.max(1, Math.ceil(big.rows.length / 1000)));
    expect(new Set(big.rows.map((r) => r.id)).size).to.equal(big.rows.length);
  });

  it('sends the headers (a function is asked again for every request, e.g. a refreshed token)', async () => {
    let calls = 0;
    const http = createHttpAdapter({
      baseUrl: '/api/fixture',
      headers: () => {
        calls++;
        return { [VIEWER_HEADER]: calls === 1 ? 'u-member' : 'u-admin' };
      },
    });
    expect((await http.getSession()).viewer.id).to.equal('u-member');
    expect((await http.getSession()).viewer.id).to.equal('u-admin');
  });

  it('maps 400, 401, 403 and 404 to the contract’s errors, with the server’s words, and never retries them', async () => {
    const http = httpAdapter('fixture', 'u-member');
    const bad = await rejectionOf(
      http.queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
        offset: -3,
        limit: 5000,
      }),
    );
    expect(bad).to.be.instanceOf(QueryError);
    expect(bad.message).to.match(/GET \/entitlements\/en-advisory\/consumption/);
    expect(bad.message).to.match(/offset must be a whole number/);
    expect(bad.message).to.match(/limit must be at most 1000/);
    const denied = await rejectionOf(http.listContracts({ workspaceIds: ['ws-b'] }));
    expect(denied).to.be.instanceOf(AccessDeniedError);
    expect(denied.message).to.match(/may not see workspace "ws-b"/);
    const missing = await rejectionOf(
      http.getEntitlement({ entitlementId: 'en-nope', workspaceIds: ['ws-a'] }),
    );
    expect(missing).to.be.instanceOf(NotFoundError);
    expect(missing.message).to.match(/en-nope/);
    expect(await rejectionOf(httpAdapter('fixture', '').getSession())).to.be.instanceOf(AccessDeniedError);

    for (const [code, type] of [
      [400, QueryError],
      [401, AccessDeniedError],
      [403, AccessDeniedError],
      [404, NotFoundError],
      [409, HttpError],
      [422, HttpError],
    ] as const) {
      const f = await fault([status(code)]);
      const error = await rejectionOf(faultAdapter(f.baseUrl).getSession());
      expect(error, String(code)).to.be.instanceOf(type);
      expect((await f.log()).count, `${code} is not retried`).to.equal(1);
    }
  });

  it('refuses what cannot be encoded without a request, with the memory adapter’s error', async () => {
    const f = await fault([PASS]);
    const http = faultAdapter(f.baseUrl);
    for (const call of [
      http.getEntitlement({ entitlementId: '', workspaceIds }),
      http.getEnterpriseSummary({ contractId: undefined as unknown as string, workspaceIds }),
      http.queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds,
        ...page,
        sort: [{ key: 'date', direction: 'up' as 'asc' }],
      }),
      http.queryConsumption({
        entitlementId: 'en-advisory',
        workspaceIds,
        ...page,
        search: 42 as unknown as string,
      }),
    ]) {
      expect(await rejectionOf(call)).to.be.instanceOf(QueryError);
    }
    expect((await f.log()).count).to.equal(0);
  });
});

describe('http adapter: bad responses', () => {
  it('rejects malformed JSON with a DatasetError naming the request, and does not retry it', async () => {
    const f = await fault([json('{"asOf": "2026-03-15T08:00:00Z", "customer": {')]);
    const error = await rejectionOf(faultAdapter(f.baseUrl).getSession());
    expect(error).to.be.instanceOf(DatasetError);
    expect(error.message).to.match(/^Invalid response from GET \/session/);
    expect(error.message).to.match(/expected a JSON body/);
    expect((await f.log()).count).to.equal(1);
  });

  it('rejects an HTML page served with 200 (a proxy or a wrong baseUrl) the same way', async () => {
    const f = await fault([
      {
        kind: 'respond',
        status: 200,
        headers: { 'Content-Type': 'text/html' },
        body: '<!doctype html><p>Sign in',
      },
    ]);
    const error = await rejectionOf(faultAdapter(f.baseUrl).listContracts({ workspaceIds }));
    expect(error).to.be.instanceOf(DatasetError);
    expect(error.message).to.match(/GET \/contracts/);
    expect(error.message).to.match(/text\/html/);
  });

  it('rejects data that breaks the schema with a DatasetError naming every offending path', async () => {
    const good = overTheWire(
      await memory().queryConsumption({ entitlementId: 'en-advisory', workspaceIds, ...page }),
    );
    const broken = structuredClone(good) as unknown as { rows: Record<string, unknown>[]; total: unknown };
    broken.rows[1].quantity = 'ten';
    broken.rows[2].date = '2026-02-30';
    broken.total = -1;
    const f = await fault([json(JSON.stringify(broken))]);
    const error = await rejectionOf(
      faultAdapter(f.baseUrl).queryConsumption({ entitlementId: 'en-advisory', workspaceIds, ...page }),
    );
    expect(error).to.be.instanceOf(DatasetError);
    expect(error.message).to.match(
      /^Invalid response from GET \/entitlements\/en-advisory\/consumption \(3 problems\)/,
    );
    expect(error.message).to.include('rows[1].quantity: expected number, received string');
    expect(error.message).to.include('rows[2].date');
    expect(error.message).to.include('total');
    expect((error as DatasetError).issues.map((i) => i.path)).to.have.members([
      'rows[1].quantity',
      'rows[2].date',
      'total',
    ]);
    expect((await f.log()).count).to.equal(1);
  });

  it('rejects a session with an unknown enum value or a missing field', async () => {
    const session = overTheWire(await memory().getSession()) as unknown as Record<string, unknown>;
    delete session.customer;
    (session.permissions as Record<string, unknown>).viewPage = 'yes';
    const f = await fault([json(JSON.stringify(session))]);
    const error = await rejectionOf(faultAdapter(f.baseUrl).getSession());
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => i.path)).to.have.members([
      'customer',
      'permissions.viewPage',
    ]);
  });
});

describe('http adapter: retries', () => {
  it('retries 5xx and then answers', async () => {
    const f = await fault([status(500), status(502), status(503), PASS]);
    const session = await faultAdapter(f.baseUrl).getSession();
    expect(session.viewer.id).to.equal('u-admin');
    expect((await f.log()).count).to.equal(4);
  });

  it('gives up after `retries` with an HttpError that says what failed', async () => {
    const f = await fault([status(503)]);
    const error = await rejectionOf(faultAdapter(f.baseUrl, { retries: 2 }).listContracts({ workspaceIds }));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(503);
    expect(error.message).to.equal(
      'GET /contracts failed: 503 Service Unavailable — planned 503 after 3 tries',
    );
    expect((await f.log()).count).to.equal(3);
  });

  it('retries = 0 makes one request', async () => {
    const f = await fault([status(500)]);
    expect(await rejectionOf(faultAdapter(f.baseUrl, { retries: 0 }).getSession())).to.be.instanceOf(
      HttpError,
    );
    expect((await f.log()).count).to.equal(1);
  });

  it('retries a network failure (a connection broken mid-body), then gives up with a NetworkError', async () => {
    const f = await fault([{ kind: 'truncate' }, PASS]);
    expect((await faultAdapter(f.baseUrl).getSession()).viewer.id).to.equal('u-admin');
    expect((await f.log()).count).to.equal(2);

    const dead = await fault([{ kind: 'truncate' }]);
    const error = await rejectionOf(faultAdapter(dead.baseUrl, { retries: 2 }).getSession());
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.message).to.match(/GET \/session failed: the server could not be reached \(3 tries\)/);
    expect((await dead.log()).count).to.equal(3);
  });

  it('waits out a 429 Retry-After before retrying', async function () {
    this.timeout(10_000);
    const f = await fault([status(429, { headers: { 'Retry-After': '1' } }), PASS]);
    const session = await faultAdapter(f.baseUrl).getSession();
    expect(session.viewer.id).to.equal('u-admin');
    const { count, at } = await f.log();
    expect(count).to.equal(2);
    expect(at[1] - at[0], 'waited for Retry-After: 1').to.be.within(950, 3000);
  });

  it('honours Retry-After as an HTTP date too', () => {
    const now = Date.parse('2026-03-15T08:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Sun, 15 Mar 2026 08:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sun, 15 Mar 2026 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('gives up at once when Retry-After is longer than maxRetryAfterMs', async () => {
    const f = await fault([status(429, { headers: { 'Retry-After': '120' } }), PASS]);
    const started = performance.now();
    const error = await rejectionOf(faultAdapter(f.baseUrl, { maxRetryAfterMs: 10_000 }).getSession());
    expect(performance.now() - started).to.be.below(2000);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(429);
    expect((error as HttpError).retryAfterMs).to.equal(120_000);
    expect(error.message).to.match(/429 Too Many Requests.*retry after 120 s/);
    expect((await f.log()).count).to.equal(1);
  });

  it('backs off exponentially with jitter, capped at maxRetryDelayMs', async function () {
    this.timeout(10_000);
    const f = await fault([status(500), status(500), status(500), status(500), status(500), PASS]);
    await faultAdapter(f.baseUrl, { retries: 5, retryDelayMs: 100, maxRetryDelayMs: 250 }).getSession();
    const { at, count } = await f.log();
    expect(count).to.equal(6);
    const gaps = at.slice(1).map((t, i) => t - at[i]);
    // Backoff d = min(250, 100·2^n), waited between d/2 and d: [50,100], [100,200], then [125,250] three times.
    const bounds = [
      [50, 100],
      [100, 200],
      [125, 250],
      [125, 250],
      [125, 250],
    ];
    gaps.forEach((gap, i) =>
      expect(gap, `gap ${i}: ${gaps.join(', ')}`).to.be.within(bounds[i][0] - 5, bounds[i][1] + 300),
    );
  });
});

describe('http adapter: time and abort', () => {
  it('fails a request that hangs with a TimeoutError after timeoutMs, and does not retry it', async () => {
    const f = await fault([{ kind: 'hang' }]);
    const started = performance.now();
    const error = await rejectionOf(faultAdapter(f.baseUrl, { timeoutMs: 300 }).getSession());
    const took = performance.now() - started;
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.message).to.equal('GET /session did not answer within 300 ms');
    expect(took).to.be.within(280, 2000);
    expect((await f.log()).count).to.equal(1);
  });

  it('waits for a slow answer within the timeout', async () => {
    const f = await fault([{ kind: 'pass', delayMs: 400 }]);
    const session = await faultAdapter(f.baseUrl, { timeoutMs: 3000 }).getSession();
    expect(session.viewer.id).to.equal('u-admin');
  });

  it('times out a slow answer beyond the timeout', async () => {
    const f = await fault([{ kind: 'pass', delayMs: 800 }]);
    expect(await rejectionOf(faultAdapter(f.baseUrl, { timeoutMs: 200 }).getSession())).to.be.instanceOf(
      TimeoutError,
    );
  });

  it('rejects at once with an AbortError when the signal aborts a hanging request', async () => {
    const f = await fault([{ kind: 'hang' }]);
    const controller = new AbortController();
    const pending = faultAdapter(f.baseUrl).getSession({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await rejectionOf(pending);
    expect(performance.now() - started).to.be.below(1000);
    expect(error.name).to.equal('AbortError');
    expect((await f.log()).count).to.equal(1);
  });

  it('stops retrying when aborted while waiting to retry', async () => {
    const f = await fault([status(503)]);
    const controller = new AbortController();
    const pending = faultAdapter(f.baseUrl, { retryDelayMs: 5000, maxRetryDelayMs: 5000 }).getSession({
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new DOMException('gone', 'AbortError')), 150);
    const started = performance.now();
    const error = await rejectionOf(pending);
    expect(performance.now() - started).to.be.below(1000);
    expect(error.name).to.equal('AbortError');
    expect((await f.log()).count).to.equal(1);
  });

  it('makes no request at all with an already aborted signal', async () => {
    const f = await fault([PASS]);
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      faultAdapter(f.baseUrl).listContracts({ workspaceIds }, { signal: controller.signal }),
    );
    expect(error.name).to.equal('AbortError');
    expect((await f.log()).count).to.equal(0);
  });

  it('retries a 5xx that came slowly, within the timeout', async () => {
    const f = await fault([{ kind: 'respond', status: 500, delayMs: 100 }, PASS]);
    expect((await faultAdapter(f.baseUrl, { timeoutMs: 2000 }).getSession()).viewer.id).to.equal('u-admin');
    expect((await f.log()).count).to.equal(2);
  });
});

describe('http adapter: creation', () => {
  it('refuses a baseUrl that is not a URL', () => {
    expect(() => createHttpAdapter({ baseUrl: 'http://[::1' })).to.throw(TypeError, /baseUrl/);
  });

  it('uses a given fetch', async () => {
    const seen: string[] = [];
    const http = createHttpAdapter({
      baseUrl: 'https://portal.example/api/ca/',
      fetch: (input) => {
        seen.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(
          new Response(JSON.stringify([]), { headers: { 'Content-Type': 'application/json' } }),
        );
      },
    });
    expect(await http.listContracts({ workspaceIds: ['ws a', 'ws/b'] })).to.eql([]);
    expect(seen).to.eql(['https://portal.example/api/ca/contracts?workspaceIds=ws+a&workspaceIds=ws%2Fb']);
  });
});
