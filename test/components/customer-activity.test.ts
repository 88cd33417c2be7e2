import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AdditionalCasesElement } from '../../src/components/additional-cases/additional-cases.js';
import { ChartElement } from '../../src/components/chart/chart.js';
import { CustomerActivityElement } from '../../src/components/customer-activity/customer-activity.js';
import type { NavigateEvent } from '../../src/components/customer-activity/events.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { CaErrorEvent } from '../../src/components/entitlement-detail/events.js';
import type { DataGridExportEvent } from '../../src/components/data-grid/events.js';
import { EntitlementDetailElement } from '../../src/components/entitlement-detail/entitlement-detail.js';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { MeterElement } from '../../src/components/meter/meter.js';
import {
  PackageFilterChangeEvent,
  type EntitlementSelectEvent,
} from '../../src/components/package-consumption/events.js';
import { PackageConsumptionElement } from '../../src/components/package-consumption/package-consumption.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import {
  WorkspaceFilterChangeEvent,
  WorkspaceFilterElement,
} from '../../src/components/workspace-filter/workspace-filter.js';
import type { CallOptions, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { AccessDeniedError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { CSV_BOM } from '../../src/domain/csv.js';
import { summaryGroupOf } from '../../src/domain/summary.js';
import type { Dataset, EnterpriseSummary } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import { makeContract, makeDataset } from '../helpers/fixtures.js';
import { chord, has, overrideMedia, skipUnless } from '../helpers/engine.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-meter', MeterElement);
defineOnce('ca-expiry-badge', ExpiryBadgeElement);
defineOnce('ca-workspace-filter', WorkspaceFilterElement);
defineOnce('ca-chart', ChartElement);
defineOnce('ca-data-grid', DataGridElement);
defineOnce('package-consumption', PackageConsumptionElement);
defineOnce('entitlement-detail', EntitlementDetailElement);
defineOnce('additional-cases', AdditionalCasesElement);
defineOnce('customer-activity', CustomerActivityElement);

// ---------------------------------------------------------------------------------------------------------
// The dataset (today is 2026-03-15; the admin opens on ws-a)

const NAMES: Record<string, string> = {
  'en-reactive': 'Suporte Reativo',
  'en-advisory': 'Consultoria',
  'en-proactive': 'Serviços Proativos',
  'en-workshop': 'Workshops',
  'en-sta': 'Assessor (STA)',
  'en-education': 'Educação sob Demanda',
  'en-contacts': 'Contatos',
  'en-assess': 'Avaliações',
  'en-other': 'Biblioteca',
  'en-addon': 'Engenharia Designada',
  'en-old': 'Reativo 2024',
};

/**
 * The fixtures' dataset, where the workspaces differ: ct-1 (C-100, active; ws-a, ws-b), ct-2 (C-090, expired; ws-b),
 * ct-3 (C-110, upcoming; ws-c), listed in that odd order (ct-2, ct-3, ct-1) so the picker must put the active one
 * first. ct-1's enterprise-wide groups:
 *
 * | group       | unit       | purchased | ws-a | ws-b | all | remaining | hours done (ws-a / ws-b) |
 * |-------------|------------|-----------|------|------|-----|-----------|--------------------------|
 * | proactive   | credits    | 70        | 40   | 19   | 59  | 11        | 12 / 7.5                 |
 * | as-needed   | hours      | 100       | 21   | 20   | 42  | 58        | 23 / 18 (both kinds)     |
 * | as-needed   | cases      | as needed | 3    | 0    | 3   | —         |                          |
 * | education   | activities | 10        | 11   | 0    | 11  | −1 (over) |                          |
 * | contacts    | (a benefit only)                                                                    |
 * | assessments | assessments| 2         | 0    | 0    | 0   | 2         |                          |
 */
function activityDataset(): Dataset {
  const base = makeDataset();
  return {
    ...base,
    contracts: [
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
      makeContract({ id: 'ct-1', number: 'C-100', name: 'Enterprise 2025', workspaceIds: ['ws-a', 'ws-b'] }),
    ],
    entitlements: base.entitlements.map((e) => ({
      ...e,
      name: NAMES[e.id] ?? e.name,
      ...(e.id === 'en-reactive' ? { unit: 'cases' as const } : {}),
    })),
    consumption: base.consumption.map((r) =>
      r.id === 'r06' ? { ...r, hoursDone: 12 } : r.id === 'r07' ? { ...r, hoursDone: 7.5 } : r,
    ),
  };
}

function adapterFor(dataset: Dataset = activityDataset(), viewerId = 'u-admin'): CustomerActivityAdapter {
  return createMemoryAdapter(dataset, { viewerId });
}

const METHODS: (keyof CustomerActivityAdapter)[] = [
  'getSession',
  'listContracts',
  'getEnterpriseSummary',
  'listPackages',
  'getEntitlement',
  'queryConsumption',
  'queryAdditionalCases',
];

/** A spy: counts the calls of each adapter method, then asks the inner adapter. */
function countCalls(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  const adapter = Object.fromEntries(
    METHODS.map((name) => [
      name,
      (...args: unknown[]) => {
        counts[name] = (counts[name] ?? 0) + 1;
        return (inner[name] as (...a: unknown[]) => unknown).apply(inner, args);
      },
    ]),
  ) as unknown as CustomerActivityAdapter;
  return { adapter, counts };
}

/** The adapter with some methods replaced (the memory adapter's methods live on its prototype: no spreading). */
function withOverrides(
  inner: CustomerActivityAdapter,
  overrides: Partial<CustomerActivityAdapter>,
): CustomerActivityAdapter {
  const adapter = Object.fromEntries(
    METHODS.map((name) => [
      name,
      (...args: unknown[]) => (inner[name] as (...a: unknown[]) => unknown).apply(inner, args),
    ]),
  ) as unknown as CustomerActivityAdapter;
  return Object.assign(adapter, overrides);
}

/** A held call: the test decides when (and whether) it answers. */
interface HeldCall {
  query: { workspaceIds?: string[]; contractId?: string };
  signal: AbortSignal | undefined;
  release: () => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps an adapter so that every call of `method` waits for the test — and answers even when its signal was aborted,
 * as a careless backend would, so the element alone must keep a stale answer off screen.
 */
function hold(
  inner: CustomerActivityAdapter,
  method: 'getEnterpriseSummary' | 'listContracts' | 'getSession' | 'queryAdditionalCases',
): { adapter: CustomerActivityAdapter; calls: HeldCall[] } {
  const calls: HeldCall[] = [];
  const adapter = Object.fromEntries(
    METHODS.map((name) => [
      name,
      name === method
        ? (query: HeldCall['query'], options?: CallOptions) =>
            new Promise((resolve, reject) => {
              const call = (inner[name] as (...a: unknown[]) => Promise<unknown>).bind(inner);
              calls.push({
                query,
                signal: options?.signal,
                release: () => void call(...(name === 'getSession' ? [] : [query])).then(resolve, reject),
                reject,
              });
            })
        : (...args: unknown[]) => (inner[name] as (...a: unknown[]) => unknown).apply(inner, args),
    ]),
  ) as unknown as CustomerActivityAdapter;
  return { adapter, calls };
}

// ---------------------------------------------------------------------------------------------------------
// Fixture and queries

const LANGS = ['en', 'pt-BR'] as const;
const THEMES = {
  light: 'width: 1100px',
  dark: 'width: 1100px; color-scheme: dark; background: Canvas; color: CanvasText',
} as const;

interface Options {
  lang?: string;
  theme?: keyof typeof THEMES;
  workspaceIds?: string[];
  contractId?: string;
  view?: string;
  entitlementId?: string;
  syncUrl?: boolean;
}

async function render(
  adapter: CustomerActivityAdapter | undefined,
  options: Options = {},
): Promise<CustomerActivityElement> {
  return fixture<CustomerActivityElement>(
    html`<customer-activity
      .adapter=${adapter}
      .workspaceIds=${options.workspaceIds ?? []}
      .contractId=${options.contractId}
      .view=${options.view ?? 'summary'}
      .entitlementId=${options.entitlementId}
      ?sync-url=${options.syncUrl ?? false}
    ></customer-activity>`,
    { parentNode: wrapper({ lang: options.lang ?? 'en', style: THEMES[options.theme ?? 'light'] }) },
  );
}

const root = (el: CustomerActivityElement): ShadowRoot => el.shadowRoot!;
const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CustomerActivityElement, selector: string): T | null =>
  root(el).querySelector<T>(selector);

/** The state panel standing for the whole element (loading, no access …), if any. */
const pagePanel = (el: CustomerActivityElement): StatePanelElement | null =>
  [...root(el).children].find((c): c is StatePanelElement => c instanceof StatePanelElement) ?? null;
const cards = (el: CustomerActivityElement): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('[part="group-card"]'),
];
const card = (el: CustomerActivityElement, group: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`[part="group-card"][data-group="${group}"]`)!;
const consumptionPanel = (el: CustomerActivityElement): StatePanelElement | null =>
  $(el, '.consumption ca-state-panel');
