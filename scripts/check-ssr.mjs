// Server rendering, checked in CI after the library build:
//
// 1. every element module imports in plain Node with no DOM: dist/index.js (every element class) and dist/define.js
//    (registers them) are imported with no shim of ours — Lit's Node build brings its own minimal `customElements`
//    and `HTMLElement` (@lit-labs/ssr-dom-shim); there is no `window` or `document`, so a module that touched one at
//    import would throw here;
// 2. @lit-labs/ssr renders each element's first paint — with no adapter or data, as a server has them — without
//    throwing: each host carries its declarative shadow root (`<template shadowroot="open" shadowrootmode="open">`)
//    and its first paint's text ("Loading…" for the four data elements);
// 3. the page is served (with the HTTP API of createRequestHandler over the demo dataset) and opened in headless
//    Chromium: with JavaScript off, the server's markup already paints every element; with it on, the page hydrates
//    (@lit-labs/ssr-client's lit-element-hydrate-support, imported first) — the server's shadow DOM nodes are kept,
//    not re-created — and then loads its data through the API, with no console error, page error or hydration
//    mismatch. Screenshot: screenshots/ssr-hydrated.png. Exit code 1 on any failure.
import { createServer } from 'node:http';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { build } from 'vite';

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`✗ ${msg}`);
};
const pass = (msg) => console.log(`✓ ${msg}`);

// --- 1. import in Node with no DOM --------------------------------------------------------------------------------
const noDom = () => typeof window === 'undefined' && typeof document === 'undefined';
if (!noDom()) throw new Error('a DOM is present before the import: the check would mean nothing');
const lib = await import('../dist/index.js');
await import('../dist/define.js');
if (!noDom()) fail('importing the library created a window or document');
const undefinedTags = lib.ELEMENTS.map(([tag]) => tag).filter((tag) => !customElements.get(tag));
if (undefinedTags.length > 0) fail(`define.js did not register ${undefinedTags.join(', ')} in Node`);
else
  pass(
    `dist/index.js and dist/define.js import in Node with no DOM; ${lib.ELEMENTS.length} elements registered`,
  );

// --- 2. server render of every element's first paint --------------------------------------------------------------
// Imported only now, so that step 1 ran with nothing of @lit-labs/ssr loaded.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
const dataset = lib.createDemoDataset();
// An entitlement the admin's current workspace sees: of an active contract mapped to it.
const session = await lib.createMemoryAdapter(dataset, { viewerId: 'u-admin' }).getSession();
const today = session.asOf.slice(0, 10);
const contract = dataset.contracts.find(
  (c) => c.workspaceIds.includes(session.currentWorkspaceId) && c.startDate <= today && today <= c.endDate,
);
const entitlementId = dataset.entitlements.find((e) =>
  dataset.packages.some(
    (p) => p.id === e.packageId && p.contractId === contract?.id && p.scope === 'enterprise',
  ),
)?.id;
if (!entitlementId) throw new Error('the demo dataset has no entitlement for the current workspace');
/** Each element as a page would write it, and a text of its first paint (null: it paints nothing before data). */
const FIRST_PAINTS = [
  ['customer-activity', 'heading-level="2"', 'Loading…'],
  ['package-consumption', 'status="all"', 'Loading…'],
  ['entitlement-detail', `entitlement-id="${entitlementId}"`, 'Loading…'],
  ['additional-cases', '', 'Loading…'],
  ['ca-state-panel', 'state="empty" heading="Nothing here yet"', 'Nothing here yet'],
  ['ca-meter', 'value="30" max="100" threshold="ok" label="Hours"', '30'],
  ['ca-expiry-badge', 'days-left="23"', 'expires in 23 days'],
  ['ca-chart', 'heading="Hours per month"', 'Hours per month'],
  ['ca-data-grid', 'label="Activities"', 'Search'],
  ['ca-workspace-filter', '', null],
];
const missing = lib.ELEMENTS.map(([tag]) => tag).filter((tag) => !FIRST_PAINTS.some(([t]) => t === tag));
if (missing.length > 0) fail(`no server-render case for ${missing.join(', ')}`);

/** Markup without styles and Lit's part markers: what a reader sees. */
const visible = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const rendered = [];
for (const [tag, attributes, text] of FIRST_PAINTS) {
  const markup = `<${tag} ${attributes}></${tag}>`;
  try {
    const out = await collectResult(render(html`${unsafeHTML(markup)}`));
    const open = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">`);
    if (!open.test(out)) fail(`ssr: <${tag}> has no declarative shadow root: ${out.slice(0, 160)}`);
    else if (text !== null && !visible(out).includes(text)) {
      fail(`ssr: <${tag}>'s first paint lacks "${text}": ${visible(out).slice(0, 200)}`);
    } else rendered.push(tag);
  } catch (e) {
    fail(`ssr: <${tag}> threw: ${e.stack?.split('\n').slice(0, 3).join(' ') ?? e}`);
  }
}
if (rendered.length === FIRST_PAINTS.length) {
  pass(
    `@lit-labs/ssr rendered ${rendered.length} elements with declarative shadow DOM and their first paint`,
  );
}

