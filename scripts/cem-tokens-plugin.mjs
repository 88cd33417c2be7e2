// A custom-elements-manifest analyzer plugin: documents the design tokens (the public --ca-* custom properties every
// element reads) in each element's `cssProperties`, after the element's own properties. Descriptions come from
// src/styles/token-docs.ts, defaults from src/styles/tokens.ts (the fallback of each `var(--ca-…, default)`), so
// custom-elements.json, Storybook's docs and editors show the whole theming surface of each element.
import { readFile } from 'node:fs/promises';
import { importTs } from './node-bundle.mjs';

/** The fallback of every `var(--ca-name, fallback)` in `source`, by name (whitespace collapsed). */
export function tokenDefaults(source) {
  const defaults = new Map();
  const pattern = /var\(\s*(--ca-[a-z0-9-]+)\s*,/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    let depth = 1;
    let i = pattern.lastIndex;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')') depth--;
    }
    const fallback = source
      .slice(pattern.lastIndex, i - 1)
      .replace(/\s+/g, ' ')
      .trim();
    if (!defaults.has(match[1])) defaults.set(match[1], fallback);
  }
  return defaults;
}

/** The tokens with their description and default, in the order of TOKEN_NAMES. */
export async function loadTokens() {
  const { TOKEN_DOCS } = await importTs('src/styles/token-docs.ts', 'token-docs');
  const defaults = tokenDefaults(await readFile(new URL('../src/styles/tokens.ts', import.meta.url), 'utf8'));
  return Object.entries(TOKEN_DOCS).map(([name, description]) => {
    const fallback = defaults.get(name);
    if (fallback === undefined) throw new Error(`src/styles/tokens.ts does not read ${name}`);
    return { name, description: `Design token. ${description}`, default: fallback };
  });
}

/** The plugin: give it the tokens from `loadTokens()`. */
export function tokensPlugin(tokens) {
  return {
    name: 'customer-activity-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const own = declaration.cssProperties ?? [];
          const names = new Set(own.map((p) => p.name));
          declaration.cssProperties = [
            ...own,
            ...tokens.filter((t) => !names.has(t.name)).map((t) => ({ ...t })),
          ];
        }
      }
    },
  };
}
