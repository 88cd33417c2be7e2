/**
 * The request handler at the HTTP level, over real HTTP on loopback (the test API of test/server/test-api.ts):
 * query-string validation (400 with a problem naming the parameter), status codes, no stack traces, ETag and 304,
 * gzip, HEAD and methods, and the OpenAPI document.
 */
import { expect } from '@open-wc/testing';
import { bytesOf, get, gunzip, probe, VIEWER_HEADER } from './http-helpers.js';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  'invalid-params'?: { name: string; reason: string }[];
}

const WS = 'workspaceIds=ws-a';
const CONSUMPTION = `/api/fixture/entitlements/en-advisory/consumption`;

async function problemOf(res: Response): Promise<ProblemBody> {
  expect(res.headers.get('Content-Type')).to.equal('application/problem+json; charset=utf-8');
  expect(res.headers.get('Cache-Control')).to.equal('no-store');
  return (await res.json()) as ProblemBody;
}

/** Asserts a 400 whose problem names `param` (and returns the reason given for it). */
async function expect400(path: string, param: string, viewerId = 'u-admin'): Promise<string> {
  const res = await get(path, viewerId);
  const label = path.length > 160 ? `${path.slice(0, 160)}…` : path;
  expect(res.status, label).to.equal(400);
  const body = await problemOf(res);
  expect(body.status).to.equal(400);
  expect(body.title).to.equal('Bad Request');
  const names = body['invalid-params']!.map((p) => p.name);
  expect(names, `${label}: ${body.detail}`).to.include(param);
  expect(body.detail).to.include(param);
  return body['invalid-params']!.find((p) => p.name === param)!.reason;
}

