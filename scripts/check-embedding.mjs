// Headless check of the embedding kit, run by CI after the builds (library, demo, Storybook):
//
// 1. the strict-CSP page (demo-dist/csp/), served with STRICT_CSP as a response header: every element renders real
//    data and works (drill-down, workspace filter, chart table, grid sort and CSV export), with no
//    `securitypolicyviolation` event (listened to before any page script runs), no console error, no page error;
// 2. the same page in the dark colour scheme and in forced colours: the elements follow (computed colours, meter bars
//    still drawn, focus ring visible), screenshots for a person to look at;
// 3. the React host (demo-dist/react/), under the same policy: the wrapper renders the page with data, passes props
//    as properties, and its onEntitlementSelect / onNavigate callbacks fire on a click;
// 3b. the Vue host (demo-dist/vue/), under the same policy plus Vue's own 'vue' Trusted Types policy: the
//    single-file component renders the page with data, sets `.adapter` and `.headingLevel` as properties (no
//    attribute), hears @ca-entitlement-select and @ca-navigate on a click, and a viewer chosen in Vue reaches the
//    element;
// 4. Storybook: the theming story re-themes every element from `:root` alone; every element has autodocs fed by
//    custom-elements.json (design tokens included); stories sit in the groups Playground → States → Theming →
//    Accessibility, in that order; the accessibility addon is on, and axe finds nothing in the theming and
//    accessibility stories;
// 5. two copies of the library, each a complete bundle with its own Lit (two micro-frontends), on one page under the
//    strict policy: the first registers globally, the second in a scoped registry; both render. Without
//    'allow-duplicates' the second Lit cannot create its 'lit-html' policy, which is why the README says to add it.
//
// Screenshots go to screenshots/. Exit code 1 on any failure.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

