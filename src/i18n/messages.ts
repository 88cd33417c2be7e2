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
 * Every area's catalog, merged. To add an area: write `messages/<area>.ts` with `defineMessages`, and list it
 * here. The keys of all areas must be distinct (the type below would collapse to `never` on a clash of types).
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

/** The merged catalogs, one per locale. */
export const CATALOGS: Record<Locale, Record<MessageKey, Message>> = {
  en: Object.assign({}, ...AREAS.map((a) => a.en)) as Record<MessageKey, Message>,
  'pt-BR': Object.assign({}, ...AREAS.map((a) => a['pt-BR'])) as Record<MessageKey, Message>,
};
