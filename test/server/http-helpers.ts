/**
 * Browser-side helpers for the tests that reach the test API (test/server/test-api.ts) over HTTP on loopback.
 */
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createHttpAdapter, type HttpAdapterOptions } from '../../src/data/http-adapter.js';
import {
  VIEWER_HEADER,
  type FaultLog,
  type FaultStep,
  type ProbeRequest,
  type ProbeResponse,
  type TestDatasetName,
} from './test-api-shared.js';

export { VIEWER_HEADER };

/** Retry settings that keep tests fast: a 10–20 ms first backoff, capped at 50 ms. */
export const FAST_RETRIES = { retries: 3, retryDelayMs: 20, maxRetryDelayMs: 50, timeoutMs: 5000 } as const;

/** An HTTP adapter on the test API for one dataset and viewer. */
export function httpAdapter(
  dataset: TestDatasetName,
  viewerId: string,
  options: Partial<HttpAdapterOptions> = {},
): CustomerActivityAdapter {
  return createHttpAdapter({
    baseUrl: `/api/${dataset}`,
    headers: { [VIEWER_HEADER]: viewerId },
    ...FAST_RETRIES,
    ...options,
  });
}

/** The backends the test API can serve a dataset from (`memory` always; see `GET /__backends`). */
export type TestBackend = 'memory' | 'pglite' | 'server';

/** The base URL of a dataset on a backend of the test API. */
export function apiBase(backend: TestBackend, dataset: TestDatasetName): string {
  return backend === 'memory' ? `/api/${dataset}` : `/pg/${backend}/${dataset}`;
}

/** An HTTP adapter on the test API for one backend, dataset and viewer. */
export function backendAdapter(
  backend: TestBackend,
  dataset: TestDatasetName,
  viewerId: string,
  options: Partial<HttpAdapterOptions> = {},
): CustomerActivityAdapter {
  return httpAdapter(dataset, viewerId, { baseUrl: apiBase(backend, dataset), ...options });
}

let backends: Promise<TestBackend[]> | undefined;

/** The backends that run on this machine: memory, pglite, and server when the test API has a DATABASE_URL. */
export function availableBackends(): Promise<TestBackend[]> {
  backends ??= fetch('/__backends', { cache: 'no-store' })
    .then((res) => res.json() as Promise<{ backends: TestBackend[] }>)
    .then((body) => body.backends);
  return backends;
}

let faultCount = 0;

/** A fault route following `steps` (the last one repeats), and a way to read how many requests it received. */
export async function fault(
  steps: FaultStep[],
  dataset: TestDatasetName = 'fixture',
): Promise<{ baseUrl: string; log(): Promise<FaultLog>; plan(next: FaultStep[]): Promise<void> }> {
  const id = `f${Date.now().toString(36)}-${(faultCount++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const plan = async (next: FaultStep[]) => {
    const res = await fetch(`/fault-control/${id}`, {
      method: 'POST',
      body: JSON.stringify({ steps: next }),
    });
    if (!res.ok) throw new Error(`fault-control answered ${res.status}`);
  };
  await plan(steps);
  return {
    baseUrl: `/fault/${id}/${dataset}`,
    plan,
    async log() {
      const res = await fetch(`/fault-control/${id}`, { cache: 'no-store' });
      return (await res.json()) as FaultLog;
    },
  };
}

/** An HTTP adapter on a fault route, as viewer `u-admin` unless told otherwise. */
export function faultAdapter(
  baseUrl: string,
  options: Partial<HttpAdapterOptions> = {},
  viewerId = 'u-admin',
): CustomerActivityAdapter {
  return createHttpAdapter({ baseUrl, headers: { [VIEWER_HEADER]: viewerId }, ...FAST_RETRIES, ...options });
}

/** A GET (or other method) to the test API with a viewer, bypassing the browser cache. */
export function get(path: string, viewerId = 'u-admin', init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (viewerId) headers.set(VIEWER_HEADER, viewerId);
  return fetch(path, { cache: 'no-store', ...init, headers });
}

/** A raw request made from Node (so `Accept-Encoding` is exactly what is given). */
export async function probe(request: ProbeRequest): Promise<ProbeResponse> {
  const res = await fetch('/__probe', { method: 'POST', body: JSON.stringify(request) });
  return (await res.json()) as ProbeResponse;
}

/** Decodes base64 to bytes. */
export function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Gunzips bytes with the browser's DecompressionStream. */
export async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Resolves to the rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** A JSON round trip: what a value looks like after crossing HTTP (undefined fields dropped). */
export function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The outcome of a call, comparable across adapters: the value over the wire, or the error's name. */
export async function outcomeOf(promise: Promise<unknown>): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: overTheWire(await promise) };
  } catch (e) {
    return { error: (e as Error).name };
  }
}