/**
 * The policy the strict-CSP page (and the React host) are served with. Why each directive:
 * - default-src 'none': anything not listed below is refused (objects, frames, workers, media, manifests…);
 * - script-src 'self': the built modules only — no inline script, no eval / new Function (zod runs jitless);
 * - style-src 'self': the page's stylesheet only — no <style> or style="" from HTML; the elements' styles are
 *   constructed stylesheets (adoptedStyleSheets) and their dynamic styles go through the CSSOM, neither of which
 *   style-src governs;
 * - img-src 'self': the browser's own favicon request (no element loads an image: icons are inline SVG);
 * - connect-src 'self': the HTTP adapter's requests to the host's own API (the memory adapter makes none);
 * - base-uri 'none', form-action 'none', frame-ancestors 'none': no <base> hijack, no form posts, no framing;
 * - require-trusted-types-for 'script': every DOM XSS sink (innerHTML, script src…) takes a Trusted Type;
 * - trusted-types lit-html: the one policy that may be created — Lit's, for its template HTML. Nothing else in the
 *   elements, chart.js, React or Vite's preload helper creates a policy or writes to a sink.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TAGS = [
  'customer-activity',
  'entitlement-detail',
  'package-consumption',
  'additional-cases',
  'ca-workspace-filter',
  'ca-meter',
  'ca-expiry-badge',
  'ca-state-panel',
  'ca-chart',
  'ca-data-grid',
];

const STORY_GROUPS = ['Playground', 'States', 'Theming', 'Accessibility'];

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`✗ ${msg}`);
};
const pass = (msg) => console.log(`✓ ${msg}`);

/** Collects console errors, page errors and failed loads of a page (the favicon excepted: no page has one). */
function watch(page, label) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      // A CSP report differs only by the hash it suggests: keep one of each kind.
      const text = `${label}: console error: ${m.text().replace(/'sha256-[^']+'/g, "'sha256-…'")}`;
      if (!errors.includes(text)) errors.push(text);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      errors.push(`${label}: ${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`${label}: page error: ${e.message}`));
  return errors;
}

/** Records every securitypolicyviolation of the page, from before its first script. */
const RECORD_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  });
};

/** The violations the page reported, each once with its count. */
async function violationsOf(page) {
  const all = await page.evaluate(() => window.__cspViolations ?? ['the violation listener never ran']);
  const counts = new Map();
  for (const v of all) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => (n > 1 ? `${v} (×${n})` : v));
}

/** Runs `step`; a thrown error becomes a failure named `label`. */
async function attempt(label, step) {
  try {
    await step();
    return true;
  } catch (e) {
    fail(`${label}: ${String(e.message ?? e).split('\n')[0]}`);
    return false;
  }
}

/** Every element of the CSP page shows its data. */
async function waitForCspPage(page) {
  const visible = (selector) => page.locator(selector).first().waitFor({ timeout: 20000 });
  await visible('#page [part~="entitlement-name"]');
  await visible('#page ca-meter [part~="fill"]');
  await visible('#page ca-chart canvas');
  await visible('#page package-consumption [part~="entitlement-name"]');
  await visible('#detail [part~="row"]');
  await visible('#packages [part~="entitlement-name"]');
  await visible('#cases [part~="row"]');
  await visible('#workspaces [part~="button"]');
  await visible('#grid [part~="row"]');
  await visible('#chart canvas');
  await visible('#error-panel [role="alert"]');
  await page.getByText('expires in 23 days').first().waitFor({ timeout: 5000 });
}

/** The computed `color` of every element of the page, by tag (the first of each). */
function hostColors(page) {
  return page.evaluate(
    (tags) => Object.fromEntries(tags.map((t) => [t, getComputedStyle(document.querySelector(t)).color])),
    TAGS,
  );
}

await mkdir('screenshots', { recursive: true });
const data = await import('customer-activity-elements/data');
const dataset = data.createDemoDataset();
const browser = await launchBrowser();
const server = await serveStatic('demo-dist', { headers: { 'content-security-policy': STRICT_CSP } });

// --- 1. the strict-CSP page ---------------------------------------------------------------------------------
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const errors = watch(page, 'csp page');
  const response = await page.goto(`${server.url}/csp/`);
  if (response?.headers()['content-security-policy'] !== STRICT_CSP)
    fail('csp page: not served with the policy');
  const html = await readFile('demo-dist/csp/index.html', 'utf8');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /<style\b|\sstyle="/i.test(html)) {
    fail('csp page: the built HTML holds an inline script or style');
  }
  const rendered = await attempt('csp page: every element renders its data', () => waitForCspPage(page));
  if (rendered) {
    await attempt('csp page: the workspace filter opens and closes', async () => {
      await page.locator('#workspaces [part~="button"]').click();
      await page.locator('#workspaces [part~="panel"]').waitFor({ state: 'visible', timeout: 5000 });
      await page.keyboard.press('Escape');
      await page.locator('#workspaces [part~="panel"]').waitFor({ state: 'hidden', timeout: 5000 });
    });
    await attempt('csp page: the chart shows its table', async () => {
      await page.locator('#chart [part~="toggle"]').click();
      await page.locator('#chart [part~="table"]').waitFor({ state: 'visible', timeout: 5000 });
    });
    await attempt('csp page: the grid sorts and exports', async () => {
      const header = page.locator('#grid [part~="header-cell"]', { hasText: 'Activity' }).first();
      await header.locator('button').first().click();
      await page.waitForFunction(() => {
        const grid = document.querySelector('#grid');
        return !!grid?.shadowRoot?.querySelector('[aria-sort="ascending"]');
      });
      const download = page.waitForEvent('download', { timeout: 10000 });
      await page.locator('#grid [part~="export-button"]').click();
      const file = await download;
      if (file.suggestedFilename() !== 'history.csv')
        throw new Error(`downloaded ${file.suggestedFilename()}`);
    });
    await attempt('csp page: <customer-activity> drills down to a detail and back', async () => {
      const name = page.locator('#page [part~="entitlement-name"]').first();
      await name.click();
      await page.locator('#page entitlement-detail [part~="row"]').first().waitFor({ timeout: 15000 });
      await page.locator('#page [part~="back"]').click();
      await page.locator('#page [part~="entitlement-name"]').first().waitFor({ timeout: 15000 });
    });
  }
  await page.waitForTimeout(300);
  const violations = await violationsOf(page);
  violations.forEach((v) => fail(`csp page: violation: ${v}`));
  errors.forEach(fail);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'screenshots/csp-light.png', fullPage: true });
  if (rendered && violations.length === 0 && errors.length === 0) {
    pass('strict-CSP page: every element renders and works, no violation, no console error');
  }
  await context.close();
} catch (e) {
  fail(`csp page: ${e.message}`);
}

// --- 2. dark colour scheme and forced colours ------------------------------------------------------------------
for (const [label, options, file] of [
  ['dark theme', { colorScheme: 'dark' }, 'csp-dark.png'],
  ['forced colours', { forcedColors: 'active' }, 'csp-forced-colors.png'],
]) {
  const failedBefore = failures.length;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const errors = watch(page, label);
  await page.goto(`${server.url}/csp/`);
  const rendered = await attempt(`${label}: every element renders`, () => waitForCspPage(page));
  if (rendered) {
    const colors = await hostColors(page);
    if (label === 'dark theme') {
      for (const [tag, color] of Object.entries(colors)) {
        if (color !== 'rgb(230, 233, 237)') fail(`${label}: <${tag}> text is ${color}, not the dark default`);
      }
    } else {
      // In forced colours every element's text is the system CanvasText, and meter bars are still drawn.
      const canvasText = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      });
      for (const [tag, color] of Object.entries(colors)) {
        if (color !== canvasText) fail(`${label}: <${tag}> text is ${color}, not CanvasText (${canvasText})`);
      }
      const fills = await page.evaluate(() =>
        [...document.querySelectorAll('ca-meter')].map((m) => {
          const fill = m.shadowRoot.querySelector('[part~="fill"]');
          const style = getComputedStyle(fill);
          return { background: style.backgroundColor, width: fill.getBoundingClientRect().width };
        }),
      );
      for (const f of fills) {
        if (f.width > 0 && (f.background === 'rgba(0, 0, 0, 0)' || f.background === 'transparent')) {
          fail(`${label}: a meter's fill is not drawn (${f.background})`);
        }
      }
      // No button label drawn in HighlightText while the browser keeps its readability backplate (Canvas) behind
      // text: white on white, the label is gone. Such a button needs `forced-color-adjust: none`.
      const hidden = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'HighlightText';
        document.body.append(probe);
        const highlightText = getComputedStyle(probe).color;
        probe.remove();
        const found = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (el.localName !== 'button' || el.getClientRects().length === 0) continue;
            const style = getComputedStyle(el);
            if (style.color === highlightText && style.forcedColorAdjust !== 'none') {
              found.push(
                `<${el.getRootNode().host?.localName}> button.${el.className.trim().replace(/\s+/g, '.')}`,
              );
            }
          }
        };
        walk(document);
        return [...new Set(found)];
      });
      hidden.forEach((b) =>
        fail(`${label}: ${b}: label in HighlightText over the Canvas backplate (invisible)`),
      );
      // The focus ring of a control inside an element is visible.
      const ring = await page.evaluate(() => {
        const button = document.querySelector('#workspaces').shadowRoot.querySelector('[part~="button"]');
        button.focus({ focusVisible: true });
        const style = getComputedStyle(button);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ringAfterTab = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      if (ringAfterTab.startsWith('none') || ringAfterTab.endsWith(' 0px')) {
        fail(`${label}: no focus ring on the focused control (${ringAfterTab}; focus() gave ${ring})`);
      }
    }
  }
  const violations = await violationsOf(page);
  violations.forEach((v) => fail(`${label}: violation: ${v}`));
  errors.forEach(fail);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `screenshots/${file}`, fullPage: true });
  if (failures.length === failedBefore)
    pass(`${label}: every element of the strict-CSP page follows (screenshots/${file})`);
  await context.close();
}

