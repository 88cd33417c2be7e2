// Runs the test suite in each browser engine in turn — Chromium, Firefox, WebKit — and ends with one summary: per
// engine its wall time, its passed / failed / skipped counts and the tests skipped there with their reasons.
// Exits 1 when any engine had a failure (or printed no count).
//
//   npm run test:engines                          all three engines, the whole suite
//   npm run test:engines -- --engines firefox     one engine (or a comma-separated list)
//   npm run test:engines -- --port 8300           any other argument goes to each wtr run as it is
//   npm run test:engines -- --webkit-files 'test/domain/**/*.test.ts'   WebKit runs only these files
//
// One engine at a time: the three browsers side by side would share the machine's cores with each other.
import { spawn } from 'node:child_process';
import { parseEngines } from './wtr/engines.mjs';

const args = process.argv.slice(2);
const takeOption = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`test-engines: ${name} needs a value`);
    process.exit(2);
  }
  args.splice(i, 2);
  return value;
};

const engines = parseEngines(takeOption('--engines') ?? 'all');
const webkitFiles = takeOption('--webkit-files');

/** Runs wtr once in `engine`; resolves to its counts, skip lines and wall time. */
function run(engine) {
  const extra = engine === 'webkit' && webkitFiles ? ['--files', ...webkitFiles.split(',')] : [];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr', ...args, ...extra], {
      env: { ...process.env, WTR_ENGINE: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('exit', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const counts = [...out.matchAll(/^(\d+) passed, (\d+) failed, (\d+) skipped$/gm)].at(-1);
      const skips = [...out.matchAll(/^skipped in [a-z]+: .*$/gm)].map((m) => m[0]);
      resolve({
        engine,
        seconds,
        code: code ?? signal,
        passed: counts ? Number(counts[1]) : NaN,
        failed: counts ? Number(counts[2]) : NaN,
        skipped: counts ? Number(counts[3]) : NaN,
        skips,
        subset: extra.length > 0 ? webkitFiles : undefined,
      });
    });
  });
}

const results = [];
for (const engine of engines) {
  process.stdout.write(`\n=== ${engine}\n`);
  results.push(await run(engine));
}

const lines = ['', '=== engines summary'];
for (const r of results) {
  const counts = Number.isNaN(r.passed)
    ? 'no count printed'
    : `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  const subset = r.subset ? ` (files: ${r.subset})` : '';
  lines.push(`${r.engine}: ${counts} in ${r.seconds.toFixed(1)} s, exit ${r.code}${subset}`);
}
for (const r of results) lines.push(...r.skips);
process.stdout.write(`${lines.join('\n')}\n`);

const bad = results.filter((r) => r.code !== 0 || Number.isNaN(r.passed) || r.failed > 0);
if (bad.length > 0) {
  process.stdout.write(`failed in: ${bad.map((r) => r.engine).join(', ')}\n`);
  process.exit(1);
}
