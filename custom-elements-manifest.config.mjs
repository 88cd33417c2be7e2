import { loadTokens, tokensPlugin } from './scripts/cem-tokens-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/**/render/*.ts'],
  outdir: '.',
  litelement: true,
  // Every element also documents the design tokens it reads (--ca-color-*, --ca-space-* …).
  plugins: [tokensPlugin(await loadTokens()), sortModules()],
};

/**
 * Lists the modules by path, so the manifest is the same on every checkout: the analyzer keeps the order in which
 * the file system returns the files, which differs between clones (and CI compares the committed file byte for byte).
 */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
