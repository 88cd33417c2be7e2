import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { customerActivityApi } from './demo/vite-plugin-api.js';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';

const page = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo pages: `npm start` serves them, `npm run build:demo` writes them to demo-dist/.
 * - `/` the host portal;
 * - `/react/` a React host using the React wrappers (`customer-activity-elements/react`);
 * - `/csp/` every element on a page meant to be served with a strict Content-Security-Policy (no inline script or
 *   style, no eval, Trusted Types): its build holds no inline script or style.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  // The request handler over the demo dataset at /api/demo and /api/large (dev and preview servers only); the
  // templates' CSS and markup minified as in the library build.
  plugins: [customerActivityApi(), minifyLiteralsPlugin()],
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
        csp: page('./demo/csp/index.html'),
      },
    },
  },
});
