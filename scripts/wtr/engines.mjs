// The three browser engines the suite runs in — Chromium, Firefox and WebKit — with what each one's launcher can do,
// a web-test-runner plugin that answers the tests' engine commands (test/helpers/engine.ts), and a reporter that
// lists, per engine, every test skipped there and why.
//
//   chromium  /usr/bin/chromium (CHROME_PATH) through puppeteer-core over CDP: every capability
//   firefox   /usr/bin/firefox-esr (FIREFOX_PATH) through puppeteer-core over WebDriver BiDi: no CDP, so no
//             emulated media (print, prefers-reduced-motion …)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic) under Xvfb: no emulated media
import { ChromeLauncher, chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webDriverKey, webkitLauncher } from './webkit-launcher.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * What a test may need from the launcher, beyond what every engine does.
 * - `emulateMedia`: wtr's emulateMedia command (media type, prefers-* features) — needs CDP or Playwright;
 * - `sendMouse`: wtr's sendMouse command (pointer moves, presses, clicks at a position) — needs puppeteer or
 *   Playwright; the WebKit launcher (plain WebDriver) has none.
 */
export const CAPABILITIES = /** @type {const} */ (['emulateMedia', 'sendMouse']);

const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two test pages run at once; keep the one in the background rendering.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/**
 * puppeteer-core's WebDriver BiDi keyboard does not know the key name `Space` (its CDP keyboard does, and so does
 * WebDriver classic): a test pressing Space fails in Firefox with `Unknown key: "Space"`. The Firefox launcher hands
 * wtr's sendKeys a keyboard that presses " " for it — the same key, under the name BiDi knows.
 */
const BIDI_KEY_NAMES = { Space: ' ' };
const aliased = Symbol('bidi key names');

class FirefoxLauncher extends ChromeLauncher {
  /**
   * A fresh tab for every test file. wtr's launcher reuses a tab for the next file, and in Firefox a reused tab
   * keeps something of the last file's key input: after additional-cases.test.ts, Enter on a focused button still
   * fires keydown, keypress and keyup, but no click, in the next file (customer-activity's two keyboard drill-down
   * tests failed so, and pass in a fresh tab). With reused tabs the whole run also stalled at the fourth file
   * (data-grid.test.ts) and never finished; with a tab per file it finishes.
   */
  async stopSession(sessionId) {
    const result = await super.stopSession(sessionId);
    const page = this.inactivePages.pop();
    await page?.puppeteerPage.close().catch(() => {});
    return result;
  }

  getPage(sessionId) {
    const page = super.getPage(sessionId);
    const { keyboard } = page;
    if (!keyboard[aliased]) {
      keyboard[aliased] = true;
      for (const method of ['press', 'down', 'up']) {
        const original = keyboard[method].bind(keyboard);
        keyboard[method] = (key, ...rest) => original(BIDI_KEY_NAMES[key] ?? key, ...rest);
      }
    }
    return page;
  }
}

/** @type {WeakMap<object, { engine: string, capabilities: Set<string> }>} launcher → what it is */
const described = new WeakMap();

function describe(launcher, engine, capabilities) {
  described.set(launcher, { engine, capabilities: new Set(capabilities) });
  return launcher;
}

/** The engine of a wtr session's launcher, or an error naming the launcher. */
function engineOf(session) {
  const info = described.get(session.browser);
  if (!info)
    throw new Error(
      `engine commands: launcher "${session.browser.name}" was not made by scripts/wtr/engines.mjs`,
    );
  return info;
}

/**
 * The launcher of one engine.
 * @param {string} engine one of ENGINES
 */
