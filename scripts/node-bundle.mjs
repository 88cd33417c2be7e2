// Loads a TypeScript module of this repository in plain Node (20 cannot import .ts): bundles it with esbuild —
// the one web-test-runner's esbuild plugin already installs — into node_modules/.cache/customer-activity-elements/
// and imports the bundle. Dependencies (zod …) stay external and resolve from node_modules as usual.
// Used by web-test-runner.config.mjs (the test API on loopback), scripts/openapi.mjs and scripts/test-node.mjs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    // Not hoisted: take the copy @web/dev-server-esbuild depends on.
    const require = createRequire(path.join(root, 'package.json'));
    const fromPlugin = createRequire(require.resolve('@web/dev-server-esbuild'));
    return import(pathToFileURL(fromPlugin.resolve('esbuild')).href);
  }
}

/**
 * Bundles `entry` (a path relative to the repository root) for Node and imports it.
 * @param {string} entry
 * @param {string} name the bundle's file name, without extension
 */
export async function importTs(entry, name) {
  const outfile = await bundleTs(entry, name);
  return import(`${pathToFileURL(outfile).href}?v=${Date.now()}`);
}

/**
 * Bundles `entry` (a path relative to the repository root) for Node; returns the bundle's path.
 * @param {string} entry
 * @param {string} name the bundle's file name, without extension
 */
export async function bundleTs(entry, name) {
  const esbuild = await loadEsbuild();
  const outfile = path.join(root, 'node_modules', '.cache', 'customer-activity-elements', `${name}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return outfile;
}
