// A web-test-runner BrowserLauncher for WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver over plain
// WebDriver classic (HTTP + JSON, no client library). It starts its own Xvfb and WebKitWebDriver and stops them, so
// `WTR_ENGINE=webkit npx wtr` works on a fresh machine that has the Debian packages `webkit2gtk-driver` and `xvfb`.
// WebKitWebDriver serves one session at a time and key events go to the focused window, so test files run one
// after another in a single window (concurrency 1).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** WebDriver key codes (W3C WebDriver §17.4.2) for the key names that web-test-runner's `sendKeys` accepts. */
const KEY_CODES = {
  Unidentified: '\uE000',
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  ControlLeft: '\uE009',
  Alt: '\uE00A',
  AltLeft: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  MetaLeft: '\uE03D',
};

/**
 * The WebDriver value of one key: a named key (`Enter`, `ArrowDown`, `Control` …) or a single character.
 * @param {string} key
 */
export function webDriverKey(key) {
  if (Object.hasOwn(KEY_CODES, key)) return KEY_CODES[key];
  if ([...key].length === 1) return key;
  throw new Error(
    `WebKit launcher: unknown key "${key}" (use a single character or one of ${Object.keys(KEY_CODES).join(', ')})`,
  );
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `child` exits; never rejects. */
const exited = (child) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));

/** Starts Xvfb on a display it picks itself (`-displayfd`), so it never collides with another X server. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.once('error', (e) =>
      reject(new Error(`WebKit launcher: cannot start Xvfb (apt-get install xvfb): ${e.message}`)),
    );
    xvfb.once('exit', (code) =>
      reject(new Error(`WebKit launcher: Xvfb exited with ${code}: ${stderr.trim()}`)),
    );
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  return { process: xvfb, display };
}

/** Starts WebKitWebDriver on a free port and waits until it answers /status. */
async function startDriver(driverPath, display) {
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr += d));
  const failed = new Promise((_, reject) => {
    driver.once('error', (e) =>
      reject(
        new Error(
          `WebKit launcher: cannot start ${driverPath} (apt-get install webkit2gtk-driver): ${e.message}`,
        ),
      ),
    );
    driver.once('exit', (code) =>
      reject(new Error(`WebKit launcher: WebKitWebDriver exited with ${code}: ${stderr.trim()}`)),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let i = 0; i < 100; i += 1) {
      try {
        const res = await fetch(`${url}/status`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`WebKit launcher: WebKitWebDriver did not answer on ${url} within 10 s`);
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => {});
  return { process: driver, url };
}

/**
 * web-test-runner launcher for WebKitGTK's MiniBrowser. Its `type` is `webdriver`, so wtr's own `sendKeys` command
 * calls {@link WebKitLauncher#sendKeys}; key chords (down/up) go through {@link WebKitLauncher#performKeys}.
 * @implements {import('@web/test-runner-core').BrowserLauncher}
 */
export class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency = 1;

  /**
   * @param {{ miniBrowserPath?: string, driverPath?: string, args?: string[] }} [options] MiniBrowser's path
   *   (env `MINIBROWSER_PATH`), WebKitWebDriver's path (env `WEBKIT_WEBDRIVER_PATH`), extra MiniBrowser arguments.
   */
  constructor(options = {}) {
    this.miniBrowserPath =
      options.miniBrowserPath ?? process.env.MINIBROWSER_PATH ?? MINIBROWSER_PATHS.find((p) => existsSync(p));
    this.driverPath = options.driverPath ?? process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver';
    this.args = options.args ?? [];
    /** @type {Map<string, string>} wtr session id → the URL it was opened at */
    this.active = new Map();
    this.queue = Promise.resolve();
  }

  async initialize() {
    if (!this.miniBrowserPath) {
      throw new Error(
        `WebKit launcher: MiniBrowser not found in ${MINIBROWSER_PATHS.join(', ')}; install webkit2gtk-driver or set MINIBROWSER_PATH`,
      );
    }
  }

  /** Starts Xvfb, WebKitWebDriver and one MiniBrowser session, once. */
  start() {
    this.starting ??= (async () => {
      this.xvfb = await startXvfb();
      this.driver = await startDriver(this.driverPath, this.xvfb.display);
      const session = await this.request('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: this.miniBrowserPath,
              args: ['--automation', ...this.args],
            },
          },
        },
      });
      this.sessionId = session.sessionId;
      this.version = session.capabilities?.browserVersion;
      // The same window size as web-test-runner's Chromium pages.
      await this.command('POST', '/window/rect', { width: 800, height: 600 }).catch(() => {});
    })();
    return this.starting;
  }

  /** One WebDriver request; throws the driver's error message. */
  async request(method, path, body) {
    const res = await fetch(`${this.driver.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(
        `WebKitWebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`.trim(),
      );
    }
    return json.value;
  }

  /** A request on the current WebDriver session. */
  command(method, path, body) {
    return this.request(method, `/session/${this.sessionId}${path}`, body);
  }

  /** Runs `task` after every task queued before it: WebDriver answers one command of a session at a time. */
  serial(task) {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  async startSession(sessionId, url) {
    await this.start();
    this.active.set(sessionId, url);
    await this.serial(() => this.command('POST', '/url', { url }));
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  async getBrowserUrl(sessionId) {
    if (!this.active.has(sessionId)) return undefined;
    return this.serial(() => this.command('GET', '/url'));
  }

  async stopSession(sessionId) {
    if (!this.active.has(sessionId)) throw new Error(`WebKit launcher: no active session ${sessionId}`);
    // Leave the test page, so its timers stop before the next file opens.
    await this.serial(() => this.command('POST', '/url', { url: 'about:blank' }));
    this.active.delete(sessionId);
    return {};
  }

  async startDebugSession() {
    throw new Error('WebKit launcher: debug sessions are not supported; run Chromium with --manual instead');
  }

  /**
   * Called by wtr's `sendKeys` for webdriver launchers: presses and releases each key in turn.
   * @param {string} _sessionId
   * @param {string[]} keys single characters or key names (`Enter`, `ArrowDown` …)
   */
  sendKeys(_sessionId, keys) {
    const actions = keys.flatMap((k) => {
      const value = webDriverKey(k);
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    return this.performKeys(actions);
  }

  /**
   * Dispatches WebDriver key actions (`{ type: 'keyDown' | 'keyUp', value }`) to the focused element, then
   * releases every key, so a failed chord never leaves a modifier held for the next test.
   */
  performKeys(actions) {
    return this.serial(async () => {
      try {
        await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      } finally {
        await this.command('DELETE', '/actions').catch(() => {});
      }
    });
  }

  async stop() {
    const { driver, xvfb } = this;
    if (this.sessionId && driver) {
      await this.request('DELETE', `/session/${this.sessionId}`).catch(() => {});
      this.sessionId = undefined;
    }
    for (const child of [driver?.process, xvfb?.process]) {
      if (!child) continue;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited(child);
      clearTimeout(timer);
    }
    this.driver = this.xvfb = this.starting = undefined;
  }
}

/** @param {ConstructorParameters<typeof WebKitLauncher>[0]} [options] */
export const webkitLauncher = (options) => new WebKitLauncher(options);
