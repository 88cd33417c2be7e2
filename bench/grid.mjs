// The grid bench (docs/budgets.md "grid" and "CSV export"), in the headless system Chromium: <ca-data-grid> over the
// memory adapter (bench/pages/grid.ts) and two peers: <vaadin-grid> fed the same rows through `items`
// (bench/pages/vaadin.ts), and AG Grid Community's infinite row model over a datasource on the same memory adapter
// (bench/pages/aggrid.ts). Each run is a fresh page (its own browser context); the three grids take turns, the
// order rotating every round (ABC BCA CAB …) so that drift of the machine (other work, thermal) falls on all of
// them. Medians of the runs are reported, with ratios ours / peer.
//
// Scenarios per run: time to first rows (mount → first row painted with data); scrolling in the default order
// (a fling of 15 rows a frame, then jumps to random rows: frame times, long tasks, frames showing placeholders,
// row elements in the DOM); sort by Title (header click → sorted first row painted); a shorter scroll while
// sorted; at 1M rows, the last row reached by scrolling to the end and by Ctrl+End; at 100k rows, the CSV export.
//
// Alone: `node bench/grid.mjs` (builds the pages first, merges its figures into bench/results.json; then
// `node bench/report.mjs` rewrites BENCHMARKS.md). BENCH_RUNS (default 5), BENCH_GRID_SIZES (default
// 1000,100000,1000000), BENCH_PEER_1M=0 skips vaadin-grid at 1M rows (AG Grid pages through the adapter and runs
// as often as ours).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  buildPages,
  chartChunks,
  medianOf,
  openPage,
  root,
  round,
  withBrowser,
  withTaskTrace,
} from './common.mjs';

const versionOf = (pkg) =>
  JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, 'utf8')).version;
const PEER_VERSION = versionOf('@vaadin/grid');
const AG_VERSION = versionOf('ag-grid-community');

/** The grids under test: who, the bench page. */
const GRIDS = [
  { who: 'ours', page: 'grid' },
  { who: 'peer', page: 'vaadin' },
  { who: 'agGrid', page: 'aggrid' },
];

const SORT_KEY = 'title';
const SORTED_SCROLL = { fling: 20, jumps: 10 };

/** `{ a: 1 }` → `{ traceA: 1 }`. */
const prefixed = (prefix, fields) =>
  Object.fromEntries(
    Object.entries(fields ?? {}).map(([k, v]) => [`${prefix}${k[0].toUpperCase()}${k.slice(1)}`, v]),
  );

/** One run of one grid at one size in a fresh page. */
async function runOnce(browser, url, grid, n, options) {
  const { page, errors, requests, close } = await openPage(browser, `${url}/${grid}.html`);
  const call = (fn, arg) => page.evaluate(fn, arg);
  const cdp = await page.context().newCDPSession(page);
  // The page's set-up (generating a dataset of up to 1.25M rows, validating a copy) leaves hundreds of MB of
  // garbage; collected before each clock starts, so that a major GC of the bench's own garbage (100 ms and more at
  // 1M rows) is not blamed on the grid.
  const collect = () => cdp.send('HeapProfiler.collectGarbage');
  const out = { grid, rows: n };
  try {
    out.setup = await call((size) => window.bench.setup(size), n);
    await collect();
    const mounted = await withTaskTrace(browser, page, () => call(() => window.bench.mount()));
    out.mount = { ...mounted.value, cpuMs: mounted.tasks?.totalCpuMs ?? null };
    await collect();
    const scrolled = await withTaskTrace(browser, page, () => call(() => window.bench.scroll()));
    out.scroll = {
      ...scrolled.value,
      ...prefixed('trace', scrolled.tasks),
      // The main thread's work per frame: what scrolling costs, whatever else the machine was doing.
      cpuPerFrameMs: scrolled.tasks ? round(scrolled.tasks.totalCpuMs / scrolled.value.frames, 2) : null,
    };
    const sorted = await withTaskTrace(browser, page, () => call((key) => window.bench.sort(key), SORT_KEY));
    out.sort = { ...sorted.value, cpuMs: sorted.tasks?.totalCpuMs ?? null };
    if (options.sortedScroll) out.sortedScroll = await call((f) => window.bench.scroll(f), SORTED_SCROLL);
    if (options.lastRow) out.lastRow = await call(() => window.bench.lastRow());
    if (options.exportCsv) {
      const exported = await withTaskTrace(browser, page, () => call(() => window.bench.exportCsv()));
      out.exportCsv = { ...exported.value, ...prefixed('trace', exported.tasks) };
    }
  } catch (error) {
    out.error = String(error?.message ?? error).split('\n')[0];
  } finally {
    out.chartRequested = requests.some((r) => options.chartFiles.some((f) => r.endsWith(f)));
    if (errors.length > 0) out.pageErrors = errors;
    await close();
  }
  return out;
}

