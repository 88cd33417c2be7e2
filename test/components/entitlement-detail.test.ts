import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ChartElement } from '../../src/components/chart/chart.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { DataGridExportEvent } from '../../src/components/data-grid/events.js';
import { EntitlementDetailElement } from '../../src/components/entitlement-detail/entitlement-detail.js';
import { CaErrorEvent } from '../../src/components/entitlement-detail/events.js';
import { loadTimeline } from '../../src/components/entitlement-detail/load-timeline.js';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { MeterElement } from '../../src/components/meter/meter.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { CallOptions, ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { adapterContext } from '../../src/data/context.js';
import { AccessDeniedError } from '../../src/data/errors.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionRecord, Dataset, EntitlementView, Page } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import { makeDataset, makeEntitlement, makeRecord } from '../helpers/fixtures.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-meter', MeterElement);
defineOnce('ca-expiry-badge', ExpiryBadgeElement);
defineOnce('ca-chart', ChartElement);
defineOnce('ca-data-grid', DataGridElement);
defineOnce('entitlement-detail', EntitlementDetailElement);

const LANGS = ['en', 'pt-BR'] as const;

// ---------------------------------------------------------------------------------------------------------
// The dataset (today is 2026-03-15; the admin opens on ws-a)

/**
 * The fixtures' dataset with one consumable of every kind: en-reactive, en-advisory (https action link),
 * en-proactive (credits, 80 %: warning), en-workshop (95 %: critical), en-education (110 %: over), en-assess,
 * en-other, en-addon (designated engineering) and, added here, en-sta-c (support technology advisor), en-credits
 * (proactive credits), en-contacts-c (support contacts), en-unsafe (a javascript: action link) and en-mail (a
 * mailto: action link). en-sta and en-contacts are additional benefits.
 */
function detailDataset(): Dataset {
  const base = makeDataset();
  return makeDataset({
    entitlements: [
      ...base.entitlements,
      makeEntitlement({ id: 'en-sta-c', kind: 'support-technology-advisor', unit: 'hours', purchased: 40 }),
      makeEntitlement({ id: 'en-credits', kind: 'proactive-credits', unit: 'credits', purchased: 100 }),
      makeEntitlement({ id: 'en-contacts-c', kind: 'support-contacts', unit: 'contacts', purchased: 10 }),
      makeEntitlement({ id: 'en-unsafe', actionUrl: "javascript:alert('x')" }),
      makeEntitlement({ id: 'en-mail', actionUrl: 'mailto:csam@x.test' }),
    ],
    consumption: [
      ...base.consumption.map((r) =>
        r.id === 'r08' ? { ...r, person: 'Ana Lima', email: 'ana@acme.test', status: 'Concluído' } : r,
      ),
      makeRecord({ id: 'r20', entitlementId: 'en-sta-c', quantity: 4, hoursDone: 4, title: 'Roadmap' }),
      makeRecord({
        id: 'r21',
        entitlementId: 'en-credits',
        date: '2026-02-10',
        quantity: 30,
        hoursDone: 6,
        title: 'Créditos resgatados: Workshop',
      }),
      makeRecord({
        id: 'r22',
        entitlementId: 'en-contacts-c',
        date: '2025-11-03',
        quantity: 1,
        title: 'Contato de suporte designado',
        person: 'Bruno Dias',
        email: 'bruno@acme.test',
      }),
      makeRecord({
        id: 'r24',
        entitlementId: 'en-other',
        date: '2026-02-02',
        quantity: 1,
        title: 'Migração',
      }),
      makeRecord({
        id: 'r23',
        entitlementId: 'en-assess',
        date: '2026-02-12',
        quantity: 1,
        title: 'Avaliação do AD',
        status: 'Concluída',
      }),
    ],
  });
}

function adapterFor(viewerId = 'u-admin', dataset: Dataset = detailDataset()): CustomerActivityAdapter {
  return createMemoryAdapter(dataset, { viewerId });
}

