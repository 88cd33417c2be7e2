// Type-checks a host fixture per framework (test/types/<framework>/) against the generated typings of
// `npm run types:frameworks` (dist/types/{jsx,vue,svelte}.d.ts), run with the framework's own checker:
//
//   preact  tsc, jsxImportSource preact       solid  tsc, jsxImportSource solid-js
//   vue     vue-tsc, strictTemplates          svelte svelte-check (Svelte 5)
//
// Each fixture must pass as written, and must fail exactly where it marks a mistake: every `@ts-expect-error`
// (`@vue-expect-error` in a Vue template) is removed from a copy, which must then report an error on the line after
// each marker and nowhere else — so a mistake the types stop catching fails the check (tsc's "unused directive"
// error says the same), and so does a marker that hides an unrelated error. Svelte has no such directive in markup:
// Mistakes.svelte puts an `<!-- expect-error: … -->` comment before each wrong line, and svelte-check must report
// errors on exactly those lines. The fixtures set `skipLibCheck: false`, so the generated declaration files must
// themselves compile cleanly. Exit code 1 on any failure.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve('test/types');
const REQUIRED = [
  'dist/types/index.d.ts',
  'dist/types/jsx.d.ts',
  'dist/types/vue.d.ts',
  'dist/types/svelte.d.ts',
];
const missing = REQUIRED.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(
    `missing ${missing.join(', ')}: run 'npm run build' (or tsc -p tsconfig.build.json && npm run types:frameworks)`,
  );
  process.exit(1);
}

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`✗ ${msg}`);
};

/** Runs a checker; resolves to its diagnostics as { file, line, message } (file relative to the fixture folder). */
function run(bin, args, dir, parse) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join('node_modules/.bin', bin), args);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, diagnostics: parse(output, dir) }));
  });
}

/** `test/types/vue/Host.vue(32,15): error TS2322: …` */
function parseTsc(output, dir) {
  return [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map((m) => ({
    file: basename(m[1]),
    inDir: resolve(m[1]).startsWith(dir),
    line: Number(m[2]),
    message: m[3],
  }));
}

/** svelte-check --output machine: `1796… ERROR "Mistakes.svelte" 15:11 "Type 'string' …"` */
function parseSvelteCheck(output) {
  return [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({
    file: basename(m[1]),
    inDir: true,
    line: Number(m[2]),
    message: m[3],
  }));
}

/** The 1-based lines that follow a marker line. */
function linesAfter(text, marker) {
  return text.split('\n').flatMap((line, i) => (marker.test(line) ? [i + 2] : []));
}

function compare(label, file, expected, diagnostics) {
  const got = [...new Set(diagnostics.filter((d) => d.file === file).map((d) => d.line))].sort(
    (a, b) => a - b,
  );
  const unexpected = diagnostics.filter((d) => d.file === file && !expected.includes(d.line));
  const undetected = expected.filter((l) => !got.includes(l));
  unexpected.forEach((d) => fail(`${label}: unexpected error at line ${d.line}: ${d.message}`));
  undetected.forEach((l) => fail(`${label}: the mistake at line ${l} is not detected`));
  return unexpected.length === 0 && undetected.length === 0;
}

/** tsc / vue-tsc fixtures: pass as written; a copy without the directives fails exactly on the marked lines. */
async function checkWithDirectives(framework, bin, file, directive, neutral) {
  const dir = join(ROOT, framework);
  const tsconfig = join(dir, 'tsconfig.json');
  const clean = await run(bin, ['-p', tsconfig], dir, parseTsc);
  if (clean.status !== 0 || clean.diagnostics.length > 0) {
    clean.diagnostics.forEach((d) => fail(`${framework}: ${d.file}:${d.line}: ${d.message}`));
    if (clean.diagnostics.length === 0) fail(`${framework}: ${bin} exited with ${clean.status}`);
    return;
  }
  const text = await readFile(join(dir, file), 'utf8');
  const expected = linesAfter(text, directive);
  if (expected.length === 0) {
    fail(`${framework}: ${file} marks no mistake (no ${directive.source})`);
    return;
  }
  const copyName = file.replace(/^(.*)\.(\w+)$/, 'ExpectCheck$1.$2');
  const copy = join(dir, copyName);
  await writeFile(
    copy,
    text
      .split('\n')
      .map((l) => (directive.test(l) ? l.replace(directive, neutral) : l))
      .join('\n'),
  );
  try {
    // The declaration files were checked by the clean run; here only the fixture's own lines matter.
    const stripped = await run(bin, ['-p', tsconfig, '--skipLibCheck'], dir, parseTsc);
    if (compare(framework, copyName, expected, stripped.diagnostics)) {
      console.log(
        `✓ ${framework}: ${file} passes, and its ${expected.length} marked mistakes are each an error`,
      );
    }
  } finally {
    await rm(copy, { force: true });
  }
}

async function checkSvelte() {
  const dir = join(ROOT, 'svelte');
  const { diagnostics } = await run(
    'svelte-check',
    [
      '--tsconfig',
      join(dir, 'tsconfig.json'),
      '--workspace',
      dir,
      '--output',
      'machine',
      '--fail-on-warnings',
    ],
    dir,
    parseSvelteCheck,
  );
  const others = diagnostics.filter((d) => d.file !== 'Mistakes.svelte');
  others.forEach((d) => fail(`svelte: ${d.file}:${d.line}: ${d.message}`));
  const text = await readFile(join(dir, 'Mistakes.svelte'), 'utf8');
  const expected = linesAfter(text, /<!-- expect-error:/);
  if (expected.length === 0) fail('svelte: Mistakes.svelte marks no mistake');
  else if (compare('svelte', 'Mistakes.svelte', expected, diagnostics) && others.length === 0) {
    console.log(
      `✓ svelte: Host.svelte passes, and the ${expected.length} mistakes of Mistakes.svelte are each an error`,
    );
  }
}

// Two at a time (CI has two cores); each fixture works in its own folder.
await Promise.all([
  checkWithDirectives('preact', 'tsc', 'host.tsx', /\/\/ @ts-expect-error/, '//').then(() =>
    checkWithDirectives('solid', 'tsc', 'host.tsx', /\/\/ @ts-expect-error/, '//'),
  ),
  checkWithDirectives('vue', 'vue-tsc', 'Host.vue', /<!-- @vue-expect-error/, '<!-- ').then(checkSvelte),
]);

if (failures.length > 0) {
  console.error(`\n${failures.length} framework type check(s) failed`);
  process.exit(1);
}
console.log('framework type checks passed');
