/**
 * Two copies of the library on one page (two micro-frontends, or two versions, each bundling it). Copy A is this
 * repository's modules as the page imports them; copy B is a second instance of the same modules (see `ModuleCopy`):
 * other classes, another `define`, but the same `adapterContext` key (a string). The page must work whichever copy
 * comes first, and a copy that wants its own classes can have them in a scoped registry.
 */
import { ContextProvider } from '@lit/context';
import { expect, waitUntil } from '@open-wc/testing';
import * as copyA from '../../src/index.js';
import * as defineA from '../../src/define.js';
import { skipUnless } from '../helpers/engine.js';
import { ALL_TAGS, deepQueryAll, ModuleCopy, waitForText } from './helpers.js';

type Index = typeof copyA;
type DefineModule = typeof defineA;

interface Copy {
  index: Index;
  define: DefineModule;
}

let copyB: Copy;
const errors: unknown[] = [];
const onError = (event: ErrorEvent): void => void errors.push(event.error ?? event.message);

before(async () => {
  window.addEventListener('error', onError);
  const modules = new ModuleCopy();
  // The define module first, as a second bundle's entry would run it: it registers (or skips) on import.
  const define = await modules.import<DefineModule>('/src/define.ts');
  const index = await modules.import<Index>('/src/index.ts');
  copyB = { index, define };
});

after(() => window.removeEventListener('error', onError));

afterEach(() => {
  for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
});

function host(): HTMLDivElement {
  const div = document.createElement('div');
  div.lang = 'en';
  document.body.append(div);
  return div;
}

function adapterOf(copy: Index): copyA.CustomerActivityAdapter {
  return copy.createMemoryAdapter(copy.createDemoDataset(), { viewerId: 'u-admin' });
}

/** The first contract of the admin's workspaces that has add-on packages, and the name of its first package. */
async function contractWithAddOns(
  adapter: copyA.CustomerActivityAdapter,
): Promise<{ contractId: string; workspaceIds: string[]; packageName: string }> {
  const session = await adapter.getSession();
  const workspaceIds = session.workspaces.map((w) => w.id);
  for (const contract of await adapter.listContracts({ workspaceIds })) {
    const packages = await adapter.listPackages({
      contractId: contract.id,
      scope: 'add-on',
      status: 'all',
      workspaceIds,
    });
    if (packages.length > 0) return { contractId: contract.id, workspaceIds, packageName: packages[0].name };
  }
  throw new Error('the demo dataset has no add-on package');
}