export function engineLauncher(engine) {
  switch (engine) {
    case 'chromium':
      return describe(
        chromeLauncher({
          // Each test page in its own browser context, so the two that run at once both get frames and scroll events.
          createBrowserContext: ({ browser }) => browser.createBrowserContext(),
          launchOptions: {
            executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
            args: CHROME_ARGS,
          },
        }),
        'chromium',
        ['emulateMedia', 'sendMouse'],
      );
    case 'firefox': {
      // Passing puppeteer-core itself makes wtr name the browser after launchOptions.browser ("Firefox").
      const launcher = new FirefoxLauncher(
        {
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
        },
        ({ browser }) => browser.defaultBrowserContext(),
        ({ context }) => context.newPage(),
        puppeteerCore,
        // One page at a time: Firefox gives keyboard focus to one tab only, and the keyboard tests need it.
        1,
      );
      return describe(launcher, 'firefox', ['sendMouse']);
    }
    case 'webkit':
      return describe(webkitLauncher(), 'webkit', []);
    default:
      throw new Error(
        `Unknown browser engine "${engine}" (WTR_ENGINE): use one of ${ENGINES.join(', ')}, or "all"`,
      );
  }
}

/**
 * The engines named by `value` (WTR_ENGINE): a comma-separated list, or `all`; Chromium when empty.
 * @param {string | undefined} value
 */
export function parseEngines(value) {
  if (!value || value.trim() === '') return ['chromium'];
  if (value.trim() === 'all') return [...ENGINES];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  for (const name of names) {
    if (!ENGINES.includes(name)) {
      throw new Error(
        `Unknown browser engine "${name}" in WTR_ENGINE="${value}": use ${ENGINES.join(', ')} or "all"`,
      );
    }
  }
  return [...new Set(names)];
}

/** Skips recorded by the tests, per engine, in the order they were reported. */
const skips = new Map();

/**
 * Presses `keys` in order, holding each until the last is pressed, then releases them in reverse
 * (`['Shift', 'Tab']` is Shift+Tab).
 */
async function chord(session, keys) {
  const { engine } = engineOf(session);
  if (engine === 'webkit') {
    const values = keys.map(webDriverKey);
    await session.browser.performKeys([
      ...values.map((value) => ({ type: 'keyDown', value })),
      ...values.reverse().map((value) => ({ type: 'keyUp', value })),
    ]);
    return;
  }
  const page = session.browser.getPage(session.id);
  const held = [];
  try {
    for (const key of keys.slice(0, -1)) {
      await page.keyboard.down(key);
      held.push(key);
    }
    await page.keyboard.press(keys[keys.length - 1]);
  } finally {
    for (const key of held.reverse()) await page.keyboard.up(key);
  }
}

/**
 * Answers the commands of test/helpers/engine.ts:
 * - `engine-info` → `{ engine, capabilities }` of the session's launcher;
 * - `engine-skip` `{ title, capability, reason }` → records a test skipped in this engine, for the report;
 * - `engine-chord` `{ keys }` → a key chord (Control+End, Shift+Tab), in every engine.
 */
export function enginePlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine-info') {
        const { engine, capabilities } = engineOf(session);
        return { engine, capabilities: [...capabilities] };
      }
      if (command === 'engine-skip') {
        const { engine } = engineOf(session);
        if (typeof payload?.title !== 'string' || typeof payload?.reason !== 'string') {
          throw new Error('engine-skip: the payload needs a string title and reason');
        }
        const list = skips.get(engine) ?? [];
        list.push({ file: session.testFile, title: payload.title, reason: payload.reason });
        skips.set(engine, list);
        return true;
      }
      if (command === 'engine-chord') {
        const keys = payload?.keys;
        if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) {
          throw new Error('engine-chord: the payload needs keys, a non-empty array of key names');
        }
        await chord(session, keys);
        return true;
      }
      return undefined;
    },
  };
}

/**
 * A reporter that prints, at the end of the run, each engine's skipped tests with their reasons, as
 * `skipped in <engine>: <file> › <title> — <reason>` lines, and `skipped in <engine>: none` when there were none.
 * @param {string[]} engines the engines of this run
 */
export function engineSkipReporter(engines) {
  return {
    stop() {
      const root = process.cwd();
      const lines = [];
      for (const engine of engines) {
        const list = skips.get(engine) ?? [];
        if (list.length === 0) lines.push(`skipped in ${engine}: none`);
        for (const s of list) {
          const file = s.file?.startsWith(root) ? s.file.slice(root.length + 1) : s.file;
          lines.push(`skipped in ${engine}: ${file} › ${s.title} — ${s.reason}`);
        }
      }
      process.stdout.write(`\n${lines.join('\n')}\n`);
    },
  };
}
