// `npm run bench`: every figure of docs/budgets.md, in one command (about five minutes on a 2-core machine).
// 1. builds the library, then measures the data layer in Node — dataset generation, validation, indexing and query
//    times at 100k and 1M consumption rows (this file);
// 2. builds the bench pages for production (bench/vite.bench.config.ts) and, in the headless system Chromium:
//    the grid against vaadin-grid on the same rows, runs interleaved (bench/grid.mjs), and the memory of
//    <customer-activity> mounted and unmounted (bench/memory.mjs); the min+gzip size of each entry point and
//    where chart.js lands (bench/size.mjs);
// 3. <customer-activity>'s summary-visible time (bench/summary-visible.mjs, when present), the HTTP adapter
//    over loopback (bench/http.mjs), and the PostgreSQL backend on a real server beside the memory adapter
//    (bench/postgres.mjs: 100 customers, 10M rows; see its header for the BENCH_PG_* parameters);
// 4. prints the table of budgets and rewrites BENCHMARKS.md (bench/report.mjs).
// Everything lands in bench/results.json (an artifact, not committed). Medians of several runs.
// BENCH_RUNS (default 5), BENCH_SIZES (Node, default 100000,1000000), BENCH_GRID_SIZES (default
// 1000,100000,1000000), BENCH_PEER_1M=0 skips vaadin-grid at 1M rows.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const loadAtStart = Math.round(loadavg()[0] * 100) / 100;

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);

console.log('building the library…');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const data = await import(`../dist/data.js?${Date.now()}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
async function time(fn, runs = RUNS) {
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

const results = [];
const record = (scenario, size, ms, budget) => {
  results.push({ scenario, rows: size, ms: Math.round(ms * 100) / 100, budget: budget ?? null });
  const b = budget == null ? '' : `  (budget ${budget} ms: ${ms <= budget ? 'pass' : 'MISS'})`;
  console.log(`${scenario.padEnd(48)} ${String(size).padStart(9)} rows  ${ms.toFixed(1).padStart(9)} ms${b}`);
};

for (const size of SIZES) {
  const runs = size >= 1_000_000 ? Math.min(RUNS, 3) : RUNS;
  const gen = await time(() => data.createDemoDataset({ size }), 1);
  record('generate demo dataset', size, gen.ms);
  const dataset = gen.result;

  // Validation alone and the whole adapter creation, measured in pairs so that indexing (the difference) is
  // taken within each run rather than between two medians.
  const parseSamples = [];
  const createSamples = [];
  let adapter;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    data.parseDataset(dataset);
    parseSamples.push(performance.now() - t);
    t = performance.now();
    adapter = data.createMemoryAdapter(dataset, { viewerId: 'u-admin' });
    createSamples.push(performance.now() - t);
  }
  record('validate dataset (parseDataset)', size, median(parseSamples));
  record('createMemoryAdapter (validate + index)', size, median(createSamples));
  record('  of which indexing', size, Math.max(0, median(createSamples.map((c, i) => c - parseSamples[i]))));

  const session = await adapter.getSession();
  const workspaceIds = session.workspaces.map((w) => w.id);
  const counts = new Map();
  for (const r of dataset.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
  const [entitlementId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const base = { entitlementId, workspaceIds, offset: 0, limit: 100 };

  // A fresh adapter per run where a cache would otherwise answer a repeat.
  const fresh = () => data.createMemoryAdapter(dataset, { viewerId: 'u-admin' });
  const adapters = Array.from({ length: runs }, fresh);
  let i = 0;
  const firstPage = await time(() => adapters[i++ % runs].queryConsumption(base), runs);
  record('queryConsumption first page (default sort)', size, firstPage.ms);
  i = 0;
  const adapters2 = Array.from({ length: runs }, fresh);
  const sorted = await time(
    () => adapters2[i++ % runs].queryConsumption({ ...base, sort: [{ key: 'title', direction: 'asc' }] }),
    runs,
  );
  record('queryConsumption sorted by title (cold)', size, sorted.ms, size <= 100_000 ? 150 : undefined);
  const warm = await time(
    () => adapter.queryConsumption({ ...base, offset: 5000, sort: [{ key: 'title', direction: 'asc' }] }),
    runs,
  );
  record('queryConsumption next page, same sort (warm)', size, warm.ms);
  const search = await time(() => adapter.queryConsumption({ ...base, search: 'educacao' }), runs);
  record('queryConsumption search "educacao"', size, search.ms);
  const last = await time(
    () => adapter.queryConsumption({ ...base, offset: Math.max(0, counts.get(entitlementId) - 100) }),
    runs,
  );
  record('queryConsumption last page', size, last.ms);
  const contracts = await adapter.listContracts({ workspaceIds });
  const summary = await time(
    () => adapter.getEnterpriseSummary({ contractId: contracts[0].id, workspaceIds }),
    runs,
  );
  record('getEnterpriseSummary', size, summary.ms);
  const cases = await time(() => adapter.queryAdditionalCases({ workspaceIds, offset: 0, limit: 100 }), runs);
  record('queryAdditionalCases first page', size, cases.ms);
}

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  runs: RUNS,
  results,
};
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/results.json');

/** Adds `fields` to bench/results.json (other scripts add their own keys in between). */
async function merge(fields) {
  const current = JSON.parse(await readFile('bench/results.json', 'utf8'));
  await writeFile('bench/results.json', `${JSON.stringify({ ...current, ...fields }, null, 2)}\n`);
}

// A failing section is reported (its figures then read "not measured") and fails the command, but does not stop
// the other sections.
try {
  const { buildPages, machine, withBrowser } = await import('./common.mjs');
  const { runGridBench } = await import('./grid.mjs');
  const { runMemoryBench } = await import('./memory.mjs');
  const { runSizeBench } = await import('./size.mjs');

  console.log('\nsize: each entry point bundled, minified and gzipped');
  const size = await runSizeBench();

  console.log('\nbuilding the bench pages…');
  const manifest = buildPages();
  const gridSizes = (process.env.BENCH_GRID_SIZES ?? '1000,100000,1000000').split(',').map(Number);
  const browserResults = await withBrowser(async ({ browser, url, version }) => {
    console.log(`\ngrid: <ca-data-grid> against <vaadin-grid> in Chromium ${version}`);
    const grid = await runGridBench({
      browser,
      url,
      manifest,
      runs: RUNS,
      sizes: gridSizes,
      peerAtMillion: process.env.BENCH_PEER_1M !== '0',
    });
    console.log('\nmemory: <customer-activity> mounted and unmounted');
    const memory = await runMemoryBench({ browser, url });
    return { chromium: version, grid, memory };
  });
  await merge({
    machine: {
      ...report.machine,
      ...machine(),
      loadAverageAtStart: loadAtStart,
      chromium: browserResults.chromium,
    },
    grid: browserResults.grid,
    memory: browserResults.memory,
    size,
  });
} catch (error) {
  console.error(`\nthe browser and size benches failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
}

// <customer-activity>: summary visible after the adapter answers (bench/summary-visible.mjs, written apart). Until
// that file exists the figure is reported as "not measured".
if (existsSync(new URL('./summary-visible.mjs', import.meta.url))) await import('./summary-visible.mjs');

await import('./http.mjs'); // the same data through createRequestHandler and createHttpAdapter on loopback, 1M rows
// The PostgreSQL backend on a real server (BENCH_DATABASE_URL, DATABASE_URL or the local cluster), beside the
// memory adapter; one line and no figures when no server answers.
await import('./postgres.mjs');

const { writeReport } = await import('./report.mjs');
await writeReport({ totalSeconds: Math.round((performance.now() - started) / 1000) });
