import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { MeterElement } from '../../src/components/meter/meter.js';
import {
  EntitlementSelectEvent,
  PackageFilterChangeEvent,
} from '../../src/components/package-consumption/events.js';
import { PackageConsumptionElement } from '../../src/components/package-consumption/package-consumption.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { CallOptions, CustomerActivityAdapter, ListPackagesQuery } from '../../src/data/adapter.js';
import { adapterContext } from '../../src/data/context.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Dataset, PackageStatusFilter, PackageView } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import { makeContract, makeDataset, makeEntitlement, makePackage, makeRecord } from '../helpers/fixtures.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-meter', MeterElement);
defineOnce('ca-expiry-badge', ExpiryBadgeElement);
defineOnce('package-consumption', PackageConsumptionElement);

// ---------------------------------------------------------------------------------------------------------
// Datasets (today is 2026-03-15)

const ALL_WORKSPACES = ['ws-a', 'ws-b', 'ws-c'];

/**
 * ct-1 (active; ws-a, ws-b) has three add-on packages: "Segurança" (active, expiring), "Developer" (active,
 * over-consumed) and "SAP" (inactive, expired), plus an enterprise package. ct-2 (expired; ws-b) has one add-on
 * package, "Legado". ct-3 (upcoming; ws-c) has none.
 */
function filtersDataset(): Dataset {
  return makeDataset({
    contracts: [
      makeContract({ id: 'ct-1', number: 'C-100', name: 'Enterprise 2025', workspaceIds: ['ws-a', 'ws-b'] }),
      makeContract({
        id: 'ct-2',
        number: 'C-090',
        name: 'Enterprise 2024',
        startDate: '2024-01-01',
        endDate: '2025-12-31',
        workspaceIds: ['ws-b'],
      }),
      makeContract({
        id: 'ct-3',
        number: 'C-110',
        name: 'Europa',
        startDate: '2026-06-01',
        endDate: '2027-05-31',
        workspaceIds: ['ws-c'],
      }),
    ],
    packages: [
      makePackage({ id: 'pk-ent', name: 'Enterprise' }),
      makePackage({
        id: 'pk-sec',
        name: 'Segurança',
        scope: 'add-on',
        startDate: '2026-01-01',
        endDate: '2026-04-30',
      }),
      makePackage({
        id: 'pk-dev',
        name: 'Developer',
        scope: 'add-on',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
      }),
      makePackage({
        id: 'pk-sap',
        name: 'SAP',
        scope: 'add-on',
        startDate: '2025-01-01',
        endDate: '2025-06-30',
        status: 'inactive',
      }),
      makePackage({
        id: 'pk-legacy',
        contractId: 'ct-2',
        name: 'Legado',
        scope: 'add-on',
        startDate: '2024-01-01',
        endDate: '2025-12-31',
      }),
    ],
    entitlements: [
      makeEntitlement({ id: 'en-ent', packageId: 'pk-ent', name: 'Enterprise advisory' }),
      makeEntitlement({
        id: 'en-sec-hours',
        packageId: 'pk-sec',
        kind: 'proactive-services',
        name: 'Serviços Proativos de Segurança',
        purchased: 40,
      }),
      makeEntitlement({
        id: 'en-sec-cases',
        packageId: 'pk-sec',
        kind: 'reactive-support',
        unit: 'cases',
        name: 'Incident response',
        purchased: null,
      }),
      makeEntitlement({
        id: 'en-sec-priority',
        packageId: 'pk-sec',
        kind: 'other',
        category: 'benefit',
        unit: 'services',
        name: 'Priority line',
        purchased: null,
      }),
      makeEntitlement({
        id: 'en-sec-contacts',
        packageId: 'pk-sec',
        kind: 'support-contacts',
        category: 'benefit',
        unit: 'contacts',
        name: 'Named contacts',
        purchased: 6,
      }),
      makeEntitlement({ id: 'en-dev', packageId: 'pk-dev', name: 'Developer advisory', purchased: 10 }),
      makeEntitlement({
        id: 'en-sap',
        packageId: 'pk-sap',
        kind: 'designated-engineering',
        name: 'SAP engineering',
        purchased: 100,
      }),
      makeEntitlement({ id: 'en-legacy', packageId: 'pk-legacy', name: 'Legacy workshops', purchased: 5 }),
    ],
    consumption: [
      makeRecord({ id: 'r1', entitlementId: 'en-sec-hours', quantity: 8, hoursDone: 7.5 }),
      makeRecord({ id: 'r2', entitlementId: 'en-sec-hours', workspaceId: 'ws-b', quantity: 4, hoursDone: 4 }),
      makeRecord({ id: 'r3', entitlementId: 'en-sec-cases', quantity: 3 }),
      makeRecord({ id: 'r4', entitlementId: 'en-dev', quantity: 11 }),
      makeRecord({ id: 'r5', entitlementId: 'en-sap', date: '2025-05-01', quantity: 100 }),
      makeRecord({
        id: 'r6',
        entitlementId: 'en-legacy',
        workspaceId: 'ws-b',
        date: '2025-05-01',
        quantity: 2,
      }),
    ],
    cases: [],
  });
}

