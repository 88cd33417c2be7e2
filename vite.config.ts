import { defineConfig } from 'vite';

/** The library build: one ES module per package entry point, dependencies left to the host's bundler. */
export default defineConfig({
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
        postgres: 'src/postgres.ts',
        react: 'src/react.ts',
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
        // The PostgreSQL backend's drivers: optional peer dependencies, loaded only by ./postgres.
        /^pg($|\/)/,
        /^@electric-sql\//,
      ],
    },
  },
});
