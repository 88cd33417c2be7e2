/**
 * The per-element entry points `customer-activity-elements/define/<tag>` (src/define/<tag>.ts): each registers its
 * element and the building blocks that element renders, and nothing else. This file imports one of them statically
 * (package-consumption) and no other registration before the first test, so the global registry shows what that
 * import did; the others are imported afterwards and checked in scoped registries, where the drill-down views are
 * rendered and every custom element inside them must come from the entry's own registry.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import * as packageConsumption from '../../src/define/package-consumption.js';
import { ALL_TAGS, deepQueryAll, waitForText } from './helpers.js';
import { skipUnless } from '../helpers/engine.js';

/** What each element renders, building blocks first (the registration order of its entry point). */
const EXPECTED: Record<string, string[]> = {
  'ca-state-panel': ['ca-state-panel'],
  'ca-meter': ['ca-meter'],
  'ca-expiry-badge': ['ca-expiry-badge'],
  'ca-workspace-filter': ['ca-workspace-filter'],
  'ca-chart': ['ca-chart'],
  'ca-data-grid': ['ca-state-panel', 'ca-data-grid'],
  'package-consumption': ['ca-state-panel', 'ca-meter', 'ca-expiry-badge', 'package-consumption'],
  'entitlement-detail': [
    'ca-state-panel',
    'ca-meter',
    'ca-expiry-badge',
    'ca-chart',
    'ca-data-grid',
    'entitlement-detail',
  ],
  'additional-cases': ['ca-state-panel', 'ca-data-grid', 'additional-cases'],
  'customer-activity': [...ALL_TAGS],
};

interface Entry {
  ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]>;
  define(options?: { registry?: CustomElementRegistry }): { defined: string[]; skipped: string[] };
}

const ENTRIES: Record<string, () => Promise<Entry>> = {
  'ca-state-panel': () => import('../../src/define/ca-state-panel.js'),
  'ca-meter': () => import('../../src/define/ca-meter.js'),
  'ca-expiry-badge': () => import('../../src/define/ca-expiry-badge.js'),
  'ca-workspace-filter': () => import('../../src/define/ca-workspace-filter.js'),
  'ca-chart': () => import('../../src/define/ca-chart.js'),
  'ca-data-grid': () => import('../../src/define/ca-data-grid.js'),
  'package-consumption': () => Promise.resolve(packageConsumption),
  'entitlement-detail': () => import('../../src/define/entitlement-detail.js'),
  'additional-cases': () => import('../../src/define/additional-cases.js'),
  'customer-activity': () => import('../../src/define/customer-activity.js'),
};

const dataset = createDemoDataset();
const adapter = (): CustomerActivityAdapter => createMemoryAdapter(dataset, { viewerId: 'u-admin' });

/** Custom elements under `root` (shadow roots included) that are not defined. */
const undefinedElements = (root: ParentNode): string[] =>
  deepQueryAll(root, '*')
    .filter((el) => el.localName.includes('-') && !el.matches(':defined'))
    .map((el) => el.localName);

/** A host in the document whose shadow root uses `registry`. */
function scopedRoot(registry: CustomElementRegistry): ShadowRoot {
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  return host.attachShadow({ mode: 'open', customElementRegistry: registry });
}

afterEach(() => {
  for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
});

describe('define/<tag> entry points', () => {
  it('define/package-consumption registers package-consumption and its building blocks, and nothing else', () => {
    for (const tag of ALL_TAGS) {
      const expected = EXPECTED['package-consumption'].includes(tag);
      expect(customElements.get(tag) !== undefined, tag).to.equal(expected);
    }
  });

  it('the element so registered renders with every custom element inside it defined', async () => {
    const a = adapter();
    const session = await a.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const contracts = await a.listContracts({ workspaceIds });
    let found: { contractId: string; name: string } | undefined;
    for (const c of contracts) {
      const packages = await a.listPackages({
        contractId: c.id,
        scope: 'add-on',
        status: 'all',
        workspaceIds,
      });
      if (packages.length > 0) {
        found = { contractId: c.id, name: packages[0].name };
        break;
      }
    }
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = document.createElement('package-consumption');
    el.setAttribute('status', 'all');
    Object.assign(el, { adapter: a, contractId: found!.contractId, workspaceIds });
    host.append(el);
    await waitForText(el, found!.name);
    await waitUntil(() => deepQueryAll(el, 'ca-meter').length > 0, 'no meter rendered', { timeout: 10000 });
    expect(undefinedElements(host)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const tag of ALL_TAGS) {
    it(`define/${tag} lists and defines exactly its element and building blocks`, async function () {
      await skipUnless(
        this,
        'scopedRegistries',
        'native scoped custom-element registries (new CustomElementRegistry()) are Chromium-only here',
      );
      const entry = await ENTRIES[tag]();
      expect(entry.ELEMENTS.map(([t]) => t)).to.deep.equal(EXPECTED[tag]);
      const registry = new CustomElementRegistry();
      const result = entry.define({ registry });
      expect(result.defined).to.deep.equal(EXPECTED[tag]);
      for (const other of ALL_TAGS) {
        expect(registry.get(other) !== undefined, other).to.equal(EXPECTED[tag].includes(other));
      }
      // Guarded: a second call defines nothing.
      expect(entry.define({ registry }).defined).to.deep.equal([]);
    });
  }

  it('entitlement-detail renders from its own entry alone: grid, meter, chart and badges all defined', async function () {
    await skipUnless(
      this,
      'scopedRegistries',
      'native scoped custom-element registries (new CustomElementRegistry()) are Chromium-only here',
    );
    const entry = await ENTRIES['entitlement-detail']();
    const registry = new CustomElementRegistry();
    entry.define({ registry });
    const a = adapter();
    const session = await a.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const [contract] = await a.listContracts({ workspaceIds });
    const summary = await a.getEnterpriseSummary({ contractId: contract.id, workspaceIds });
    const entitlement = summary.entitlements.find((e) => e.category === 'consumable')!;
    const root = scopedRoot(registry);
    root.innerHTML = '<entitlement-detail></entitlement-detail>';
    const el = root.querySelector('entitlement-detail')!;
    Object.assign(el, { adapter: a, entitlementId: entitlement.entitlementId, workspaceIds });
    await waitUntil(() => deepQueryAll(el, 'ca-data-grid').length > 0, 'no grid rendered', {
      timeout: 15000,
    });
    await waitForText(el, entitlement.name);
    expect(undefinedElements(root)).to.deep.equal([]);
    for (const inner of deepQueryAll(el, ALL_TAGS.join(','))) {
      expect(inner.customElementRegistry, inner.localName).to.equal(registry);
    }
  });

  it('additional-cases renders from its own entry alone: its grid and state panels defined', async function () {
    await skipUnless(
      this,
      'scopedRegistries',
      'native scoped custom-element registries (new CustomElementRegistry()) are Chromium-only here',
    );
    const entry = await ENTRIES['additional-cases']();
    const registry = new CustomElementRegistry();
    entry.define({ registry });
    const a = adapter();
    const session = await a.getSession();
    const root = scopedRoot(registry);
    root.innerHTML = '<additional-cases></additional-cases>';
    const el = root.querySelector('additional-cases')!;
    Object.assign(el, { adapter: a, workspaceIds: session.workspaces.map((w) => w.id) });
    await waitUntil(() => deepQueryAll(el, 'ca-data-grid').length > 0, 'no grid rendered', {
      timeout: 15000,
    });
    expect(undefinedElements(root)).to.deep.equal([]);
  });
});