/** ct-1 with four add-on packages ending -1, 0, 90 and 91 days from today. */
function expiryDataset(): Dataset {
  const ending = [
    ['pk-m1', 'Ended yesterday', '2026-03-14'],
    ['pk-0', 'Ends today', '2026-03-15'],
    ['pk-90', 'Ends in 90 days', '2026-06-13'],
    ['pk-91', 'Ends in 91 days', '2026-06-14'],
  ] as const;
  return makeDataset({
    packages: ending.map(([id, name, endDate]) =>
      makePackage({ id, name, scope: 'add-on', startDate: '2025-01-01', endDate }),
    ),
    entitlements: ending.map(([id]) =>
      makeEntitlement({ id: `en-${id}`, packageId: id, name: `Hours of ${id}` }),
    ),
    consumption: [],
    cases: [],
  });
}

/** One add-on package whose entitlements sit on each side of the 80 %, 95 % and 100 % thresholds. */
function thresholdDataset(): Dataset {
  const used = [7999, 8000, 9499, 9500, 10000, 10001];
  return makeDataset({
    packages: [
      makePackage({
        id: 'pk-t',
        name: 'Thresholds',
        scope: 'add-on',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      }),
    ],
    entitlements: [
      ...used.map((n) =>
        makeEntitlement({ id: `en-${n}`, packageId: 'pk-t', name: `Used ${n}`, purchased: 10000 }),
      ),
      makeEntitlement({
        id: 'en-benefit',
        packageId: 'pk-t',
        kind: 'support-contacts',
        category: 'benefit',
        unit: 'contacts',
        name: 'Benefit contacts',
        purchased: 10,
      }),
    ],
    consumption: used.map((n) => makeRecord({ id: `r-${n}`, entitlementId: `en-${n}`, quantity: n })),
    cases: [],
  });
}

/**
 * One add-on package per stage of a term and one entitlement per outlook. pk-year runs 2026-01-01 – 2026-12-31 (73 of
 * 364 days elapsed, 20 %): on track, runs out, underused, used up and as needed; pk-later starts 2026-06-01 (not
 * started); pk-over ended 2026-03-01 but is still listed as active (ended).
 */
function outlookDataset(): Dataset {
  const year = { scope: 'add-on' as const, startDate: '2026-01-01', endDate: '2026-12-31' };
  return makeDataset({
    packages: [
      makePackage({ id: 'pk-year', name: 'Year', ...year }),
      makePackage({
        id: 'pk-later',
        name: 'Later',
        scope: 'add-on',
        startDate: '2026-06-01',
        endDate: '2026-12-31',
      }),
      makePackage({
        id: 'pk-over',
        name: 'Over',
        scope: 'add-on',
        startDate: '2025-03-01',
        endDate: '2026-03-01',
      }),
    ],
    entitlements: [
      makeEntitlement({ id: 'en-on', packageId: 'pk-year', name: 'On pace' }),
      makeEntitlement({ id: 'en-runs', packageId: 'pk-year', name: 'Fast' }),
      makeEntitlement({ id: 'en-under', packageId: 'pk-year', name: 'Slow' }),
      makeEntitlement({ id: 'en-used', packageId: 'pk-year', name: 'Spent', purchased: 10 }),
      makeEntitlement({
        id: 'en-unl',
        packageId: 'pk-year',
        name: 'Unlimited',
        unit: 'cases',
        purchased: null,
      }),
      makeEntitlement({ id: 'en-ns', packageId: 'pk-later', name: 'Not yet', purchased: 10 }),
      makeEntitlement({ id: 'en-end', packageId: 'pk-over', name: 'Finished', purchased: 10 }),
    ],
    consumption: [
      makeRecord({ id: 'r1', entitlementId: 'en-on', quantity: 20 }),
      makeRecord({ id: 'r2', entitlementId: 'en-runs', quantity: 20 }),
      makeRecord({ id: 'r3', entitlementId: 'en-runs', workspaceId: 'ws-b', quantity: 10 }),
      makeRecord({ id: 'r4', entitlementId: 'en-under', quantity: 5 }),
      makeRecord({ id: 'r5', entitlementId: 'en-used', quantity: 10 }),
      makeRecord({ id: 'r6', entitlementId: 'en-unl', quantity: 4 }),
      makeRecord({ id: 'r7', entitlementId: 'en-end', date: '2025-06-01', quantity: 4 }),
    ],
    cases: [],
  });
}

function adapterFor(dataset: Dataset, viewerId = 'u-admin'): CustomerActivityAdapter {
  return createMemoryAdapter(dataset, { viewerId });
}

// ---------------------------------------------------------------------------------------------------------
// Adapters that spy on or hold back the answers

