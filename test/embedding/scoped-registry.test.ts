/**
 * `define({ registry })` with a scoped custom-element registry (`new CustomElementRegistry()`, native in Chromium).
 * This file never imports `src/define.ts`, so the global registry stays empty: whatever renders here was found in a
 * scoped registry, building blocks inside the elements' shadow roots included.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import type { PackageView } from '../../src/domain/types.js';
import { ELEMENTS } from '../../src/elements.js';
import { define } from '../../src/registration.js';
import { skipUnless } from '../helpers/engine.js';
import { ALL_TAGS, deepQueryAll, waitForText } from './helpers.js';

const TAGS = ELEMENTS.map(([tag]) => tag);
const dataset = createDemoDataset();

function adapter(): CustomerActivityAdapter {
  return createMemoryAdapter(dataset, { viewerId: 'u-admin' });
}

/** A host element in the document whose open shadow root uses `registry`, as a host portal would make one. */
function scopedHost(registry: CustomElementRegistry): ShadowRoot {
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  return host.attachShadow({ mode: 'open', customElementRegistry: registry });
}

/** A contract of the admin's workspaces with active add-on packages, and those packages. */
async function contractWithAddOns(): Promise<{
  contractId: string;
  workspaceIds: string[];
  packages: PackageView[];
}> {
  const a = adapter();
  const session = await a.getSession();
  const workspaceIds = session.workspaces.map((w) => w.id);
  for (const contract of await a.listContracts({ workspaceIds })) {
    const packages = await a.listPackages({
      contractId: contract.id,
      scope: 'add-on',
      status: 'all',
      workspaceIds,
    });
    if (packages.length > 0) return { contractId: contract.id, workspaceIds, packages };
  }
  throw new Error('the demo dataset has no add-on package');
}

/** Asserts that every custom element under `root` (shadow roots included) is defined in `registry` and upgraded. */
function expectAllFrom(root: ParentNode, registry: CustomElementRegistry): void {
  const inner = deepQueryAll(root, TAGS.join(','));
  expect(inner.length).to.be.greaterThan(0);
  for (const el of inner) {
    const tag = el.localName;
    expect(el.customElementRegistry, `<${tag}>'s registry`).to.equal(registry);
    expect(el.constructor, `<${tag}>'s class`).to.equal(registry.get(tag));
    expect(el.matches(':defined'), `<${tag}> upgraded`).to.equal(true);
  }
}

afterEach(() => {
  for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
});

describe('define({ registry }) with a scoped registry', () => {
  before(async function () {
    await skipUnless(this, 'scopedRegistries', 'no native scoped custom-element registries in this engine');
  });

  it('the browser has native scoped registries (the rest of this file relies on them)', () => {
    expect(typeof CustomElementRegistry).to.equal('function');
    expect(() => new CustomElementRegistry()).not.to.throw();
  });

  it('defines every element of the library in the registry, and nothing in the global one', () => {
    const registry = new CustomElementRegistry();
    const result = define({ registry });
    expect([...result.defined].sort()).to.deep.equal([...ALL_TAGS].sort());
    expect(result.skipped).to.deep.equal([]);
    for (const tag of ALL_TAGS) {
      expect(registry.get(tag), tag).to.be.a('function');
      expect(customElements.get(tag), `${tag} in the global registry`).to.equal(undefined);
    }
  });

  it('is harmless when called again on the same registry', () => {
    const registry = new CustomElementRegistry();
    define({ registry });
    const first = TAGS.map((tag) => registry.get(tag));
    let again: ReturnType<typeof define> | undefined;
    expect(() => (again = define({ registry }))).not.to.throw();
    expect(again!.defined).to.deep.equal([]);
    expect(again!.skipped).to.deep.equal(TAGS);
    expect(TAGS.map((tag) => registry.get(tag))).to.deep.equal(first);
  });

  it('gives each registry classes of its own, built on the library classes', () => {
    const one = new CustomElementRegistry();
    const two = new CustomElementRegistry();
    define({ registry: one });
    define({ registry: two });
    for (const [tag, base] of ELEMENTS) {
      const a = one.get(tag)!;
      const b = two.get(tag)!;
      expect(a, tag).not.to.equal(b);
      expect(a.prototype, tag).to.be.instanceOf(base);
      expect(b.prototype, tag).to.be.instanceOf(base);
    }
  });

  it('renders <package-consumption> in a scoped shadow root, its building blocks from the registry', async () => {
    const registry = new CustomElementRegistry();
    define({ registry });
    const { contractId, workspaceIds, packages } = await contractWithAddOns();
    const root = scopedHost(registry);
    root.innerHTML = '<package-consumption status="all"></package-consumption>';
    const el = root.querySelector('package-consumption')!;
    Object.assign(el, { adapter: adapter(), contractId, workspaceIds });
    await waitForText(el, packages[0].name);
    await waitUntil(() => deepQueryAll(el, 'ca-meter').length > 0, 'no meter rendered', { timeout: 10000 });
    expectAllFrom(root, registry);
    // The building blocks rendered: a meter has its own shadow content.
    const meter = deepQueryAll(el, 'ca-meter')[0];
    expect(meter.shadowRoot?.childElementCount).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders <customer-activity> in a scoped registry: everything inside resolves there', async () => {
    const registry = new CustomElementRegistry();
    define({ registry });
    const root = scopedHost(registry);
    root.innerHTML = '<customer-activity></customer-activity>';
    const el = root.querySelector('customer-activity')!;
    Object.assign(el, { adapter: adapter() });
    await waitUntil(
      () => deepQueryAll(el, 'package-consumption').length > 0 && deepQueryAll(el, 'ca-meter').length > 0,
      'the page never rendered its summary and packages',
      { timeout: 15000 },
    );
    expectAllFrom(root, registry);
  });

  it('makes elements with document.createElement(tag, { customElementRegistry })', async () => {
    const registry = new CustomElementRegistry();
    define({ registry });
    const el = document.createElement('ca-state-panel', { customElementRegistry: registry });
    el.setAttribute('state', 'empty');
    const host = document.createElement('div');
    host.lang = 'en';
    host.append(el);
    document.body.append(host);
    expect(el.constructor).to.equal(registry.get('ca-state-panel'));
    await waitForText(el, 'There is nothing here');
    await expect(el).to.be.accessible();
  });

  it('leaves a tag of the registry that the host already defined as it is', () => {
    const registry = new CustomElementRegistry();
    class HostMeter extends HTMLElement {}
    registry.define('ca-meter', HostMeter);
    const result = define({ registry });
    expect(result.skipped).to.deep.equal(['ca-meter']);
    expect(registry.get('ca-meter')).to.equal(HostMeter);
  });
});
