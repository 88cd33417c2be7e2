/**
 * `customer-activity-elements/define/package-consumption`: registers `<package-consumption>` and the building
 * blocks it renders (`<ca-state-panel>`, `<ca-meter>`, `<ca-expiry-badge>`) in the global registry on import — and
 * no other element, so a page that shows only this one ships only its code. Guarded like
 * `customer-activity-elements/define`: a tag already defined is left as it is. `define({ registry })` registers
 * the same elements in another registry (a scoped custom-element registry).
 */
import {
  defineElements,
  type DefineOptions,
  type DefineResult,
  type ElementList,
} from '../define-elements.js';
import { StatePanelElement } from '../components/state-panel/state-panel.js';
import { MeterElement } from '../components/meter/meter.js';
import { ExpiryBadgeElement } from '../components/expiry-badge/expiry-badge.js';
import { PackageConsumptionElement } from '../components/package-consumption/package-consumption.js';

export type { DefineOptions, DefineResult } from '../define-elements.js';

/** The elements this entry point registers, building blocks first. */
export const ELEMENTS: ElementList = [
  ['ca-state-panel', StatePanelElement],
  ['ca-meter', MeterElement],
  ['ca-expiry-badge', ExpiryBadgeElement],
  ['package-consumption', PackageConsumptionElement],
];

/** Defines the elements of `ELEMENTS` in `registry` (default: the global one). */
export function define(options: DefineOptions = {}): DefineResult {
  return defineElements(ELEMENTS, options);
}

define();
