/**
 * Every area's Brazilian Portuguese messages, merged: the chunk `loadLocale('pt-BR')` loads (src/i18n/messages.ts).
 * Written by scripts/split-locale.mjs: every `messages/pt-BR/<area>.ts` is listed.
 */
import type { Message } from '../../define-messages.js';
import { additionalCases } from './additional-cases.js';
import { blocks } from './blocks.js';
import { chart } from './chart.js';
import { common } from './common.js';
import { customerActivity } from './customer-activity.js';
import { entitlementDetail } from './entitlement-detail.js';
import { grid } from './grid.js';
import { outlook } from './outlook.js';
import { packageConsumption } from './package-consumption.js';

export const PT_BR: Record<string, Message> = {
  ...additionalCases,
  ...blocks,
  ...chart,
  ...common,
  ...customerActivity,
  ...entitlementDetail,
  ...grid,
  ...outlook,
  ...packageConsumption,
};
