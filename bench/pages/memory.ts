/**
 * Memory of `<customer-activity>`: bench/memory.mjs mounts it over the memory adapter (default demo dataset),
 * waits until it has settled (no loading state left, the tree unchanged for a few frames), unmounts it, and reads
 * the heap between cycles after a forced garbage collection. Registration comes from `src/define.ts`; until
 * `customer-activity` is registered there, this page registers the class itself (as bench/pages/summary.ts does: a
 * host page may; the class never does), and `setup()` says which registered it.
 */
import '../../src/define.js';
import { CustomerActivityElement } from '../../src/components/customer-activity/customer-activity.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { countElements, nextFrame, round } from './lib/measure.js';

const TAG = 'customer-activity';
const registeredBy = customElements.get(TAG) ? 'define' : 'page';
if (!customElements.get(TAG)) customElements.define(TAG, CustomerActivityElement);
const host = document.getElementById('host')!;
let adapter: CustomerActivityAdapter | undefined;

/** Loading panels anywhere in the element's tree (through shadow roots). */
function loadingPanels(root: Element): number {
  let count = root.localName === 'ca-state-panel' && root.getAttribute('state') === 'loading' ? 1 : 0;
  const shadow = root.shadowRoot;
  if (shadow) for (const child of shadow.children) count += loadingPanels(child);
  for (const child of root.children) count += loadingPanels(child);
  return count;
}

/** Resolves when `el` shows no loading state and its tree has not changed size for `quietFrames` frames. */
async function settled(el: Element, quietFrames = 10, timeoutMs = 15_000): Promise<boolean> {
  const t0 = performance.now();
  let last = -1;
  let quiet = 0;
  while (performance.now() - t0 < timeoutMs) {
    await nextFrame();
    const size = countElements(el);
    const loading = loadingPanels(el);
    quiet = loading === 0 && size === last ? quiet + 1 : 0;
    last = size;
    if (quiet >= quietFrames) return true;
  }
  return false;
}

const memoryBench = {
  /** The tags of the library registered on this page. */
  tags() {
    const tags = ['customer-activity', 'package-consumption', 'entitlement-detail', 'additional-cases'];
    tags.push(
      'ca-state-panel',
      'ca-meter',
      'ca-expiry-badge',
      'ca-workspace-filter',
      'ca-chart',
      'ca-data-grid',
    );
    return tags.filter((tag) => customElements.get(tag) !== undefined);
  },

  setup() {
    const registered = customElements.get(TAG) !== undefined;
    if (registered) {
      adapter = createMemoryAdapter(createDemoDataset(), { viewerId: 'u-admin' });
    }
    return { registered, registeredBy };
  },

  /** Mounts, waits until settled, unmounts. Resolves with the time to settle and the elements it had. */
  async cycle() {
    const el = document.createElement(TAG) as HTMLElement & { adapter?: CustomerActivityAdapter };
    el.adapter = adapter;
    const t0 = performance.now();
    host.append(el);
    const ok = await settled(el);
    const ms = performance.now() - t0;
    const elements = countElements(el);
    el.remove();
    await nextFrame();
    return { settled: ok, ms: round(ms), elements };
  },
};

(window as unknown as { memoryBench: typeof memoryBench }).memoryBench = memoryBench;
