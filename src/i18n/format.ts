import type { Locale } from './define-messages.js';

const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberCache.set(key, f);
  }
  return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, f);
  }
  return f;
}

/**
 * Locale-aware formatting through cached `Intl` formatters. Calendar dates (`YYYY-MM-DD`) are formatted in UTC,
 * so a date never shifts by a day in a host whose time zone is behind UTC.
 */
export class Formatter {
  constructor(readonly locale: Locale) {}

  /** A number with up to `maxFractionDigits` decimals (default 2), grouped as the locale does. */
  number(value: number, maxFractionDigits = 2): string {
    return numberFormat(this.locale, { maximumFractionDigits: maxFractionDigits }).format(value);
  }

  /** A whole count, grouped. */
  integer(value: number): string {
    return numberFormat(this.locale, { maximumFractionDigits: 0 }).format(value);
  }

  /** A ratio (0.62) as a percentage ("62%"), with up to `maxFractionDigits` decimals (default 0). */
  percent(ratio: number, maxFractionDigits = 0): string {
    return numberFormat(this.locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(
      ratio,
    );
  }

  /** A calendar date `YYYY-MM-DD` in the locale's medium style ("Mar 1, 2026", "1 de mar. de 2026"). */
  date(isoDate: string, style: 'medium' | 'short' | 'long' = 'medium'): string {
    const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(ms)) return isoDate;
    return dateFormat(this.locale, { dateStyle: style, timeZone: 'UTC' }).format(ms);
  }

  /** A timestamp in the user's time zone, date and time ("Nov 20, 2026, 9:30 AM"). */
  dateTime(isoTimestamp: string): string {
    const ms = Date.parse(isoTimestamp);
    if (Number.isNaN(ms)) return isoTimestamp;
    return dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  }

  /** A list joined as the locale does ("a, b and c" / "a, b e c"). */
  list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { style: 'long', type: 'conjunction' }).format(items);
  }
}

const formatterCache = new Map<Locale, Formatter>();

/** The shared formatter of a locale. */
export function formatterFor(locale: Locale): Formatter {
  let f = formatterCache.get(locale);
  if (!f) {
    f = new Formatter(locale);
    formatterCache.set(locale, f);
  }
  return f;
}
