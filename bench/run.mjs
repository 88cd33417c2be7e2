// `npm run bench`: builds the library, then measures the data layer in Node — dataset generation, validation,
// indexing and query times at 100k and 1M consumption rows. Prints a table and writes bench/results.json.
// Medians of several runs; figures are wall-clock milliseconds on this machine.
import { execSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

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

  const parse = await time(() => data.parseDataset(dataset), runs);
  record('validate dataset (parseDataset)', size, parse.ms);

  const create = await time(() => data.createMemoryAdapter(dataset, { viewerId: 'u-admin' }), runs);
  record('createMemoryAdapter (validate + index)', size, create.ms);
  record('  of which indexing', size, Math.max(0, create.ms - parse.ms));
  const adapter = create.result;

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
await import('./http.mjs'); // the same data through createRequestHandler and createHttpAdapter on loopback, 1M rows
