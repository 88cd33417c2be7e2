import { loadTokens, tokensPlugin } from './scripts/cem-tokens-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/**/render/*.ts'],
  outdir: '.',
  litelement: true,
  // Every element also documents the design tokens it reads (--ca-color-*, --ca-space-* …).
  plugins: [tokensPlugin(await loadTokens())],
};
