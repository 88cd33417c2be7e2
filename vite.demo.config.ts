import { defineConfig } from 'vite';
import { customerActivityApi } from './demo/vite-plugin-api.js';

/** The demo host portal: `npm start` serves it, `npm run build:demo` writes it to demo-dist/. */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  // The request handler over the demo dataset at /api/demo and /api/large (dev and preview servers only).
  plugins: [customerActivityApi()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
