/**
 * Registration of every element, with no side effect: `customer-activity-elements/define` calls `define()` on
 * import; the main entry point exports `define` so a host can register in a registry of its own (a scoped
 * custom-element registry) without touching the global one.
 */
import { defineElements, type DefineOptions, type DefineResult } from './define-elements.js';
import { ELEMENTS } from './elements.js';

export type { DefineOptions, DefineResult, ElementList } from './define-elements.js';

/**
 * Defines every element of the library in `registry` (default: the global `customElements`), leaving alone the tags
 * already defined there, so calling it again, or loading a second copy of the library, is harmless. In a scoped
 * registry (`new CustomElementRegistry()`) each element is a subclass bound to that registry: the elements it
 * renders resolve in the same registry, and the global one is not touched. Does nothing where custom elements do
 * not exist (server-side rendering in Node).
 */
export function define(options: DefineOptions = {}): DefineResult {
  return defineElements(ELEMENTS, options);
}
