// Helpers shared by the bench scripts: statistics, the machine description, the bench pages' build, and a browser
// with a static server for them.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const pagesDist = `${root}bench/dist`;

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const round = (x, digits = 1) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** The median of each numeric field over several runs' result objects (booleans: true only if true in every run). */
export function medianOf(samples) {
  const present = samples.filter(Boolean);
  if (present.length === 0) return null;
  const out = {};
  for (const key of Object.keys(present[0])) {
    const values = present.map((s) => s[key]);
    if (typeof values[0] === 'number') out[key] = round(median(values), 2);
    else if (typeof values[0] === 'boolean') out[key] = values.every(Boolean);
    else out[key] = values[0];
  }
  return out;
}

/** CPU, cores, memory, OS, Node, load average (other work on the machine skews every figure). */
export function machine() {
  return {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    loadAverage1m: round(loadavg()[0], 2),
  };
}

/** Builds every bench/pages/*.html for production into bench/dist/ (bench/vite.bench.config.ts). */
export function buildPages() {
  execSync('npx vite build --config bench/vite.bench.config.ts --logLevel error', {
    cwd: root,
    stdio: 'inherit',
  });
  return JSON.parse(readFileSync(`${pagesDist}/.vite/manifest.json`, 'utf8'));
}

/** Whether the pages were built (bench/dist holds a manifest). */
export const pagesBuilt = () => existsSync(`${pagesDist}/.vite/manifest.json`);

/** The files of the chunks that hold chart.js, from the bench pages' manifest. */
export function chartChunks(manifest) {
  return Object.entries(manifest)
    .filter(([key]) => key.includes('node_modules/chart.js/'))
    .map(([, chunk]) => chunk.file);
}

/**
 * Runs `fn({ browser, url, version })` with the system Chromium and a static server for bench/dist, closing
 * both afterwards. The viewport is the same for every page.
 */
export async function withBrowser(fn) {
  const { launchBrowser } = await import('../scripts/browser.mjs');
  const { serveStatic } = await import('../scripts/serve-static.mjs');
  const server = await serveStatic(pagesDist);
  // Exposes window.gc as a fallback; the memory bench collects garbage through the DevTools protocol.
  const browser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  try {
    return await fn({ browser, url: server.url, version: browser.version() });
  } finally {
    await browser.close();
    await server.close();
  }
}

export const VIEWPORT = { width: 1280, height: 800 };

/** Opens a bench page in a fresh context and waits for its `window[api]`. Page errors are collected. */
export async function openPage(browser, url, api = 'bench') {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction((name) => name in window, api, { timeout: 30_000 });
  return { page, errors, requests, close: () => context.close() };
}

/**
 * Runs `fn` (a page.evaluate whose page code marks `bench:start` and `bench:end` with performance.mark) under a
 * Chromium trace, and returns `{ value, tasks }`: the tasks of the page's main thread between the marks, as wall
 * time (what the Long Tasks API reports) and as thread CPU time. On a machine shared with other work the OS
 * deschedules the main thread in the middle of tasks, so wall time includes time the page did not run; CPU time is
 * the work the page itself did.
 */
export async function withTaskTrace(browser, page, fn) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  let value;
  let buffer;
  try {
    value = await fn();
  } finally {
    buffer = await browser.stopTracing();
  }
  const trace = JSON.parse(buffer.toString());
  const events = trace.traceEvents ?? trace;
  const start = events.find((e) => e.name === 'bench:start');
  const end = events.findLast((e) => e.name === 'bench:end');
  if (!start || !end) return { value, tasks: null };
  const thread = `${start.pid}:${start.tid}`;
  const onThread = events.filter(
    (e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts + e.dur >= start.ts && e.ts <= end.ts,
  );
  // The scheduler's top-level task event ('RunTask' in traces recorded by DevTools).
  const name = onThread.some((e) => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const tasks = onThread.filter((e) => e.name === name);
  const wall = tasks.map((e) => e.dur / 1000);
  const cpu = tasks.map((e) => (e.tdur ?? e.dur) / 1000);
  // What the longest (CPU) task spent in garbage collection.
  const longest = tasks[cpu.indexOf(Math.max(...cpu))];
  const gcMs = longest
    ? onThread
        .filter(
          (e) =>
            (e.name === 'MajorGC' || e.name === 'MinorGC') &&
            e.ts >= longest.ts &&
            e.ts + e.dur <= longest.ts + longest.dur,
        )
        .reduce((sum, e) => sum + e.dur / 1000, 0)
    : 0;
  return {
    value,
    tasks: {
      longestWallMs: round(Math.max(0, ...wall)),
      longestCpuMs: round(Math.max(0, ...cpu)),
      longestGcMs: round(gcMs),
      // Every task of the window together: the main thread's work for the scenario.
      totalWallMs: round(wall.reduce((a, b) => a + b, 0)),
      totalCpuMs: round(cpu.reduce((a, b) => a + b, 0)),
      over50WallMs: wall.filter((d) => d > 50).length,
      over50CpuMs: cpu.filter((d) => d > 50).length,
      // CPU share of the wall time of tasks: well below 1 when the machine was busy with other work.
      cpuShare: round(
        cpu.reduce((a, b) => a + b, 0) /
          Math.max(
            1e-9,
            wall.reduce((a, b) => a + b, 0),
          ),
        2,
      ),
    },
  };
}
