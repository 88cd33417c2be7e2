/**
 * `customer-activity-elements/define`: registers every element of the library. Importing it registers them in
 * the global registry; `define({ registry })` registers them in another (a scoped custom-element registry).
 * Registration is guarded: a tag already defined (by this or another copy of the library) is left as it is.
 */
import { ELEMENTS } from './elements.js';

export interface DefineOptions {
  /** The registry to define the elements in (default: the global `customElements`). */
  registry?: CustomElementRegistry;
}

/** Defines every element in `registry` (default the global one), skipping tags that are already defined. */
export function define({ registry = customElements }: DefineOptions = {}): void {
  for (const [tag, ctor] of ELEMENTS) {
    if (registry.get(tag)) continue;
    // A constructor can be registered once per registry only in the global one; a scoped registry gets its own
    // subclass, so the same classes can serve both.
    registry.define(tag, registry === customElements ? ctor : class extends ctor {});
  }
}

define();