/** The medians of a list of runs, scenario by scenario. */
function summarize(runs) {
  const ok = runs.filter((r) => !r.error);
  const pick = (key) => medianOf(ok.map((r) => r[key]).filter(Boolean));
  return {
    runs: ok.length,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    setup: pick('setup'),
    mount: pick('mount'),
    scroll: pick('scroll'),
    sort: pick('sort'),
    sortedScroll: pick('sortedScroll'),
    lastRow: pick('lastRow'),
    exportCsv: pick('exportCsv'),
    chartRequested: runs.some((r) => r.chartRequested),
    // The worst run, for the budgets that say "no task over …".
    worst: {
      scrollLongestTaskMs: max(ok.map((r) => r.scroll?.longestTaskMs)),
      scrollLongestCpuMs: max(ok.map((r) => r.scroll?.traceLongestCpuMs)),
      // GC inside the worst run's longest task.
      scrollLongestGcMs: worstOf(ok, (r) => r.scroll?.traceLongestCpuMs)?.scroll?.traceLongestGcMs ?? null,
      exportLongestTaskMs: max(ok.map((r) => r.exportCsv?.longestTaskMs)),
      exportLongestCpuMs: max(ok.map((r) => r.exportCsv?.traceLongestCpuMs)),
    },
  };
}

/** The run where `f` is largest. */
const worstOf = (runs, f) =>
  runs.length === 0
    ? undefined
    : runs.reduce((worst, r) => ((f(r) ?? -Infinity) > (f(worst) ?? -Infinity) ? r : worst), runs[0]);

const max = (xs) => {
  const present = xs.filter((x) => typeof x === 'number');
  return present.length > 0 ? Math.max(...present) : null;
};

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 2));

/** Ours / peer for the figures compared (lower is better for every one). */
function ratios(ours, peer) {
  if (!ours || !peer) return null;
  return {
    firstRows: ratio(ours.mount?.ms, peer.mount?.ms),
    firstRowsCpu: ratio(ours.mount?.cpuMs, peer.mount?.cpuMs),
    sort: ratio(ours.sort?.ms, peer.sort?.ms),
    sortCpu: ratio(ours.sort?.cpuMs, peer.sort?.cpuMs),
    scrollFrameMs: ratio(ours.scroll?.meanFrameMs, peer.scroll?.meanFrameMs),
    scrollP95FrameMs: ratio(ours.scroll?.p95FrameMs, peer.scroll?.p95FrameMs),
    scrollCpuPerFrame: ratio(ours.scroll?.cpuPerFrameMs, peer.scroll?.cpuPerFrameMs),
    sortedScrollFrameMs: ratio(ours.sortedScroll?.meanFrameMs, peer.sortedScroll?.meanFrameMs),
    rowElements: ratio(ours.scroll?.rowElements, peer.scroll?.rowElements),
    elements: ratio(ours.scroll?.elements, peer.scroll?.elements),
  };
}

/**
 * Runs the grid scenarios; `browser` and `url` from `withBrowser`. Returns
 * `{ sizes: { [n]: { ours, peer, ratios } }, runs }`.
 */