const packages = (el: CustomerActivityElement): PackageConsumptionElement =>
  $<PackageConsumptionElement>(el, 'package-consumption')!;
const detail = (el: CustomerActivityElement): EntitlementDetailElement | null =>
  $<EntitlementDetailElement>(el, 'entitlement-detail');
const summaryView = (el: CustomerActivityElement): HTMLElement => $(el, '.summary-view')!;
const entitlementButton = (el: CustomerActivityElement, id: string): HTMLButtonElement =>
  $<HTMLButtonElement>(el, `[part="entitlement-name"][data-entitlement-id="${id}"]`)!;
const contractSelect = (el: CustomerActivityElement): HTMLSelectElement =>
  $<HTMLSelectElement>(el, '[part="contract-select"]')!;
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** A short description of an element, for assertion messages (never the element itself: it cannot be serialized). */
const label = (node: Element | null | undefined): string =>
  node
    ? `<${node.tagName.toLowerCase()} part="${node.getAttribute('part') ?? ''}" id="${node.id}">`
    : String(node);

/** Asserts that `actual` is `expected`, comparing identity and reporting only descriptions. */
function expectSame(actual: Element | null | undefined, expected: Element, what: string): void {
  expect(actual === expected, `${what}: got ${label(actual)}, expected ${label(expected)}`).to.equal(true);
}

/** Each line of a card as `{ unit: [purchased, consumed, remaining] }`, as the user reads them. */
function cardLines(el: CustomerActivityElement, group: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of card(el, group).querySelectorAll('[part="line"]')) {
    const unit = text(line.querySelector('.line-unit'));
    out[unit] = [...line.querySelectorAll('.figure')].map((f) => text(f.querySelector('dd')));
  }
  return out;
}

/** Waits until every custom element inside (at any depth) has rendered. */
async function childrenSettled(node: ParentNode): Promise<void> {
  const elements = [...node.querySelectorAll('*')].filter((e) => e.tagName.includes('-')) as (Element & {
    updateComplete?: Promise<unknown>;
    shadowRoot: ShadowRoot | null;
  })[];
  await Promise.all(elements.map((e) => e.updateComplete ?? Promise.resolve()));
  for (const e of elements) if (e.shadowRoot) await childrenSettled(e.shadowRoot);
}

/** Waits until the page shows its summary cards, or a state in place of the page or of the summary. */
async function settled(el: CustomerActivityElement): Promise<void> {
  await waitUntil(
    () => {
      const p = pagePanel(el);
      if (p) return p.state !== 'loading';
      const c = consumptionPanel(el);
      const contractsPanel = $<StatePanelElement>(el, '.enterprise > ca-state-panel');
      return (
        cards(el).length > 0 ||
        (c !== null && c.state !== 'loading') ||
        (contractsPanel !== null && contractsPanel.state !== 'loading')
      );
    },
    'the page did not settle',
    { timeout: 5000 },
  );
  await childrenSettled(root(el));
}

/** Waits until the whole page — summary, cases count, add-on packages — has loaded, for axe. */
async function fullySettled(el: CustomerActivityElement): Promise<void> {
  await settled(el);
  if (pagePanel(el)) return;
  await waitUntil(() => $(el, '[part="cases-count"]') !== null, 'the cases count did not load', {
    timeout: 5000,
  });
  const pc = $<PackageConsumptionElement>(el, 'package-consumption');
  if (pc) {
    await waitUntil(
      () => {
        const r = pc.shadowRoot!;
        const p = r.querySelector<StatePanelElement>('ca-state-panel');
        return r.querySelector('[part="package"]') !== null || (p !== null && p.state !== 'loading');
      },
      'the add-on packages did not load',
      { timeout: 5000 },
    );
  }
  await childrenSettled(root(el));
}

/** Waits until the entitlement detail shows its entitlement. */
async function detailSettled(el: CustomerActivityElement): Promise<void> {
  await waitUntil(() => detail(el)?.shadowRoot?.querySelector('[part="name"]'), 'the detail did not load', {
    timeout: 5000,
  });
  await childrenSettled(root(el));
}

/** What the user does in the workspace filter: open it, tick exactly `ids`, apply. */
async function applyWorkspaces(el: CustomerActivityElement, ids: string[]): Promise<void> {
  const filter = $<WorkspaceFilterElement>(el, 'ca-workspace-filter')!;
  const fr = filter.shadowRoot!;
  fr.querySelector<HTMLButtonElement>('.trigger')!.click();
  await filter.updateComplete;
  for (const box of fr.querySelectorAll<HTMLInputElement>('.options input[type="checkbox"]')) {
    if (box.checked !== ids.includes(box.value)) {
      box.click();
      await filter.updateComplete;
    }
  }
  fr.querySelector<HTMLButtonElement>('.apply')!.click();
  await filter.updateComplete;
  await el.updateComplete;
}

/** What the user does to choose an option of a native select. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r));
}

/** Collects the events of a type fired at the document. */
/** "Needs attention", once it has answered. */
async function attentionSettled(el: CustomerActivityElement): Promise<HTMLElement> {
  await waitUntil(
    () =>
      $(
        el,
        '[part="attention-item"], [part="attention-none"], [part="attention"] ca-state-panel[state="error"]',
      ),
    'needs attention did not load',
    { timeout: 5000 },
  );
  await childrenSettled(root(el));
  return $(el, '[part="attention"]')!;
}

const attentionItems = (el: CustomerActivityElement): string[] =>
  [...root(el).querySelectorAll('[part="attention-item"]')].map((item) => text(item));

/** The outlook sentence of each line of a card, `{ unit: sentence }`. */
function lineOutlooks(el: CustomerActivityElement, group: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of card(el, group).querySelectorAll('[part="line"]')) {
    out[text(line.querySelector('.line-unit'))] = text(line.querySelector('.outlook-text'));
  }
  return out;
}

/** ct-1 with nothing to attend to: only advisory and reactive consumption, and no add-on entitlement in use. */
function calmDataset(): Dataset {
  const dataset = activityDataset();
  dataset.entitlements = dataset.entitlements.filter((e) => e.id !== 'en-addon');
  dataset.consumption = dataset.consumption.filter((r) =>
    ['en-advisory', 'en-reactive'].includes(r.entitlementId),
  );
  return dataset;
}

function record<E extends Event>(type: string): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const listener = (e: Event): void => void events.push(e as E);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

const tick = (ms = 30): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------

