import type { Plugin } from 'vite';

/** Minifies one literal part of a css`` template. */
export function minifyCss(raw: string): string;
/** Minifies one literal part of an html`` / svg`` template. */
export function minifyMarkup(raw: string): string;
/** Rewrites the tagged templates of `code`; null when nothing changed. */
export function minifyLiterals(
  code: string,
  parse: (code: string) => unknown,
  id: string,
): { code: string; map: unknown } | null;
/** The Vite plugin: css`` and html`` templates of the project's src/ modules minified. */
export function minifyLiteralsPlugin(): Plugin;
