/**
 * `customer-activity-elements/define/additional-cases`: registers `<additional-cases>` and the building blocks it
 * renders (`<ca-state-panel>`, `<ca-data-grid>`) in the global registry on import — and no other element, so a
 * page that shows only this one ships only its code. Guarded like `customer-activity-elements/define`: a tag
 * already defined is left as it is. `define({ registry })` registers the same elements in another registry (a
 * scoped custom-element registry).
 */
import {
  defineElements,
  type DefineOptions,
  type DefineResult,
  type ElementList,
} from '../define-elements.js';
import { StatePanelElement } from '../components/state-panel/state-panel.js';
import { DataGridElement } from '../components/data-grid/data-grid.js';
import { AdditionalCasesElement } from '../components/additional-cases/additional-cases.js';

export type { DefineOptions, DefineResult } from '../define-elements.js';

/** The elements this entry point registers, building blocks first. */
export const ELEMENTS: ElementList = [
  ['ca-state-panel', StatePanelElement],
  ['ca-data-grid', DataGridElement],
  ['additional-cases', AdditionalCasesElement],
];

/** Defines the elements of `ELEMENTS` in `registry` (default: the global one). */
export function define(options: DefineOptions = {}): DefineResult {
  return defineElements(ELEMENTS, options);
}

define();
