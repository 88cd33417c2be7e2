/**
 * Registration of a list of elements, with no side effect and no element imported: `define()` (src/registration.ts)
 * and each per-element entry point (src/define/<tag>.ts) pass it their own list, so an entry point ships only the
 * elements it registers.
 */
import { LitElement } from 'lit';

export interface DefineOptions {
  /** The registry to define the elements in (default: the global `customElements`). */
  registry?: CustomElementRegistry;
}

/** What `define()` did, tag by tag. */
export interface DefineResult {
  /** The tags this call defined. */
  defined: string[];
  /**
   * The tags that were already defined in the registry and were left as they are: by an earlier call, or by another
   * copy of the library loaded on the same page (whose classes then serve every element of that tag).
   */
  skipped: string[];
}

type LitElementClass = typeof LitElement;

/**
 * The class to define in a scoped registry: a subclass of `base` whose shadow root uses `registry`, and whose
 * templates create their elements in `registry`, so the elements it renders (state panels, meters, grids …) are
 * looked up there as well. Without this, a shadow root and Lit's template clones belong to the global registry
 * (`attachShadow()` and `document.importNode()` default to it), and an element defined only in a scoped registry
 * would render building blocks that never upgrade.
 */
function scopedClass(
  base: CustomElementConstructor,
  registry: CustomElementRegistry,
): CustomElementConstructor {
  if (!(base.prototype instanceof LitElement)) return class extends base {};
  const lit = base as unknown as LitElementClass;
  return class ScopedElement extends lit {
    static override shadowRootOptions: ShadowRootInit = {
      ...lit.shadowRootOptions,
      customElementRegistry: registry,
    };

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const root = super.createRenderRoot();
      const doc = this.ownerDocument;
      // Lit clones each template with `creationScope.importNode(content, true)`.
      this.renderOptions.creationScope = {
        importNode: (node: Node, deep?: boolean) =>
          doc.importNode(node, { customElementRegistry: registry, selfOnly: deep === false }),
      };
      return root;
    }
  };
}

/** Elements with their tags, in registration order (building blocks first). */
export type ElementList = ReadonlyArray<readonly [string, CustomElementConstructor]>;

/**
 * Defines `elements` in `registry` (default: the global `customElements`), leaving alone the tags already defined
 * there, so calling it again, or loading a second copy of the library, is harmless. In a scoped registry
 * (`new CustomElementRegistry()`) each element is a subclass bound to that registry: the elements it renders
 * resolve in the same registry, and the global one is not touched. Does nothing where custom elements do not exist
 * (server-side rendering in Node). `define()` (every element) and the per-element entry points
 * (`customer-activity-elements/define/<tag>`) call it with their lists; this module imports no element itself.
 */
export function defineElements(
  elements: ElementList,
  { registry = globalThis.customElements }: DefineOptions = {},
): DefineResult {
  const result: DefineResult = { defined: [], skipped: [] };
  if (!registry) return result;
  const scoped = registry !== globalThis.customElements;
  for (const [tag, ctor] of elements) {
    if (registry.get(tag)) {
      result.skipped.push(tag);
      continue;
    }
    registry.define(tag, scoped ? scopedClass(ctor, registry) : ctor);
    result.defined.push(tag);
  }
  return result;
}