// --- 3. the React host -----------------------------------------------------------------------------------------
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const errors = watch(page, 'react host');
  await page.goto(`${server.url}/react/`);
  const ok = await attempt(
    'react host: the wrapper renders the page with data and its callbacks fire',
    async () => {
      const contract = dataset.contracts.find((c) => c.id === 'ctr-2025') ?? dataset.contracts[0];
      await page.locator('customer-activity [part~="entitlement-name"]').first().waitFor({ timeout: 20000 });
      await page
        .locator('customer-activity')
        .getByText(contract.number, { exact: true })
        .first()
        .waitFor({ timeout: 10000 });
      const props = await page.evaluate(() => {
        const el = document.querySelector('customer-activity');
        return {
          headingLevel: el.headingLevel,
          adapter: typeof el.adapter,
          attribute: el.getAttribute('adapter'),
        };
      });
      if (props.headingLevel !== 2 || props.adapter !== 'object' || props.attribute !== null) {
        throw new Error(`props did not arrive as properties: ${JSON.stringify(props)}`);
      }
      await drillDownHeard(page, 'React');
    },
  );
  const violations = await violationsOf(page);
  violations.forEach((v) => fail(`react host: violation: ${v}`));
  errors.forEach(fail);
  await page.screenshot({ path: 'screenshots/react-host.png', fullPage: true });
  if (ok && violations.length === 0 && errors.length === 0) {
    pass(
      'React host: data rendered, props set as properties, onEntitlementSelect and onNavigate fired (strict CSP too)',
    );
  }
  await context.close();
}
/**
 * On a framework host page: clicks the first entitlement, then waits for the host to show it as selected, for its
 * event log to hold `ca-entitlement-select` and `ca-navigate`, and for the detail's history rows.
 */
