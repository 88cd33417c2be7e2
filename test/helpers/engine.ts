/**
 * The browser engine a test runs in, and what its launcher can do (scripts/wtr/engines.mjs answers these commands).
 * A test that needs a capability one engine lacks calls `await skipUnless(this, capability, reason)` first: there it
 * is skipped, and the reason is listed at the end of the run under that engine.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * What a test may need that not every engine or launcher has:
 * - `emulateMedia`: wtr's emulateMedia command (print media, prefers-reduced-motion …); the launcher needs CDP;
 * - `scopedRegistries`: native scoped custom-element registries (`new CustomElementRegistry()`), in the page;
 * - `longTaskTiming`: the Long Tasks API (`PerformanceObserver` entry type `longtask`), in the page;
 * - `sendMouse`: wtr's sendMouse command (pointer moves and clicks at a position); the launcher needs puppeteer.
 */
export type Capability = 'emulateMedia' | 'scopedRegistries' | 'longTaskTiming' | 'sendMouse';

/** The capabilities the page itself answers; the others the launcher declares (scripts/wtr/engines.mjs). */
const IN_PAGE: Partial<Record<Capability, () => boolean>> = {
  scopedRegistries: () => {
    try {
      return typeof CustomElementRegistry === 'function' && !!new CustomElementRegistry();
    } catch {
      return false;
    }
  },
  longTaskTiming: () => PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false,
};

interface EngineInfo {
  engine: Engine;
  capabilities: Capability[];
}

let info: Promise<EngineInfo> | undefined;

/** The engine of this test run and its launcher's capabilities (asked once per test file). */
export function engineInfo(): Promise<EngineInfo> {
  info ??= executeServerCommand<EngineInfo, undefined>('engine-info');
  return info;
}

/** Whether this engine (the page, or the launcher that drives it) has `capability`. */
export async function has(capability: Capability): Promise<boolean> {
  const probe = IN_PAGE[capability];
  if (probe) return probe();
  return (await engineInfo()).capabilities.includes(capability);
}

/**
 * Skips the running test unless the engine has `capability`, reporting `reason` for the end-of-run list under
 * this engine. Call it first in a `function ()` test (not an arrow function: it needs mocha's `this`), or in a
 * `before(async function () { … })` hook to skip a whole `describe`.
 */
export async function skipUnless(
  context: Mocha.Context,
  capability: Capability,
  reason: string,
): Promise<void> {
  if (await has(capability)) return;
  const runnable: (Mocha.Runnable & { type?: string }) | undefined = context.test;
  // In a before() hook the whole describe is skipped.
  const beforeAll = runnable?.type === 'hook' && runnable.title.startsWith('"before all"') && runnable.parent;
  const title = beforeAll
    ? `${beforeAll.fullTitle()} (all ${beforeAll.total()} tests)`
    : ((context.currentTest ?? runnable)?.fullTitle() ?? '(unknown test)');
  await executeServerCommand('engine-skip', { title, capability, reason });
  context.skip();
}

/**
 * Presses a key chord on the focused element: every key but the last is held while the last is pressed
 * (`chord('Control', 'End')`, `chord('Shift', 'Tab')`). Works in every engine, unlike sendKeys' down/up, which
 * WebDriver launchers do not support.
 */
export async function chord(...keys: string[]): Promise<void> {
  await executeServerCommand('engine-chord', { keys });
}

/** Every style sheet that applies to `root` and the shadow trees inside it (and the document's own). */
function sheetsUnder(root: Element): CSSStyleSheet[] {
  const sheets = new Set<CSSStyleSheet>([
    ...Array.from(document.styleSheets),
    ...document.adoptedStyleSheets,
  ]);
  const visit = (node: Element): void => {
    const shadow = node.shadowRoot;
    if (shadow) {
      for (const s of [...Array.from(shadow.styleSheets), ...shadow.adoptedStyleSheets]) sheets.add(s);
      for (const child of Array.from(shadow.querySelectorAll('*'))) visit(child);
    }
    for (const child of Array.from(node.children)) visit(child);
  };
  visit(root);
  return [...sheets];
}

function mediaRules(rules: CSSRuleList, into: CSSMediaRule[] = []): CSSMediaRule[] {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) into.push(rule);
    if ('cssRules' in rule) mediaRules((rule as CSSGroupingRule).cssRules, into);
  }
  return into;
}

const normalized = (query: string): string => query.replace(/\s+/g, '').toLowerCase();

/**
 * Emulates media in any engine by rewriting the elements' own CSS: every `@media` rule under `root` whose query is
 * one of `on` applies from now on (its media becomes `all`), every one in `off` stops applying (`not all`). Covers
 * what wtr's emulateMedia (CDP) covers in Chromium — the rules the elements have for print or reduced motion —
 * where the launcher cannot emulate media. Elements rendered later are not rewritten. Returns the undo.
 *
 * `overrideMedia(el, { on: ['print'], off: ['screen'] })`
 */
export function overrideMedia(root: Element, { on, off = [] }: { on: string[]; off?: string[] }): () => void {
  const wanted = new Map<string, string>([
    ...on.map((q): [string, string] => [normalized(q), 'all']),
    ...off.map((q): [string, string] => [normalized(q), 'not all']),
  ]);
  const undo: Array<() => void> = [];
  for (const sheet of sheetsUnder(root)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: not the elements'
    }
    for (const rule of mediaRules(rules)) {
      const before = rule.media.mediaText;
      const to = wanted.get(normalized(before));
      if (to === undefined) continue;
      rule.media.mediaText = to;
      undo.push(() => (rule.media.mediaText = before));
    }
  }
  if (undo.length === 0) {
    throw new Error(
      `overrideMedia: no @media rule for ${[...on, ...off].join(', ')} under <${root.localName}>`,
    );
  }
  return () => undo.reverse().forEach((u) => u());
}
