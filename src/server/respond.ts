/// <reference types="node" />
/**
 * Writing answers: JSON with a weak ETag (304 when the client already has it), gzip when the client accepts it,
 * and RFC 9457 problem bodies that never carry a stack trace.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { InvalidParam, Problem } from '../data/http-schemas.js';

const gzipAsync = promisify(gzip);

/** Reason phrases of the statuses this handler sends. */
export const STATUS_TITLES: Readonly<Record<number, string>> = {
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Whether an `Accept-Encoding` header accepts gzip (q > 0, by name or by `*`). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  let star: boolean | undefined;
  for (const part of text.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k === 'q') q = Number(v);
    }
    const ok = Number.isFinite(q) && q > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return ok;
    if (coding === '*') star = ok;
  }
  return star === true;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for GET), or is `*`. */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const mine = opaque(etag);
  return text.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === mine);
}

/** How answers are written. */
export interface RespondOptions {
  /** Bodies at least this long are gzipped when the client accepts it. */
  compressMinBytes: number;
}

function writable(res: ServerResponse): boolean {
  return !res.headersSent && !res.writableEnded && !res.destroyed;
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
  options: RespondOptions,
): Promise<void> {
  let payload = Buffer.from(body, 'utf8');
  if (payload.length >= options.compressMinBytes && acceptsGzip(req.headers['accept-encoding'])) {
    payload = await gzipAsync(payload);
    headers['Content-Encoding'] = 'gzip';
  }
  if (!writable(res)) return;
  headers['Content-Length'] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/**
 * Answers 200 with `value` as JSON, or 304 when the request's `If-None-Match` already names its ETag. The ETag is
 * weak (`W/"…"`, a SHA-1 of the JSON), so it stays valid whatever the content coding.
 */
export async function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  value: unknown,
  options: RespondOptions,
): Promise<void> {
  const body = JSON.stringify(value);
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    // The answer depends on who asks: no shared cache, and the browser revalidates with the ETag every time.
    'Cache-Control': 'private, no-cache',
    Vary: 'Accept-Encoding',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (etagMatches(req.headers['if-none-match'], etag)) {
    if (!writable(res)) return;
    res.writeHead(304, { 'Cache-Control': headers['Cache-Control'], Vary: headers.Vary, ETag: etag });
    res.end();
    return;
  }
  await send(req, res, 200, body, headers, options);
}

/** Answers with an RFC 9457 problem body (`application/problem+json`); never cached. */
export async function sendProblem(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  detail: string | undefined,
  options: RespondOptions,
  extra: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
): Promise<void> {
  const problem: Problem = { type: 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status };
  if (detail !== undefined) problem.detail = detail;
  if (extra.invalidParams !== undefined) problem['invalid-params'] = extra.invalidParams;
  await send(
    req,
    res,
    status,
    JSON.stringify(problem),
    {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      ...extra.headers,
    },
    options,
  );
}