describe('two copies of the library on one page', () => {
  it('copy B is a real second copy: other classes, another define, the same context key', () => {
    expect(copyB.index.ELEMENTS.map(([tag]) => tag)).to.deep.equal(copyA.ELEMENTS.map(([tag]) => tag));
    copyB.index.ELEMENTS.forEach(([tag, ctor], i) => {
      expect(ctor, tag).not.to.equal(copyA.ELEMENTS[i][1]);
    });
    expect(copyB.define.define).not.to.equal(defineA.define);
    expect(copyB.index.LocaleController).not.to.equal(copyA.LocaleController);
    // The context is a string key, the same in every copy: that is what lets one copy's provider feed another's.
    expect(copyB.index.adapterContext).to.equal(copyA.adapterContext);
  });

  it('loading copy B after copy A throws nothing and leaves every tag to copy A', () => {
    expect(errors).to.deep.equal([]);
    for (const [tag, ctor] of copyA.ELEMENTS) expect(customElements.get(tag), tag).to.equal(ctor);
    for (const tag of ALL_TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it("copy B's define() reports every tag as already defined, and defines nothing", () => {
    const result = copyB.define.define();
    expect(result.defined).to.deep.equal([]);
    expect(result.skipped).to.deep.equal(copyB.index.ELEMENTS.map(([tag]) => tag));
  });

  it("copy A's elements take copy B's adapter, through the property or through copy B's context", async () => {
    const adapter = adapterOf(copyB.index);
    const { contractId, workspaceIds, packageName } = await contractWithAddOns(adapter);

    const direct = document.createElement('package-consumption');
    Object.assign(direct, { adapter, contractId, workspaceIds, status: 'all' });
    host().append(direct);
    await waitForText(direct, packageName);

    // A provider made with copy B's context object feeds copy A's elements: the context key is a string.
    const provided = host();
    new ContextProvider(provided, { context: copyB.index.adapterContext, initialValue: adapter });
    const child = document.createElement('package-consumption');
    Object.assign(child, { contractId, workspaceIds, status: 'all' });
    provided.append(child);
    await waitForText(child, packageName);
    expect(child).to.be.instanceOf(copyA.PackageConsumptionElement);
    await expect(child).to.be.accessible();
  });

  it('a host of copy B gets the events of copy A by name and detail (not by instanceof)', async () => {
    const adapter = adapterOf(copyB.index);
    const { contractId, workspaceIds } = await contractWithAddOns(adapter);
    const el = document.createElement('package-consumption');
    Object.assign(el, { adapter, contractId, workspaceIds, status: 'all' });
    host().append(el);
    await waitUntil(() => deepQueryAll(el, '[data-entitlement-id]').length > 0, 'no entitlement', {
      timeout: 10000,
    });
    const received: Event[] = [];
    document.addEventListener('ca-entitlement-select', (e) => received.push(e), { once: true });
    (deepQueryAll(el, '[data-entitlement-id]')[0] as HTMLElement).click();
    expect(received).to.have.length(1);
    const [event] = received;
    expect((event as CustomEvent<{ entitlementId: string }>).detail.entitlementId).to.be.a('string');
    expect(event).to.be.instanceOf(copyA.EntitlementSelectEvent);
    expect(event).not.to.be.instanceOf(copyB.index.EntitlementSelectEvent);
  });

  it('copy B can run its own classes beside copy A, in a scoped registry', async function () {
    await skipUnless(this, 'scopedRegistries', 'no native scoped custom-element registries in this engine');
    const registry = new CustomElementRegistry();
    const result = copyB.define.define({ registry });
    expect(result.defined).to.deep.equal(copyB.index.ELEMENTS.map(([tag]) => tag));

    const adapter = adapterOf(copyB.index);
    const { contractId, workspaceIds, packageName } = await contractWithAddOns(adapter);

    const a = document.createElement('package-consumption');
    Object.assign(a, { adapter, contractId, workspaceIds, status: 'all' });
    host().append(a);

    const root = host().attachShadow({ mode: 'open', customElementRegistry: registry });
    root.innerHTML = '<package-consumption status="all"></package-consumption>';
    const b = root.querySelector('package-consumption')!;
    Object.assign(b, { adapter, contractId, workspaceIds });

    await waitForText(a, packageName);
    await waitForText(b, packageName);
    expect(a).to.be.instanceOf(copyA.PackageConsumptionElement);
    expect(a).not.to.be.instanceOf(copyB.index.PackageConsumptionElement);
    expect(b).to.be.instanceOf(copyB.index.PackageConsumptionElement);
    expect(b).not.to.be.instanceOf(copyA.PackageConsumptionElement);
    // The building blocks each renders come from its own copy.
    await waitUntil(
      () => deepQueryAll(b, 'ca-meter').length > 0 && deepQueryAll(a, 'ca-meter').length > 0,
      'no meters',
      {
        timeout: 10000,
      },
    );
    for (const meter of deepQueryAll(a, 'ca-meter')) expect(meter).to.be.instanceOf(copyA.MeterElement);
    for (const meter of deepQueryAll(b, 'ca-meter')) {
      expect(meter).to.be.instanceOf(copyB.index.MeterElement);
      expect(meter).not.to.be.instanceOf(copyA.MeterElement);
    }
    expect(errors).to.deep.equal([]);
  });
});