export async function runGridBench({
  browser,
  url,
  manifest,
  runs,
  sizes,
  peerAtMillion = true,
  log = console.log,
}) {
  const chartFiles = chartChunks(manifest);
  const result = {
    runs,
    peer: '@vaadin/grid',
    peerVersion: PEER_VERSION,
    agGrid: 'ag-grid-community',
    agGridVersion: AG_VERSION,
    sizes: {},
  };
  for (const n of sizes) {
    const million = n >= 1_000_000;
    const wanted = {
      ours: million ? Math.min(runs, 3) : runs,
      peer: million ? (peerAtMillion ? 1 : 0) : runs,
      agGrid: million ? Math.min(runs, 3) : runs,
    };
    const common = { chartFiles, exportCsv: n === 100_000, lastRow: n >= 100_000 };
    const samples = { ours: [], peer: [], agGrid: [] };
    log(
      `  ${n.toLocaleString('en')} rows: ${wanted.ours} run(s) of ours, ${wanted.peer} of vaadin-grid, ` +
        `${wanted.agGrid} of AG Grid, interleaved`,
    );
    const rounds = Math.max(...Object.values(wanted));
    for (let i = 0; i < rounds; i++) {
      const order = [...GRIDS.slice(i % GRIDS.length), ...GRIDS.slice(0, i % GRIDS.length)];
      for (const { who, page } of order) {
        if (samples[who].length >= wanted[who]) continue;
        const run = await runOnce(browser, url, page, n, {
          ...common,
          // vaadin-grid's array data provider sorts every item again for each page it fetches: at 1M rows a sorted
          // scroll takes minutes, so it is measured at 100k rows and below only.
          sortedScroll: who !== 'peer' || !million,
          exportCsv: who === 'ours' && common.exportCsv,
        });
        samples[who].push(run);
        const line = run.error
          ? `error: ${run.error}`
          : `first rows ${run.mount?.ms} ms (${run.mount?.cpuMs} ms CPU), sort ${run.sort?.ms} ms ` +
            `(${run.sort?.cpuMs} ms CPU), scroll ${run.scroll?.fps} fps ` +
            `(longest task ${run.scroll?.longestTaskMs} ms, ${run.scroll?.traceLongestCpuMs} ms CPU), ` +
            `${run.scroll?.rowElements} rows in the DOM` +
            (run.exportCsv
              ? `, export ${run.exportCsv.ms} ms (longest task ${run.exportCsv.longestTaskMs} ms, ` +
                `${run.exportCsv.traceLongestCpuMs} ms CPU)`
              : '') +
            (run.lastRow ? `, last row ${run.lastRow.reachable ? 'reached' : 'NOT reached'}` : '') +
            (run.pageErrors ? `; page errors: ${run.pageErrors.join(' / ')}` : '');
        log(
          `    ${{ ours: 'ours', peer: 'vaadin-grid', agGrid: 'AG Grid' }[who]} #${samples[who].length}: ${line}`,
        );
      }
    }
    const ours = summarize(samples.ours);
    const peer = samples.peer.length > 0 ? summarize(samples.peer) : null;
    const agGrid = samples.agGrid.length > 0 ? summarize(samples.agGrid) : null;
    result.sizes[n] = {
      ours,
      peer,
      ratios: ratios(ours, peer),
      agGrid,
      agGridRatios: ratios(ours, agGrid),
    };
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = buildPages();
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const sizes = (process.env.BENCH_GRID_SIZES ?? '1000,100000,1000000').split(',').map(Number);
  let chromium;
  const result = await withBrowser(({ browser, url, version }) => {
    chromium = version;
    return runGridBench({
      browser,
      url,
      manifest,
      runs,
      sizes,
      peerAtMillion: process.env.BENCH_PEER_1M !== '0',
    });
  });
  if (process.env.BENCH_JSON) console.log(JSON.stringify(result, null, 2));
  // Into bench/results.json beside the other benches' figures (kept), for bench/report.mjs.
  const { machine } = await import('./common.mjs');
  const file = `${root}bench/results.json`;
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        ...current,
        date: new Date().toISOString(),
        machine: { ...current.machine, ...machine(), chromium },
        grid: result,
      },
      null,
      2,
    )}\n`,
  );
  console.log('merged the grid figures into bench/results.json');
}
