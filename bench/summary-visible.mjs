// `<customer-activity>` on the default demo dataset: the time from the adapter's answer to the summary being visible
// (docs/budgets.md: ≤ 300 ms). Drives bench/pages/summary.html (built with the other bench pages by
// bench/vite.bench.config.ts into bench/dist) in the headless system Chromium: one warm-up run, then BENCH_RUNS
// runs (default 5), each a fresh element over a fresh memory adapter; reports the medians of
//   visible − adapter answered   (the budget),
//   in the DOM − adapter answered,
//   visible − mount              (session, contracts and summary asked for, answered and rendered).
// `npm run bench` imports this file (bench/run.mjs), which then runs it and adds `summaryVisible` to
// bench/results.json; `node bench/summary-visible.mjs` runs it alone (building the pages when they are not built).
// `benchSummaryVisible()` is exported for other scripts and only measures.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildPages, median, openPage, pagesDist, round, withBrowser } from './common.mjs';

export const BUDGET_MS = 300;

/** Whether bench/dist holds the summary page. */
function pageBuilt() {
  const manifest = `${pagesDist}/.vite/manifest.json`;
  if (!existsSync(manifest)) return false;
  return Object.keys(JSON.parse(readFileSync(manifest, 'utf8'))).some((key) => key.endsWith('summary.html'));
}

/**
 * Measures the summary-visible times. Resolves with the medians and the samples, or with `{ registered: false }`
 * when the page could not register `<customer-activity>`.
 */
export async function benchSummaryVisible({ runs = Number(process.env.BENCH_RUNS ?? 5) } = {}) {
  if (!pageBuilt()) buildPages();
  return withBrowser(async ({ browser, url, version }) => {
    const { page, errors, close } = await openPage(browser, `${url}/summary.html`, 'summaryBench');
    try {
      const setup = await page.evaluate(() => window.summaryBench.setup());
      if (!setup.registered) return { registered: false };
      const warmUp = await page.evaluate(() => window.summaryBench.run());
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await page.evaluate(() => window.summaryBench.run()));
      if (errors.length > 0) throw new Error(`the summary page failed: ${errors.join('; ')}`);
      const medianOf = (key) => round(median(samples.map((s) => s[key])), 1);
      const summaryVisibleMs = medianOf('answeredToVisibleMs');
      return {
        registered: true,
        chromium: version,
        consumptionRows: setup.consumptionRows,
        runs,
        summaryVisibleMs,
        answeredToDomMs: medianOf('answeredToDomMs'),
        mountToVisibleMs: medianOf('mountToVisibleMs'),
        worstAnsweredToVisibleMs: round(Math.max(...samples.map((s) => s.answeredToVisibleMs)), 1),
        coldRun: warmUp,
        samples,
        budgetMs: BUDGET_MS,
        pass: summaryVisibleMs != null && summaryVisibleMs <= BUDGET_MS,
      };
    } finally {
      await close();
    }
  });
}

/** Prints the figures. */
export function printSummaryVisible(result) {
  if (!result.registered) {
    console.log('summary visible: <customer-activity> is not registered — not measured');
    return;
  }
  const verdict = result.pass ? 'pass' : 'MISS';
  console.log(
    `summary visible after the adapter answers (median of ${result.runs})`.padEnd(58) +
      `${result.summaryVisibleMs.toFixed(1).padStart(9)} ms  (budget ${result.budgetMs} ms: ${verdict})`,
  );
  console.log(
    `  in the DOM after the adapter answers`.padEnd(58) +
      `${result.answeredToDomMs.toFixed(1).padStart(9)} ms`,
  );
  console.log(
    `  visible after mount (session, contracts, summary)`.padEnd(58) +
      `${result.mountToVisibleMs.toFixed(1).padStart(9)} ms`,
  );
  console.log(
    `  cold first run: ${result.coldRun.answeredToVisibleMs} ms after the answer, ${result.coldRun.mountToVisibleMs} ms after mount; ` +
      `worst measured run ${result.worstAnsweredToVisibleMs} ms; ${result.consumptionRows.toLocaleString('en')} consumption rows`,
  );
}

/** Adds the figures to bench/results.json under `summaryVisible` (creating the file when there is none). */
async function record(result) {
  const file = `${fileURLToPath(new URL('.', import.meta.url))}results.json`;
  const current = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  await writeFile(file, `${JSON.stringify({ ...current, summaryVisible: result }, null, 2)}\n`);
}

// Run when executed directly or imported by `npm run bench` (bench/run.mjs); only export when imported elsewhere.
const entry = process.argv[1] ?? '';
if (/bench[\\/](run|summary-visible)\.mjs$/.test(entry)) {
  console.log('\nsummary visible: <customer-activity> on the default demo dataset');
  try {
    const result = await benchSummaryVisible();
    printSummaryVisible(result);
    await record(result);
  } catch (error) {
    console.error(`the summary-visible bench failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  }
}
