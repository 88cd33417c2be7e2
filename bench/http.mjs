// The HTTP bench (run at the end of `npm run bench`, or alone: `node bench/http.mjs`): a 1M-row demo dataset
// served by createRequestHandler on node:http in a child process, read by createHttpAdapter (Node's fetch, gzip)
// over loopback. Prints the time to the first rows and to the last row of the longest history grid, cold (the
// server sorts 800k rows for a new order) and warm, and the time to read every row page by page (an export).
// Adds the figures to bench/results.json under "http". BENCH_HTTP_SIZE changes the row count.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SIZE = Number(process.env.BENCH_HTTP_SIZE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWER = 'u-admin';
const root = fileURLToPath(new URL('..', import.meta.url));

/** The built entry points when they have what is needed, else the sources bundled for Node. */
async function load() {
  const dist = (name) => pathToFileURL(`${root}dist/${name}.js`).href;
  const data = existsSync(`${root}dist/data.js`) ? await import(dist('data')) : {};
  const server = existsSync(`${root}dist/server.js`) ? await import(dist('server')) : {};
  const { importTs } = await import('../scripts/node-bundle.mjs');
  return {
    createDemoDataset:
      data.createDemoDataset ??
      (await importTs('src/data/demo-dataset.ts', 'bench-dataset')).createDemoDataset,
    createMemoryAdapter:
      data.createMemoryAdapter ??
      (await importTs('src/data/memory-adapter.ts', 'bench-memory')).createMemoryAdapter,
    createHttpAdapter:
      data.createHttpAdapter ?? (await importTs('src/data/http-adapter.ts', 'bench-http')).createHttpAdapter,
    createRequestHandler:
      server.createRequestHandler ?? (await importTs('src/server.ts', 'bench-server')).createRequestHandler,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The server (child process)

async function serve() {
  const lib = await load();
  const t0 = performance.now();
  const dataset = lib.createDemoDataset({ size: SIZE });
  const generated = performance.now() - t0;
  const adapters = new Map();
  const adapterFor = (req) => {
    const viewerId = req.headers['x-bench-viewer'];
    if (!adapters.has(viewerId)) adapters.set(viewerId, lib.createMemoryAdapter(dataset, { viewerId }));
    return adapters.get(viewerId);
  };
  const t1 = performance.now();
  adapterFor({ headers: { 'x-bench-viewer': VIEWER } });
  const indexed = performance.now() - t1;
  const handler = lib.createRequestHandler({ adapterFor });
  const server = createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    process.send({ port: server.address().port, generated, indexed });
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------------------
// The client (this process)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function bench() {
  console.log(
    `\nHTTP on loopback: createRequestHandler in a child process, createHttpAdapter here, ${SIZE} rows`,
  );
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  const lib = await load();
  const http = lib.createHttpAdapter({
    baseUrl: `http://127.0.0.1:${ready.port}`,
    headers: { 'x-bench-viewer': VIEWER },
    timeoutMs: 60_000,
  });

  const results = [];
  const record = (scenario, ms, extra = {}) => {
    results.push({ scenario, rows: SIZE, ms: Math.round(ms * 100) / 100, ...extra });
    console.log(`${scenario.padEnd(58)} ${String(SIZE).padStart(9)} rows  ${ms.toFixed(1).padStart(9)} ms`);
  };
  record('server: generate the dataset', ready.generated);
  record('server: createMemoryAdapter (validate + index)', ready.indexed);

  const time = async (fn) => {
    const t = performance.now();
    const value = await fn();
    return { ms: performance.now() - t, value };
  };

  const opened = await time(async () => {
    const session = await http.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const contracts = await http.listContracts({ workspaceIds });
    const current = contracts.find((c) => c.status === 'active') ?? contracts[0];
    const summary = await http.getEnterpriseSummary({ contractId: current.id, workspaceIds });
    return { workspaceIds, summary };
  });
  record('page open: session + contracts + summary', opened.ms);
  const { workspaceIds, summary } = opened.value;
  const longest = [...summary.entitlements].sort((a, b) => b.consumedTotal - a.consumedTotal)[0];
  const base = { entitlementId: longest.entitlementId, workspaceIds, limit: 100 };

  // Cold: each new order makes the server filter and sort every row of the entitlement once.
  const orders = [
    undefined,
    [{ key: 'title', direction: 'asc' }],
    [{ key: 'quantity', direction: 'desc' }],
    [{ key: 'person', direction: 'asc' }],
    [{ key: 'date', direction: 'asc' }],
    [{ key: 'status', direction: 'desc' }],
    [{ key: 'reference', direction: 'asc' }],
  ].slice(0, Math.max(3, RUNS));
  const coldFirst = [];
  let total = 0;
  for (const sort of orders.slice(0, Math.ceil(orders.length / 2))) {
    const { ms, value } = await time(() => http.queryConsumption({ ...base, offset: 0, sort }));
    coldFirst.push(ms);
    total = value.total;
  }
  record('first rows (100), cold: a new order sorted on the server', median(coldFirst), { total });
  const coldLast = [];
  for (const sort of orders.slice(Math.ceil(orders.length / 2))) {
    const { ms, value } = await time(() => http.queryConsumption({ ...base, offset: total - 100, sort }));
    coldLast.push(ms);
    if (value.rows.length !== Math.min(100, total)) throw new Error('the last page came back short');
  }
  record('last row (last 100), cold: a new order sorted on the server', median(coldLast));

  const warmFirst = [];
  const warmLast = [];
  for (let i = 0; i < RUNS; i++) {
    warmFirst.push((await time(() => http.queryConsumption({ ...base, offset: 0 }))).ms);
    warmLast.push((await time(() => http.queryConsumption({ ...base, offset: total - 100 }))).ms);
  }
  record('first rows (100), warm', median(warmFirst));
  record('last row (last 100), warm', median(warmLast));

  const jumps = [];
  for (let i = 0; i < RUNS; i++) {
    const offset = Math.floor(((i + 0.5) / RUNS) * (total - 100));
    jumps.push((await time(() => http.queryConsumption({ ...base, offset }))).ms);
  }
  record('a page anywhere (scrollbar jump), warm', median(jumps));

  const all = await time(async () => {
    let read = 0;
    for (let offset = 0; offset < total; offset += 1000) {
      const page = await http.queryConsumption({ ...base, offset, limit: 1000 });
      read += page.rows.length;
    }
    return read;
  });
  if (all.value !== total) throw new Error(`read ${all.value} of ${total} rows`);
  record(`every row, 1,000 a request (${Math.ceil(total / 1000)} requests, an export)`, all.ms, { total });

  child.disconnect();
  child.kill();

  const file = `${root}bench/results.json`;
  const report = existsSync(file)
    ? JSON.parse(await readFile(file, 'utf8'))
    : { date: new Date().toISOString() };
  report.http = {
    transport: 'node:http on 127.0.0.1, Node fetch with gzip, separate processes',
    rows: SIZE,
    results,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log('added the HTTP figures to bench/results.json');
}

if (process.argv.includes('--serve')) await serve();
else await bench();
