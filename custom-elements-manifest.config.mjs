export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/**/render/*.ts'],
  outdir: '.',
  litelement: true,
};
