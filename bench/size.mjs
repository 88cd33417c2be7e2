// The size bench (docs/budgets.md "every element together, chart.js excluded: ≤ 45 KB min+gzip; chart.js loads only when
// a chart is shown"). Each package entry point is bundled on its own, as a host's bundler would: minified
// (Vite 8 / Rolldown, the production defaults), its dependencies included (lit, @lit/*, zod …) except react
// (a peer dependency) and node: built-ins, and code-split as usual, with the library build's minification of the
// templates' CSS and markup (scripts/minify-literals-plugin.mjs). Its *initial* code is the entry chunk and every
// chunk it imports statically; a dynamic `import()` starts a lazy chunk. Sizes are gzip (node:zlib, level 9) of
// each chunk, summed. chart.js must sit in a lazy chunk of its own, never in the initial code.
//
// A second bundle of each entry with every dependency external gives the library's own share.
// Alone: `node bench/size.mjs` (merges its figures into bench/results.json for `node bench/report.mjs`).
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';
import { minifyLiteralsPlugin } from '../scripts/minify-literals-plugin.mjs';
import { root } from './common.mjs';

export const SIZE_BUDGET_KB = 45;

/** The browser entry points (package.json "exports"), and the Node-only one reported apart. */
const ENTRIES = [
  { name: 'define', file: 'src/define.ts', what: 'registers every element: the elements budget' },
  { name: 'index', file: 'src/index.ts', what: 'classes, types, adapters, domain (no side effects)' },
  { name: 'data', file: 'src/data.ts', what: 'schemas, rules, adapters, demo dataset (no Lit)' },
  { name: 'react', file: 'src/react.ts', what: 'React wrappers (react external)' },
  { name: 'server', file: 'src/server.ts', what: 'Node request handler (never in a browser)', node: true },
];

/** `define/<tag>`: one element and the building blocks it renders (src/define/<tag>.ts). */
export const PER_ELEMENT = readdirSync(`${root}src/define`)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .map((tag) => ({
    name: `define/${tag}`,
    file: `src/define/${tag}.ts`,
    what: `\`<${tag}>\` and the building blocks it renders`,
    perElement: true,
  }));

const VIRTUAL = 'virtual:bench-entry';

/**
 * Every element with `<customer-activity>` too, for as long as `src/define.ts` does not register it: what `define`
 * will weigh once it does.
 */
const WITH_CUSTOMER_ACTIVITY = {
  name: 'define + customer-activity',
  what: 'define, plus `<customer-activity>` registered by hand (not in define yet)',
  code: [
    `import '${root}src/define.ts';`,
    `import { CustomerActivityElement } from '${root}src/components/customer-activity/customer-activity.ts';`,
    "if (!customElements.get('customer-activity')) customElements.define('customer-activity', CustomerActivityElement);",
  ].join('\n'),
};

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function bundle(entry, { dependencies }) {
  const external = [/^node:/, /^react($|\/)/, /^react-dom($|\/)/];
  if (!dependencies) external.push(/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^chart\.js($|\/)/);
  // An entry given as code (not a file of the package) is served as a virtual module.
  const virtual = entry.code
    ? [
        {
          name: 'bench-virtual-entry',
          resolveId: (id) => (id.endsWith(VIRTUAL) ? `\0${VIRTUAL}` : null),
          load: (id) => (id === `\0${VIRTUAL}` ? entry.code : null),
        },
      ]
    : [];
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    // The library build's own transform (vite.config.ts): what the package ships.
    plugins: [minifyLiteralsPlugin(), ...virtual],
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry: entry.code ? VIRTUAL : `${root}${entry.file}`, formats: ['es'], fileName: entry.name },
      rolldownOptions: { external },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk');
  return chunks;
}

/** The part of the code a module belongs to, for the breakdown. */
function partOf(id) {
  if (id.startsWith('\0')) return 'bundler helpers (decorators)';
  const path = id.replace(root, '');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path))
    return 'lit (lit-html, lit-element, reactive-element)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith('src/i18n/messages/pt-BR/')) return 'src/i18n/messages/pt-BR';
  if (path.startsWith('src/i18n/messages')) return 'src/i18n/messages (en, and any pt-BR still inline)';
  const component = /^src\/components\/([^/]+)\//.exec(path);
  if (component) return `src/components/${component[1]}`;
  const dir = /^src\/([^/]+)\//.exec(path);
  return dir ? `src/${dir[1]}` : path;
}

/**
 * Approximately where an entry's initial bytes go: each part's code minified and gzipped alone, scaled so the
 * parts add up to the measured total (gzip shares context across parts, so the parts alone are a little larger).
 */
function breakdown(chunks, totalGzipKB) {
  const initial = graphNames(chunks);
  const parts = new Map();
  for (const chunk of chunks.filter((c) => initial.has(c.fileName))) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const part = partOf(id);
      parts.set(part, `${parts.get(part) ?? ''}\n${module.code ?? ''}`);
    }
  }
  const sizes = [...parts].map(([group, code]) => {
    const min = minifySync(`${group}.js`, code, { compress: false, mangle: { toplevel: true } }).code;
    return { group, gzip: gzip(min) };
  });
  const sum = sizes.reduce((s, p) => s + p.gzip, 0);
  return sizes
    .map((p) => ({ group: p.group, gzipKB: Math.round((p.gzip / sum) * totalGzipKB * 100) / 100 }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
}

/** The file names of the initial chunks: the entry and every chunk it imports statically. */
function graphNames(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    for (const dep of byName.get(name).imports) visit(dep);
  };
  visit(chunks.find((c) => c.isEntry).fileName);
  return initial;
}