// The page: every element server-rendered, in one document.
const body = await collectResult(
  render(
    html`${unsafeHTML(FIRST_PAINTS.map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`).join('\n'))}`,
  ),
);

// --- 3. serve, hydrate, load ----------------------------------------------------------------------------------------
const dir = 'node_modules/.cache/customer-activity-elements/ssr';
await rm(dir, { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'error',
  build: {
    outDir: dir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: 'scripts/ssr/client.js', output: { entryFileNames: 'client.js' } },
  },
});
// The inline script runs while the document is parsed, before the module: it tags server-made shadow DOM nodes, so
// the check can tell a hydration (the nodes are kept) from a client re-render (new nodes).
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered — customer-activity-elements</title>
    <style>body { font-family: system-ui, sans-serif; margin: 1.5rem; display: grid; gap: 1rem; }</style>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
${body}
    <script>
      window.__serverNodes = {};
      for (const el of document.querySelectorAll('body > *')) {
        const node = [...(el.shadowRoot?.children ?? [])].find((n) => n.localName !== 'style');
        if (node) { node.__fromServer = true; window.__serverNodes[el.localName] = true; }
      }
    </script>
  </body>
</html>
`;
await writeFile(join(dir, 'index.html'), page);

const { createRequestHandler } = await import('../dist/server.js');
const api = createRequestHandler({
  basePath: '/api',
  adapterFor: (req) =>
    req.headers['x-viewer'] === 'u-admin'
      ? lib.createMemoryAdapter(dataset, { viewerId: 'u-admin' })
      : undefined,
});
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const apiRequests = [];
const server = createServer((req, res) => {
  if (req.url?.startsWith('/api/')) {
    apiRequests.push(req.url);
    void api(req, res);
    return;
  }
  const file = req.url === '/' ? 'index.html' : (req.url ?? '').replace(/^\/+/, '');
  readFile(join(dir, file)).then(
    (content) =>
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(content),
    () => res.writeHead(404).end(),
  );
});
await new Promise((r) => server.listen(Number(process.env.SSR_PORT ?? 0), '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const { launchBrowser } = await import('./browser.mjs');
const browser = await launchBrowser();
try {
  // Without JavaScript: the server's declarative shadow DOM alone paints the elements.
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(url);
    const painted = await tab.evaluate(() => {
      /** The text of a shadow root, nested shadow roots included. */
      const deepText = (root) =>
        root
          ? [...root.querySelectorAll('*')].map((n) => deepText(n.shadowRoot)).join(' ') +
            root.textContent.replace(/\s+/g, ' ')
          : '';
      return [...document.querySelectorAll('body > *')]
        .filter((el) => el.localName.includes('-'))
        .map((el) => [el.localName, !!el.shadowRoot, deepText(el.shadowRoot)]);
    });
    const bare = painted.filter(([, shadow]) => !shadow).map(([tag]) => tag);
    if (bare.length > 0) fail(`without JavaScript, no shadow root on ${bare.join(', ')}`);
    const loading = painted.filter(([, , text]) => text.includes('Loading…')).length;
    if (loading < 4)
      fail(`without JavaScript, ${loading} elements show "Loading…" (expected the 4 data elements)`);
    if (bare.length === 0 && loading >= 4) {
      pass(`without JavaScript the server's markup paints ${painted.length} elements (${loading} loading)`);
    }
    await context.close();
  }

  // With JavaScript: hydration, then data.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('Failed to load resource')) return; // reported by URL below
    if (m.type() === 'error' || (m.type() === 'warning' && /hydrat/i.test(m.text()))) {
      errors.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  tab.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`);
  });
  await tab.goto(url);
  await tab.waitForFunction(() => window.__hydrated === true, null, { timeout: 20000 });
  // Recorded by the page right after the elements' first update, before any data arrived (scripts/ssr/client.js).
  const kept = await tab.evaluate(() => Object.entries(window.__keptAtHydration));
  const tagged = await tab.evaluate(() => Object.keys(window.__serverNodes));
  const notHydrated = kept.filter(([tag, same]) => tagged.includes(tag) && !same).map(([tag]) => tag);
  // <ca-workspace-filter> paints nothing before it has workspaces: no node to follow.
  if (tagged.length < FIRST_PAINTS.length - 1) fail(`only ${tagged.join(', ')} had server nodes to follow`);
  if (notHydrated.length > 0) fail(`re-rendered instead of hydrated: ${notHydrated.join(', ')}`);
  else pass(`hydrated: ${tagged.length} elements kept the server's shadow DOM nodes (${tagged.join(', ')})`);

  const wait = (selector) => tab.locator(selector).first().waitFor({ timeout: 20000 });
  try {
    await wait('customer-activity [part~="entitlement-name"]');
    await wait('package-consumption [part~="entitlement-name"]');
    await wait('entitlement-detail [part~="row"]');
    await wait('additional-cases [part~="row"]');
    await wait('ca-data-grid [part~="row"]');
    await wait('ca-chart canvas');
    await wait('ca-workspace-filter [part~="button"]');
    pass(`after hydration the page loaded its data (${apiRequests.length} API requests)`);
  } catch (e) {
    fail(`the data did not load after hydration: ${String(e.message).split('\n')[0]}`);
  }
  await tab.waitForTimeout(300);
  const inPage = await tab.evaluate(() => window.__errors);
  [...errors, ...inPage].forEach((e) => fail(`hydrated page: ${e}`));
  await mkdir('screenshots', { recursive: true });
  await tab.screenshot({ path: 'screenshots/ssr-hydrated.png' });
  await context.close();
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}

if (failures.length > 0) {
  console.error(`\n${failures.length} server-rendering check(s) failed`);
  process.exit(1);
}
console.log('server-rendering checks passed');