describe('request handler: query strings', () => {
  it('refuses a negative, fractional or non-numeric offset', async () => {
    for (const offset of ['-1', '1.5', '1e3', 'abc', '', ' 1', '0x10', '99999999999']) {
      await expect400(`${CONSUMPTION}?${WS}&offset=${encodeURIComponent(offset)}`, 'offset');
    }
  });

  it('refuses a limit of 0, above maxLimit, or huge', async () => {
    expect(await expect400(`${CONSUMPTION}?${WS}&limit=0`, 'limit')).to.match(/at least 1/);
    expect(await expect400(`${CONSUMPTION}?${WS}&limit=1001`, 'limit')).to.match(/at most 1000/);
    expect(await expect400(`${CONSUMPTION}?${WS}&limit=100000000000000000000`, 'limit')).to.match(
      /whole number/,
    );
    expect(await expect400(`${CONSUMPTION}?${WS}&limit=-5`, 'limit')).to.match(/whole number/);
    const ok = await get(`${CONSUMPTION}?${WS}&limit=1000`);
    expect(ok.status).to.equal(200);
  });

  it('refuses an unknown or malformed sort', async () => {
    expect(await expect400(`${CONSUMPTION}?${WS}&sort=nope`, 'sort')).to.match(/unknown sort key "nope"/);
    expect(await expect400(`${CONSUMPTION}?${WS}&sort=-date,passwordHash`, 'sort')).to.match(
      /"passwordHash"/,
    );
    for (const sort of [
      'date:desc',
      ',date',
      '-',
      '--date',
      'date,',
      'DATE',
      'date;drop table',
      `${'date,'.repeat(12)}date`,
    ]) {
      await expect400(`${CONSUMPTION}?${WS}&sort=${encodeURIComponent(sort)}`, 'sort');
    }
    // A case field is not a consumption field.
    await expect400(`${CONSUMPTION}?${WS}&sort=openedAt`, 'sort');
    expect((await get(`${CONSUMPTION}?${WS}&sort=-quantity,title`)).status).to.equal(200);
  });

  it('refuses a missing, empty or malformed workspace list', async () => {
    expect(await expect400(`/api/fixture/contracts`, 'workspaceIds')).to.equal('is required');
    await expect400(`/api/fixture/contracts?workspaceIds=`, 'workspaceIds[0]');
    await expect400(`/api/fixture/contracts?workspaceIds=ws-a&workspaceIds=`, 'workspaceIds[1]');
    await expect400(`/api/fixture/contracts?workspaceIds=ws-a,ws-b`, 'workspaceIds[0]');
    await expect400(
      `/api/fixture/contracts?workspaceIds=${encodeURIComponent('["ws-a"]')}`,
      'workspaceIds[0]',
    );
    await expect400(`/api/fixture/contracts?workspaceIds=${'w'.repeat(201)}`, 'workspaceIds[0]');
    const many = Array.from({ length: 501 }, (_, i) => `workspaceIds=w${i}`).join('&');
    expect(await expect400(`/api/fixture/contracts?${many}`, 'workspaceIds')).to.match(/at most 500/);
  });

  it('refuses strings that look like injection in ids, enums and keys', async () => {
    const attacks = [
      "ws-a' OR '1'='1",
      'ws-a"; DROP TABLE cases; --',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      '${jndi:ldap://evil/x}',
      'ws-a\u0000',
      'ws-a\r\nSet-Cookie: x=1',
      '{"$ne": null}',
      '%00',
    ];
    for (const attack of attacks) {
      const q = encodeURIComponent(attack);
      await expect400(`/api/fixture/contracts?workspaceIds=${q}`, 'workspaceIds[0]');
      await expect400(`/api/fixture/contracts/ct-1/packages?${WS}&scope=${q}`, 'scope');
      await expect400(`/api/fixture/contracts/ct-1/packages?${WS}&scope=add-on&status=${q}`, 'status');
      await expect400(`/api/fixture/contracts/ct-1/packages?${WS}&scope=add-on&packageId=${q}`, 'packageId');
      await expect400(`/api/fixture/additional-cases?${WS}&reasons=${q}`, 'reasons[0]');
      await expect400(`/api/fixture/entitlements/${q}/consumption?${WS}`, 'entitlementId');
      await expect400(`/api/fixture/contracts/${q}/summary?${WS}`, 'contractId');
      await expect400(`${CONSUMPTION}?${WS}&sort=${q}`, 'sort');
    }
  });

  it('takes SQL-looking search text as plain text (free text such as O’Brien must work), but no control characters', async () => {
    const res = await get(`${CONSUMPTION}?${WS}&search=${encodeURIComponent("x' OR '1'='1")}`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { rows: unknown[]; total: number };
    expect(body.rows).to.eql([]);
    expect(body.total).to.equal(0);
    await expect400(`${CONSUMPTION}?${WS}&search=${encodeURIComponent('a\u0000b')}`, 'search');
    await expect400(`${CONSUMPTION}?${WS}&search=${encodeURIComponent('a\nb')}`, 'search');
    await expect400(`${CONSUMPTION}?${WS}&search=${'a'.repeat(201)}`, 'search');
  });

  it('refuses an unknown parameter, and a single parameter given twice', async () => {
    expect(await expect400(`/api/fixture/contracts?${WS}&workspaceId=ws-b`, 'workspaceId')).to.match(
      /is not a parameter of this route; expected workspaceIds/,
    );
    expect(await expect400(`/api/fixture/session?debug=1`, 'debug')).to.match(/it takes none/);
    expect(await expect400(`${CONSUMPTION}?${WS}&offset=0&offset=10`, 'offset')).to.match(/given once/);
    await expect400(`/api/fixture/contracts/ct-1/packages?${WS}`, 'scope');
  });

  it('lists every invalid parameter of a request at once', async () => {
    const res = await get(`${CONSUMPTION}?offset=-1&limit=0&sort=x&search=${'s'.repeat(300)}&foo=1`);
    const body = await problemOf(res);
    expect(body['invalid-params']!.map((p) => p.name)).to.have.members([
      'offset',
      'limit',
      'sort',
      'search',
      'foo',
      'workspaceIds',
    ]);
  });

  it('refuses a path parameter that is not valid percent-encoded UTF-8', async () => {
    const reason = await expect400(`/api/fixture/entitlements/%E0%A4%A/consumption?${WS}`, 'entitlementId');
    expect(reason).to.match(/percent-encoded/);
  });
});

describe('request handler: status codes', () => {
  it('answers 404 to an unknown route or an unknown contract, 401 without a viewer, 403 outside access', async () => {
    expect((await problemOf(await get('/api/fixture/nope'))).status).to.equal(404);
    expect((await get('/api/fixture/session/')).status).to.equal(404);
    const unknown = await problemOf(await get(`/api/fixture/contracts/ct-nope/summary?${WS}`));
    expect(unknown.status).to.equal(404);
    expect(unknown.detail).to.equal('Unknown contract "ct-nope"');
    expect((await get('/api/fixture/session', '')).status).to.equal(401);
    expect((await get(`/api/fixture/contracts?workspaceIds=ws-b`, 'u-member')).status).to.equal(403);
  });

  it('answers 500 with no message, no stack trace and no secret when the adapter fails unexpectedly', async () => {
    const before = (await (await fetch('/__server-errors')).json()) as { count: number };
    const res = await get('/api/fixture/session', 'boom');
    expect(res.status).to.equal(500);
    const text = await res.clone().text();
    const body = await problemOf(res);
    expect(body).to.eql({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not answer this request',
    });
    expect(text).not.to.match(/postgres|s3cret|at \w|\.ts:|Error:/);
    const after = (await (await fetch('/__server-errors')).json()) as { count: number };
    expect(after.count, 'the error reached onError').to.equal(before.count + 1);
  });

  it('with a basePath, serves what is under it and passes everything else to next (node:http, Express)', async () => {
    const session = await get('/mounted/api/session');
    expect(session.status).to.equal(200);
    expect(((await session.json()) as { viewer: { id: string } }).viewer.id).to.equal('u-admin');
    expect(await (await get('/mounted/elsewhere')).json()).to.eql({ next: true });
    expect(await (await get('/mounted/apix/session')).json()).to.eql({ next: true });
    expect((await get('/mounted/api/nope')).status).to.equal(404);
    expect((await get('/mounted/api/contracts?workspaceIds=ws-a&offset=-1')).status).to.equal(400);
  });

  it('answers 405 with Allow to any method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get('/api/fixture/session', 'u-admin', { method });
      expect(res.status, method).to.equal(405);
      expect(res.headers.get('Allow')).to.equal('GET, HEAD');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(`/api/fixture/contracts?${WS}`, 'u-admin', { method: 'HEAD' });
    const full = await get(`/api/fixture/contracts?${WS}`);
    expect(head.status).to.equal(200);
    expect(head.headers.get('ETag')).to.equal(full.headers.get('ETag'));
    expect(await head.text()).to.equal('');
  });
});