async function drillDownHeard(page, framework) {
  const name = page.locator('customer-activity [part~="entitlement-name"]').first();
  const id = await name.getAttribute('data-entitlement-id');
  await name.click();
  await page.locator('[data-testid="selected"] strong', { hasText: id }).waitFor({ timeout: 5000 });
  const log = await page.locator('[data-testid="event-log"]').innerText();
  for (const type of ['ca-entitlement-select', 'ca-navigate']) {
    if (!log.includes(type)) throw new Error(`${framework} never heard ${type}: ${log}`);
  }
  await page
    .locator('customer-activity entitlement-detail [part~="row"]')
    .first()
    .waitFor({ timeout: 15000 });
}
// --- 3b. the Vue host ------------------------------------------------------------------------------------------
// Vue's runtime creates a Trusted Types policy of its own, named 'vue' (for its static-content fast path), so a Vue
// host lists it beside Lit's; everything else is the strict policy as is.
export const VUE_CSP = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue');
{
  const vueServer = await serveStatic('demo-dist', { headers: { 'content-security-policy': VUE_CSP } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const errors = watch(page, 'vue host');
  const response = await page.goto(`${vueServer.url}/vue/`);
  if (response?.headers()['content-security-policy'] !== VUE_CSP)
    fail('vue host: not served with the policy');
  const ok = await attempt(
    'vue host: the component renders the page with data, sets properties and hears the events',
    async () => {
      const contract = dataset.contracts.find((c) => c.id === 'ctr-2025') ?? dataset.contracts[0];
      await page.locator('customer-activity [part~="entitlement-name"]').first().waitFor({ timeout: 20000 });
      await page
        .locator('customer-activity')
        .getByText(contract.number, { exact: true })
        .first()
        .waitFor({ timeout: 10000 });
      const props = await page.evaluate(() => {
        const el = document.querySelector('customer-activity');
        return {
          headingLevel: el.headingLevel,
          adapter: typeof el.adapter?.getSession,
          attributes: el.getAttributeNames(),
        };
      });
      if (props.headingLevel !== 2 || props.adapter !== 'function' || props.attributes.length > 0) {
        throw new Error(`data did not arrive as properties: ${JSON.stringify(props)}`);
      }
      await drillDownHeard(page, 'Vue');
      await page.screenshot({ path: 'screenshots/vue-host.png', fullPage: true });
      // A viewer chosen in Vue reaches the element as a new adapter: the denied viewer gets the no-access state.
      await page.locator('[part~="back"]').first().click();
      await page.getByLabel('Viewer').selectOption('u-none');
      await page
        .locator('customer-activity [part~="state"][state="no-access"]')
        .first()
        .waitFor({ timeout: 15000 });
    },
  );
  const violations = await violationsOf(page);
  violations.forEach((v) => fail(`vue host: violation: ${v}`));
  errors.forEach(fail);
  await page.screenshot({ path: 'screenshots/vue-host-no-access.png', fullPage: true });
  if (ok && violations.length === 0 && errors.length === 0) {
    pass(
      'Vue host: data rendered, .adapter set as a property, @ca-entitlement-select and @ca-navigate heard (strict CSP too)',
    );
  }
  await context.close();
  await vueServer.close();
}
await server.close();

// --- 4. Storybook ------------------------------------------------------------------------------------------------
const sb = await serveStatic('storybook-static');
try {
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const entries = Object.values(index.entries);
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watch(page, 'storybook');

  // Autodocs for every element, fed by the manifest (its design tokens and parts appear on the docs page).
  const storyFiles = (await readdir('stories')).filter((f) => f.endsWith('.stories.ts'));
  const componentOf = new Map();
  for (const f of storyFiles) {
    const text = await readFile(`stories/${f}`, 'utf8');
    const tag = text.match(/\bcomponent:\s*'([^']+)'/)?.[1];
    if (tag) componentOf.set(`./stories/${f}`, tag);
  }
  for (const d of declarations) {
    // An element may have several stories files (one of them opting out of autodocs): take the one with its docs.
    const files = [...componentOf].filter(([, tag]) => tag === d.tagName).map(([f]) => f);
    const docs = entries.find(
      (e) => e.type === 'docs' && files.includes(e.importPath) && e.tags?.includes('autodocs'),
    );
    const file = docs?.importPath;
    if (!file || !docs) {
      fail(`storybook: <${d.tagName}> has no autodocs page (no stories file with component: '${d.tagName}')`);
      continue;
    }
    await page.goto(`${sb.url}/iframe.html?id=${docs.id}&viewMode=docs`);
    const expected = [d.cssProperties?.at(-1)?.name, d.cssParts?.[0]?.name].filter(Boolean);
    await attempt(
      `storybook: autodocs of <${d.tagName}> show the manifest (${expected.join(', ')})`,
      async () => {
        for (const text of expected)
          await page.getByText(text, { exact: true }).first().waitFor({ timeout: 15000 });
      },
    );
  }
  pass(`storybook: autodocs looked for on ${declarations.length} elements`);

  // Groups, in order: every story's first title segment is one of the groups, and the sidebar lists them in order.
  const stories = entries.filter((e) => e.type === 'story');
  const outside = [
    ...new Set(stories.map((s) => s.title.split('/')[0]).filter((g) => !STORY_GROUPS.includes(g))),
  ];
  if (outside.length > 0)
    fail(`storybook: stories outside ${STORY_GROUPS.join(' → ')}: ${outside.join(', ')}`);
  await page.goto(`${sb.url}/`);
  await page.locator('#storybook-explorer-menu').waitFor({ timeout: 20000 });
  await page.locator('#storybook-explorer-menu [data-nodetype="root"]').first().waitFor({ timeout: 20000 });
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-explorer-menu [data-nodetype="root"]')].map((n) =>
      n.textContent.trim(),
    ),
  );
  const expectedOrder = [
    ...STORY_GROUPS.filter((g) => order.includes(g)),
    ...order.filter((g) => !STORY_GROUPS.includes(g)),
  ];
  if (order.join() !== expectedOrder.join()) fail(`storybook: sidebar groups in order ${order.join(' → ')}`);
  else pass(`storybook: sidebar groups ${order.join(' → ')}`);

  // The accessibility addon is loaded (its panel is in the manager) and configured in the preview.
  const a11yAddon = (await readdir('storybook-static/sb-addons')).some((d) => d.startsWith('a11y'));
  if (!a11yAddon) fail('storybook: the accessibility addon is not in the build');
  await attempt('storybook: the Accessibility panel is there', async () => {
    const story = stories.find((s) => s.title.startsWith('Accessibility/')) ?? stories[0];
    await page.goto(`${sb.url}/?path=/story/${story.id}`);
    await page
      .getByRole('tab', { name: /Accessibility/ })
      .first()
      .waitFor({ timeout: 20000 });
  });

  // The theming story: every element takes the theme written on :root, and nothing else themes it.
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const story of stories.filter(
    (s) => s.title.startsWith('Theming/') || s.title.startsWith('Accessibility/'),
  )) {
    errors.length = 0;
    await page.goto(`${sb.url}/iframe.html?id=${story.id}&viewMode=story`);
    const ok = await attempt(`storybook: ${story.id} renders every element`, async () => {
      if (story.name === 'Token reference') {
        await page.locator('#storybook-root table').waitFor({ timeout: 15000 });
        return;
      }
      for (const tag of TAGS)
        await page.locator(`#storybook-root ${tag}`).first().waitFor({ timeout: 20000 });
      await page
        .locator('#storybook-root customer-activity [part~="entitlement-name"]')
        .first()
        .waitFor({ timeout: 20000 });
      await page.locator('#storybook-root ca-data-grid [part~="row"]').first().waitFor({ timeout: 20000 });
    });
    if (ok && story.id === 'theming-re-theme-from-root--brand-theme') {
      const result = await page.evaluate((tags) => {
        const rootText = getComputedStyle(document.documentElement)
          .getPropertyValue('--ca-color-text')
          .trim();
        const probe = document.createElement('span');
        probe.style.color = rootText;
        document.body.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        const wrong = [];
        for (const tag of tags) {
          for (const el of document.querySelectorAll(`#storybook-root ${tag}`)) {
            if (getComputedStyle(el).color !== expected) wrong.push(`${tag}: ${getComputedStyle(el).color}`);
            if (el.getAttribute('style')) wrong.push(`${tag} has a style attribute`);
          }
        }
        const rules = [...document.querySelectorAll('#storybook-root style')].map((s) =>
          s.textContent.trim(),
        );
        return { rootText, expected, wrong, rules };
      }, TAGS);
      if (!result.rootText) fail('storybook: the theming story sets no --ca-color-text on :root');
      result.wrong.forEach((w) => fail(`storybook: theming story: ${w} (expected ${result.expected})`));
      if (result.rules.length !== 1 || !/^:root\s*\{[^}]*\}$/.test(result.rules[0])) {
        fail(`storybook: the theming story's theme is not one :root rule: ${JSON.stringify(result.rules)}`);
      }
      await page.screenshot({ path: 'screenshots/storybook-theming.png', fullPage: true });
      if (result.wrong.length === 0)
        pass('storybook: the theming story re-themes every element from :root alone');
    }
    if (ok) {
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        // The accessibility addon may be running axe in this preview at the same moment: wait for it to finish.
        const run = async (attempt = 0) => {
          try {
            return await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
          } catch (e) {
            if (attempt >= 50 || !/already running/i.test(String(e))) throw e;
            await new Promise((r) => setTimeout(r, 200));
            return run(attempt + 1);
          }
        };
        const result = await run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      });
      violations.forEach((v) => fail(`storybook: ${story.id}: axe: ${v}`));
    }
    errors.forEach(fail);
  }
  await page.close();
} finally {
  await sb.close();
}

