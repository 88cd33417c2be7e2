// The data grid's keyboard paths in the other engines: Firefox (puppeteer-core over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser over WebDriver classic), against the built Storybook (`npm run build-storybook`).
// Each engine: Shift+Arrow keys select 3 × 2 cells and Ctrl+C copies them as TSV (read from the copy event) with
// "3 rows copied" announced; Alt+ArrowRight widens a focused header by 10 px; Enter opens the column chooser with
// the focus on its first box, Space hides that column, Escape closes it and gives the focus back to "Columns".
// Chromium runs the same paths in the unit tests (test/components/data-grid-*.test.ts).
//
//   node scripts/check-grid-engines.mjs [storybook-static] — FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_DRIVER_PORT
//   (default 4444) override; an engine that is not installed is reported as skipped, not passed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveStatic } from './serve-static.mjs';

const root = process.argv[2] ?? 'storybook-static';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);
const STORY = 'iframe.html?id=states-data-grid-tools--cell-templates&viewMode=story';

if (!existsSync(`${root}/iframe.html`)) {
  console.error(`No Storybook build in ${root}: run npm run build-storybook first.`);
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];

/** The in-page part of every probe: the grid's shadow root as `r`. */
const probe = (body) =>
  `const g = document.querySelector('ca-data-grid'); const r = g && g.shadowRoot; if (!r) return null; ${body}`;

/**
 * The scenario, written once over an engine's driver: `run(js)` evaluates a function body in the page, `keys(list)`
 * presses keys, each `{ key, mods }` with `mods` held around it (names: Shift, Control, Alt).
 */
async function scenario(engine, { run, keys }) {
  const check = (what, actual, expected) => {
    const ok = JSON.stringify(actual) === JSON.stringify(expected);
    console.log(
      `${ok ? '✓' : '✗'} ${engine}: ${what}${ok ? '' : ` — got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`}`,
    );
    if (!ok) failures.push(`${engine}: ${what}`);
  };
  for (let i = 0; i < 150; i++) {
    if (await run(probe(`return !!r.querySelector('[aria-rowindex="2"]:not([aria-busy])')`))) break;
    await sleep(100);
  }
  await run(probe(`r.querySelector('[aria-rowindex="2"] [data-col="1"]').focus(); return true`));
  await keys([
    { key: 'ArrowDown', mods: ['Shift'] },
    { key: 'ArrowDown', mods: ['Shift'] },
    { key: 'ArrowRight', mods: ['Shift'] },
  ]);
  check(
    'Shift+Arrow keys select 6 cells',
    await run(probe(`return r.querySelectorAll('[aria-selected="true"]').length`)),
    6,
  );
  await run(
    `window.__copied = null; window.addEventListener('copy', (e) => { window.__copied = e.clipboardData.getData('text/plain'); }); return true`,
  );
  await keys([{ key: 'c', mods: ['Control'] }]);
  await sleep(300);
  const lines = await run(
    `return window.__copied && window.__copied.split('\\r\\n').map((l) => l.split('\\t').length)`,
  );
  check('Ctrl+C copies 3 lines of 2 cells', lines, [2, 2, 2]);
  const said = await run(
    probe(`return Array.from(r.querySelectorAll('[role=status]'), (s) => s.textContent).join(' ')`),
  );
  check('the copy is announced', /3 rows copied/.test(said ?? ''), true);

  const width = probe(
    `return Math.round(r.querySelector('[data-row="0"] [data-col="0"]').getBoundingClientRect().width)`,
  );
  await run(probe(`r.querySelector('[data-row="0"] [data-col="0"] button').focus(); return true`));
  const before = await run(width);
  await keys([{ key: 'ArrowRight', mods: ['Alt'] }]);
  await sleep(200);
  check('Alt+ArrowRight widens the header by 10 px', (await run(width)) - before, 10);

  await run(probe(`r.querySelector('[part="column-chooser-button"]').focus(); return true`));
  await keys([{ key: 'Enter', mods: [] }]);
  await sleep(200);
  check(
    'Enter opens the chooser, focus on its first box',
    await run(
      probe(
        `const l = r.activeElement && r.activeElement.closest('label'); return l && l.textContent.trim()`,
      ),
    ),
    'Date',
  );
  await keys([{ key: ' ', mods: [] }]);
  await sleep(200);
  check(
    'Space hides the column',
    await run(probe(`return r.querySelectorAll('[role=columnheader]').length`)),
    4,
  );
  await keys([{ key: 'Escape', mods: [] }]);
  await sleep(200);
  check(
    'Escape closes it and returns the focus',
    await run(
      probe(
        `return [!!r.querySelector('[part=column-chooser]'), r.activeElement && r.activeElement.getAttribute('part')]`,
      ),
    ),
    [false, 'column-chooser-button'],
  );
}

async function firefox(url) {
  if (!existsSync(FIREFOX)) return console.log(`- Firefox: skipped (${FIREFOX} not found)`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 700 });
    await page.goto(`${url}/${STORY}`);
    await scenario('Firefox', {
      run: (body) => page.evaluate(`(() => { ${body} })()`),
      keys: async (list) => {
        for (const { key, mods } of list) {
          for (const m of mods) await page.keyboard.down(m);
          await page.keyboard.press(key);
          for (const m of [...mods].reverse()) await page.keyboard.up(m);
        }
      },
    });
  } finally {
    await browser.close();
  }
}

const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  ArrowDown: '\uE015',
  ArrowRight: '\uE014',
  Enter: '\uE007',
  Escape: '\uE00C',
};

async function webkit(url) {
  if (!existsSync(MINIBROWSER)) return console.log(`- WebKit: skipped (${MINIBROWSER} not found)`);
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    env.DISPLAY = ':91';
    children.push(spawn('Xvfb', [env.DISPLAY, '-screen', '0', '1280x1024x24'], { stdio: 'ignore' }));
    await sleep(500);
  }
  children.push(spawn('WebKitWebDriver', [`--port=${DRIVER_PORT}`], { env, stdio: 'ignore' }));
  const base = `http://127.0.0.1:${DRIVER_PORT}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`${path}: ${json.value.message}`);
    return json.value;
  };
  let session;
  try {
    for (let i = 0; i < 50 && !session; i++) {
      try {
        session = await call('POST', '/session', {
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            },
          },
        });
      } catch {
        await sleep(200);
      }
    }
    if (!session) throw new Error('WebKitWebDriver did not start a session');
    const S = `/session/${session.sessionId}`;
    await call('POST', `${S}/url`, { url: `${url}/${STORY}` });
    await scenario('WebKit', {
      run: (body) => call('POST', `${S}/execute/sync`, { script: body, args: [] }),
      keys: async (list) => {
        const k = (name) => WEBDRIVER_KEYS[name] ?? name;
        const actions = [];
        for (const { key, mods } of list) {
          for (const m of mods) actions.push({ type: 'keyDown', value: k(m) });
          actions.push({ type: 'keyDown', value: k(key) }, { type: 'keyUp', value: k(key) });
          for (const m of [...mods].reverse()) actions.push({ type: 'keyUp', value: k(m) });
        }
        await call('POST', `${S}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
      },
    });
  } finally {
    if (session) await call('DELETE', `/session/${session.sessionId}`).catch(() => undefined);
    for (const child of children.reverse()) child.kill();
  }
}

const server = await serveStatic(root);
try {
  await firefox(server.url);
  await webkit(server.url);
} finally {
  await server.close();
}
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('Every grid check passed in the engines that ran.');