/** An adapter that forwards every call to `inner`, with some methods replaced. */
function withOverrides(
  inner: CustomerActivityAdapter,
  overrides: Partial<CustomerActivityAdapter> = {},
): CustomerActivityAdapter {
  return {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: (q, o) => inner.getEnterpriseSummary(q, o),
    listPackages: (q, o) => inner.listPackages(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => inner.queryConsumption(q, o),
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
    ...overrides,
  };
}

/** Counts every call of an adapter by method name. */
function spy(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
  const adapter = withOverrides(inner, {
    getSession: (o) => (count('getSession'), inner.getSession(o)),
    getEntitlement: (q, o) => (count('getEntitlement'), inner.getEntitlement(q, o)),
    queryConsumption: (q, o) => (count('queryConsumption'), inner.queryConsumption(q, o)),
  });
  return { adapter, calls };
}

/** A `getEntitlement` call the test answers when it decides — even after its signal was aborted. */
interface HeldCall {
  entitlementId: string;
  signal: AbortSignal | undefined;
  release: () => void;
}

function holdEntitlements(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  calls: HeldCall[];
} {
  const calls: HeldCall[] = [];
  const adapter = withOverrides(inner, {
    getEntitlement: (query, options?: CallOptions) =>
      new Promise<EntitlementView>((resolve, reject) => {
        calls.push({
          entitlementId: query.entitlementId,
          signal: options?.signal,
          release: () => void inner.getEntitlement(query).then(resolve, reject),
        });
      }),
  });
  return { adapter, calls };
}

// ---------------------------------------------------------------------------------------------------------
// Rendering and reading

type Detail = EntitlementDetailElement;

async function render(
  adapter: CustomerActivityAdapter,
  entitlementId: string | undefined,
  options: { lang?: string; parent?: HTMLElement } = {},
): Promise<Detail> {
  const parent = options.parent ?? wrapper({ lang: options.lang ?? 'en', style: 'width: 1100px' });
  if (options.lang && options.parent) parent.lang = options.lang;
  return fixture<Detail>(
    html`<entitlement-detail .adapter=${adapter} entitlement-id=${entitlementId ?? ''}></entitlement-detail>`,
    { parentNode: parent },
  );
}

const root = (el: Detail): ShadowRoot => el.shadowRoot!;
const panel = (el: Detail): StatePanelElement | null => root(el).querySelector('ca-state-panel');
const gridOf = (el: Detail): DataGridElement<ConsumptionRecord> | null =>
  root(el).querySelector<DataGridElement<ConsumptionRecord>>('ca-data-grid');
const chartOf = (el: Detail): ChartElement | null => root(el).querySelector('ca-chart');
const nameOf = (el: Detail): string => root(el).querySelector('[part="name"]')?.textContent?.trim() ?? '';
const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until nothing is loading: no loading panel, the chart's data and chart.js loaded, the grid's first page. */
async function settled(el: Detail): Promise<void> {
  await waitUntil(
    () => {
      const r = root(el);
      if (r.querySelector('ca-state-panel[state="loading"]')) return false;
      if (!r.querySelector('article')) return r.querySelector('ca-state-panel') !== null;
      if (r.querySelector('[part="timeline"] [role="status"]')) return false;
      const chart = chartOf(el);
      if (chart && (!chart.shadowRoot || chart.shadowRoot.querySelector('.loading'))) return false;
      const grid = gridOf(el)?.shadowRoot;
      if (
        gridOf(el) &&
        !(grid?.querySelector('[role="gridcell"]') || grid?.querySelector('ca-state-panel[state="empty"]'))
      ) {
        return false;
      }
      return true;
    },
    'the detail did not settle',
    { timeout: 15000 },
  );
}

async function show(
  entitlementId: string,
  viewerId = 'u-admin',
  lang = 'en',
  workspaceIds?: string[],
): Promise<Detail> {
  const el = await render(adapterFor(viewerId), entitlementId, { lang });
  if (workspaceIds) el.workspaceIds = workspaceIds;
  await settled(el);
  return el;
}

const columnHeaders = (el: Detail): string[] =>
  Array.from(gridOf(el)!.shadowRoot!.querySelectorAll('[role="columnheader"] .label'), (h) => text(h));
/** The cells of the first row as a screen reader reads them (what is hidden from it left out). */
const firstRowCells = (el: Detail): string[] =>
  Array.from(
    gridOf(el)!.shadowRoot!.querySelectorAll('[role="row"][aria-rowindex="2"] [role="gridcell"]'),
    (c) => {
      const copy = c.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return text(copy);
    },
  );
/** The cells of the first row as they look (the short unit of a number of hours: "6h"). */
const firstRowOnScreen = (el: Detail): string[] =>
  Array.from(
    gridOf(el)!.shadowRoot!.querySelectorAll('[role="row"][aria-rowindex="2"] [role="gridcell"]'),
    (c) => {
      const copy = c.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return text(copy);
    },
  );
const figureLabels = (el: Detail): string[] =>
  Array.from(root(el).querySelectorAll('[part="figures"] dt'), (dt) => text(dt));
/** The value of a figure as a screen reader reads it (what is hidden from it left out). */
const figureValue = (el: Detail, label: string): string => {
  const dt = Array.from(root(el).querySelectorAll('[part="figures"] dt')).find((d) => text(d) === label);
  const dd = dt?.nextElementSibling?.cloneNode(true) as Element | undefined;
  dd?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(dd);
};
const exportButton = (el: Detail): HTMLButtonElement | null =>
  gridOf(el)!.shadowRoot!.querySelector('[part="export-button"]');

/** The rows of the chart's table, once "Show as table" was pressed. */
async function chartTable(el: Detail): Promise<{ headers: string[]; rows: string[][] }> {
  const chart = chartOf(el)!;
  const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await chart.updateComplete;
  const table = chart.shadowRoot!.querySelector('table')!;
  return {
    headers: Array.from(table.querySelectorAll('thead th'), (th) => text(th)),
    rows: Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (c) => text(c))),
  };
}

// ---------------------------------------------------------------------------------------------------------

