// The Node-side tests (`test/**/*.node-test.ts`: the PostgreSQL backend on the embedded database, and on a real
// server when DATABASE_URL is set), run by node:test after bundling each file with esbuild (Node 20 cannot import
// .ts). Prints the spec report, then `N passed, N failed, N skipped` alone on a line; exits 1 on any failure.
// `npm test` runs it before web-test-runner.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { bundleTs } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

async function findTests(dir) {
  const out = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await findTests(rel)));
    else if (entry.name.endsWith('.node-test.ts')) out.push(rel);
  }
  return out.sort();
}

const entries = (await findTests('test')).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const files = [];
for (const entry of entries) {
  files.push(await bundleTs(entry, `node-test-${path.basename(entry, '.ts').replace(/\W/g, '-')}`));
}
console.log(
  `Node tests: ${entries.length} file(s); PostgreSQL server: ${process.env.DATABASE_URL ? 'DATABASE_URL is set' : 'none (DATABASE_URL unset): embedded database only'}`,
);

let passed = 0;
let failed = 0;
let skipped = 0;
const stream = run({ files, concurrency: 1, timeout: 10 * 60 * 1000 });
stream.on('test:pass', (data) => {
  if (data.details?.type === 'suite') return;
  if (data.skip || data.todo) skipped++;
  else passed++;
});
stream.on('test:fail', (data) => {
  if (data.details?.type === 'suite' && data.details?.error?.failureType !== 'hookFailed') return;
  failed++;
});
stream.compose(spec).pipe(process.stdout);
stream.once('end', () => {
  process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
});
