/**
 * Registers a custom element unless its tag is already defined, so test files (and stories) can each register
 * what they use without clashing when loaded together.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
