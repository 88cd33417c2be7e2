import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from '../scripts/minify-literals-plugin.mjs';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * The benchmark pages: every `bench/pages/*.html`, built for production (minified, no source maps) into
 * bench/dist/, so what `npm run bench` measures in the browser is the code that ships. Each page imports the
 * library from src/ and is served by scripts/serve-static.mjs. The manifest lets the bench find the chunk of each
 * module (e.g. that chart.js is a chunk of its own, loaded on demand).
 */
export default defineConfig({
  root: pages,
  publicDir: false,
  logLevel: 'error',
  // As in the library build: the templates' CSS and markup minified.
  plugins: [minifyLiteralsPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    manifest: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: Object.fromEntries(
        readdirSync(pages)
          .filter((name) => name.endsWith('.html'))
          .map((name) => [name.slice(0, -'.html'.length), `${pages}${name}`]),
      ),
    },
  },
});
