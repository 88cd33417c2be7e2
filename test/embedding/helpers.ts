/**
 * Helpers for the embedding tests: looking through shadow roots, and loading a second, independent copy of the
 * library's modules in the page.
 */
import { waitUntil } from '@open-wc/testing';

/** The tag of every element of the library. */
export const ALL_TAGS = [
  'ca-state-panel',
  'ca-meter',
  'ca-expiry-badge',
  'ca-workspace-filter',
  'ca-chart',
  'ca-data-grid',
  'package-consumption',
  'entitlement-detail',
  'additional-cases',
  'customer-activity',
] as const;

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  }
  return found;
}

/** The text a user reads in `root`, shadow roots included (slotted text once). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** Waits until `root` shows `text` (shadow roots included). */
export async function waitForText(root: Node, text: string, timeout = 10000): Promise<void> {
  await waitUntil(() => deepText(root).includes(text), `"${text}" never appeared`, { timeout });
}

/** Module specifiers in the JavaScript the test server sends: static imports, re-exports and dynamic imports. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'])([./][^"']*)\2/g;

/**
 * A second copy of this repository's modules, as a page gets when two bundles (two micro-frontends, two versions)
 * each carry the library: every module under `/src/` is fetched from the test server and instantiated again from a
 * `blob:` URL, with its imports pointing at the copies, so the copy has its own classes, its own `define`, its own
 * context objects. Dependencies outside `/src/` (lit, zod) stay shared, as a host's bundler would dedupe them.
 */
export class ModuleCopy {
  private readonly copies = new Map<string, Promise<string>>();

  /** Imports the copy of the module at `path` (e.g. `/src/define.ts`). */
  async import<T>(path: string): Promise<T> {
    const url = await this.copy(new URL(path, location.origin).href);
    return (await import(url)) as T;
  }

  private copy(url: string): Promise<string> {
    let copy = this.copies.get(url);
    if (!copy) {
      copy = this.make(url);
      this.copies.set(url, copy);
    }
    return copy;
  }

  private async make(url: string): Promise<string> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    const source = await response.text();
    const targets = new Map<string, string>();
    for (const [, , , specifier] of source.matchAll(SPECIFIER)) {
      if (targets.has(specifier)) continue;
      const resolved = new URL(specifier, url);
      targets.set(
        specifier,
        resolved.origin === location.origin && resolved.pathname.startsWith('/src/')
          ? await this.copy(resolved.href)
          : resolved.href,
      );
    }
    const rewritten = source.replace(
      SPECIFIER,
      (_match, head: string, quote: string, specifier: string) =>
        `${head}${quote}${targets.get(specifier)}${quote}`,
    );
    return URL.createObjectURL(new Blob([rewritten], { type: 'text/javascript' }));
  }
}
