// svelte-check looks for a Svelte config upwards and would otherwise read the repository's vite.config.ts.
export default {};
