// Headless check of the built demo (demo-dist/) in the three browser engines — Chromium (playwright-core),
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver
// under Xvfb): the page renders the demo dataset's active contract and first entitlement, a click on that
// entitlement opens its detail (the drill-down), the back button returns to the summary, and nothing is written to
// the console as an error and no error or rejection goes unhandled. Screenshots go to
// screenshots/engines-<engine>-*.png.
//
//   npm run check:engines                       all three
//   npm run check:engines -- firefox webkit     some
import { mkdir, writeFile } from 'node:fs/promises';
// puppeteer-core as @web/test-runner-chrome ships it (not a dependency of its own).
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';
import { ENGINES } from './wtr/engines.mjs';
import { WebKitLauncher } from './wtr/webkit-launcher.mjs';

// Recorded in the page before any of its own scripts run, the same way in every engine (WebDriver classic has no
// console events): console.error calls, uncaught errors, unhandled rejections, and resources that failed to load.
const RECORDER = `<script>
(() => {
  const errors = (window.__caErrors = []);
  const text = (v) => (v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v));
  const error = console.error.bind(console);
  console.error = (...a) => { errors.push('console error: ' + a.map(text).join(' ')); error(...a); };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push('failed to load ' + (t.src || t.href));
    else errors.push('uncaught: ' + (e.message || text(e.error)));
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + text(e.reason)));
})();
</script>`;

// In the page: the text a user sees, through open shadow roots (hidden subtrees left out).
const VISIBLE_TEXT = `(() => {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) { out.push(node.textContent); return; }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.checkVisibility && !node.checkVisibility()) return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    const kids = node.nodeType === 1 && node.assignedNodes ? node.assignedNodes({ flatten: true }) : [];
    for (const child of kids.length > 0 ? kids : node.childNodes) walk(child);
  };
  walk(document.body);
  return out.join(' ').replace(/\\s+/g, ' ');
})()`;

const ACTIVITY = `document.querySelector('customer-activity')`;
const entitlementButton = (name) => `(() => {
  const root = ${ACTIVITY}?.shadowRoot;
  return [...(root?.querySelectorAll('[part="entitlement-name"]') ?? [])].find(
    (b) => b.textContent.trim() === ${JSON.stringify(name)} && b.checkVisibility()) ?? null;
})()`;
const DETAIL_NAME = `${ACTIVITY}?.shadowRoot?.querySelector('entitlement-detail')?.shadowRoot?.querySelector('[part="name"]')?.textContent.trim() ?? null`;
const BACK_BUTTON = `${ACTIVITY}?.shadowRoot?.querySelector('[part="back"]') ?? null`;
const VIEW = `${ACTIVITY}?.view ?? null`;

/** Each engine behind the same few calls: open a URL, evaluate an expression, click an element, screenshot. */
const drivers = {
  async chromium() {
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return {
      goto: (url) => page.goto(url),
      evaluate: (expr) => page.evaluate(expr),
      click: async (expr) => {
        const handle = (await page.evaluateHandle(expr)).asElement();
        if (!handle) throw new Error(`nothing to click: ${expr}`);
        await handle.click();
      },
      screenshot: (path) => page.screenshot({ path, fullPage: true }),
      close: () => browser.close(),
    };
  },
  async firefox() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    return {
      goto: (url) => page.goto(url),
      evaluate: (expr) => page.evaluate(expr),
      click: async (expr) => {
        const handle = (await page.evaluateHandle(expr)).asElement();
        if (!handle) throw new Error(`nothing to click: ${expr}`);
        await handle.click();
      },
      screenshot: (path) => page.screenshot({ path, fullPage: true }),
      close: () => browser.close(),
    };
  },
  async webkit() {
    const wk = new WebKitLauncher();
    await wk.initialize();
    await wk.start();
    await wk.command('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
    const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
    return {
      goto: (url) => wk.command('POST', '/url', { url }),
      evaluate: (expr) => wk.command('POST', '/execute/sync', { script: `return ${expr};`, args: [] }),
      click: async (expr) => {
        const ref = await wk.command('POST', '/execute/sync', { script: `return ${expr};`, args: [] });
        if (!ref?.[ELEMENT]) throw new Error(`nothing to click: ${expr}`);
        await wk.command('POST', `/element/${ref[ELEMENT]}/click`, {});
      },
      screenshot: async (path) =>
        writeFile(path, Buffer.from(await wk.command('GET', '/screenshot'), 'base64')),
      close: () => wk.stop(),
    };
  },
};

/** Polls `expr` in the page until `ok(value)`; throws `what` with the last value after `timeout` ms. */
async function until(driver, expr, ok, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let value;
  while (Date.now() < end) {
    value = await driver.evaluate(expr);
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} (last: ${JSON.stringify(value)?.slice(0, 200)})`);
}

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!ENGINES.includes(name)) {
    console.error(`check-engines: unknown engine "${name}"; use ${ENGINES.join(', ')}`);
    process.exit(2);
  }
}
const engines = requested.length > 0 ? requested : [...ENGINES];

// What the demo must show the customer admin, as the adapter answers it (the same as scripts/check-pages.mjs).
const data = await import('customer-activity-elements/data');
const adapter = data.createMemoryAdapter(data.createDemoDataset(), { viewerId: 'u-admin' });
const session = await adapter.getSession();
const workspaceIds = [session.currentWorkspaceId];
const contracts = await adapter.listContracts({ workspaceIds });
const active = contracts.find((c) => c.status === 'active') ?? contracts[0];
const summary = await adapter.getEnterpriseSummary({ contractId: active.id, workspaceIds });
const expected = { contractNumber: active.number, entitlementName: summary.entitlements[0].name };

await mkdir('screenshots', { recursive: true });
const demo = await serveStatic('demo-dist', { inject: RECORDER });
const failures = [];
try {
  for (const engine of engines) {
    const started = Date.now();
    const driver = await drivers[engine]();
    const fail = (msg) => {
      failures.push(`${engine}: ${msg}`);
      console.error(`✗ ${engine}: ${msg}`);
    };
    try {
      await driver.goto(`${demo.url}/?lang=en&theme=light`);
      await until(
        driver,
        VISIBLE_TEXT,
        (t) => t.includes(expected.contractNumber) && t.includes(expected.entitlementName),
        `the demo did not render contract ${expected.contractNumber} and "${expected.entitlementName}"`,
      );
      await driver.screenshot(`screenshots/engines-${engine}-summary.png`);
      // The drill-down, as the user does it: a click on the entitlement's name opens its detail, back returns.
      await driver.click(entitlementButton(expected.entitlementName));
      await until(
        driver,
        DETAIL_NAME,
        (n) => n === expected.entitlementName,
        'the drill-down did not open the detail',
      );
      await until(driver, VIEW, (v) => v === 'entitlement', 'the page is not in its entitlement view');
      await driver.screenshot(`screenshots/engines-${engine}-detail.png`);
      await driver.click(BACK_BUTTON);
      await until(driver, VIEW, (v) => v === 'summary', 'back did not return to the summary');
      const errors = await driver.evaluate('window.__caErrors');
      if (!Array.isArray(errors)) fail('the error recorder did not run');
      else errors.forEach((e) => fail(e));
      console.log(
        `✓ ${engine}: renders, drill-down and back work (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } catch (e) {
      fail(e.message.split('\n')[0]);
    } finally {
      await driver.close();
    }
  }
} finally {
  await demo.close();
}
if (failures.length > 0) {
  console.error(`\n${failures.length} engine check(s) failed`);
  process.exit(1);
}
console.log(`engine checks passed: ${engines.join(', ')}`);
