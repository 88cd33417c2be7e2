import type { Locale, Message } from './define-messages.js';
import { additionalCases } from './messages/additional-cases.js';
import { blocks } from './messages/blocks.js';
import { chart } from './messages/chart.js';
import { common } from './messages/common.js';
import { customerActivity } from './messages/customer-activity.js';
import { entitlementDetail } from './messages/entitlement-detail.js';
import { grid } from './messages/grid.js';
import { outlook } from './messages/outlook.js';
import { packageConsumption } from './messages/package-consumption.js';

/**
 * Every area's catalog, merged. To add an area: write `messages/<area>.ts` with `defineMessages` (English) and
 * `messages/pt-BR/<area>.ts` with `translations` (Brazilian Portuguese), and list them here and in
 * `messages/pt-BR/index.ts`. The keys of all areas must be distinct (the type below would collapse to `never` on a
 * clash of types).
 */
const AREAS = [
  common,
  blocks,
  chart,
  grid,
  outlook,
  packageConsumption,
  additionalCases,
  entitlementDetail,
  customerActivity,
] as const;

type AreaKeys<A> = A extends { en: Record<infer K, Message> } ? K : never;
/** Every message key of the library. */
export type MessageKey = AreaKeys<(typeof AREAS)[number]>;

/** One locale's merged messages. */
export type Catalog = Record<MessageKey, Message>;

/** English: static, the fallback of every other locale. */
export const EN: Catalog = Object.assign({}, ...AREAS.map((a) => a.en)) as Catalog;

/** pt-BR messages an area still carries inline (static); the rest load with the locale. */
const INLINE_PT_BR = Object.assign({}, ...AREAS.map((a) => a['pt-BR'] ?? {})) as Partial<Catalog>;

/** Loads the messages of a locale other than English: a chunk of its own, fetched on first use. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Partial<Catalog>>> = {
  'pt-BR': () => import('./messages/pt-BR/index.js').then(({ PT_BR }) => ({ ...INLINE_PT_BR, ...PT_BR })),
};

const loaded = new Map<Locale, Partial<Catalog>>([['en', EN]]);
const loading = new Map<Locale, Promise<void>>();

/** The messages of `locale` when they are loaded (English always is); else undefined. */
export function catalogOf(locale: Locale): Partial<Catalog> | undefined {
  return loaded.get(locale);
}

/**
 * Loads the messages of `locale` (once; later calls share the first). Resolves when they are ready; rejects if the
 * chunk cannot be loaded, and a later call then tries again.
 */
export function loadCatalog(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = LOADERS[locale as Exclude<Locale, 'en'>]().then(
      (catalog) => {
        loaded.set(locale, catalog);
        loading.delete(locale);
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
