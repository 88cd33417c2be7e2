import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';

/** `customer-activity-elements/define/<tag>`: one entry point per element (src/define/<tag>.ts). */
const perElement = Object.fromEntries(
  readdirSync('src/define')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`define/${name.slice(0, -'.ts'.length)}`, `src/define/${name}`]),
);

/** The library build: one ES module per package entry point, dependencies left to the host's bundler. */
export default defineConfig({
  // The CSS and markup of Lit's css`` / html`` templates minified (a JS minifier leaves template literals alone).
  plugins: [minifyLiteralsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        data: 'src/data.ts',
        server: 'src/server.ts',
        react: 'src/react.ts',
        ...perElement,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^@lit-labs\//,
        /^zod($|\/)/,
        /^chart\.js($|\/)/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^node:/,
      ],
    },
  },
});