/** Splits a bundle's chunks into the initial ones (entry + static imports) and the lazy ones. */
function graph(chunks) {
  const initial = graphNames(chunks);
  const describe = (c) => ({
    file: c.fileName,
    minKB: kb(Buffer.byteLength(c.code)),
    gzipKB: kb(gzip(c.code)),
    chartJs: c.moduleIds.some((id) => id.includes('/node_modules/chart.js/')),
    lit: c.moduleIds.some((id) =>
      /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id),
    ),
    zod: c.moduleIds.some((id) => id.includes('/node_modules/zod/')),
  });
  const init = chunks.filter((c) => initial.has(c.fileName)).map(describe);
  const lazy = chunks.filter((c) => !initial.has(c.fileName)).map(describe);
  const sum = (list, key) => Math.round(list.reduce((s, c) => s + c[key], 0) * 100) / 100;
  return {
    initial: { minKB: sum(init, 'minKB'), gzipKB: sum(init, 'gzipKB'), chunks: init },
    lazy: lazy,
    chartJsInInitial: init.some((c) => c.chartJs),
    chartJsLazy: lazy.filter((c) => c.chartJs).map((c) => c.file),
    includes: {
      lit: init.some((c) => c.lit),
      zod: init.some((c) => c.zod),
    },
  };
}

/** Measures every entry point; returns `{ entries: [...], budget }`. */
/** Bundles one entry point with and without its dependencies and describes its chunks. */
async function measure(entry) {
  const chunks = await bundle(entry, { dependencies: true });
  const withDeps = graph(chunks);
  const alone = graph(await bundle(entry, { dependencies: false }));
  const chartChunk = withDeps.lazy.filter((c) => c.chartJs);
  const result = {
    name: entry.name,
    what: entry.what,
    node: entry.node === true,
    perElement: entry.perElement === true,
    gzipKB: withDeps.initial.gzipKB,
    minKB: withDeps.initial.minKB,
    ownGzipKB: alone.initial.gzipKB,
    includesLit: withDeps.includes.lit,
    includesZod: withDeps.includes.zod,
    includesCustomerActivity: chunks.some((c) =>
      c.moduleIds.some((id) => id.includes('/src/components/customer-activity/')),
    ),
    chartJsInInitial: withDeps.chartJsInInitial,
    chartJsGzipKB: chartChunk.length > 0 ? round2(chartChunk.reduce((sum, c) => sum + c.gzipKB, 0)) : null,
    otherLazyGzipKB: round2(withDeps.lazy.filter((c) => !c.chartJs).reduce((sum, c) => sum + c.gzipKB, 0)),
    initialChunks: withDeps.initial.chunks.length,
  };
  return { result, chunks, initialGzipKB: withDeps.initial.gzipKB };
}

/** Measures every entry point; returns `{ entries, breakdown, elements }`. */
export async function runSizeBench({ log = console.log } = {}) {
  const entries = [];
  let parts = [];
  const print = (r) =>
    log(
      `  ${r.name.padEnd(30)} ${String(r.gzipKB).padStart(7)} KB min+gzip initial (library alone ${r.ownGzipKB} KB)` +
        (r.chartJsGzipKB != null ? `, chart.js lazy ${r.chartJsGzipKB} KB` : '') +
        (r.chartJsInInitial ? '  chart.js IN THE INITIAL CHUNK' : ''),
    );
  for (const entry of [...ENTRIES, ...PER_ELEMENT]) {
    const { result, chunks, initialGzipKB } = await measure(entry);
    if (entry.name === 'define') parts = breakdown(chunks, initialGzipKB);
    entries.push(result);
    print(result);
  }
  const define = entries.find((e) => e.name === 'define');
  // Until define registers <customer-activity>, also weigh define with it, as define will be.
  let pending = null;
  if (!define.includesCustomerActivity) {
    pending = (await measure(WITH_CUSTOMER_ACTIVITY)).result;
    entries.push({ ...pending, provisional: true });
    print(pending);
  }
  return {
    method: 'Vite 8 / Rolldown production build per entry point, minified, gzip level 9 per chunk, summed',
    entries,
    breakdown: parts,
    elements: {
      gzipKB: define.gzipKB,
      budgetKB: SIZE_BUDGET_KB,
      pass: define.gzipKB <= SIZE_BUDGET_KB,
      chartJsSeparate: entries.every((e) => !e.chartJsInInitial) && define.chartJsGzipKB != null,
      includesCustomerActivity: define.includesCustomerActivity,
      withCustomerActivityGzipKB: pending?.gzipKB ?? null,
      withCustomerActivityOwnGzipKB: pending?.ownGzipKB ?? null,
    },
  };
}

const round2 = (x) => Math.round(x * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runSizeBench();
  console.log(JSON.stringify(result.elements, null, 2));
  // Into bench/results.json beside the other benches' figures (kept), for bench/report.mjs.
  const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
  const file = `${root}bench/results.json`;
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...current, size: result }, null, 2)}\n`);
  console.log('merged the size figures into bench/results.json');
}