/** A deferred call: the test decides when (and whether) it answers. */
interface HeldCall<Q> {
  query: Q;
  signal: AbortSignal | undefined;
  /** Answers with what the inner adapter says. */
  release: () => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps an adapter so that every `listPackages` call waits for the test to release it — and answers even when its
 * signal was aborted, as a careless backend would, so the element alone must keep a stale answer off screen.
 */
function holdPackages(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  calls: HeldCall<ListPackagesQuery>[];
} {
  const calls: HeldCall<ListPackagesQuery>[] = [];
  const adapter: CustomerActivityAdapter = {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: (q, o) => inner.getEnterpriseSummary(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => inner.queryConsumption(q, o),
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
    listPackages: (query: ListPackagesQuery, options?: CallOptions) =>
      new Promise<PackageView[]>((resolve, reject) => {
        calls.push({
          query,
          signal: options?.signal,
          release: () => void inner.listPackages(query).then(resolve, reject),
          reject,
        });
      }),
  };
  return { adapter, calls };
}

/** Counts the calls of each adapter method. */
function countCalls(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  const methods: (keyof CustomerActivityAdapter)[] = [
    'getSession',
    'listContracts',
    'getEnterpriseSummary',
    'listPackages',
    'getEntitlement',
    'queryConsumption',
    'queryAdditionalCases',
  ];
  const adapter = Object.fromEntries(
    methods.map((name) => [
      name,
      (...args: unknown[]) => {
        counts[name] = (counts[name] ?? 0) + 1;
        return (inner[name] as (...a: unknown[]) => unknown).apply(inner, args);
      },
    ]),
  ) as unknown as CustomerActivityAdapter;
  return { adapter, counts };
}

// ---------------------------------------------------------------------------------------------------------
// Fixture and queries

interface Options {
  lang?: string;
  workspaceIds?: string[];
  contractId?: string;
  packageId?: string;
  status?: string;
}

async function render(
  adapter: CustomerActivityAdapter | undefined,
  options: Options = {},
): Promise<PackageConsumptionElement> {
  return fixture<PackageConsumptionElement>(
    html`<package-consumption
      .adapter=${adapter}
      .workspaceIds=${options.workspaceIds ?? []}
      contract-id=${options.contractId ?? ''}
      package-id=${options.packageId ?? ''}
      status=${options.status ?? 'active'}
    ></package-consumption>`,
    { parentNode: wrapper({ lang: options.lang ?? 'en', style: 'width: 960px' }) },
  );
}

const root = (el: PackageConsumptionElement): ShadowRoot => el.shadowRoot!;
const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The state panel shown, if any. */
const panel = (el: PackageConsumptionElement): StatePanelElement | null =>
  root(el).querySelector<StatePanelElement>('ca-state-panel');

/** Waits until every child element has rendered. */
async function childrenSettled(el: PackageConsumptionElement): Promise<void> {
  await el.updateComplete;
  const children = root(el).querySelectorAll<MeterElement | ExpiryBadgeElement | StatePanelElement>(
    'ca-meter, ca-expiry-badge, ca-state-panel',
  );
  await Promise.all([...children].map((c) => c.updateComplete));
}

/** Waits until the element shows packages or a state other than loading. */
async function settled(el: PackageConsumptionElement): Promise<void> {
  await waitUntil(
    () => {
      const p = panel(el);
      return root(el).querySelector('[part="package"]') !== null || (p !== null && p.state !== 'loading');
    },
    'the element did not settle',
    { timeout: 5000 },
  );
  await childrenSettled(el);
}

const cards = (el: PackageConsumptionElement): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('[part="package"]'),
];
const packageNames = (el: PackageConsumptionElement): string[] =>
  cards(el).map((c) => text(c.querySelector('[part="package-name"]')));
const card = (el: PackageConsumptionElement, name: string): HTMLElement =>
  cards(el).find((c) => text(c.querySelector('[part="package-name"]')) === name)!;
const row = (el: PackageConsumptionElement, name: string): HTMLTableRowElement =>
  [...root(el).querySelectorAll<HTMLTableRowElement>('[part="entitlement"]')].find(
    (r) => text(r.querySelector('[part="entitlement-name"]')) === name,
  )!;
const cells = (r: HTMLTableRowElement): string[] => [...r.cells].map((c) => text(c));
const headers = (c: HTMLElement): string[] => [...c.querySelectorAll('thead th')].map((th) => text(th));
const contractSelect = (el: PackageConsumptionElement): HTMLSelectElement =>
  root(el).querySelector<HTMLSelectElement>('[part="contract-select"]')!;
const packageSelect = (el: PackageConsumptionElement): HTMLSelectElement =>
  root(el).querySelector<HTMLSelectElement>('[part="package-select"]')!;
const statusRadio = (el: PackageConsumptionElement, value: string): HTMLInputElement =>
  root(el).querySelector<HTMLInputElement>(`input[name="status"][value="${value}"]`)!;
const optionTexts = (select: HTMLSelectElement): string[] => [...select.options].map((o) => text(o));
const badgeText = (c: HTMLElement): string => text(c.querySelector('ca-expiry-badge')!.shadowRoot);
const meterText = (m: MeterElement): string => text(m.shadowRoot);

/** What the user does to choose an option of a native select. */
async function choose(
  el: PackageConsumptionElement,
  select: HTMLSelectElement,
  value: string,
): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Collects the filter changes fired at the document. */
function recordFilterChanges(): { events: PackageFilterChangeEvent[]; stop: () => void } {
  const events: PackageFilterChangeEvent[] = [];
  const listener = (e: Event): void => {
    if (e instanceof PackageFilterChangeEvent) events.push(e);
  };
  document.addEventListener('ca-filter-change', listener);
  return { events, stop: () => document.removeEventListener('ca-filter-change', listener) };
}

// ---------------------------------------------------------------------------------------------------------

describe('<package-consumption>', () => {
  describe('the filter bar', () => {
    it('offers the contracts with number, name and term, and opens on the first active one', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      expect(optionTexts(contractSelect(el))).to.deep.equal([
        'C-100 · Enterprise 2025 (Jan 1, 2025 – Dec 31, 2026)',
        'C-090 · Enterprise 2024 (Jan 1, 2024 – Dec 31, 2025) — expired',
        'C-110 · Europa (Jun 1, 2026 – May 31, 2027) — upcoming',
      ]);
      expect(contractSelect(el).value).to.equal('ct-1');
      expect(optionTexts(packageSelect(el))).to.deep.equal([
        'All packages',
        'Segurança',
        'Developer',
        'SAP — Inactive',
      ]);
      expect(statusRadio(el, 'active').checked).to.equal(true);
      const labels = [...root(el).querySelectorAll('.field-label')].map((n) => text(n));
      expect(labels).to.deep.equal(['Contract', 'Package', 'Status']);
      await expect(el).to.be.accessible();
    });

    it('opens on the session’s current workspace when no workspaces are given', async () => {
      const { adapter, counts } = countCalls(adapterFor(filtersDataset()));
      const el = await render(adapter);
      await settled(el);
      // ws-a is the admin's current workspace: only ct-1 is linked to it.
      expect(optionTexts(contractSelect(el))).to.have.length(1);
      expect(counts.getSession).to.equal(1);
    });
  });

  describe('the filters narrow the list as listPackages would', () => {
    it('shows active packages by default, then inactive, then all', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
      expect(text(root(el).querySelector('[part="count"]'))).to.equal('Showing 2 of 3 add-on packages');

      statusRadio(el, 'inactive').click();
      await childrenSettled(el);
      expect(packageNames(el)).to.deep.equal(['SAP']);
      expect(el.status).to.equal('inactive');

      statusRadio(el, 'all').click();
      await childrenSettled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer', 'SAP']);
      expect(el.status).to.equal('all');
      await expect(el).to.be.accessible();
    });

    it('keeps only the chosen package, and fires ca-filter-change for each user choice', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      const log = recordFilterChanges();
      try {
        await choose(el, packageSelect(el), 'pk-dev');
        expect(packageNames(el)).to.deep.equal(['Developer']);
        expect(el.packageId).to.equal('pk-dev');

        statusRadio(el, 'all').click();
        await el.updateComplete;
        expect(packageNames(el)).to.deep.equal(['Developer']);

        await choose(el, packageSelect(el), '');
        expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer', 'SAP']);
        expect(el.packageId).to.equal(undefined);

        expect(log.events.map((e) => e.detail)).to.deep.equal([
          { contractId: 'ct-1', packageId: 'pk-dev', status: 'active' },
          { contractId: 'ct-1', packageId: 'pk-dev', status: 'all' },
          { contractId: 'ct-1', packageId: null, status: 'all' },
        ]);
        expect(log.events.every((e) => e.bubbles && e.composed)).to.equal(true);
      } finally {
        log.stop();
      }
    });

    it('switches contract, resets the package filter, and says so', async () => {
      const el = await render(adapterFor(filtersDataset()), {
        workspaceIds: ALL_WORKSPACES,
        packageId: 'pk-sec',
        status: 'all',
      });
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança']);
      const changed = oneEvent(el, 'ca-filter-change');
      await choose(el, contractSelect(el), 'ct-2');
      const event = (await changed) as unknown as PackageFilterChangeEvent;
      expect(event.detail).to.deep.equal({ contractId: 'ct-2', packageId: null, status: 'all' });
      expect(el.contractId).to.equal('ct-2');
      expect(el.packageId).to.equal(undefined);
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Legado']);
      expect(optionTexts(packageSelect(el))).to.deep.equal(['All packages', 'Legado']);
    });

    it('shows exactly what listPackages answers for every status and package', async () => {
      const adapter = adapterFor(filtersDataset());
      const el = await render(adapter, { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      const names = new Map([
        ['pk-sec', 'Segurança'],
        ['pk-dev', 'Developer'],
        ['pk-sap', 'SAP'],
      ]);
      for (const status of ['active', 'inactive', 'all'] as PackageStatusFilter[]) {
        for (const packageId of [undefined, 'pk-sec', 'pk-dev', 'pk-sap']) {
          el.status = status;
          el.packageId = packageId;
          await el.updateComplete;
          const expected = await adapter.listPackages({
            contractId: 'ct-1',
            scope: 'add-on',
            status,
            packageId,
            workspaceIds: ALL_WORKSPACES,
          });
          expect(packageNames(el), `${status} / ${packageId}`).to.deep.equal(
            expected.map((p) => names.get(p.id)),
          );
        }
      }
    });

    it('fires nothing when the filters are set from code', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      const log = recordFilterChanges();
      try {
        el.status = 'inactive';
        await el.updateComplete;
        expect(packageNames(el)).to.deep.equal(['SAP']);
        expect(statusRadio(el, 'inactive').checked).to.equal(true);
        el.packageId = 'pk-sap';
        el.contractId = 'ct-1';
        await el.updateComplete;
        expect(packageSelect(el).value).to.equal('pk-sap');
        expect(log.events).to.have.length(0);
      } finally {
        log.stop();
      }
    });
  });

