// Headless check of the reference server (examples/server.mjs), run by CI after the library build: starts it on a
// free port — over the embedded database, and over the real server too when DATABASE_URL is set (importing the demo
// dataset there) — and asks it, as a browser would, for a session, the contracts, a summary and a page of history.
// Every answer must equal the memory adapter's over the same demo dataset; nobody signed in must get 401, and a
// viewer named in the query string must not count. Then the server is stopped (SIGTERM) and must exit cleanly.
import { spawn } from 'node:child_process';
import { createDemoDataset, createMemoryAdapter } from 'customer-activity-elements/data';

const BASE_PATH = '/api/customer-activity';
const VIEWER = 'u-admin';
const STARTUP_MS = 120_000;

const failures = [];
const check = (ok, message) => {
  if (ok) console.log(`  ✓ ${message}`);
  else {
    failures.push(message);
    console.error(`  ✗ ${message}`);
  }
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Starts examples/server.mjs with `env`, resolves with its base URL once it prints it. */
function start(env) {
  const child = spawn(process.execPath, ['examples/server.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no address after ${STARTUP_MS} ms:\n${output}`)),
      STARTUP_MS,
    );
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/api\/customer-activity/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolve(code ?? signal);
      });
      child.kill('SIGTERM');
    });
  return { url, stop, output: () => output };
}

async function get(origin, path, headers = { 'x-viewer-id': VIEWER }) {
  const res = await fetch(`${origin}${BASE_PATH}${path}`, { headers });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}

const ids = (list) => list.map((id) => `workspaceIds=${encodeURIComponent(id)}`).join('&');

async function checkServer(label, env) {
  console.log(`reference server, ${label}`);
  const server = start(env);
  try {
    const origin = await server.url;
    const expected = createMemoryAdapter(createDemoDataset(), { viewerId: VIEWER });

    const session = await get(origin, '/session');
    const expectedSession = await expected.getSession();
    check(session.status === 200, `GET /session answers 200 (got ${session.status})`);
    check(same(session.body, expectedSession), 'the session equals the memory adapter’s');

    const workspaceIds = expectedSession.workspaces.map((w) => w.id);
    const contracts = await get(origin, `/contracts?${ids(workspaceIds)}`);
    const expectedContracts = await expected.listContracts({ workspaceIds });
    check(
      same(contracts.body, expectedContracts),
      `GET /contracts: ${expectedContracts.length} contracts, as expected`,
    );

    const contract = expectedContracts.find((c) => c.status === 'active') ?? expectedContracts[0];
    const summary = await get(
      origin,
      `/contracts/${encodeURIComponent(contract.id)}/summary?${ids(workspaceIds)}`,
    );
    const expectedSummary = await expected.getEnterpriseSummary({ contractId: contract.id, workspaceIds });
    check(
      same(summary.body, expectedSummary),
      `GET /contracts/${contract.id}/summary equals the memory adapter’s`,
    );

    const entitlement = [...expectedSummary.entitlements].sort(
      (a, b) => b.consumedTotal - a.consumedTotal,
    )[0];
    const query = { entitlementId: entitlement.entitlementId, workspaceIds, offset: 20, limit: 50 };
    const page = await get(
      origin,
      `/entitlements/${encodeURIComponent(query.entitlementId)}/consumption?${ids(workspaceIds)}` +
        `&offset=${query.offset}&limit=${query.limit}&sort=title`,
    );
    const expectedPage = await expected.queryConsumption({
      ...query,
      sort: [{ key: 'title', direction: 'asc' }],
    });
    check(
      page.status === 200 &&
        page.body.rows?.length === expectedPage.rows.length &&
        expectedPage.rows.length > 0,
      `a page of ${expectedPage.rows.length} history rows (of ${expectedPage.total}), sorted by title`,
    );
    check(same(page.body, expectedPage), 'the page equals the memory adapter’s');

    const anonymous = await get(origin, '/session', {});
    check(anonymous.status === 401, `nobody signed in → 401 (got ${anonymous.status})`);
    const byQuery = await get(origin, `/session?viewerId=${VIEWER}`, {});
    check(byQuery.status !== 200, `a viewer in the query string is not a session (got ${byQuery.status})`);
    check(
      anonymous.type.includes('json') && typeof anonymous.body === 'object' && !('stack' in anonymous.body),
      'the 401 is a JSON problem without a stack',
    );
    const stranger = await get(origin, '/session', { 'x-viewer-id': 'nobody-of-this-customer' });
    check(
      stranger.status >= 400 || stranger.body?.permissions?.viewPage === false,
      `a viewer the customer does not have sees nothing (got ${stranger.status})`,
    );
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
    console.error(`  ✗ ${label}: ${error.message}`);
  } finally {
    const exit = await server.stop();
    check(exit === 0, `stopped by SIGTERM, exit ${exit}`);
    if (failures.length > 0) console.error(server.output());
  }
}

const { DATABASE_URL } = process.env;
await checkServer('embedded PostgreSQL', { DATABASE_URL: '' });
if (DATABASE_URL) await checkServer('real PostgreSQL (DATABASE_URL)', { DATABASE_URL, CA_SEED_DEMO: '1' });
else console.log('DATABASE_URL is not set: the reference server was checked on the embedded database only');

if (failures.length > 0) {
  console.error(`\n${failures.length} reference-server check(s) failed`);
  process.exit(1);
}
console.log('reference-server checks passed');