describe('<entitlement-detail>', () => {
  describe('history columns fit the kind', () => {
    const SERVICES = ['Reference', 'Date', 'Status'];
    const cases: [string, string, string[]][] = [
      ['reactive support', 'en-reactive', ['Case', ...SERVICES, 'Hours']],
      ['advisory support', 'en-advisory', ['Case', ...SERVICES, 'Hours']],
      ['proactive services', 'en-proactive', ['Service', ...SERVICES, 'Credits', 'Hours done']],
      ['workshop', 'en-workshop', ['Service', ...SERVICES, 'Credits', 'Hours done']],
      ['designated engineering', 'en-addon', ['Service', ...SERVICES, 'Hours', 'Hours done']],
      ['support technology advisor', 'en-sta-c', ['Service', ...SERVICES, 'Hours', 'Hours done']],
      ['other services', 'en-other', ['Service', ...SERVICES, 'Services']],
      ['education on demand', 'en-education', ['Learner', 'Activity', 'Date', 'Status']],
      ['support contacts', 'en-contacts-c', ['Name', 'E-mail', 'Added']],
      ['assessments on demand', 'en-assess', ['Assessment', 'Date', 'Status']],
      ['proactive credits', 'en-credits', ['Service', 'Date', 'Credits']],
    ];
    for (const [kind, id, headers] of cases) {
      it(`${kind}: ${headers.join(', ')}`, async () => {
        const el = await show(id, 'u-admin', 'en', ['ws-a', 'ws-b', 'ws-c']);
        expect(columnHeaders(el)).to.deep.equal(headers);
      });
    }

    it('shows each row through those columns, dates and numbers in the locale', async () => {
      expect(firstRowCells(await show('en-education'))).to.deep.equal([
        'Ana Lima',
        'Curso',
        'Jan 1, 2026',
        'Concluído',
      ]);
      expect(firstRowCells(await show('en-contacts-c'))).to.deep.equal([
        'Bruno Dias',
        'bruno@acme.test',
        'Nov 3, 2025',
      ]);
      expect(firstRowCells(await show('en-credits'))).to.deep.equal([
        'Créditos resgatados: Workshop',
        'Feb 10, 2026',
        '30',
      ]);
      const advisory = await show('en-advisory', 'u-admin', 'pt-BR');
      expect(columnHeaders(advisory)).to.deep.equal(['Caso', 'Referência', 'Data', 'Status', 'Horas']);
      // Newest first: r03 (2026-02-20) in ws-a.
      expect(firstRowCells(advisory)).to.deep.equal([
        'Análise de incidente',
        '',
        '20 de fev. de 2026',
        '',
        '6 horas',
      ]);
      // A number of hours is shown with its short unit; the CSV keeps the bare number.
      expect(firstRowOnScreen(advisory).at(-1)).to.equal('6h');
    });

    for (const lang of LANGS) {
      it(`is accessible with a grid and a chart (${lang})`, async () => {
        const el = await show('en-advisory', 'u-admin', lang);
        expect(gridOf(el)).to.exist;
        expect(chartOf(el)).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('additional benefits', () => {
    for (const lang of LANGS) {
      it(`explain that no consumption is tracked, with no grid, chart or meter (${lang})`, async () => {
        const el = await show('en-contacts', 'u-admin', lang);
        expect(nameOf(el)).to.equal('Entitlement en-contacts');
        const benefit = root(el).querySelector('[part="benefit"]');
        expect(text(benefit)).to.contain(
          lang === 'en' ? 'no consumption tracked against it' : 'sem consumo registrado',
        );
        expect(text(benefit)).to.contain(lang === 'en' ? 'Included: 6 contacts' : 'Incluído: 6 contatos');
        expect(gridOf(el)).to.equal(null);
        expect(chartOf(el)).to.equal(null);
        expect(root(el).querySelector('ca-meter')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('refuse an export: there is nothing to export', async () => {
      const el = await show('en-sta');
      expect(await el.exportCsv({ download: false })).to.equal(undefined);
    });
  });

  describe('the action link', () => {
    it('renders a javascript: URL as text, never as a link', async () => {
      const el = await show('en-unsafe');
      expect(root(el).querySelector('a')).to.equal(null);
      const shown = root(el).querySelector('[part="action-text"]')!;
      expect(text(shown)).to.contain("javascript:alert('x')");
      expect(text(shown)).to.contain('not a web or e-mail address');
      await expect(el).to.be.accessible();
    });

    it('renders an https URL as a link', async () => {
      const el = await show('en-advisory');
      const link = root(el).querySelector<HTMLAnchorElement>('a[part="action"]')!;
      expect(link.getAttribute('href')).to.equal('https://x.test/a');
      expect(text(link)).to.equal('Request this service');
      expect(root(el).querySelector('[part="action-text"]')).to.equal(null);
    });

    it('renders a mailto URL as a link, and no link at all when there is no URL', async () => {
      const mail = await show('en-mail');
      expect(root(mail).querySelector('a[part="action"]')!.getAttribute('href')).to.equal(
        'mailto:csam@x.test',
      );
      const none = await show('en-other');
      expect(root(none).querySelector('[part="action"], [part="action-text"]')).to.equal(null);
    });
  });

  describe('balance', () => {
    it('shows purchased, consumed (with the selected workspaces), remaining and utilisation', async () => {
      const el = await show('en-advisory');
      expect(figureValue(el, 'Purchased')).to.equal('100 hours');
      expect(figureValue(el, 'Consumed')).to.equal('42 hours 21 hours in the selected workspaces');
      expect(figureValue(el, 'Remaining')).to.equal('58 hours');
      expect(figureValue(el, 'Utilisation')).to.equal('42%');
      expect(text(root(el).querySelector('[part="kind"]'))).to.equal(
        'Advisory support · Consumable service · measured in hours',
      );
      expect(text(root(el).querySelector('[part="package"]'))).to.contain('Package pk-ent-1');
      expect(text(root(el).querySelector('[part="contract"]'))).to.contain('N-ct-1 · Contract ct-1');
    });

    it('says "as needed" and draws no bar when purchased is null', async () => {
      const el = await show('en-reactive');
      expect(figureValue(el, 'Purchased')).to.equal('As needed');
      expect(figureValue(el, 'Remaining')).to.equal('Not applicable');
      expect(root(el).querySelector('ca-meter')).to.equal(null);
    });

    const thresholds: [string, string, string][] = [
      ['en-advisory', '42% used — within limit', 'ok'],
      ['en-proactive', '80% used — warning', 'warning'],
      ['en-workshop', '95% used — critical', 'critical'],
      // The meter's own rounding writes 1.1 as "111%" (reported): only the threshold is asserted here.
      ['en-education', '\\d+% used — over limit', 'over'],
    ];
    for (const [id, valueText, threshold] of thresholds) {
      it(`colours the meter by threshold: ${threshold}`, async () => {
        const el = await show(id);
        const track = root(el).querySelector('ca-meter')!.shadowRoot!.querySelector('[role="meter"]')!;
        expect(track.getAttribute('aria-valuetext')).to.match(
          new RegExp(`^${valueText}; \\d+% of the term elapsed$`),
        );
        expect(track.closest('.meter')!.getAttribute('data-threshold')).to.equal(threshold);
      });
    }

    it('writes an over-consumed remaining as the amount over, and the utilisation past 100 %', async () => {
      const el = await show('en-education');
      expect(figureValue(el, 'Remaining')).to.equal('1 activity over');
      expect(figureValue(el, 'Utilisation')).to.equal('110%');
    });

    it('shows hours done for proactive kinds only', async () => {
      for (const id of ['en-proactive', 'en-workshop', 'en-addon', 'en-sta-c', 'en-credits']) {
        const el = await show(id);
        expect(figureLabels(el), id).to.include('Hours done');
      }
      expect(figureValue(await show('en-credits'), 'Hours done')).to.equal('6');
      for (const id of [
        'en-reactive',
        'en-advisory',
        'en-education',
        'en-contacts-c',
        'en-assess',
        'en-other',
      ]) {
        const el = await show(id);
        expect(figureLabels(el), id).not.to.include('Hours done');
        expect(columnHeaders(el), id).not.to.include('Hours done');
      }
    });
  });

  describe('outlook', () => {
    const outlookOf = (el: Detail): HTMLDetailsElement | null =>
      root(el).querySelector<HTMLDetailsElement>('[part="forecast"] [part="outlook"]');

    for (const lang of LANGS) {
      it(`says where the balance is heading, in words (${lang})`, async () => {
        // 42 of 100 hours at 60 % of the term: ≈ 70 by the end, ≈ 30 unused.
        const el = await show('en-advisory', 'u-admin', lang);
        const forecast = root(el).querySelector('[part="forecast"]')!;
        expect(text(forecast.querySelector('.forecast-label'))).to.equal(
          lang === 'en' ? 'Outlook' : 'Previsão',
        );
        expect(text(outlookOf(el)!.querySelector('.outlook-text'))).to.equal(
          lang === 'en'
            ? '≈ 30 hours would expire unused at the pace so far'
            : '≈ 30 horas expirariam sem uso no ritmo atual',
        );
        await expect(el).to.be.accessible();
        const used = await show('en-education', 'u-admin', lang);
        expect(text(outlookOf(used)!.querySelector('.outlook-text'))).to.equal(
          lang === 'en' ? 'Used up' : 'Esgotado',
        );
        await expect(used).to.be.accessible();
      });
    }

    it('opens the figures behind the outlook with Enter, and has none for as needed', async () => {
      const el = await show('en-advisory');
      const outlook = outlookOf(el)!;
      outlook.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => outlook.open, 'Enter did not open the figures');
      expect([...outlook.querySelectorAll('.outlook-figure')].map((f) => text(f))).to.deep.equal([
        'Term elapsed 60%',
        'Consumed so far (all workspaces) 42 hours',
        'Expected by now at an even pace ≈ 60 hours',
        'Pace 0.7× an even pace',
        'Projected total at the end of the term ≈ 70 hours',
        'Unused at the end of the term ≈ 30 hours',
      ]);
      await expect(el).to.be.accessible();
      expect(outlookOf(await show('en-reactive'))).to.equal(null);
    });
  });

  describe('consumption over time', () => {
    const HEADERS = [
      'Month',
      'Consumed, all workspaces (cumulative)',
      'Consumed, selected workspaces (cumulative)',
      'Consumed in the month, all workspaces',
      'Purchased',
      'Even pace',
      'Projection at the pace so far',
    ];

    it('charts the contract-wide consumption against the purchase, the even pace and the projection, over the whole term', async () => {
      const el = await show('en-advisory');
      // Checked before the table is opened: <ca-chart>'s scrolling table box is not focusable (reported).
      await expect(el).to.be.accessible();
      const { headers, rows } = await chartTable(el);
      expect(headers).to.deep.equal(HEADERS);
      // pk-ent-1 runs 2025-01-01 – 2026-12-31 (729 days); today is 2026-03-15 (day 438). The start, then 24 months.
      // Every workspace: 10 in January, 31 in February (ws-b's 20 among them), 1 in March: 42, the balance's
      // consumedTotal. ws-a alone: 10, 11, 0.
      expect(rows).to.have.length(25);
      expect(rows[0]).to.deep.equal(['Start (Jan 1, 2025)', '0', '0', '—', '100', '0', '—']);
      expect(rows[1]).to.deep.equal(['Jan 2025', '0', '0', '0', '100', '4.1', '—']);
      expect(rows.slice(13, 17)).to.deep.equal([
        ['Jan 2026', '10', '10', '10', '100', '54.2', '—'],
        ['Feb 2026', '41', '21', '31', '100', '58', '—'],
        // Today: the projection starts at the consumption so far (42 = 100 × 60.1 % × pace 0.7) …
        ['Mar 2026', '42', '21', '1', '100', '60.1', '42'],
        ['Apr 2026', '—', '—', '—', '100', '66.4', '46.4'],
      ]);
      // … and reaches the projected total at the end of the term, where the even pace reaches the purchase.
      expect(rows.at(-1)).to.deep.equal(['Dec 2026', '—', '—', '—', '100', '100', '69.9']);
      const balance = await adapterFor().getEntitlement({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
      });
      expect(balance.consumedTotal).to.equal(42);
      expect(balance.forecast!.projectedTotal).to.be.closeTo(69.9, 0.05);
      expect(text(root(el).querySelector('[part="timeline"]'))).to.contain(
        'The selected workspaces have consumed 21 hours; across all workspaces, 42 hours.',
      );
    });

    it('names its series and notes in Brazilian Portuguese', async () => {
      const el = await show('en-advisory', 'u-admin', 'pt-BR');
      const { headers, rows } = await chartTable(el);
      expect(headers).to.deep.equal([
        'Mês',
        'Consumido, todos os workspaces (acumulado)',
        'Consumido, workspaces selecionados (acumulado)',
        'Consumido no mês, todos os workspaces',
        'Comprado',
        'Ritmo constante',
        'Projeção no ritmo atual',
      ]);
      expect(rows[0][0]).to.equal('Início (1 de jan. de 2025)');
      expect(text(root(el).querySelector('[part="timeline"]'))).to.contain(
        'Os workspaces selecionados consumiram 21 horas; somando todos os workspaces, o consumo é de 42 horas.',
      );
      await expect(el).to.be.accessible();
    });

    it('draws no selected-workspaces line when the selection is every workspace that consumed', async () => {
      const { headers, rows } = await chartTable(
        await show('en-advisory', 'u-admin', 'en', ['ws-a', 'ws-b', 'ws-c']),
      );
      expect(headers).to.deep.equal(HEADERS.filter((h) => !h.includes('selected')));
      expect(rows[15]).to.deep.equal(['Mar 2026', '42', '1', '100', '60.1', '42']);
    });

    it('has no purchased, even-pace or projection line when purchased is null', async () => {
      const { headers } = await chartTable(await show('en-reactive'));
      expect(headers).to.deep.equal([
        'Month',
        'Consumed, all workspaces (cumulative)',
        'Consumed in the month, all workspaces',
      ]);
    });

    it('says which rows it leaves out when folded from the rows the viewer may see', async () => {
      // withOverrides forwards no getConsumptionTimeline: the element pages through the history itself, over every
      // workspace the viewer may select (ws-a for u-member), so only its rows count in the all-workspaces line.
      const el = await render(withOverrides(adapterFor('u-member')), 'en-advisory');
      await settled(el);
      const { headers, rows } = await chartTable(el);
      expect(headers).to.deep.equal(HEADERS.filter((h) => !h.includes('selected')));
      expect(rows[15]).to.deep.equal(['Mar 2026', '15', '0', '100', '60.1', '42']);
      const timeline = text(root(el).querySelector('[part="timeline"]'));
      expect(timeline).to.contain('1 row that you may not see is not counted in this chart.');
      expect(timeline).to.contain(
        'The all-workspaces line counts the rows you may see (15 hours); the contract has consumed 42 hours in all.',
      );
    });

    it('counts every row of every workspace when the memory adapter aggregates the timeline, as the balance does', async () => {
      const el = await show('en-advisory', 'u-member');
      const { rows } = await chartTable(el);
      const balance = await adapterFor('u-member').getEntitlement({
        entitlementId: 'en-advisory',
        workspaceIds: ['ws-a'],
      });
      // More than the 15 folded from the rows the viewer may see (above): the hidden row counts here too, and so
      // does every other workspace — the last contract-wide point is the balance's consumedTotal.
      expect([balance.consumed, balance.consumedTotal]).to.deep.equal([21, 42]);
      expect(rows[15].slice(0, 3)).to.deep.equal(['Mar 2026', '42', '21']);
      expect(text(root(el).querySelector('[part="timeline"]'))).not.to.contain('not counted');
    });

    it("uses the adapter's getConsumptionTimeline when it has one, and reads no history for it", async () => {
      const { adapter: spied, calls } = spy(adapterFor());
      const adapter = withOverrides(spied, {
        getConsumptionTimeline: () =>
          Promise.resolve([
            { period: '2026-02', consumed: 5, cumulative: 5, consumedTotal: 5, cumulativeTotal: 5 },
            { period: '2026-03', consumed: 2, cumulative: 7, consumedTotal: 2, cumulativeTotal: 7 },
          ]),
      });
      const el = await render(adapter, 'en-advisory');
      await settled(el);
      const { rows } = await chartTable(el);
      expect(rows.slice(13, 16)).to.deep.equal([
        ['Jan 2026', '—', '—', '100', '54.2', '—'],
        ['Feb 2026', '5', '5', '100', '58', '—'],
        ['Mar 2026', '7', '2', '100', '60.1', '42'],
      ]);
      // The grid's first page only.
      expect(calls.get('queryConsumption')).to.equal(1);
    });

    it('says so instead of charting when nothing was consumed', async () => {
      const dataset = detailDataset();
      dataset.entitlements.push(makeEntitlement({ id: 'en-unused', purchased: 5 }));
      const el = await render(adapterFor('u-admin', dataset), 'en-unused');
      await settled(el);
      expect(chartOf(el)).to.equal(null);
      expect(text(root(el).querySelector('[part="timeline"]'))).to.contain(
        'Nothing has been consumed in this package’s term yet.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows a failed chart apart, with a retry, and fires ca-error', async () => {
      let fail = true;
      const inner = adapterFor();
      const adapter = withOverrides(inner, {
        queryConsumption: (q, o) =>
          q.sort?.[0]?.direction === 'asc' && fail
            ? Promise.reject(new TypeError('Failed to fetch'))
            : inner.queryConsumption(q, o),
      });
      const parent = wrapper({ lang: 'en' });
      const errors: CaErrorEvent[] = [];
      parent.addEventListener('ca-error', (e) => errors.push(e));
      const el = await render(adapter, 'en-advisory', { parent });
      await settled(el);
      expect(text(root(el).querySelector('[part="timeline"]'))).to.contain('The chart could not be loaded.');
      expect(errors.map((e) => e.detail.operation)).to.deep.equal(['timeline']);
      expect(gridOf(el)).to.exist;
      await expect(el).to.be.accessible();
      fail = false;
      root(el).querySelector<HTMLButtonElement>('[part="chart-retry"]')!.click();
      await waitUntil(() => chartOf(el), 'the chart did not come back');
    });
  });

  describe('loadTimeline', () => {
    const rows = (n: number): ConsumptionRecord[] =>
      Array.from({ length: n }, (_, i) =>
        makeRecord({ id: `t${i}`, date: `2026-0${1 + (i % 3)}-10`, quantity: 1 + i }),
      );
    function pagedAdapter(all: ConsumptionRecord[], hidden = 0) {
      const queries: ConsumptionQuery[] = [];
      const adapter = withOverrides(adapterFor(), {
        queryConsumption: (q) => {
          queries.push(q);
          return Promise.resolve<Page<ConsumptionRecord>>({
            rows: all.slice(q.offset, q.offset + q.limit),
            total: all.length,
            hiddenByPermissions: hidden,
          });
        },
      });
      return { adapter, queries };
    }
    const query = {
      entitlementId: 'en-x',
      workspaceIds: ['ws-a'],
      range: { from: '2026-01-01', to: '2026-03-15' },
    };

    it('pages through the history by date, ascending, and folds it by month', async () => {
      const { adapter, queries } = pagedAdapter(rows(12), 2);
      const result = await loadTimeline(adapter, query, { chunkSize: 5 });
      expect(queries.map((q) => [q.offset, q.limit])).to.deep.equal([
        [0, 5],
        [5, 5],
        [10, 5],
      ]);
      expect(queries.every((q) => q.sort?.[0]?.key === 'date' && q.sort[0].direction === 'asc')).to.equal(
        true,
      );
      expect(result).to.deep.equal({
        status: 'complete',
        source: 'history',
        hiddenByPermissions: 2,
        totals: 'partial',
        totalsHiddenByPermissions: 2,
        points: [
          { period: '2026-01', consumed: 22, cumulative: 22, consumedTotal: 22, cumulativeTotal: 22 },
          { period: '2026-02', consumed: 26, cumulative: 48, consumedTotal: 26, cumulativeTotal: 48 },
          { period: '2026-03', consumed: 30, cumulative: 78, consumedTotal: 30, cumulativeTotal: 78 },
        ],
      });
    });

    it('stops after the first page when the history is longer than the cap', async () => {
      const { adapter, queries } = pagedAdapter(rows(12));
      const result = await loadTimeline(adapter, query, { chunkSize: 5, cap: 10 });
      expect(result).to.deep.equal({ status: 'too-long', rowCount: 12, cap: 10 });
      expect(queries).to.have.length(1);
    });

    it('stops when its signal is aborted', async () => {
      const { adapter, queries } = pagedAdapter(rows(12));
      const controller = new AbortController();
      const promise = loadTimeline(adapter, query, { chunkSize: 5, signal: controller.signal });
      controller.abort();
      let error: unknown;
      try {
        await promise;
      } catch (e) {
        error = e;
      }
      expect((error as Error | undefined)?.name).to.equal('AbortError');
      expect(queries.length).to.be.at.most(1);
    });

    it('shows a note in place of the chart beyond the cap, and keeps the grid', async () => {
      const big = rows(12);
      const inner = adapterFor();
      const adapter = withOverrides(inner, {
        queryConsumption: (q, o) =>
          q.sort?.[0]?.direction === 'asc'
            ? Promise.resolve({ rows: big.slice(0, q.limit), total: 250_000, hiddenByPermissions: 0 })
            : inner.queryConsumption(q, o),
      });
      const el = await render(adapter, 'en-advisory');
      await settled(el);
      expect(chartOf(el)).to.equal(null);
      expect(text(root(el).querySelector('[part="timeline"]'))).to.contain(
        'The chart is drawn for histories of up to 200,000 rows, and this one has 250,000.',
      );
      expect(gridOf(el)).to.exist;
    });
  });

  describe('export', () => {
    let downloads: string[] = [];
    const intercept = (event: MouseEvent): void => {
      const a = event.composedPath()[0];
      if (a instanceof HTMLAnchorElement && a.download) {
        event.preventDefault();
        downloads.push(a.download);
      }
    };
    beforeEach(() => {
      downloads = [];
      window.addEventListener('click', intercept, true);
    });
    afterEach(() => window.removeEventListener('click', intercept, true));

    it('a viewer without exportEducation gets no export button, a note, and exportCsv() rejects', async () => {
      const el = await show('en-education', 'u-member');
      expect(exportButton(el)).to.equal(null);
      expect(text(root(el).querySelector('[part="export-note"]'))).to.equal(
        'Only learning managers and administrators may export the Education on Demand report.',
      );
      let error: unknown;
      try {
        await el.exportCsv({ download: false });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(AccessDeniedError);
      expect(downloads).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('the same viewer may export any other history', async () => {
      const el = await show('en-advisory', 'u-member');
      expect(exportButton(el)).to.exist;
      expect(root(el).querySelector('[part="export-note"]')).to.equal(null);
      const result = await el.exportCsv({ download: false });
      expect(result!.rowCount).to.equal(2);
    });

    for (const [lang, header, date] of [
      ['en', 'Learner,Activity,Date,Status', '2026-01-01'],
      ['pt-BR', 'Aluno,Atividade,Data,Status', '2026-01-01'],
    ] as const) {
      it(`a learning manager exports education: BOM, ${lang} headers, machine-readable values`, async () => {
        const el = await show('en-education', 'u-learner', lang);
        expect(exportButton(el)).to.exist;
        const result = (await el.exportCsv({ download: false }))!;
        expect(result.filename).to.equal('entitlement-en-education-2026-03-15.csv');
        const bytes = new Uint8Array(await result.blob.arrayBuffer());
        expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
        const lines = new TextDecoder().decode(bytes).split('\r\n');
        expect(lines).to.deep.equal([header, `Ana Lima,Curso,${date},Concluído`]);
        await expect(el).to.be.accessible();
      });
    }

    it('the Export button downloads the file and fires ca-export once, from the element', async () => {
      const el = await show('en-advisory');
      const events: DataGridExportEvent[] = [];
      el.parentElement!.addEventListener('ca-export', (e) => events.push(e));
      setTimeout(() => exportButton(el)!.click());
      const event = await oneEvent(el, 'ca-export');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(event.detail).to.deep.equal({ rowCount: 3, filename: 'entitlement-en-advisory-2026-03-15.csv' });
      expect(events).to.have.length(1);
      expect(events[0].target).to.equal(el);
      expect(downloads).to.deep.equal(['entitlement-en-advisory-2026-03-15.csv']);
    });

    it('exportCsv() fires no ca-export', async () => {
      const el = await show('en-advisory');
      let fired = 0;
      el.addEventListener('ca-export', () => fired++);
      await el.exportCsv({ download: false });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fired).to.equal(0);
    });
  });

  describe('states', () => {
    for (const lang of LANGS) {
      it(`loading (${lang}): a loading panel while the entitlement is on its way`, async () => {
        const held = holdEntitlements(adapterFor());
        const el = await render(held.adapter, 'en-advisory', { lang });
        await waitUntil(() => held.calls.length === 1);
        await el.updateComplete;
        expect(panel(el)!.state).to.equal('loading');
        expect(text(panel(el)!.shadowRoot)).to.equal(lang === 'en' ? 'Loading…' : 'Carregando…');
        await expect(el).to.be.accessible();
      });

      it(`empty (${lang}): no entitlement chosen`, async () => {
        const el = await render(adapterFor(), undefined, { lang });
        await waitUntil(() => panel(el)?.state === 'empty');
        expect(text(panel(el)!.shadowRoot)).to.contain(
          lang === 'en' ? 'No entitlement selected' : 'Nenhum direito selecionado',
        );
        await expect(el).to.be.accessible();
      });

      it(`no access (${lang}): a viewer who may not see the page, and no data asked for`, async () => {
        const { adapter, calls } = spy(adapterFor('u-none'));
        const el = await render(adapter, 'en-advisory', { lang });
        await waitUntil(() => panel(el)?.state === 'no-access');
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect(calls.get('getSession')).to.equal(1);
        expect(calls.get('getEntitlement')).to.equal(undefined);
        expect(calls.get('queryConsumption')).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it(`error (${lang}): an error panel, ca-error, and "Try again" loads it`, async () => {
        let failures = 1;
        const inner = adapterFor();
        const adapter = withOverrides(inner, {
          getEntitlement: (q, o) =>
            failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : inner.getEntitlement(q, o),
        });
        const parent = wrapper({ lang });
        const errors: CaErrorEvent[] = [];
        parent.addEventListener('ca-error', (e) => errors.push(e));
        const el = await render(adapter, 'en-advisory', { parent });
        await waitUntil(() => panel(el)?.state === 'error');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.be.instanceOf(CaErrorEvent);
        expect(errors[0].detail.operation).to.equal('entitlement');
        expect(errors[0].detail.error).to.be.instanceOf(TypeError);
        expect(text(panel(el)!.shadowRoot)).to.contain(
          lang === 'en' ? 'The server could not be reached.' : 'Não foi possível conectar ao servidor.',
        );
        await expect(el).to.be.accessible();
        panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await waitUntil(() => root(el).querySelector('article'), 'the retry did not load the entitlement');
        await settled(el);
        expect(nameOf(el)).to.equal('Entitlement en-advisory');
      });
    }

    it('an entitlement the adapter refuses shows the no-access state', async () => {
      const adapter = withOverrides(adapterFor(), {
        getEntitlement: () => Promise.reject(new AccessDeniedError()),
      });
      const el = await render(adapter, 'en-advisory');
      await waitUntil(() => panel(el)?.state === 'no-access');
      await expect(el).to.be.accessible();
    });

    it('an unknown entitlement says it was not found', async () => {
      const el = await render(adapterFor(), 'en-nope');
      await waitUntil(() => panel(el)?.state === 'error');
      expect(text(panel(el)!.shadowRoot)).to.contain('Entitlement not found');
      expect(text(panel(el)!.shadowRoot)).to.contain('This item was not found.');
      await expect(el).to.be.accessible();
    });

    it('a history that fails shows the grid error and fires ca-error for the history', async () => {
      const inner = adapterFor();
      const adapter = withOverrides(inner, {
        queryConsumption: (q, o) =>
          q.sort?.[0]?.direction === 'desc'
            ? Promise.reject(new TypeError('Failed to fetch'))
            : inner.queryConsumption(q, o),
      });
      const parent = wrapper({ lang: 'en' });
      const errors: string[] = [];
      parent.addEventListener('ca-error', (e) => errors.push(e.detail.operation));
      const el = await render(adapter, 'en-advisory', { parent });
      await waitUntil(() => gridOf(el)?.shadowRoot?.querySelector('ca-state-panel[state="error"]'));
      expect(errors).to.include('history');
    });

    it('reads the adapter from context when none is set', async () => {
      const host = wrapper({ lang: 'en' });
      new ContextProvider(host, { context: adapterContext, initialValue: adapterFor() });
      const el = await fixture<Detail>(
        html`<entitlement-detail entitlement-id="en-assess"></entitlement-detail>`,
        {
          parentNode: host,
        },
      );
      await settled(el);
      expect(nameOf(el)).to.equal('Entitlement en-assess');
    });
  });

  describe('stale answers', () => {
    it('never shows an entitlement that was switched away from, even if its answer comes late', async () => {
      const held = holdEntitlements(adapterFor());
      const el = await render(held.adapter, 'en-advisory');
      await waitUntil(() => held.calls.length === 1);
      el.entitlementId = 'en-proactive';
      await waitUntil(() => held.calls.length === 2);
      expect(held.calls[0].signal!.aborted).to.equal(true);
      held.calls[0].release();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(panel(el)!.state).to.equal('loading');
      expect(nameOf(el)).to.equal('');
      held.calls[1].release();
      await settled(el);
      expect(nameOf(el)).to.equal('Entitlement en-proactive');
      expect(columnHeaders(el)).to.include('Hours done');
    });

    it('switching from a loaded entitlement shows loading, not the old one', async () => {
      const held = holdEntitlements(adapterFor());
      const el = await render(held.adapter, 'en-advisory');
      await waitUntil(() => held.calls.length === 1);
      held.calls[0].release();
      await settled(el);
      el.entitlementId = 'en-education';
      await el.updateComplete;
      expect(nameOf(el)).to.equal('');
      expect(panel(el)!.state).to.equal('loading');
      await waitUntil(() => held.calls.length === 2);
      held.calls[1].release();
      await settled(el);
      expect(nameOf(el)).to.equal('Entitlement en-education');
      expect(columnHeaders(el)).to.deep.equal(['Learner', 'Activity', 'Date', 'Status']);
    });

    it('keeps the entitlement on screen, busy, while other workspaces load', async () => {
      const held = holdEntitlements(adapterFor());
      const el = await render(held.adapter, 'en-advisory');
      await waitUntil(() => held.calls.length === 1);
      held.calls[0].release();
      await settled(el);
      el.workspaceIds = ['ws-a', 'ws-b'];
      await waitUntil(() => held.calls.length === 2);
      await el.updateComplete;
      expect(nameOf(el)).to.equal('Entitlement en-advisory');
      expect(root(el).querySelector('article')!.getAttribute('aria-busy')).to.equal('true');
      held.calls[1].release();
      await waitUntil(() => root(el).querySelector('article')!.getAttribute('aria-busy') === 'false');
      expect(figureValue(el, 'Consumed')).to.equal('42 hours 41 hours in the selected workspaces');
    });
  });

  describe('keyboard', () => {
    it('reaches the action link, the outlook, the chart toggle and the grid with Tab', async () => {
      const el = await show('en-advisory');
      const link = root(el).querySelector<HTMLAnchorElement>('a[part="action"]')!;
      link.focus();
      // Identities are compared as booleans: a failing assertion must not try to serialize an element.
      expect(root(el).activeElement === link, 'the link').to.equal(true);
      await sendKeys({ press: 'Tab' });
      // Next in order: the outlook's disclosure, whose figures Enter opens …
      const summary = root(el).querySelector('[part="forecast"] summary');
      expect(root(el).activeElement === summary, 'the outlook').to.equal(true);
      await sendKeys({ press: 'Tab' });
      // … then the chart's "Show as table" toggle.
      expect(root(el).activeElement === chartOf(el), 'the chart').to.equal(true);
    });
  });
});
