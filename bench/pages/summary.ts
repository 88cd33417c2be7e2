/**
 * Summary visible: bench/summary-visible.mjs mounts `<customer-activity>` over the memory adapter on the default demo
 * dataset (as the customer admin) and measures, in the page:
 *
 * - `answered` — when `getEnterpriseSummary` resolved (the adapter is wrapped to note `performance.now()` then);
 * - `inDom` — when the five summary cards are in the element's shadow root (a MutationObserver, checked in the
 *   microtask after each change, and at every frame);
 * - `visible` — the first frame painted after that (an animation frame, then a task after it).
 *
 * Each run mounts a fresh element over a fresh adapter (created before the clock starts), so no cache of an earlier
 * run answers. Registration comes from `src/define.ts`; until `customer-activity` is registered there, this page
 * registers the class itself (a host page may; the class never does).
 */
import '../../src/define.js';
import { CustomerActivityElement } from '../../src/components/customer-activity/customer-activity.js';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Dataset } from '../../src/domain/types.js';
import { afterPaint, round, waitFor } from './lib/measure.js';

const TAG = 'customer-activity';
if (!customElements.get(TAG)) customElements.define(TAG, CustomerActivityElement);

const host = document.getElementById('host')!;
let dataset: Dataset | undefined;

/** The adapter, with the time its enterprise summary answered. */
function timedAdapter(): { adapter: CustomerActivityAdapter; answered: () => number | undefined } {
  const inner = createMemoryAdapter(dataset!, { viewerId: 'u-admin' });
  let answeredAt: number | undefined;
  const adapter: CustomerActivityAdapter = {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: async (q, o) => {
      const summary = await inner.getEnterpriseSummary(q, o);
      answeredAt = performance.now();
      return summary;
    },
    listPackages: (q, o) => inner.listPackages(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => inner.queryConsumption(q, o),
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
  };
  return { adapter, answered: () => answeredAt };
}

const summaryBench = {
  /** Generates the default demo dataset once (not measured). */
  setup(): { registered: boolean; consumptionRows: number } {
    dataset ??= createDemoDataset();
    return { registered: customElements.get(TAG) !== undefined, consumptionRows: dataset.consumption.length };
  },

  /** One run: mount, wait until the summary cards are painted, unmount. Milliseconds. */
  async run(): Promise<{
    answeredToVisibleMs: number;
    answeredToDomMs: number;
    mountToVisibleMs: number;
    cards: number;
  }> {
    const { adapter, answered } = timedAdapter();
    const el = document.createElement(TAG);
    el.adapter = adapter;
    const cards = (): number => el.shadowRoot?.querySelectorAll('[part="group-card"]').length ?? 0;
    await afterPaint();
    const mounted = performance.now();
    host.append(el);
    const inDom = await waitFor(() => cards() === 5, [el.shadowRoot!], 30_000, 'the summary cards');
    const visible = await afterPaint();
    const answeredAt = answered() ?? Number.NaN;
    const result = {
      answeredToVisibleMs: round(visible - answeredAt, 2),
      answeredToDomMs: round(inDom - answeredAt, 2),
      mountToVisibleMs: round(visible - mounted, 2),
      cards: cards(),
    };
    el.remove();
    await afterPaint();
    return result;
  },
};

declare global {
  interface Window {
    summaryBench: typeof summaryBench;
  }
}
window.summaryBench = summaryBench;
