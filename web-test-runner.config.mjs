import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { importTs } from './scripts/node-bundle.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * The test API (test/server/test-api.ts): the real request handler mounted on this server, so tests reach it over
 * HTTP on loopback. Should it fail to build, only the requests to it fail (503), not the whole run.
 */
async function testApiMiddleware() {
  try {
    const { createTestApi } = await importTs('test/server/test-api.ts', 'test-api');
    return createTestApi();
  } catch (error) {
    console.error('The test API could not be built; the tests that use it will fail.', error);
    return async (ctx, next) => {
      if (!/^\/(api|fault|fault-control|mounted|__probe|__server-errors)\b/.test(ctx.url)) return next();
      ctx.status = 503;
      ctx.body = `The test API could not be built: ${error}`;
    };
  }
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  middleware: [await testApiMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context, so the two that run at once both get frames and scroll events.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
      launchOptions: {
        executablePath,
        args: [
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
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
