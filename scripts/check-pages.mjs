// Headless check, run by CI after the builds: the built demo renders real data from the demo dataset in both
// languages and both themes, and every Storybook story renders — all with no console error and no page error.
// Screenshots go to screenshots/ so a person can look at them.
import { mkdir, readFile } from 'node:fs/promises';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

/** `vite preview` of the built demo on a free port, with the demo's API plugin; resolves once it answers. */
async function startPreview() {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'vite.demo.config.ts',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 150) throw new Error(`vite preview did not answer on ${url}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`✗ ${msg}`);
};

function watch(page, label) {
  const errors = [];
  page.on('console', (m) => {
    // A failed load is reported below with its address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      errors.push(`${label}: console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${label}: ${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`${label}: page error: ${e.message}`));
  return errors;
}

await mkdir('screenshots', { recursive: true });
const data = await import('customer-activity-elements/data');
// What the demo must show the customer admin: the active contract of their current workspace and the first
// entitlement of its enterprise-wide summary, as the adapter answers them.
const dataset = data.createDemoDataset();
const adapter = data.createMemoryAdapter(dataset, { viewerId: 'u-admin' });
const session = await adapter.getSession();
const workspaceIds = [session.currentWorkspaceId];
const contracts = await adapter.listContracts({ workspaceIds });
const active = contracts.find((c) => c.status === 'active') ?? contracts[0];
const summary = await adapter.getEnterpriseSummary({ contractId: active.id, workspaceIds });
const expected = { contractNumber: active.number, entitlementName: summary.entitlements[0].name };
const browser = await launchBrowser();

// --- the demo ------------------------------------------------------------------------------------------------
const demo = await serveStatic('demo-dist');
try {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['pt-BR', 'dark'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watch(page, `demo ${lang} ${theme}`);
    await page.goto(`${demo.url}/?lang=${lang}&theme=${theme}`);
    try {
      await page
        .getByText(expected.contractNumber)
        .filter({ visible: true })
        .first()
        .waitFor({ timeout: 15000 });
      await page
        .getByText(expected.entitlementName)
        .filter({ visible: true })
        .first()
        .waitFor({ timeout: 15000 });
    } catch (e) {
      fail(`demo ${lang} ${theme}: real data did not render (${e.message.split('\n')[0]})`);
    }
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== lang) fail(`demo: lang is ${htmlLang}, expected ${lang}`);
    await page.screenshot({ path: `screenshots/demo-${lang}-${theme}.png`, fullPage: true });
    errors.forEach(fail);
    await page.close();
  }
  console.log('✓ demo renders the demo dataset (en light, pt-BR dark)');
} finally {
  await demo.close();
}

// --- the demo's "HTTP → PostgreSQL (embedded)" data source -----------------------------------------------------
// The static build has no API: `vite preview` serves the same build with the demo's API plugin, whose
// /api/postgres opens embedded PostgreSQL and loads the demo dataset on the first request.
const preview = await startPreview();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watch(page, 'demo http-postgres');
  await page.goto(`${preview.url}/?source=http-postgres&lang=en&theme=light`);
  try {
    for (const text of [expected.contractNumber, expected.entitlementName]) {
      await page.getByText(text).filter({ visible: true }).first().waitFor({ timeout: 90000 });
    }
  } catch (e) {
    fail(`demo http-postgres: real data did not render (${e.message.split('\n')[0]})`);
  }
  const label = await page.$eval('#source', (s) => s.options[s.selectedIndex].textContent);
  if (label !== 'HTTP → PostgreSQL (embedded)') fail(`demo http-postgres: the Data switch shows ${label}`);
  await page.screenshot({ path: 'screenshots/demo-postgres.png', fullPage: true });
  errors.forEach(fail);
  await page.close();
  console.log('✓ demo renders the demo dataset from embedded PostgreSQL through the HTTP adapter');
} finally {
  await preview.close();
}

// --- Storybook --------------------------------------------------------------------------------------------------
const sb = await serveStatic('storybook-static');
try {
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  if (stories.length === 0) fail('storybook: no stories in index.json');
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  let errors = watch(page, 'storybook');
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${sb.url}/iframe.html?id=${story.id}&viewMode=story`);
    try {
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          return !!root && root.children.length > 0 && document.body.classList.contains('sb-show-main');
        },
        null,
        { timeout: 15000 },
      );
    } catch {
      fail(`storybook: story ${story.id} did not render`);
    }
    await page.waitForTimeout(150);
    errors.forEach((e) => fail(`${story.id}: ${e}`));
  }
  if (stories.length > 0) {
    await page.goto(`${sb.url}/iframe.html?id=${stories[0].id}&viewMode=story`);
    await page.screenshot({ path: 'screenshots/storybook-first.png' });
  }
  errors = [];
  console.log(`✓ storybook: ${stories.length} stories rendered`);
  await page.close();
} finally {
  await sb.close();
}

await browser.close();
if (failures.length > 0) {
  console.error(`\n${failures.length} page check(s) failed`);
  process.exit(1);
}
console.log('page checks passed');