// --- 5. two bundled copies of the library under the strict policy -----------------------------------------------
{
  const dir = 'node_modules/.cache/customer-activity-elements/two-copies';
  await rm(dir, { recursive: true, force: true });
  // One self-contained bundle (Lit, zod and chart.js inside), served under two paths: two copies of everything.
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: `${dir}/a`,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { define: 'src/define.ts', index: 'src/index.ts' }, formats: ['es'] },
    },
  });
  await cp(`${dir}/a`, `${dir}/b`, { recursive: true });
  await writeFile(
    `${dir}/index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two copies</title>
<script type="module" src="./page.js"></script></head><body><div id="a"></div><div id="b"></div></body></html>`,
  );
  await writeFile(
    `${dir}/page.js`,
    `// Copy A registers globally on import; copy B defines its own classes in a scoped registry.
const a = await import('./a/define.js');
const indexA = await import('./a/index.js');
const b = await import('./b/index.js');
const registry = new CustomElementRegistry();
const defineB = (await import('./b/define.js')).define;
window.__copies = { skippedByB: defineB().skipped.length, definedInScope: defineB({ registry }).defined.length };
const adapter = indexA.createMemoryAdapter(indexA.createDemoDataset(), { viewerId: 'u-admin' });
const elA = document.createElement('package-consumption');
Object.assign(elA, { adapter, status: 'all' });
document.querySelector('#a').append(elA);
const root = document.querySelector('#b').attachShadow({ mode: 'open', customElementRegistry: registry });
const elB = document.createElement('package-consumption', { customElementRegistry: registry });
Object.assign(elB, { adapter, status: 'all' });
root.append(elB);
window.__copies.classes = [
  elA instanceof indexA.PackageConsumptionElement,
  elB instanceof b.PackageConsumptionElement,
  a.define !== defineB,
];
`,
  );
  for (const [label, policy, shouldWork] of [
    [
      'allow-duplicates',
      STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'"),
      true,
    ],
    ['strict policy as is', STRICT_CSP, false],
  ]) {
    const copies = await serveStatic(dir, { headers: { 'content-security-policy': policy } });
    const context = await browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const errors = watch(page, `two copies (${label})`);
    await page.goto(`${copies.url}/`);
    const step = async () => {
      await page
        .locator('#a package-consumption [part~="entitlement-name"]')
        .first()
        .waitFor({ timeout: 15000 });
      await page
        .locator('#b package-consumption [part~="entitlement-name"]')
        .first()
        .waitFor({ timeout: 15000 });
      const result = await page.evaluate(() => window.__copies);
      if (result.skippedByB === 0 || result.definedInScope === 0 || result.classes.includes(false)) {
        throw new Error(`not two working copies: ${JSON.stringify(result)}`);
      }
    };
    // Where it should fail, it fails quietly here and the reason is checked below.
    const worked = shouldWork
      ? await attempt(`two copies (${label})`, step)
      : await step().then(
          () => true,
          () => false,
        );
    const violations = await violationsOf(page);
    if (shouldWork) {
      violations.forEach((v) => fail(`two copies (${label}): violation: ${v}`));
      errors.forEach(fail);
      if (worked && violations.length === 0 && errors.length === 0) {
        pass(
          "two bundled copies (each with its own Lit) coexist under the strict policy with 'allow-duplicates'",
        );
      }
    } else {
      // Expected: the second Lit cannot create its policy, so the page's script stops there.
      if (worked)
        fail(
          'two copies: the second Lit created a duplicate policy without allow-duplicates (README is wrong)',
        );
      const refused = errors.some((e) => e.includes('"lit-html" already exists'));
      if (!refused)
        fail(`two copies: expected the duplicate 'lit-html' policy to be refused: ${errors.join('; ')}`);
      else
        pass("two copies: without 'allow-duplicates' the second Lit's policy is refused, as the README says");
    }
    await context.close();
    await copies.close();
  }
}

await browser.close();
if (failures.length > 0) {
  console.error(`\n${failures.length} embedding check(s) failed`);
  process.exit(1);
}
console.log('embedding checks passed');
