/**
 * What the browser tests and the test API (test/server/test-api.ts, mounted on web-test-runner's server on
 * loopback) agree on. No Node and no DOM here: both sides import it.
 *
 * Routes of the test API:
 * - `/api/<dataset>/…` — `createRequestHandler` over `fixture` (test/helpers/fixtures.ts `makeDataset()`) or
 *   `demo` (`createDemoDataset()`); the viewer is the `x-ca-test-viewer` header (the tests' stand-in for a
 *   host's session). Viewer `boom` gets an adapter whose every method throws an unexpected error.
 * - `/fault/<id>/<dataset>/…` — the same, but each request first takes the next step of the plan posted to
 *   `/fault-control/<id>` (the last step repeats); `GET /fault-control/<id>` tells how many requests came.
 * - `/mounted/api/…` — a handler created with `basePath: '/mounted/api'`, as a plain node:http server or an
 *   Express app without a mount path would use it; `/mounted/…` outside it goes to `next`, which answers
 *   `{ "next": true }`.
 * - `POST /__probe` — makes a raw request to the same server from Node, with headers a browser may not set
 *   (`Accept-Encoding`), and returns status, headers and body bytes.
 */

/** The request header naming the viewer. */
export const VIEWER_HEADER = 'x-ca-test-viewer';

/** The datasets the test API serves. */
export type TestDatasetName = 'fixture' | 'demo';

/** What one request to a fault route does. */
export type FaultStep =
  /** Answer through the real handler, after `delayMs`. */
  | { kind: 'pass'; delayMs?: number }
  /** Answer `status` with `body` (default empty) and `headers`, after `delayMs`. */
  | { kind: 'respond'; status: number; body?: string; headers?: Record<string, string>; delayMs?: number }
  /** Never answer (until the client gives up). */
  | { kind: 'hang' }
  /** Send 200 headers and part of a body, then break the connection: a network error. */
  | { kind: 'truncate' };

/** The plan of a fault route. */
export interface FaultPlan {
  steps: FaultStep[];
}

/** What `GET /fault-control/<id>` answers. */
export interface FaultLog {
  /** Requests received. */
  count: number;
  /** Their URLs, as received. */
  urls: string[];
  /** Milliseconds since the first request, per request. */
  at: number[];
}

/** What `POST /__probe` takes. */
export interface ProbeRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
}

/** What `POST /__probe` answers. */
export interface ProbeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body bytes as received (not decompressed), base64. */
  bodyBase64: string;
}
