// Headless check, run by CI after the builds: the built demo renders real data from the demo dataset in both
// languages and both themes, and every Storybook story renders — all with no console error and no page error.
// Screenshots go to screenshots/ so a person can look at them.
import { mkdir, readFile } from 'node:fs/promises';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

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
