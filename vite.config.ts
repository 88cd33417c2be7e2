import { readdirSync } from 'node:fs';
import { build, defineConfig, type Plugin } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';

const EXTERNAL = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^zod($|\/)/,
  /^chart\.js($|\/)/,
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^node:/,
  // The PostgreSQL backend's drivers: optional peer dependencies, loaded only by ./postgres.
  /^pg($|\/)/,
  /^@electric-sql\//,
];

/**
 * Builds `./postgres` (Node only) in a pass of its own once the main build has written `dist/`: in the main pass it
 * would share chunks with the browser entries and so change how their modules are split — the `define` entry must
 * stay byte for byte what it is without the PostgreSQL backend.
 */
function postgresEntry(): Plugin {
  return {
    name: 'customer-activity-postgres-entry',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          target: 'node20',
          lib: { entry: { postgres: 'src/postgres.ts' }, formats: ['es'] },
          rolldownOptions: { external: EXTERNAL },
        },
      });
    },
  };
}

/** `customer-activity-elements/define/<tag>`: one entry point per element (src/define/<tag>.ts). */
const perElement = Object.fromEntries(
  readdirSync('src/define')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`define/${name.slice(0, -'.ts'.length)}`, `src/define/${name}`]),
);

/** The library build: one ES module per package entry point, dependencies left to the host's bundler. */
export default defineConfig({
  // The CSS and markup of Lit's css`` / html`` templates minified (a JS minifier leaves template literals alone).
  plugins: [minifyLiteralsPlugin(), postgresEntry()],
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
    rolldownOptions: { external: EXTERNAL },
  },
});
