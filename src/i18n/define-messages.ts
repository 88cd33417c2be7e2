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
 * Declares one area's messages in every locale. The type requires pt-BR to hold exactly the keys of en, so a
 * missing translation fails the type-check.
 */
export function defineMessages<K extends string>(catalog: {
  en: Record<K, Message>;
  'pt-BR': Record<K, Message>;
}): { en: Record<K, Message>; 'pt-BR': Record<K, Message> } {
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