  describe('a package', () => {
    it('shows its name, status, term and expiry', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES, status: 'all' });
      await settled(el);
      const sec = card(el, 'Segurança');
      expect(text(sec.querySelector('[part="package-status"]'))).to.equal('Active');
      expect(text(sec.querySelector('[part="dates"]'))).to.equal('Jan 1, 2026 – Apr 30, 2026');
      expect(badgeText(sec)).to.match(/^expires in 46 days/);
      const sap = card(el, 'SAP');
      expect(text(sap.querySelector('[part="package-status"]'))).to.equal('Inactive');
      expect(badgeText(sap)).to.match(/^expired 258 days ago/);
    });

    it('lists consumables with purchased, consumed, remaining, hours done and a meter with the term elapsed', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ['ws-a'] });
      await settled(el);
      const sec = card(el, 'Segurança');
      expect(headers(sec)).to.deep.equal([
        'Entitlement',
        'Purchased',
        'Consumed',
        'Remaining',
        'Hours done',
        'Utilisation',
        'Outlook',
      ]);
      const hours = row(el, 'Serviços Proativos de Segurança');
      const [name, purchased, consumed, remaining, hoursDone] = cells(hours);
      expect(name).to.equal('Serviços Proativos de Segurança Proactive services');
      expect(purchased).to.equal('40 hours');
      // 12 in all, 8 of them in ws-a; the balance counts every workspace.
      expect(consumed).to.equal('12 hours 8 hours in the selected workspaces');
      expect(remaining).to.equal('28 hours');
      expect(hoursDone).to.equal('7.5');
      const meter = hours.querySelector<MeterElement>('ca-meter')!;
      // 12 / 40 used; 73 of the 119 days of the term gone.
      expect(meter.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal(
        '30% used — within limit; 61% of the term elapsed',
      );
      expect(meterText(meter)).to.equal('30% used — within limit 61% of the term elapsed');
      expect(meter.shadowRoot!.querySelector('[part="marker"]')).to.not.equal(null);

      const cases = cells(row(el, 'Incident response'));
      expect(cases.slice(1, 5)).to.deep.equal(['As needed', '3 cases', '—Not applicable', '—None']);

      // No hours done in "Developer": no column for them; over-consumption is said in words.
      const dev = card(el, 'Developer');
      expect(headers(dev)).to.deep.equal([
        'Entitlement',
        'Purchased',
        'Consumed',
        'Remaining',
        'Utilisation',
        'Outlook',
      ]);
      expect(cells(row(el, 'Developer advisory')).slice(1, 4)).to.deep.equal([
        '10 hours',
        '11 hours',
        '1 hour over',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('expiry badges', () => {
    it('read expired at -1 day, today at 0, expiring at 90 and active at 91', async () => {
      const el = await render(adapterFor(expiryDataset()));
      await settled(el);
      const badge = (name: string): ExpiryBadgeElement => card(el, name).querySelector('ca-expiry-badge')!;
      expect(badgeText(card(el, 'Ended yesterday'))).to.match(/^expired 1 day ago/);
      expect(badge('Ended yesterday').expiry).to.equal('expired');
      expect(badgeText(card(el, 'Ends today'))).to.match(/^expires today/);
      expect(badge('Ends today').expiry).to.equal('expiring');
      expect(badgeText(card(el, 'Ends in 90 days'))).to.match(/^expires in 90 days/);
      expect(badge('Ends in 90 days').expiry).to.equal('expiring');
      expect(badgeText(card(el, 'Ends in 91 days'))).to.match(/^expires in 91 days/);
      expect(badge('Ends in 91 days').expiry).to.equal('active');
      await expect(el).to.be.accessible();
    });
  });

  describe('thresholds', () => {
    const FILL = {
      ok: 'rgb(26, 127, 55)',
      warning: 'rgb(154, 103, 0)',
      critical: 'rgb(188, 76, 0)',
      over: 'rgb(207, 34, 46)',
    };

    it('colour the meter ok below 80 %, warning from 80 %, critical from 95 %, over past 100 %', async () => {
      const el = await render(adapterFor(thresholdDataset()));
      await settled(el);
      const fill = (name: string): string => {
        const meter = row(el, name).querySelector<MeterElement>('ca-meter')!;
        return getComputedStyle(meter.shadowRoot!.querySelector('[part="fill"]')!).backgroundColor;
      };
      const status = (name: string): string =>
        meterText(row(el, name).querySelector<MeterElement>('ca-meter')!).split(' of the term')[0];
      expect(fill('Used 7999')).to.equal(FILL.ok);
      expect(status('Used 7999')).to.match(/79% used — within limit/);
      expect(fill('Used 8000')).to.equal(FILL.warning);
      expect(status('Used 8000')).to.match(/80% used — warning/);
      expect(fill('Used 9499')).to.equal(FILL.warning);
      expect(fill('Used 9500')).to.equal(FILL.critical);
      expect(status('Used 9500')).to.match(/95% used — critical/);
      expect(fill('Used 10000')).to.equal(FILL.critical);
      expect(fill('Used 10001')).to.equal(FILL.over);
      expect(status('Used 10001')).to.match(/over limit/);
      expect(cells(row(el, 'Used 10001'))[3]).to.equal('1 hour over');
      await expect(el).to.be.accessible();
    });
  });

  describe('the outlook of each entitlement', () => {
    const OUTLOOKS = {
      en: {
        'On pace': 'On track',
        Fast: 'Runs out around Sep 1, 2026 at the pace so far',
        Slow: '≈ 75 hours would expire unused at the pace so far',
        Spent: 'Used up',
        'Not yet': 'Not started — the term has not begun',
        Finished: 'Ended — the term is over',
      },
      'pt-BR': {
        'On pace': 'No ritmo previsto',
        Fast: 'Esgota por volta de 1 de set. de 2026 no ritmo atual',
        Slow: '≈ 75 horas expirariam sem uso no ritmo atual',
        Spent: 'Esgotado',
        'Not yet': 'Não iniciado — o prazo ainda não começou',
        Finished: 'Encerrado — o prazo terminou',
      },
    } as const;
    const outlookOf = (el: PackageConsumptionElement, name: string): HTMLDetailsElement | null =>
      row(el, name).querySelector<HTMLDetailsElement>('[part="outlook"]');

    for (const lang of ['en', 'pt-BR'] as const) {
      it(`says every outlook in words beside an icon, none for as needed (${lang})`, async () => {
        const el = await render(adapterFor(outlookDataset()), { lang, workspaceIds: ['ws-a'] });
        await settled(el);
        for (const [name, words] of Object.entries(OUTLOOKS[lang])) {
          const outlook = outlookOf(el, name)!;
          expect(text(outlook.querySelector('.outlook-text')), name).to.equal(words);
          expect(outlook.querySelector('summary svg'), name).to.exist;
          expect(outlook.open, name).to.equal(false);
        }
        expect(outlookOf(el, 'Unlimited')).to.equal(null);
        expect(cells(row(el, 'Unlimited')).at(-1)).to.equal(
          lang === 'en' ? '—Not applicable' : '—Não se aplica',
        );
        await expect(el).to.be.accessible();
      });
    }

    it('opens the figures behind an outlook with the keyboard, counting every workspace', async () => {
      const el = await render(adapterFor(outlookDataset()), { workspaceIds: ['ws-a'] });
      await settled(el);
      const outlook = outlookOf(el, 'Fast')!;
      outlook.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => outlook.open, 'Enter did not open the figures');
      const figures = [...outlook.querySelectorAll('.outlook-figure')].map((f) => [
        text(f.querySelector('dt')),
        text(f.querySelector('dd')),
      ]);
      // 30 hours in every workspace (20 of them in ws-a) of 100, 73 of 364 days in: an even pace is ≈ 20 by now.
      expect(figures).to.deep.equal([
        ['Term elapsed', '20%'],
        ['Consumed so far (all workspaces)', '30 hours'],
        ['Expected by now at an even pace', '≈ 20 hours'],
        ['Pace', '1.5× an even pace'],
        ['Projected total at the end of the term', '≈ 150 hours'],
        ['Runs out around', 'Sep 1, 2026'],
        ['Unused at the end of the term', '0 hours'],
      ]);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !outlook.open, 'Space did not close the figures');
    });

    it('shows the figures of a term not started without a pace or projection (pt-BR)', async () => {
      const el = await render(adapterFor(outlookDataset()), { lang: 'pt-BR', workspaceIds: ['ws-a'] });
      await settled(el);
      const outlook = outlookOf(el, 'Not yet')!;
      outlook.querySelector('summary')!.click();
      await waitUntil(() => outlook.open, 'the figures did not open');
      expect([...outlook.querySelectorAll('.outlook-figure')].map((f) => text(f))).to.deep.equal([
        'Prazo decorrido 0%',
        'Consumido até agora (todos os workspaces) 0 horas',
        'Esperado até hoje em ritmo constante 0 horas',
        'Ritmo Ainda não mensurável',
        'Total projetado no fim do prazo Não antes do início do prazo',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('additional benefits', () => {
    it('are listed apart as included, never with a meter', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ALL_WORKSPACES });
      await settled(el);
      const sec = card(el, 'Segurança');
      const benefits = sec.querySelector('[part="benefits"]')!;
      const items = [...benefits.querySelectorAll('[part="benefit"]')].map((b) => text(b));
      expect(items).to.deep.equal([
        'Priority line Other service Included — no consumption tracked',
        'Named contacts Support contacts 6 contacts Included — no consumption tracked',
      ]);
      expect(benefits.querySelector('ca-meter, [role="meter"]')).to.equal(null);
      // Only the two consumables have a meter; no benefit is in the consumables table.
      expect(sec.querySelectorAll('ca-meter')).to.have.length(2);
      expect(
        [...sec.querySelectorAll('[part="entitlement"]')].map((r) => text(r.querySelector('button'))),
      ).to.deep.equal(['Serviços Proativos de Segurança', 'Incident response']);
    });

    it('never get a meter, whatever their purchased amount', async () => {
      const el = await render(adapterFor(thresholdDataset()));
      await settled(el);
      const benefit = root(el).querySelector('[part="benefit"]')!;
      expect(text(benefit)).to.equal(
        'Benefit contacts Support contacts 10 contacts Included — no consumption tracked',
      );
      expect(benefit.querySelector('ca-meter')).to.equal(null);
      expect(root(el).querySelectorAll('ca-meter')).to.have.length(6);
    });
  });

  describe('selecting an entitlement', () => {
    it('fires ca-entitlement-select on click', async () => {
      const el = await render(adapterFor(filtersDataset()));
      await settled(el);
      const selected = oneEvent(el, 'ca-entitlement-select');
      row(el, 'Developer advisory').querySelector('button')!.click();
      const event = (await selected) as unknown as EntitlementSelectEvent;
      expect(event).to.be.instanceOf(EntitlementSelectEvent);
      expect(event.detail).to.deep.equal({ entitlementId: 'en-dev' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires ca-entitlement-select on Enter and on Space, for consumables and benefits', async () => {
      const el = await render(adapterFor(filtersDataset()));
      await settled(el);
      const ids: string[] = [];
      el.addEventListener('ca-entitlement-select', (e) => ids.push(e.detail.entitlementId));

      row(el, 'Serviços Proativos de Segurança').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ids.length === 1, 'Enter did not select');

      // The outlook of the row comes next (its figures are one key away), then the next entitlement.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.matches('[part="outlook-summary"]')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(text(root(el).activeElement)).to.equal('Incident response');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => ids.length === 2, 'Space did not select');

      const benefit = root(el).querySelector<HTMLButtonElement>('[part="benefit"] button')!;
      benefit.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ids.length === 3, 'Enter on a benefit did not select');
      expect(ids).to.deep.equal(['en-sec-hours', 'en-sec-cases', 'en-sec-priority']);
    });
  });

  describe('empty states say why', () => {
    it('a contract with no add-on packages', async () => {
      const el = await render(adapterFor(filtersDataset()), {
        workspaceIds: ALL_WORKSPACES,
        contractId: 'ct-3',
      });
      await settled(el);
      expect(panel(el)!.state).to.equal('empty');
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'No add-on packages This contract has no add-on packages.',
      );
      expect(contractSelect(el).value).to.equal('ct-3');
      await expect(el).to.be.accessible();
    });

    it('no package matching the filters, with a reset that restores them', async () => {
      const el = await render(adapterFor(filtersDataset()), {
        workspaceIds: ALL_WORKSPACES,
        packageId: 'pk-sap',
        status: 'active',
      });
      await settled(el);
      expect(cards(el)).to.have.length(0);
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'No packages match the filters This contract has 3 add-on packages, but none matches the package and status chosen.',
      );
      await expect(el).to.be.accessible();

      const changed = oneEvent(el, 'ca-filter-change');
      root(el).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      const event = (await changed) as unknown as PackageFilterChangeEvent;
      expect(event.detail).to.deep.equal({ contractId: 'ct-1', packageId: null, status: 'active' });
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
      await waitUntil(
        () => root(el).activeElement === packageSelect(el),
        'focus did not return to the filters',
      );
    });

    it('no contract linked to the workspaces', async () => {
      const dataset = filtersDataset();
      const el = await render(
        adapterFor({ ...dataset, contracts: [], packages: [], entitlements: [], consumption: [] }),
      );
      await settled(el);
      expect(panel(el)!.state).to.equal('empty');
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'No contracts No contract is linked to the selected workspaces.',
      );
      expect(contractSelect(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a chosen contract that the workspaces do not reach', async () => {
      const el = await render(adapterFor(filtersDataset()), { workspaceIds: ['ws-a'], contractId: 'ct-2' });
      await settled(el);
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'Contract not available The chosen contract is not linked to the selected workspaces. Choose another contract above.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('loading, error and no access', () => {
    it('shows loading until the adapter answers', async () => {
      const inner = adapterFor(filtersDataset());
      const { adapter, calls } = holdPackages(inner);
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1, 'packages were not asked for');
      await childrenSettled(el);
      expect(panel(el)!.state).to.equal('loading');
      expect(text(panel(el)!.shadowRoot)).to.equal('Loading…');
      await expect(el).to.be.accessible();
      calls[0].release();
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
    });

    it('shows an error with a retry that asks again', async () => {
      const { adapter, calls } = holdPackages(adapterFor(filtersDataset()));
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0].reject(new TypeError('Failed to fetch'));
      await settled(el);
      expect(panel(el)!.state).to.equal('error');
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'Something went wrong The server could not be reached. Try again',
      );
      await expect(el).to.be.accessible();

      panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => calls.length === 2, 'retry did not ask again');
      calls[1].release();
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
    });

    it('shows no access, and asks for no data, when the viewer may not see the page', async () => {
      const { adapter, counts } = countCalls(adapterFor(filtersDataset(), 'u-none'));
      const el = await render(adapter);
      await settled(el);
      expect(panel(el)!.state).to.equal('no-access');
      expect(counts.getSession).to.equal(1);
      expect(counts.listContracts ?? 0).to.equal(0);
      expect(counts.listPackages ?? 0).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows no access when the adapter refuses a workspace', async () => {
      const el = await render(adapterFor(filtersDataset(), 'u-member'), { workspaceIds: ['ws-b'] });
      await settled(el);
      expect(panel(el)!.state).to.equal('no-access');
      await expect(el).to.be.accessible();
    });

    it('says that no adapter is set', async () => {
      const el = await render(undefined);
      await settled(el);
      expect(panel(el)!.state).to.equal('error');
      expect(text(panel(el)!.shadowRoot)).to.match(/^No data source/);
      expect(panel(el)!.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('stale answers', () => {
    it('never shows the old contract’s packages when its answer comes after the new one', async () => {
      const { adapter, calls } = holdPackages(adapterFor(filtersDataset()));
      const el = await render(adapter, { workspaceIds: ALL_WORKSPACES });
      await waitUntil(() => calls.length === 1);
      expect(calls[0].query.contractId).to.equal('ct-1');

      // ct-1 is slow; the user switches to ct-2.
      await choose(el, contractSelect(el), 'ct-2');
      await waitUntil(() => calls.length === 2);
      expect(calls[1].query.contractId).to.equal('ct-2');
      expect(calls[0].signal!.aborted, 'the old request is cancelled').to.equal(true);
      expect(calls[1].signal!.aborted).to.equal(false);

      calls[1].release();
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Legado']);

      calls[0].release(); // the old answer arrives anyway
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(packageNames(el)).to.deep.equal(['Legado']);
      expect(contractSelect(el).value).to.equal('ct-2');
    });

    it('never shows the old contract’s packages when its answer comes while the new one is pending', async () => {
      const { adapter, calls } = holdPackages(adapterFor(filtersDataset()));
      const el = await render(adapter, { workspaceIds: ALL_WORKSPACES });
      await waitUntil(() => calls.length === 1);
      calls[0].release();
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);

      await choose(el, contractSelect(el), 'ct-2');
      await waitUntil(() => calls.length === 2);
      // The switch shows "Loading…", not the packages of ct-1.
      expect(cards(el)).to.have.length(0);
      expect(panel(el)!.state).to.equal('loading');

      // The user goes back to ct-1 and forth to ct-2 again while the answers are held.
      await choose(el, contractSelect(el), 'ct-1');
      await waitUntil(() => calls.length === 3);
      await choose(el, contractSelect(el), 'ct-2');
      await waitUntil(() => calls.length === 4);
      calls[2].release(); // ct-1's answer, now stale
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(cards(el)).to.have.length(0);
      expect(panel(el)!.state).to.equal('loading');

      calls[3].release();
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Legado']);
      calls[1].release();
      await new Promise((r) => setTimeout(r, 50));
      expect(packageNames(el)).to.deep.equal(['Legado']);
    });

    it('keeps the packages on screen, marked busy, while a refresh is on its way', async () => {
      const { adapter, calls } = holdPackages(adapterFor(filtersDataset()));
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0].release();
      await settled(el);
      const list = (): HTMLElement => root(el).querySelector('[part="packages"]')!;
      expect(list().getAttribute('aria-busy')).to.equal('false');

      el.refresh();
      await waitUntil(() => calls.length === 2);
      await el.updateComplete;
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
      expect(list().getAttribute('aria-busy')).to.equal('true');

      calls[1].release();
      await waitUntil(() => list().getAttribute('aria-busy') === 'false');
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
    });
  });

  describe('the adapter', () => {
    it('comes from context when the property is not set', async () => {
      const host = wrapper();
      new ContextProvider(host, { context: adapterContext, initialValue: adapterFor(filtersDataset()) });
      const el = await fixture<PackageConsumptionElement>(html`<package-consumption></package-consumption>`, {
        parentNode: host,
      });
      await settled(el);
      expect(packageNames(el)).to.deep.equal(['Segurança', 'Developer']);
    });
  });

  describe('in Brazilian Portuguese', () => {
    it('translates the filters, the table, the badges and the benefits', async () => {
      const el = await render(adapterFor(filtersDataset()), { lang: 'pt-BR', workspaceIds: ['ws-a'] });
      await settled(el);
      const labels = [...root(el).querySelectorAll('.field-label')].map((n) => text(n));
      expect(labels).to.deep.equal(['Contrato', 'Pacote', 'Status']);
      expect(optionTexts(contractSelect(el))[0]).to.equal(
        'C-100 · Enterprise 2025 (1 de jan. de 2025 – 31 de dez. de 2026)',
      );
      expect(optionTexts(packageSelect(el))[0]).to.equal('Todos os pacotes');
      expect([...root(el).querySelectorAll('.segment')].map((s) => text(s))).to.deep.equal([
        'Ativos',
        'Inativos',
        'Todos',
      ]);
      expect(text(root(el).querySelector('[part="count"]'))).to.equal(
        'Exibindo 2 de 3 pacotes complementares',
      );
      const sec = card(el, 'Segurança');
      expect(headers(sec)).to.deep.equal([
        'Direito',
        'Comprado',
        'Consumido',
        'Restante',
        'Horas feitas',
        'Utilização',
        'Previsão',
      ]);
      expect(badgeText(sec)).to.match(/^vence em 46 dias/);
      expect(cells(row(el, 'Serviços Proativos de Segurança')).slice(0, 5)).to.deep.equal([
        'Serviços Proativos de Segurança Serviços proativos',
        '40 horas',
        '12 horas 8 horas nos workspaces selecionados',
        '28 horas',
        '7,5',
      ]);
      expect(
        meterText(row(el, 'Serviços Proativos de Segurança').querySelector<MeterElement>('ca-meter')!),
      ).to.equal('30% utilizado — dentro do limite 61% do prazo decorrido');
      expect(cells(row(el, 'Developer advisory'))[3]).to.equal('1 hora além do comprado');
      expect(text(sec.querySelector('[part="benefit"]'))).to.equal(
        'Priority line Outro serviço Incluído — o consumo não é registrado',
      );
      await expect(el).to.be.accessible();
    });

    it('says why a list is empty, and follows a change of lang', async () => {
      const el = await render(adapterFor(filtersDataset()), {
        lang: 'pt-BR',
        workspaceIds: ALL_WORKSPACES,
        contractId: 'ct-3',
      });
      await settled(el);
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'Nenhum pacote complementar Este contrato não tem pacotes complementares.',
      );
      await expect(el).to.be.accessible();
      el.parentElement!.lang = 'en';
      await waitUntil(() => text(panel(el)!.shadowRoot).startsWith('No add-on packages'));
    });
  });
});