describe('request handler: caching and compression', () => {
  it('sends a weak ETag that changes with the answer, and private no-cache', async () => {
    const a = await get(`${CONSUMPTION}?${WS}&limit=1`);
    const b = await get(`${CONSUMPTION}?${WS}&limit=1`);
    const c = await get(`${CONSUMPTION}?${WS}&limit=2`);
    const member = await get(`${CONSUMPTION}?${WS}&limit=100`, 'u-member');
    const admin = await get(`${CONSUMPTION}?${WS}&limit=100`, 'u-admin');
    expect(a.headers.get('ETag')).to.match(/^W\/"[\w-]{27}"$/);
    expect(a.headers.get('ETag')).to.equal(b.headers.get('ETag'));
    expect(a.headers.get('ETag')).not.to.equal(c.headers.get('ETag'));
    expect(member.headers.get('ETag'), 'viewers see different rows').not.to.equal(admin.headers.get('ETag'));
    expect(a.headers.get('Cache-Control')).to.equal('private, no-cache');
    expect(a.headers.get('Vary')).to.equal('Accept-Encoding');
    expect(a.headers.get('X-Content-Type-Options')).to.equal('nosniff');
  });

  it('answers 304 with no body when If-None-Match names the current ETag (also weakly, in a list, or *)', async () => {
    const first = await get(`/api/fixture/contracts?${WS}`);
    const etag = first.headers.get('ETag')!;
    for (const inm of [etag, etag.replace(/^W\//, ''), `W/"other", ${etag}`, '*']) {
      const res = await get(`/api/fixture/contracts?${WS}`, 'u-admin', { headers: { 'If-None-Match': inm } });
      expect(res.status, inm).to.equal(304);
      expect(res.headers.get('ETag')).to.equal(etag);
      expect(await res.text()).to.equal('');
    }
    const stale = await get(`/api/fixture/contracts?${WS}`, 'u-admin', {
      headers: { 'If-None-Match': 'W/"stale"' },
    });
    expect(stale.status).to.equal(200);
  });

  it('revalidates through the browser cache: the adapter gets the same answer from a 304', async () => {
    const url = `/api/fixture/contracts?${WS}`;
    const headers = { [VIEWER_HEADER]: 'u-admin' };
    const first = await fetch(url, { headers });
    const second = await fetch(url, { headers });
    expect(second.status).to.equal(200);
    expect(await second.text()).to.equal(await first.text());
  });

  it('gzips a large answer when the client accepts gzip, and not otherwise', async () => {
    const path = '/api/demo/entitlements/ent-2025-reactive/consumption?workspaceIds=ws-sp-ops&limit=200';
    const headers = { [VIEWER_HEADER]: 'u-admin' };
    const plain = await probe({ path, headers });
    expect(plain.status).to.equal(200);
    expect(plain.headers['content-encoding']).to.equal(undefined);
    const text = new TextDecoder().decode(bytesOf(plain.bodyBase64));
    expect(text.length).to.be.greaterThan(1024);

    const zipped = await probe({ path, headers: { ...headers, 'Accept-Encoding': 'br;q=1, gzip;q=0.8' } });
    expect(zipped.headers['content-encoding']).to.equal('gzip');
    const bytes = bytesOf(zipped.bodyBase64);
    expect(Number(zipped.headers['content-length'])).to.equal(bytes.length);
    expect(bytes.length).to.be.below(text.length / 3);
    expect(await gunzip(bytes)).to.equal(text);
    expect(zipped.headers.etag, 'the same weak ETag for both codings').to.equal(plain.headers.etag);

    for (const ae of ['gzip;q=0', 'identity', 'br', '*;q=0']) {
      const res = await probe({ path, headers: { ...headers, 'Accept-Encoding': ae } });
      expect(res.headers['content-encoding'], ae).to.equal(undefined);
    }
    expect(
      (await probe({ path, headers: { ...headers, 'Accept-Encoding': '*' } })).headers['content-encoding'],
    ).to.equal('gzip');
  });

  it('leaves a small answer uncompressed', async () => {
    const res = await probe({
      path: '/api/fixture/session',
      headers: { [VIEWER_HEADER]: 'u-admin', 'Accept-Encoding': 'gzip' },
    });
    expect(res.status).to.equal(200);
    expect(res.headers['content-encoding']).to.equal(undefined);
  });
});

describe('request handler: OpenAPI', () => {
  it('serves the OpenAPI 3.1 document, and the committed openapi.json is not stale', async () => {
    const served = (await (await get('/api/fixture/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, { get: { operationId: string; parameters: { name?: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(served.openapi).to.equal('3.1.0');
    expect(Object.values(served.paths).map((p) => p.get.operationId)).to.eql([
      'getSession',
      'listContracts',
      'getEnterpriseSummary',
      'listPackages',
      'getEntitlement',
      'queryConsumption',
      'getConsumptionTimeline',
      'queryAdditionalCases',
    ]);
    expect(
      served.paths['/entitlements/{entitlementId}/consumption'].get.parameters.map((p) => p.name),
    ).to.eql([
      'entitlementId',
      'workspaceIds',
      'offset',
      'limit',
      'sort',
      'search',
      undefined, // the If-None-Match $ref
    ]);
    expect(served.components.schemas).to.include.keys(
      'Session',
      'ConsumptionPage',
      'AdditionalCasePage',
      'Problem',
    );
    const committed: unknown = await (await fetch('/openapi.json', { cache: 'no-store' })).json();
    expect(committed, "openapi.json is stale: run 'npm run openapi'").to.eql(served);
  });
});
