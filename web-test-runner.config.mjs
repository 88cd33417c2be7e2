import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from './scripts/count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { importTs } from './scripts/node-bundle.mjs';
import { engineLauncher, enginePlugin, engineSkipReporter, parseEngines } from './scripts/wtr/engines.mjs';

// The browser engines to run in: WTR_ENGINE=chromium (the default), firefox, webkit, a comma-separated list, or
// all. `npm run test:engines` runs each engine in turn (scripts/test-engines.mjs).
const engines = parseEngines(process.env.WTR_ENGINE);

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
  plugins: [enginePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: engines.map(engineLauncher),
  reporters: [defaultReporter(), countReporter(), engineSkipReporter(engines)],
};
