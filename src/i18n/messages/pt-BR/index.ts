/**
 * Every area's Brazilian Portuguese messages, merged: the chunk `loadLocale('pt-BR')` loads (src/i18n/messages.ts).
 * To add an area, list its `messages/pt-BR/<area>.ts` here.
 */
import type { Message } from '../../define-messages.js';

export const PT_BR: Record<string, Message> = {};
