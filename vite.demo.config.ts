import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { customerActivityApi } from './demo/vite-plugin-api.js';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';

/** The library's tags (from custom-elements.json), which Vue's template compiler leaves to the browser. */
const CUSTOM_ELEMENTS = new Set(
  (
    JSON.parse(readFileSync(new URL('./custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    }
  ).modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []))),
);

const page = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo pages: `npm start` serves them, `npm run build:demo` writes them to demo-dist/.
 * - `/` the host portal;
 * - `/react/` a React host using the React wrappers (`customer-activity-elements/react`);
 * - `/vue/` a Vue host (a single-file component: properties with `.adapter`, events with `@ca-…` listeners);
 * - `/csp/` every element on a page meant to be served with a strict Content-Security-Policy (no inline script or
 *   style, no eval, Trusted Types): its build holds no inline script or style.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  // The request handler over the demo dataset at /api/demo, /api/large and /api/postgres (dev and preview servers
  // only); the templates' CSS and markup minified as in the library build.
  plugins: [
    customerActivityApi(),
    minifyLiteralsPlugin(),
    vue({ template: { compilerOptions: { isCustomElement: (tag) => CUSTOM_ELEMENTS.has(tag) } } }),
  ],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        main: page('./demo/index.html'),
        react: page('./demo/react/index.html'),
        vue: page('./demo/vue/index.html'),
        csp: page('./demo/csp/index.html'),
      },
    },
  },
});
