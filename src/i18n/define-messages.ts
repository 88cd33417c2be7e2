/** The locales every user-visible string exists in. */
export const LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

/** Parameters interpolated into a message: `{name}` in the text is replaced by `params.name`. */
export type MessageParams = Record<string, string | number>;

/**
 * A message: plain text with `{param}` placeholders, or a function of the parameters and locale, for plurals
 * and anything a placeholder cannot say.
 */
export type Message = string | ((params: MessageParams, locale: Locale) => string);

/**
 * Declares one area's messages. `en` is the source of the area's keys and ships with the elements; the Brazilian
 * Portuguese messages live in `messages/pt-BR/<area>.ts` (declared with `translations`, which requires exactly the
 * keys of `en`) and load on demand, when an element first renders in pt-BR. An area may still carry its pt-BR
 * messages inline (`'pt-BR': { … }`, the same keys as `en`): they then ship with the elements.
 */
export function defineMessages<K extends string>(catalog: {
  en: Record<K, Message>;
  'pt-BR'?: Record<K, Message>;
}): { en: Record<K, Message>; 'pt-BR'?: Record<K, Message> } {
  return catalog;
}

/**
 * Declares an area's messages in another locale: exactly the keys of the area's `en` (a missing or an extra key
 * fails the type-check). `A` is the area, as `typeof` its `defineMessages` result.
 */
export function translations<A extends { en: Record<string, Message> }>(
  catalog: Record<keyof A['en'] & string, Message>,
): Record<keyof A['en'] & string, Message> {
  return catalog;
}

/** Picks the plural form for a count through Intl.PluralRules of the locale (one / other). */
export function plural(
  count: number,
  locale: Locale,
  forms: { one: string; other: string; zero?: string },
): string {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return pluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

const pluralCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralCache.set(locale, rules);
  }
  return rules;
}
