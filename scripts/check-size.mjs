// The size budget of docs/budgets.md, as a check CI runs: `customer-activity-elements/define` (every element, lit and
// @lit/* included, chart.js excluded) at most 45 KB min+gzip in its initial chunks, and chart.js in a lazy chunk of
// its own in every entry point, never in initial code. Each entry point is bundled as a host's bundler would
// (bench/size.mjs: Vite 8 / Rolldown, minified, the library build's template minification, gzip level 9) and its
// weight printed. Exits 1, naming the entry, the figure and the limit, when a budget is exceeded.
// Run: node scripts/check-size.mjs
import { runSizeBench, SIZE_BUDGET_KB } from '../bench/size.mjs';

const result = await runSizeBench();
const failures = [];
const define = result.entries.find((e) => e.name === 'define');
if (!define) failures.push('the define entry point was not measured');
else if (define.gzipKB > SIZE_BUDGET_KB) {
  const over = Math.round((define.gzipKB - SIZE_BUDGET_KB) * 100) / 100;
  failures.push(
    `customer-activity-elements/define weighs ${define.gzipKB} KB min+gzip (initial chunks, lit included), ` +
      `over the budget of ${SIZE_BUDGET_KB} KB by ${over} KB`,
  );
}
for (const entry of result.entries) {
  if (entry.chartJsInInitial) {
    failures.push(
      `${entry.name}: chart.js is in the initial chunks; it must load lazily, when a chart is shown`,
    );
  }
}
if (define && define.chartJsGzipKB == null) {
  failures.push('define: no lazy chart.js chunk found (the chart must load chart.js with import())');
}

if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
console.log(
  `✓ define ${define.gzipKB} KB min+gzip ≤ ${SIZE_BUDGET_KB} KB; chart.js lazy (${define.chartJsGzipKB} KB) in every entry point`,
);
