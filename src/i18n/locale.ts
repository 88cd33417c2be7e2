import { LOCALES, type Locale, type MessageParams } from './define-messages.js';
import { catalogOf, EN, loadCatalog, type MessageKey } from './messages.js';

export { loadCatalog as loadLocale };

/** The locale used when no `lang` is set or the language is not one of ours. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Maps a BCP 47 language tag to one of our locales: any Portuguese (`pt`, `pt-BR`, `pt-PT`) gives pt-BR,
 * anything else English.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const lower = tag.toLowerCase();
  for (const l of LOCALES) if (l.toLowerCase() === lower) return l;
  if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR';
  return DEFAULT_LOCALE;
}

/**
 * The `lang` of the nearest ancestor that has one, crossing shadow-root boundaries, or the document's.
 */
export function nearestLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const withLang = current.closest('[lang]');
      if (withLang) return withLang.getAttribute('lang');
    }
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.getAttribute('lang');
}

/** Whether the messages of `locale` are loaded (English always is; another locale after `loadLocale`). */
export function isLocaleLoaded(locale: Locale): boolean {
  return catalogOf(locale) !== undefined;
}

/**
 * Translates a key in a locale, interpolating `{param}` placeholders. A key the locale lacks, or a locale whose
 * messages are not loaded yet (see `loadLocale`), gives the English message.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message = catalogOf(locale)?.[key] ?? EN[key];
  if (message === undefined) return key;
  if (typeof message === 'function') return message(params, locale);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