describe('<customer-activity>', () => {
  describe('the header', () => {
    it('opens on the session’s current workspace, with the time of the data and where it comes from', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const filter = $<WorkspaceFilterElement>(el, 'ca-workspace-filter')!;
      expect(filter.selected).to.deep.equal(['ws-a']);
      expect(text(filter.shadowRoot!.querySelector('.trigger'))).to.equal('Workspaces: São Paulo');
      expect(text($(el, '[part="as-of"]'))).to.match(
        /^As of Mar 15, 2026, \d{1,2}:\d\d [AP]M The figures are read from the source systems/,
      );
      await expect(el).to.be.accessible();
    });

    it('lists the contracts of the workspaces, active first, each with its dates and status', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-a', 'ws-b', 'ws-c'] });
      await settled(el);
      const options = [...contractSelect(el).options].map((o) => text(o));
      expect(options).to.deep.equal([
        'C-100 · Enterprise 2025 (Jan 1, 2025 – Dec 31, 2026) — active',
        'C-110 · Europa (Jun 1, 2026 – May 31, 2027) — upcoming',
        'C-090 · Enterprise 2024 (Jan 1, 2024 – Dec 31, 2025) — expired',
      ]);
      expect(contractSelect(el).value).to.equal('ct-1');
    });
  });

  describe('needs attention', () => {
    const EXPECTED = {
      en: [
        'Over the purchase Educação sob Demanda Package pk-ent-1 Consumed 1 activity more than was purchased.',
        'Runs out early Workshops Package pk-ent-1 At the pace so far it runs out around Apr 7, 2026, before its term ends on Dec 31, 2026.',
        'Runs out early Serviços Proativos Package pk-ent-1 At the pace so far it runs out around Jul 2, 2026, before its term ends on Dec 31, 2026.',
        'Expiring unused Engenharia Designada Package pk-add-1 The package expires in 46 days; ≈ 27 hours (67%) would expire unused at the pace so far.',
      ],
      'pt-BR': [
        'Além do comprado Educação sob Demanda Package pk-ent-1 Consumo além do comprado: 1 atividade.',
        'Esgota antes do prazo Workshops Package pk-ent-1 No ritmo atual, esgota por volta de 7 de abr. de 2026, antes do fim do prazo em 31 de dez. de 2026.',
        'Esgota antes do prazo Serviços Proativos Package pk-ent-1 No ritmo atual, esgota por volta de 2 de jul. de 2026, antes do fim do prazo em 31 de dez. de 2026.',
        'Expira sem uso Engenharia Designada Package pk-add-1 O pacote expira em 46 dias; no ritmo atual, a sobra sem uso seria de ≈ 27 horas (67%).',
      ],
    } as const;

    for (const lang of LANGS) {
      it(`lists what is over, what runs out before its term ends, and what expires largely unused (${lang})`, async () => {
        const el = await render(adapterFor(), { lang });
        const section = await attentionSettled(el);
        // It comes first on the page, before the enterprise-wide section.
        expect(summaryView(el).firstElementChild).to.equal(section);
        expect(text(section.querySelector('[role="heading"]'))).to.equal(
          lang === 'en' ? 'Needs attention' : 'Requer atenção',
        );
        expect(text(section.querySelector('.intro'))).to.equal(
          lang === 'en'
            ? '4 entitlements of this contract need attention before the renewal discussion.'
            : '4 direitos deste contrato requerem atenção antes da conversa de renovação.',
        );
        expect(attentionItems(el)).to.deep.equal(EXPECTED[lang]);
        // Every entry agrees with the forecasts the adapter answers.
        const pkgs = await adapterFor().listPackages({
          contractId: 'ct-1',
          scope: 'enterprise',
          status: 'active',
          workspaceIds: ['ws-a'],
        });
        const workshop = pkgs[0].entitlements.find((b) => b.entitlementId === 'en-workshop')!;
        expect(workshop.forecast!.outlook).to.equal('runs-out');
        expect(workshop.forecast!.runOutDate).to.equal('2026-04-07');
        await fullySettled(el);
        await expect(el).to.be.accessible();
      });

      it(`says calmly that nothing needs attention (${lang})`, async () => {
        const el = await render(adapterFor(calmDataset()), { lang });
        await attentionSettled(el);
        expect(attentionItems(el)).to.deep.equal([]);
        expect(text($(el, '[part="attention-none"]'))).to.equal(
          lang === 'en'
            ? 'Nothing needs attention: no entitlement is over its purchase or runs out before its term ends, and no package expiring within 90 days leaves a large share unused.'
            : 'Nada requer atenção: nenhum direito passou do comprado nem se esgota antes do fim do prazo, e nenhum pacote que expira em até 90 dias deixa uma parte grande sem uso.',
        );
        await fullySettled(el);
        await expect(el).to.be.accessible();
      });
    }

    it('opens the entry’s detail from the keyboard, and back returns focus to the entry', async () => {
      const el = await render(adapterFor());
      await attentionSettled(el);
      const selections = record<EntitlementSelectEvent>('ca-entitlement-select');
      try {
        const links = [...root(el).querySelectorAll<HTMLButtonElement>('[part="attention-link"]')];
        expect(links.map((b) => text(b))).to.deep.equal([
          'Educação sob Demanda',
          'Workshops',
          'Serviços Proativos',
          'Engenharia Designada',
        ]);
        // Tab moves from one entry to the next: each is a button in the tab order.
        links[0].focus();
        await sendKeys({ press: 'Tab' });
        expectSame(root(el).activeElement, links[1], 'Tab from the first entry');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(selections.events.map((e) => e.detail)).to.deep.equal([{ entitlementId: 'en-workshop' }]);
        expect(el.view).to.equal('entitlement');
        expect(el.entitlementId).to.equal('en-workshop');
        expect(root(el).activeElement?.id).to.equal('view-heading');
        await detailSettled(el);
        expect(text(detail(el)!.shadowRoot!.querySelector('[part="name"]'))).to.equal('Workshops');
        $<HTMLButtonElement>(el, '[part="back"]')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.view).to.equal('summary');
        expectSame(root(el).activeElement, links[1], 'focus after back');
        // An add-on entry opens the add-on entitlement's detail in the same way.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(el.entitlementId).to.equal('en-addon');
      } finally {
        selections.stop();
      }
    });

    it('shows an error with a retry when the packages cannot be read, and reports it', async () => {
      let failures = 1;
      const inner = adapterFor();
      const adapter = withOverrides(inner, {
        listPackages: (q, o) =>
          q.scope === 'enterprise' && failures-- > 0
            ? Promise.reject(new TypeError('Failed to fetch'))
            : inner.listPackages(q, o),
      });
      const errors = record<CaErrorEvent>('ca-error');
      try {
        const el = await render(adapter);
        const section = await attentionSettled(el);
        const panel = section.querySelector<StatePanelElement>('ca-state-panel')!;
        expect(panel.state).to.equal('error');
        expect(errors.events.map((e) => e.detail.operation)).to.deep.equal(['attention']);
        // The rest of the page is unaffected.
        await settled(el);
        expect(cards(el)).to.have.length(5);
        await expect(el).to.be.accessible();
        panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await waitUntil(() => attentionItems(el).length === 4, 'retry did not load the entries');
      } finally {
        errors.stop();
      }
    });

    it('asks only listPackages for it: no other adapter method', async () => {
      const { adapter, counts } = countCalls(adapterFor());
      const el = await render(adapter);
      await attentionSettled(el);
      await fullySettled(el);
      // The page: session, contracts, summary, cases count — and three listPackages: the add-on packages of
      // <package-consumption>, and the enterprise and add-on packages of "Needs attention".
      expect(counts).to.deep.equal({
        getSession: 2,
        listContracts: 2,
        getEnterpriseSummary: 1,
        listPackages: 3,
        queryAdditionalCases: 1,
      });
    });
  });

  describe('the enterprise-wide section', () => {
    it('shows the active contracts with their dates and expiry', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-a', 'ws-b', 'ws-c'] });
      await settled(el);
      const rows = [...root(el).querySelectorAll('[part="contract"]')];
      expect(rows.map((r) => [...r.children].slice(0, 3).map((c) => text(c)))).to.deep.equal([
        ['C-100 Enterprise 2025', 'Jan 1, 2025', 'Dec 31, 2026'],
      ]);
      expect(text(rows[0].querySelector('ca-expiry-badge')!.shadowRoot)).to.match(/^expires in 291 days/);
    });

    it('shows the five groups in order, one line per unit, with hours done for proactive services', async () => {
      const el = await render(adapterFor());
      await settled(el);
      expect(cards(el).map((c) => text(c.querySelector('[part="group-name"]')))).to.deep.equal([
        'Proactive services delivered',
        'As-needed support (advisory and reactive)',
        'Education on demand',
        'Support contacts',
        'Assessments on demand',
      ]);
      expect(cardLines(el, 'proactive')).to.deep.equal({
        Credits: ['70 credits', '40 credits', '11 credits'],
      });
      expect(text(card(el, 'proactive').querySelector('[part="hours-done"]'))).to.equal(
        'Hours done 12 hours',
      );
      expect(cardLines(el, 'as-needed')).to.deep.equal({
        Hours: ['100 hours', '21 hours', '58 hours'],
        Cases: ['As needed', '3 cases', '—Not applicable'],
      });
      expect(text(card(el, 'as-needed').querySelector('[part="line"] .sub'))).to.equal(
        '42 hours across all workspaces',
      );
      expect(text(card(el, 'as-needed').querySelector('[part="hours-done"]'))).to.equal(
        'Hours done 23 hours',
      );
      expect(cardLines(el, 'education')).to.deep.equal({
        Activities: ['10 activities', '11 activities', '1 activity over'],
      });
      expect(card(el, 'education').querySelector('[part="hours-done"]')).to.equal(null);
      expect(text(card(el, 'contacts'))).to.equal(
        'Support contacts Included as an additional benefit — no consumption is tracked.',
      );
      expect(cardLines(el, 'assessments')).to.deep.equal({
        Assessments: ['2 assessments', '0 assessments', '2 assessments'],
      });
      const meter = card(el, 'education').querySelector<MeterElement>('ca-meter')!;
      expect(meter.threshold).to.equal('over');
      expect(meter.label).to.equal('Utilisation of Education on demand, Activities');
      await expect(el).to.be.accessible();
    });

    it('charts like with like: utilisation in % of purchased per summary line, beside the term elapsed', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const chart = $<ChartElement>(el, 'ca-chart')!;
      expect(chart.heading).to.equal(
        'Utilisation of the contract by summary line, with the share of its term elapsed',
      );
      chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await chart.updateComplete;
      const table = chart.shadowRoot!.querySelector('table')!;
      const rows = [...table.rows].map((r) => [...r.cells].map((c) => text(c)));
      // ct-1 runs 2025-01-01 – 2026-12-31: 438 of 729 days (60 %) have elapsed on 2026-03-15.
      expect(rows).to.deep.equal([
        ['Summary line', 'Used (% of purchased, all workspaces)', 'Term elapsed'],
        ['Proactive · Credits', '84%', '60%'],
        ['As needed · Hours', '42%', '60%'],
        ['Education · Activities', '110%', '60%'],
        ['Assessments · Assessments', '0%', '60%'],
      ]);
      // Every series is a percentage: no count of cases or hours is ever on the axis.
      expect(chart.series.map((s) => s.data)).to.deep.equal([
        [84.2857, 42, 110, 0],
        [60.0823, 60.0823, 60.0823, 60.0823],
      ]);
      expect(text($(el, '[part="chart-card"] > .note'))).to.equal(
        '1 line bought as needed is not charted: there is no purchased amount to compare against.',
      );
      await expect(el).to.be.accessible();
    });

    it('gives each summary line the outlook of its most pressing entitlement, in words', async () => {
      const el = await render(adapterFor());
      await settled(el);
      // Proactive credits sum Serviços Proativos (runs out Jul 2) and Workshops (runs out Apr 7): the sooner shows,
      // named. As-needed hours are advisory alone: 42 of 100 at 60 % of the term projects ≈ 70, ≈ 30 unused.
      expect(lineOutlooks(el, 'proactive')).to.deep.equal({
        Credits: 'Workshops: Runs out around Apr 7, 2026 at the pace so far',
      });
      expect(lineOutlooks(el, 'as-needed')).to.deep.equal({
        Hours: '≈ 30 hours would expire unused at the pace so far',
        Cases: '',
      });
      expect(lineOutlooks(el, 'education')).to.deep.equal({ Activities: 'Used up' });
      expect(lineOutlooks(el, 'assessments')).to.deep.equal({
        Assessments: '≈ 2 assessments would expire unused at the pace so far',
      });
      // The figures are one key away.
      const outlook = card(el, 'proactive').querySelector<HTMLDetailsElement>('[part="outlook"]')!;
      outlook.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => outlook.open, 'Enter did not open the figures');
      expect([...outlook.querySelectorAll('.outlook-figure')].map((f) => text(f))).to.deep.equal([
        'Term elapsed 60%',
        'Consumed so far (all workspaces) 19 credits',
        'Expected by now at an even pace ≈ 12 credits',
        'Pace 1.6× an even pace',
        'Projected total at the end of the term ≈ 32 credits',
        'Runs out around Apr 7, 2026',
        'Unused at the end of the term 0 credits',
      ]);
      await expect(el).to.be.accessible();
    });

    it('charts utilisation per summary line in Brazilian Portuguese', async () => {
      const el = await render(adapterFor(), { lang: 'pt-BR' });
      await settled(el);
      const chart = $<ChartElement>(el, 'ca-chart')!;
      expect(chart.heading).to.equal(
        'Utilização do contrato por linha do resumo, com a parte do prazo decorrida',
      );
      chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await chart.updateComplete;
      const rows = [...chart.shadowRoot!.querySelector('table')!.rows].map((r) =>
        [...r.cells].map((c) => text(c)),
      );
      expect(rows.slice(0, 2)).to.deep.equal([
        ['Linha do resumo', 'Consumido (% do comprado, todos os workspaces)', 'Prazo decorrido'],
        ['Proativos · Créditos', '84%', '60%'],
      ]);
      expect(text($(el, '[part="chart-card"] > .note'))).to.equal(
        '1 linha sob demanda não aparece no gráfico: não há quantidade comprada para comparar.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the outlook of every enterprise entitlement in the table', async () => {
      const el = await render(adapterFor(), { lang: 'pt-BR' });
      await settled(el);
      const outlookCell = (id: string): string => {
        const cell = entitlementButton(el, id).closest('tr')!.cells[6];
        return text(cell.querySelector('summary') ?? cell);
      };
      expect(
        text(root(el).querySelector<HTMLTableRowElement>('.entitlements-table thead tr')!.cells[6]),
      ).to.equal('Previsão');
      expect(outlookCell('en-advisory')).to.equal(
        '≈ 30 horas expirariam sem uso no ritmo atual — mostrar os números da previsão',
      );
      expect(outlookCell('en-proactive')).to.equal(
        'Esgota por volta de 2 de jul. de 2026 no ritmo atual — mostrar os números da previsão',
      );
      expect(outlookCell('en-education')).to.equal('Esgotado — mostrar os números da previsão');
      expect(outlookCell('en-reactive')).to.equal('—Não se aplica');
      expect(outlookCell('en-contacts')).to.equal('—Não se aplica');
      await expect(el).to.be.accessible();
    });

    it('lists the enterprise entitlements with their balances', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const row = (id: string): string[] =>
        [...entitlementButton(el, id).closest('tr')!.cells].slice(0, 5).map((c) => text(c));
      expect(row('en-advisory')).to.deep.equal([
        'Consultoria Advisory support',
        '100 hours',
        '21 hours 42 hours across all workspaces',
        '58 hours',
        '20',
      ]);
      expect(row('en-education')).to.deep.equal([
        'Educação sob Demanda Education on demand',
        '10 activities',
        '11 activities',
        '1 activity over',
        '—None',
      ]);
      expect(row('en-contacts')).to.deep.equal([
        'Contatos Support contacts',
        '6 contacts',
        '—Not applicable',
        '—Not applicable',
        '—None',
      ]);
      expect(root(el).querySelectorAll('[part="entitlement"]')).to.have.length(9);
    });
  });

  describe('changing the selection', () => {
    it('changing the workspaces changes the numbers, and the filter’s event reaches the host', async () => {
      const el = await render(adapterFor());
      await settled(el);
      expect(cardLines(el, 'proactive').Credits).to.deep.equal(['70 credits', '40 credits', '11 credits']);
      const changes = record<WorkspaceFilterChangeEvent>('ca-filter-change');
      try {
        await applyWorkspaces(el, ['ws-b']);
        await settled(el);
        expect(cardLines(el, 'proactive').Credits).to.deep.equal(['70 credits', '19 credits', '11 credits']);
        expect(text(card(el, 'proactive').querySelector('[part="hours-done"]'))).to.equal(
          'Hours done 7.5 hours',
        );
        expect(cardLines(el, 'as-needed').Hours).to.deep.equal(['100 hours', '20 hours', '58 hours']);

        await applyWorkspaces(el, ['ws-a', 'ws-b']);
        await settled(el);
        expect(cardLines(el, 'proactive').Credits).to.deep.equal(['70 credits', '59 credits', '11 credits']);
        expect(text(card(el, 'proactive').querySelector('[part="hours-done"]'))).to.equal(
          'Hours done 19.5 hours',
        );
        expect(changes.events.map((e) => e.detail.workspaceIds)).to.deep.equal([['ws-b'], ['ws-a', 'ws-b']]);
        expect(changes.events.every((e) => e instanceof WorkspaceFilterChangeEvent)).to.equal(true);
        expect(el.workspaceIds).to.deep.equal(['ws-a', 'ws-b']);
        expect(packages(el).workspaceIds).to.deep.equal(['ws-a', 'ws-b']);
      } finally {
        changes.stop();
      }
    });

    it('changing the contract shows its summary and its add-on packages', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-b'] });
      await settled(el);
      expect(contractSelect(el).value).to.equal('ct-1');
      await choose(contractSelect(el), 'ct-2');
      await settled(el);
      expect(el.contractId).to.equal('ct-2');
      expect(text($(el, '#consumption-heading'))).to.equal('Consumption for C-090');
      expect(cardLines(el, 'as-needed')).to.deep.equal({ Hours: ['10 hours', '0 hours', '10 hours'] });
      expect(cardLines(el, 'proactive')).to.deep.equal({});
      expect(text(card(el, 'proactive'))).to.equal(
        'Proactive services delivered Not part of this contract. Hours done 0 hours',
      );
      expect(entitlementButton(el, 'en-old')).to.exist;
      expect(packages(el).contractId).to.equal('ct-2');
    });

    it('follows a contract chosen in the add-on packages', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-b'] });
      await fullySettled(el);
      const pc = packages(el);
      const changes = record<PackageFilterChangeEvent>('ca-filter-change');
      try {
        await choose(pc.shadowRoot!.querySelector<HTMLSelectElement>('[part="contract-select"]')!, 'ct-2');
        await el.updateComplete;
        expect(el.contractId).to.equal('ct-2');
        expect(contractSelect(el).value).to.equal('ct-2');
        expect(changes.events.filter((e) => e instanceof PackageFilterChangeEvent).length).to.equal(1);
      } finally {
        changes.stop();
      }
    });

    it('fires nothing when the selection is set from code', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const filters = record('ca-filter-change');
      const navigations = record('ca-navigate');
      try {
        el.workspaceIds = ['ws-b'];
        el.contractId = 'ct-2';
        el.view = 'additional-cases';
        await el.updateComplete;
        await tick();
        expect(filters.events.length).to.equal(0);
        expect(navigations.events.length).to.equal(0);
      } finally {
        filters.stop();
        navigations.stop();
      }
    });
  });

  describe('drill-down', () => {
    it('opens an entitlement in place, moves focus to its heading, and back restores focus and scroll', async () => {
      const el = await render(adapterFor());
      await fullySettled(el);
      const button = entitlementButton(el, 'en-education');
      button.scrollIntoView({ block: 'center' });
      const scrollY = window.scrollY;
      expect(scrollY, 'the page is scrolled').to.be.greaterThan(100);
      const navigations = record<NavigateEvent>('ca-navigate');
      const selections = record<EntitlementSelectEvent>('ca-entitlement-select');
      try {
        button.click();
        await el.updateComplete;
        expect(navigations.events.map((e) => e.detail)).to.deep.equal([
          { view: 'entitlement', entitlementId: 'en-education' },
        ]);
        expect(selections.events.map((e) => e.detail)).to.deep.equal([{ entitlementId: 'en-education' }]);
        expect(el.view).to.equal('entitlement');
        expect(summaryView(el).hidden).to.equal(true);
        expect(root(el).activeElement?.id).to.equal('view-heading');
        expect(text(root(el).activeElement)).to.equal('Entitlement detail');
        await detailSettled(el);
        expect(detail(el)!.entitlementId).to.equal('en-education');
        expect(text(detail(el)!.shadowRoot!.querySelector('[part="name"]'))).to.equal('Educação sob Demanda');
        expect(detail(el)!.workspaceIds).to.deep.equal(['ws-a']);
        await expect(el).to.be.accessible();

        $<HTMLButtonElement>(el, '[part="back"]')!.click();
        await el.updateComplete;
        expect(navigations.events.map((e) => e.detail)).to.deep.equal([
          { view: 'entitlement', entitlementId: 'en-education' },
          { view: 'summary' },
        ]);
        expect(el.view).to.equal('summary');
        expect(detail(el)).to.equal(null);
        expect(summaryView(el).hidden).to.equal(false);
        expectSame(root(el).activeElement, button, 'focus after back');
        expect(window.scrollY).to.equal(scrollY);
      } finally {
        navigations.stop();
        selections.stop();
        window.scrollTo(0, 0);
      }
    });

    it('works from the keyboard', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const button = entitlementButton(el, 'en-advisory');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.view).to.equal('entitlement');
      expect(root(el).activeElement?.id).to.equal('view-heading');
      await chord('Shift', 'Tab');
      expect(root(el).activeElement?.getAttribute('part')).to.equal('back');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.view).to.equal('summary');
      expectSame(root(el).activeElement, button, 'focus after back');
    });

    it('opens an entitlement selected in the add-on packages, and back returns focus to it', async () => {
      const el = await render(adapterFor());
      await fullySettled(el);
      const pc = packages(el);
      const name = pc.shadowRoot!.querySelector<HTMLButtonElement>('[part="entitlement-name"]')!;
      expect(text(name)).to.equal('Engenharia Designada');
      const origins: EventTarget[] = [];
      const listener = (e: Event): void => void origins.push(e.composedPath()[0]);
      document.addEventListener('ca-entitlement-select', listener);
      try {
        name.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(origins.length, 'the packages’ own event, not fired again').to.equal(1);
        expect(origins[0] === pc, 'the event is the packages’ own').to.equal(true);
        expect(el.entitlementId).to.equal('en-addon');
        await detailSettled(el);
        expect(text(detail(el)!.shadowRoot!.querySelector('[part="name"]'))).to.equal('Engenharia Designada');
        $<HTMLButtonElement>(el, '[part="back"]')!.click();
        await el.updateComplete;
        expectSame(pc.shadowRoot!.activeElement, name, 'focus inside the packages');
        expectSame(deepActive(), name, 'focus on the page');
      } finally {
        document.removeEventListener('ca-entitlement-select', listener);
      }
    });

    it('returns focus to the add-on packages’ heading when the opener cannot take it', async () => {
      const el = await render(adapterFor());
      await fullySettled(el);
      // A click that does not focus the button (as Safari does): the packages element itself is the opener.
      packages(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="entitlement-name"]')!.click();
      await el.updateComplete;
      expect(el.view).to.equal('entitlement');
      $<HTMLButtonElement>(el, '[part="back"]')!.click();
      await el.updateComplete;
      expectSame(root(el).activeElement, $(el, '#add-ons-heading')!, 'focus after back');
    });

    it('lets the host take over the navigation by cancelling ca-navigate', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const cancel = (e: Event): void => e.preventDefault();
      el.addEventListener('ca-navigate', cancel);
      try {
        const event = oneEvent(el, 'ca-navigate');
        entitlementButton(el, 'en-advisory').click();
        expect((await event).detail).to.deep.equal({ view: 'entitlement', entitlementId: 'en-advisory' });
        await el.updateComplete;
        expect(el.view).to.equal('summary');
        expect(detail(el)).to.equal(null);
      } finally {
        el.removeEventListener('ca-navigate', cancel);
      }
    });

    it('shows the additional cases count, opens them, and back returns focus to the button', async () => {
      const el = await render(adapterFor());
      await fullySettled(el);
      expect(text($(el, '[part="cases-count"]'))).to.equal('4 additional cases for the selected workspaces.');
      const open = $<HTMLButtonElement>(el, '[part="cases-open"]')!;
      const navigation = oneEvent(el, 'ca-navigate');
      open.click();
      expect((await navigation).detail).to.deep.equal({ view: 'additional-cases' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('view-heading');
      expect(text(root(el).activeElement)).to.equal('Additional cases');
      const cases = $<AdditionalCasesElement>(el, 'additional-cases')!;
      expect(cases.workspaceIds).to.deep.equal(['ws-a']);
      await waitUntil(
        () => cases.shadowRoot!.querySelector('[part="reason-filter"]'),
        'the cases did not load',
      );
      await childrenSettled(root(el));
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="back"]')!.click();
      await el.updateComplete;
      expectSame(root(el).activeElement, open, 'focus after back');
    });

    it('counts only the cases the viewer may see, and says how many are hidden', async () => {
      const el = await render(adapterFor(activityDataset(), 'u-member'));
      await fullySettled(el);
      expect(text($(el, '[part="cases-count"]'))).to.equal(
        '2 additional cases for the selected workspaces. 2 additional cases are hidden by your permissions.',
      );
    });
  });

  describe('stale answers', () => {
    it('never shows the numbers of an older workspace selection, whatever order the answers come in', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0].release();
      await settled(el);
      expect(cardLines(el, 'proactive').Credits[1]).to.equal('40 credits');

      // Rapid changes: ws-b, then ws-a + ws-b, while the answers are held.
      await applyWorkspaces(el, ['ws-b']);
      await waitUntil(() => calls.length === 2);
      expect(cards(el), 'no numbers of the old selection while the new one loads').to.have.length(0);
      expect(consumptionPanel(el)!.state).to.equal('loading');
      await applyWorkspaces(el, ['ws-a', 'ws-b']);
      await waitUntil(() => calls.length === 3);
      expect(calls[1].query.workspaceIds).to.deep.equal(['ws-b']);
      expect(calls[2].query.workspaceIds).to.deep.equal(['ws-a', 'ws-b']);
      expect(calls[1].signal!.aborted, 'the older request is cancelled').to.equal(true);

      // The newest answers first; the older one arrives afterwards anyway.
      calls[2].release();
      await settled(el);
      expect(cardLines(el, 'proactive').Credits[1]).to.equal('59 credits');
      calls[1].release();
      await tick(50);
      await el.updateComplete;
      expect(cardLines(el, 'proactive').Credits[1]).to.equal('59 credits');
    });

    it('never shows an older answer that arrives while the newest is still pending', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      await applyWorkspaces(el, ['ws-b']);
      await waitUntil(() => calls.length === 2);
      await applyWorkspaces(el, ['ws-a', 'ws-b']);
      await waitUntil(() => calls.length === 3);
      calls[0].release();
      calls[1].release();
      await tick(50);
      await el.updateComplete;
      expect(cards(el)).to.have.length(0);
      expect(consumptionPanel(el)!.state).to.equal('loading');
      calls[2].release();
      await settled(el);
      expect(cardLines(el, 'proactive').Credits[1]).to.equal('59 credits');
    });

    it('never shows another contract’s numbers', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const el = await render(adapter, { workspaceIds: ['ws-b'] });
      await waitUntil(() => calls.length === 1);
      await choose(contractSelect(el), 'ct-2');
      await waitUntil(() => calls.length === 2);
      calls[1].release();
      await settled(el);
      expect(text($(el, '#consumption-heading'))).to.equal('Consumption for C-090');
      calls[0].release();
      await tick(50);
      await el.updateComplete;
      expect(cardLines(el, 'as-needed')).to.deep.equal({ Hours: ['10 hours', '0 hours', '10 hours'] });
    });

    it('keeps the numbers on screen, marked busy, while a refresh is on its way', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0].release();
      await settled(el);
      const summary = (): HTMLElement => $(el, '[part="summary"]')!;
      expect(summary().getAttribute('aria-busy')).to.equal('false');
      el.refresh();
      await waitUntil(() => calls.length === 2);
      await el.updateComplete;
      expect(summary().getAttribute('aria-busy')).to.equal('true');
      expect(cardLines(el, 'proactive').Credits[1]).to.equal('40 credits');
      calls[1].release();
      await waitUntil(() => summary().getAttribute('aria-busy') === 'false');
    });
  });

  describe('no access', () => {
    it('says who can grant access, and asks the adapter for nothing beyond the session', async () => {
      const { adapter, counts } = countCalls(adapterFor(activityDataset(), 'u-none'));
      const el = await render(adapter);
      await settled(el);
      await tick(100);
      expect(pagePanel(el)!.state).to.equal('no-access');
      expect(text(pagePanel(el)!.shadowRoot)).to.equal(
        'You do not have access Customer Activity is available to customer administrators and workspace administrators. Ask one of them to grant you the “Customer Activity” role.',
      );
      expect(counts).to.deep.equal({ getSession: 1 });
      expect(
        root(el).querySelector('package-consumption, entitlement-detail, additional-cases, ca-chart'),
      ).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks for nothing beyond the session even on a deep link to a detail', async () => {
      const { adapter, counts } = countCalls(adapterFor(activityDataset(), 'u-none'));
      const el = await render(adapter, { view: 'entitlement', entitlementId: 'en-advisory' });
      await settled(el);
      await tick(100);
      expect(pagePanel(el)!.state).to.equal('no-access');
      expect(counts).to.deep.equal({ getSession: 1 });
    });

    it('shows no access when the adapter refuses the contracts', async () => {
      const inner = adapterFor();
      const el = await render(
        withOverrides(inner, { listContracts: () => Promise.reject(new AccessDeniedError()) }),
      );
      await settled(el);
      expect($<StatePanelElement>(el, '.enterprise > ca-state-panel')!.state).to.equal('no-access');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading, error and empty states', () => {
    it('shows loading until the session answers', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getSession');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      await childrenSettled(root(el));
      expect(pagePanel(el)!.state).to.equal('loading');
      await expect(el).to.be.accessible();
      calls[0].release();
      await settled(el);
      expect(cards(el)).to.have.length(5);
    });

    it('shows the summary loading while it is on its way', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      await childrenSettled(root(el));
      expect(consumptionPanel(el)!.state).to.equal('loading');
      expect(($(el, '[part="proof-download"]') as HTMLButtonElement).getAttribute('aria-disabled')).to.equal(
        'true',
      );
      await expect(el).to.be.accessible();
      calls[0].release();
      await settled(el);
    });

    it('shows an error with a retry that asks again', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getEnterpriseSummary');
      const errors = record('ca-error');
      try {
        const el = await render(adapter);
        await waitUntil(() => calls.length === 1);
        calls[0].reject(new TypeError('Failed to fetch'));
        await settled(el);
        const panel = consumptionPanel(el)!;
        expect(panel.state).to.equal('error');
        expect(text(panel.shadowRoot)).to.equal(
          'Something went wrong The server could not be reached. Try again',
        );
        expect(errors.events.map((e) => (e as CaErrorEvent).detail.operation)).to.deep.equal(['summary']);
        await expect(el).to.be.accessible();
        panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await waitUntil(() => calls.length === 2, 'retry did not ask again');
        calls[1].release();
        await settled(el);
        expect(cards(el)).to.have.length(5);
      } finally {
        errors.stop();
      }
    });

    it('shows an error for the whole page when the session fails', async () => {
      const { adapter, calls } = hold(adapterFor(), 'getSession');
      const el = await render(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0].reject(new TypeError('Failed to fetch'));
      await settled(el);
      expect(pagePanel(el)!.state).to.equal('error');
      await expect(el).to.be.accessible();
      pagePanel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => calls.length === 2);
      calls[1].release();
      await settled(el);
      expect(cards(el)).to.have.length(5);
    });

    it('says when no contract is linked to the workspaces, and still counts the additional cases', async () => {
      const dataset = activityDataset();
      dataset.contracts = dataset.contracts.filter((c) => c.id !== 'ct-3');
      const el = await render(adapterFor(dataset), { workspaceIds: ['ws-c'] });
      await settled(el);
      const panel = $<StatePanelElement>(el, '.enterprise > ca-state-panel')!;
      expect(panel.state).to.equal('empty');
      expect(text(panel.shadowRoot)).to.equal(
        'No contracts No contract is linked to the selected workspaces.',
      );
      expect($(el, 'package-consumption')).to.equal(null);
      await waitUntil(() => $(el, '[part="cases-count"]'));
      expect(text($(el, '[part="cases-count"]'))).to.equal(
        'There are no additional cases for the selected workspaces.',
      );
      expect($(el, '[part="cases-open"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says that no adapter is set', async () => {
      const el = await render(undefined);
      expect(pagePanel(el)!.state).to.equal('error');
      await pagePanel(el)!.updateComplete;
      expect(text(pagePanel(el)!.shadowRoot)).to.match(/^No data source/);
      await expect(el).to.be.accessible();
    });
  });

  describe('the URL hash (sync-url)', () => {
    const clean = (): void => history.replaceState(history.state, '', location.pathname + location.search);
    afterEach(clean);

    it('opens where the hash says, and writes where the user goes', async () => {
      history.replaceState(null, '', '#ca:view=entitlement&ws=ws-b&contract=ct-1&entitlement=en-advisory');
      const el = await render(adapterFor(), { syncUrl: true });
      await detailSettled(el);
      expect([el.view, el.entitlementId, el.workspaceIds, el.contractId]).to.deep.equal([
        'entitlement',
        'en-advisory',
        ['ws-b'],
        'ct-1',
      ]);
      expect(detail(el)!.workspaceIds).to.deep.equal(['ws-b']);
      const length = history.length;

      // Back to the page: a new history entry.
      $<HTMLButtonElement>(el, '[part="back"]')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#ca:ws=ws-b&contract=ct-1');
      expect(history.length).to.equal(length + 1);
      await settled(el);

      // The browser's back button returns to the detail, forward to the page.
      history.back();
      await waitUntil(() => el.view === 'entitlement', 'back did not reopen the detail');
      await el.updateComplete;
      expect(el.entitlementId).to.equal('en-advisory');
      expect(root(el).activeElement?.id).to.equal('view-heading');
      history.forward();
      await waitUntil(() => el.view === 'summary', 'forward did not return to the page');

      // A workspace change replaces the entry rather than adding one.
      await settled(el);
      await applyWorkspaces(el, ['ws-a', 'ws-b']);
      expect(location.hash).to.equal('#ca:ws=ws-a,ws-b&contract=ct-1');
      expect(history.length).to.equal(length + 1);
    });

    it('follows a hash changed by a link, and leaves a hash that is not its own alone', async () => {
      history.replaceState(null, '', '#ca:');
      const el = await render(adapterFor(), { syncUrl: true });
      await settled(el);
      location.hash = '#ca:view=additional-cases&ws=ws-b';
      await waitUntil(() => el.view === 'additional-cases', 'the element did not follow the hash');
      expect(el.workspaceIds).to.deep.equal(['ws-b']);
      location.hash = '#top';
      await tick(50);
      expect(el.view).to.equal('additional-cases');
      expect(el.workspaceIds).to.deep.equal(['ws-b']);
    });

    it('round-trips: another element opened on the written hash is where the first one was', async () => {
      history.replaceState(null, '', '#ca:');
      const first = await render(adapterFor(), { syncUrl: true });
      await settled(first);
      await applyWorkspaces(first, ['ws-b']);
      await settled(first);
      await choose(contractSelect(first), 'ct-2');
      await settled(first);
      entitlementButton(first, 'en-old').click();
      await first.updateComplete;
      const hash = location.hash;
      expect(hash).to.equal('#ca:view=entitlement&ws=ws-b&contract=ct-2&entitlement=en-old');
      first.remove();

      const second = await render(adapterFor(), { syncUrl: true });
      expect([second.view, second.workspaceIds, second.contractId, second.entitlementId]).to.deep.equal([
        'entitlement',
        ['ws-b'],
        'ct-2',
        'en-old',
      ]);
    });

    it('writes nothing without sync-url', async () => {
      history.replaceState(null, '', '#ca:view=additional-cases');
      const el = await render(adapterFor());
      await settled(el);
      expect(el.view).to.equal('summary');
      entitlementButton(el, 'en-advisory').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#ca:view=additional-cases');
    });
  });

  describe('proof of delivery', () => {
    let downloads: { download: string; href: string }[] = [];
    const intercept = (event: MouseEvent): void => {
      const a = event.target;
      if (a instanceof HTMLAnchorElement && a.download) {
        event.preventDefault();
        downloads.push({ download: a.download, href: a.href });
      }
    };
    beforeEach(() => {
      downloads = [];
      window.addEventListener('click', intercept, true);
    });
    afterEach(() => window.removeEventListener('click', intercept, true));

    /** The CSV records (no quoted line breaks here). */
    const recordsOf = (csv: string): string[][] =>
      csv
        .replace(CSV_BOM, '')
        .split('\r\n')
        .map((line) => line.split(','));

    it('writes every entitlement of the contract, and its numbers add up to the cards', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-a', 'ws-b'] });
      await settled(el);
      const result = (await el.exportProofOfDelivery({ download: false }))!;
      expect(downloads).to.have.length(0);
      expect(result.filename).to.equal('proof-of-delivery-C-100-2026-03-15.csv');
      expect(result.text.startsWith(CSV_BOM)).to.equal(true);
      const [head, ...rows] = recordsOf(result.text);
      expect(head).to.deep.equal([
        'Contract',
        'Scope',
        'Package',
        'Package end date',
        'Package expiry',
        'Entitlement',
        'Kind',
        'Category',
        'Unit',
        'Purchased',
        'Consumed (selected workspaces)',
        'Consumed (all workspaces)',
        'Remaining',
        'Hours done',
        'Outlook',
        'Pace (1 = even)',
        'Expected by now at an even pace',
        'Projected at the end of the term',
        'Runs out around',
        'Unused at the end of the term (projected)',
      ]);
      expect(rows.map((r) => [r[1], r[2], r[5]])).to.deep.equal([
        ['enterprise', 'Package pk-ent-1', 'Suporte Reativo'],
        ['enterprise', 'Package pk-ent-1', 'Consultoria'],
        ['enterprise', 'Package pk-ent-1', 'Serviços Proativos'],
        ['enterprise', 'Package pk-ent-1', 'Workshops'],
        ['enterprise', 'Package pk-ent-1', 'Assessor (STA)'],
        ['enterprise', 'Package pk-ent-1', 'Educação sob Demanda'],
        ['enterprise', 'Package pk-ent-1', 'Contatos'],
        ['enterprise', 'Package pk-ent-1', 'Avaliações'],
        ['enterprise', 'Package pk-ent-1', 'Biblioteca'],
        ['add-on', 'Package pk-add-1', 'Engenharia Designada'],
        ['add-on', 'Package pk-add-2', 'Entitlement en-addon-old'],
      ]);
      expect(result.rowCount).to.equal(11);
      expect(rows[1]).to.deep.equal([
        'C-100',
        'enterprise',
        'Package pk-ent-1',
        '2026-12-31',
        'active',
        'Consultoria',
        'advisory-support',
        'consumable',
        'hours',
        '100',
        '41',
        '42',
        '58',
        '38',
        // 438 of the term's 729 days elapsed: 42 used where an even pace would have used 60.08.
        'underused',
        '0.7',
        '60.08',
        '69.9',
        '',
        '30.1',
      ]);
      expect(rows[10].slice(3, 5)).to.deep.equal(['2025-06-30', 'expired']);

      // Summing the enterprise rows of each card's group and unit gives the numbers on the card.
      const number = (s: string): number | null =>
        /^\d/.test(s) ? Number(s.replace(/,/g, '').split(' ')[0]) : null;
      for (const c of cards(el)) {
        const group = c.dataset.group!;
        const mine = rows.filter((r) => r[1] === 'enterprise' && summaryGroupOf(r[6] as never) === group);
        for (const line of c.querySelectorAll('[part="line"]')) {
          const unitLabel = text(line.querySelector('.line-unit')).toLowerCase();
          const same = mine.filter((r) => r[7] === 'consumable' && r[8] === unitLabel);
          const [purchased, consumed, remaining] = [...line.querySelectorAll('.figure')].map((f) =>
            text(f.querySelector('dd')),
          );
          const sum = (i: number): number | null =>
            same.some((r) => r[i] === '') ? null : same.reduce((s, r) => s + Number(r[i]), 0);
          expect(sum(9), `${group} ${unitLabel} purchased`).to.equal(number(purchased));
          expect(sum(10), `${group} ${unitLabel} consumed`).to.equal(number(consumed));
          const rem = sum(12);
          expect(rem === null ? null : Math.max(rem, 0), `${group} ${unitLabel} remaining`).to.equal(
            remaining.endsWith('over') ? 0 : number(remaining),
          );
          if (remaining.endsWith('over')) expect(-rem!).to.equal(number(remaining));
        }
        const hours = c.querySelector('[part="hours-done"] .hours-value');
        if (hours) expect(mine.reduce((s, r) => s + Number(r[13]), 0)).to.equal(number(text(hours)));
      }
    });

    it('downloads the file from the button, says so, and fires ca-export', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const exported = oneEvent(el, 'ca-export');
      $<HTMLButtonElement>(el, '[part="proof-download"]')!.click();
      const event = (await exported) as DataGridExportEvent;
      expect(event.detail).to.deep.equal({
        rowCount: 11,
        filename: 'proof-of-delivery-C-100-2026-03-15.csv',
      });
      expect(downloads.map((d) => d.download)).to.deep.equal(['proof-of-delivery-C-100-2026-03-15.csv']);
      const bytes = new Uint8Array(await (await fetch(downloads[0].href)).arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      await el.updateComplete;
      expect(text($(el, '[part="proof-status"]'))).to.equal('Downloaded 11 entitlements.');
      await expect(el).to.be.accessible();
    });

    it('says when the file could not be prepared', async () => {
      const inner = adapterFor();
      const el = await render(
        withOverrides(inner, { listPackages: () => Promise.reject(new TypeError('Failed to fetch')) }),
      );
      await settled(el);
      const errors = record('ca-error');
      try {
        $<HTMLButtonElement>(el, '[part="proof-download"]')!.click();
        await el.updateComplete;
        expect(text($(el, '[part="proof-status"]'))).to.equal('Preparing the file…');
        await waitUntil(
          () => text($(el, '[part="proof-status"]')) === 'The file could not be prepared. Try again.',
          'the failure was not said',
        );
        expect(errors.events.map((e) => (e as CaErrorEvent).detail.operation)).to.include('export');
        expect(downloads).to.have.length(0);
      } finally {
        errors.stop();
      }
    });

    it('writes headers in Brazilian Portuguese, and values the same', async () => {
      const el = await render(adapterFor(), { lang: 'pt-BR' });
      await settled(el);
      const result = (await el.exportProofOfDelivery({ download: false }))!;
      expect(result.filename).to.equal('prova-de-entrega-C-100-2026-03-15.csv');
      const [head, , second] = recordsOf(result.text);
      expect(head.slice(0, 3)).to.deep.equal(['Contrato', 'Escopo', 'Pacote']);
      expect(second.slice(6, 10)).to.deep.equal(['advisory-support', 'consumable', 'hours', '100']);
    });
  });

  describe('print', () => {
    let undo: (() => void) | undefined;
    afterEach(async () => {
      undo?.();
      undo = undefined;
      if (await has('emulateMedia')) await emulateMedia({ media: 'screen' });
    });

    /** Switches to print: wtr's emulateMedia where the launcher has it, else the elements' own print rules. */
    const printMedia = async (el: CustomerActivityElement, how: 'emulate' | 'override'): Promise<void> => {
      if (how === 'emulate') await emulateMedia({ media: 'print' });
      else undo = overrideMedia(el, { on: ['print'], off: ['screen'] });
    };

    for (const how of ['emulate', 'override'] as const) {
      it(`hides the controls, prints the selection as text, black on white (${how === 'emulate' ? 'emulated print media' : 'print rules override, every engine'})`, async function () {
        if (how === 'emulate')
          await skipUnless(
            this,
            'emulateMedia',
            'emulates print media through CDP; covered by the print rules override test',
          );
        const el = await render(adapterFor(), { theme: 'dark' });
        await fullySettled(el);
        const shown = (selector: string): boolean => getComputedStyle($(el, selector)!).display !== 'none';
        expect(shown('.print-only')).to.equal(false);
        expect(shown('[part="proof"]')).to.equal(true);
        await printMedia(el, how);
        expect(shown('[part="proof"]')).to.equal(false);
        expect(shown('[part="selection"]')).to.equal(false);
        expect(shown('[part="cases-open"]')).to.equal(false);
        expect(shown('.print-only')).to.equal(true);
        expect(text($(el, '.print-only'))).to.equal(
          'Acme Ltda · Contract C-100 · Enterprise 2025 · São Paulo',
        );
        expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle($(el, '.card')!).breakInside).to.equal('avoid');
        const filters = packages(el).shadowRoot!.querySelector('[part="filters"]')!;
        expect(getComputedStyle(filters).display).to.equal('none');
        const chart = $<ChartElement>(el, 'ca-chart')!;
        expect(getComputedStyle(chart.shadowRoot!.querySelector('[part="toggle"]')!).display).to.equal(
          'none',
        );
      });
    }
  });

  describe('every state is accessible in both languages and both themes', () => {
    for (const lang of LANGS) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${lang}, ${theme}: the page, a detail, the additional cases, and no access`, async () => {
          const el = await render(adapterFor(), { lang, theme, workspaceIds: ['ws-a', 'ws-b'] });
          await fullySettled(el);
          await attentionSettled(el);
          expect(attentionItems(el)).to.have.length(4);
          await expect(el).to.be.accessible();

          entitlementButton(el, 'en-proactive').click();
          await detailSettled(el);
          await expect(el).to.be.accessible();

          $<HTMLButtonElement>(el, '[part="back"]')!.click();
          await el.updateComplete;
          $<HTMLButtonElement>(el, '[part="cases-open"]')!.click();
          await el.updateComplete;
          const cases = $<AdditionalCasesElement>(el, 'additional-cases')!;
          await waitUntil(
            () => cases.shadowRoot!.querySelector('[part="reason-filter"]'),
            'the cases did not load',
          );
          await childrenSettled(root(el));
          await expect(el).to.be.accessible();

          const denied = await render(adapterFor(activityDataset(), 'u-none'), { lang, theme });
          await settled(denied);
          await expect(denied).to.be.accessible();
        });
      }
    }
  });

  describe('in Brazilian Portuguese', () => {
    it('translates the header, the cards, the sections and the views', async () => {
      const el = await render(adapterFor(), { lang: 'pt-BR', workspaceIds: ['ws-a', 'ws-b', 'ws-c'] });
      await fullySettled(el);
      expect(text($(el, '[part="as-of"]'))).to.match(
        /^Posição de 15 de mar\. de 2026, \d\d:\d\d Os valores são lidos/,
      );
      expect(text(contractSelect(el).options[0])).to.equal(
        'C-100 · Enterprise 2025 (1 de jan. de 2025 – 31 de dez. de 2026) — ativo',
      );
      expect(text($(el, '#enterprise-heading'))).to.equal('Toda a empresa');
      expect(cards(el).map((c) => text(c.querySelector('[part="group-name"]')))).to.deep.equal([
        'Serviços proativos entregues',
        'Suporte conforme a necessidade (consultivo e reativo)',
        'Educação sob demanda',
        'Contatos de suporte',
        'Avaliações sob demanda',
      ]);
      expect(cardLines(el, 'proactive')).to.deep.equal({
        Créditos: ['70 créditos', '59 créditos', '11 créditos'],
      });
      expect(text(card(el, 'proactive').querySelector('[part="hours-done"]'))).to.equal(
        'Horas feitas 19,5 horas',
      );
      expect(cardLines(el, 'education').Atividades[2]).to.equal('1 atividade além do comprado');
      expect(text($(el, '#add-ons-heading'))).to.equal('Pacotes complementares');
      expect(text($(el, '[part="cases-count"]'))).to.equal(
        '5 casos adicionais para os workspaces selecionados.',
      );
      expect(text($(el, '[part="proof"]'))).to.contain('Baixar CSV Imprimir relatório');
      entitlementButton(el, 'en-advisory').click();
      await el.updateComplete;
      expect(text($(el, '[part="back"]'))).to.equal('← Voltar para Atividade do Cliente');
      expect(text($(el, '#view-heading'))).to.equal('Detalhe do direito');
      el.parentElement!.lang = 'en';
      await waitUntil(() => text($(el, '#view-heading')) === 'Entitlement detail');
    });
  });

  describe('the summary object', () => {
    it('is the adapter’s answer, shown as it is', async () => {
      let answered: EnterpriseSummary | undefined;
      const inner = adapterFor();
      const el = await render(
        withOverrides(inner, {
          getEnterpriseSummary: async (q, o) => (answered = await inner.getEnterpriseSummary(q, o)),
        }),
      );
      await settled(el);
      const line = answered!.groups.find((g) => g.group === 'proactive')!.lines[0];
      expect(cardLines(el, 'proactive').Credits).to.deep.equal([
        `${line.purchased} credits`,
        `${line.consumed} credits`,
        `${line.remaining} credits`,
      ]);
    });
  });
});
