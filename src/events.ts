/**
 * The typed event map of the library's shared event names. An event name fired by several elements is declared
 * here once, as the union of their event classes (TypeScript allows one type per key); narrow with `instanceof`.
 */
import type { CasesFilterChangeEvent } from './components/additional-cases/events.js';
import type { PackageFilterChangeEvent } from './components/package-consumption/events.js';
import type { WorkspaceFilterChangeEvent } from './components/workspace-filter/workspace-filter.js';

/** Every `ca-filter-change` event: the user changed a filter of an element. */
export type FilterChangeEvent =
  WorkspaceFilterChangeEvent | PackageFilterChangeEvent | CasesFilterChangeEvent;

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-filter-change': FilterChangeEvent;
  }
}
