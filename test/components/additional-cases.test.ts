import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdditionalCasesElement } from '../../src/components/additional-cases/additional-cases.js';
import { CaErrorEvent, CasesFilterChangeEvent } from '../../src/components/additional-cases/events.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { DataGridExportEvent } from '../../src/components/data-grid/events.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { AdditionalCasesQuery, CallOptions, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { adapterContext } from '../../src/data/context.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { AdditionalCase, Dataset, Page, Reason, SupportCase } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import {
  makeCase,
  makeContract,
  makeDataset,
  makeEntitlement,
  makePackage,
  makeUser,
} from '../helpers/fixtures.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-data-grid', DataGridElement);
defineOnce('additional-cases', AdditionalCasesElement);

// ---------------------------------------------------------------------------------------------------------
// The dataset (today is 2026-03-15; the selection is São Paulo, ws-a)

/**
 * Contracts: ct-1 active (ws-a, ws-b), ct-old expired (ws-a), ct-b active (ws-b only), ct-b-old expired (ws-b only),
 * each with one package and one entitlement.
 */
const CONTRACTS = [
  makeContract({ id: 'ct-1', number: 'C-100', name: 'Enterprise', workspaceIds: ['ws-a', 'ws-b'] }),
  makeContract({
    id: 'ct-old',
    number: 'C-090',
    name: 'Legado',
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    workspaceIds: ['ws-a'],
  }),
  makeContract({ id: 'ct-b', number: 'C-200', name: 'Rio', workspaceIds: ['ws-b'] }),
  makeContract({
    id: 'ct-b-old',
    number: 'C-190',
    name: 'Rio antigo',
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    workspaceIds: ['ws-b'],
  }),
];

/** Ids of the cases, each with the reasons it has when São Paulo (ws-a) is selected. */
const REASONS_OF: Record<string, Reason[]> = {
  'c-expired': ['expired-contract'],
  'c-unmapped': ['unmapped-contract'],
  'c-no-contract': ['missing-contract'],
  'c-unknown-contract': ['missing-contract'],
  'c-no-package': ['missing-package'],
  'c-no-service': ['missing-service'],
  'c-su': ['classified'],
  'c-dsa': ['classified'],
  'c-x85': ['classified'],
  'c-rec': ['classified'],
  'c-expired-unmapped': ['expired-contract', 'unmapped-contract'],
  'c-expired-service-rec': ['expired-contract', 'missing-service', 'classified'],
  'c-unmapped-package': ['unmapped-contract', 'missing-package'],
  'c-contract-x85': ['missing-contract', 'classified'],
  'c-four': ['expired-contract', 'unmapped-contract', 'missing-service', 'classified'],
};

/** Every reason alone and combined, one ordinary case, and one additional case in Rio (ws-b). */
function casesList(): SupportCase[] {
  const refs = (contractId?: string, packageId?: string, entitlementId?: string) => ({
    contractId,
    packageId,
    entitlementId,
  });
  const list: SupportCase[] = [
    makeCase({ id: 'c-expired', ...refs('ct-old', 'pk-old', 'en-old') }),
    makeCase({ id: 'c-unmapped', ...refs('ct-b', 'pk-b', 'en-b') }),
    makeCase({ id: 'c-no-contract', type: 'problem-resolution', ...refs() }),
    makeCase({ id: 'c-unknown-contract', ...refs('ct-nope', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-no-package', title: '=HYPERLINK("x")', ...refs('ct-1') }),
    makeCase({ id: 'c-no-service', status: 'closed', closedAt: '2026-03-01', ...refs('ct-1', 'pk-1') }),
    makeCase({ id: 'c-su', classification: 'SU', ...refs('ct-1', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-dsa', classification: 'DSA', ...refs('ct-1', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-x85', classification: 'X85', ...refs('ct-1', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-rec', classification: 'REC', ...refs('ct-1', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-expired-unmapped', ...refs('ct-b-old', 'pk-b-old', 'en-b-old') }),
    makeCase({ id: 'c-expired-service-rec', classification: 'REC', ...refs('ct-old', 'pk-old') }),
    makeCase({ id: 'c-unmapped-package', ...refs('ct-b', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-contract-x85', classification: 'X85', ...refs() }),
    makeCase({ id: 'c-four', classification: 'DSA', ...refs('ct-b-old', 'pk-b-old', 'en-nope') }),
  ];
  // Opened on distinct days, in list order, so the default order (newest first) is the reverse of the list.
  list.forEach((c, i) => (c.openedAt = `2026-02-${String(i + 1).padStart(2, '0')}`));
  return [
    ...list,
    makeCase({ id: 'c-normal', openedAt: '2026-02-20', ...refs('ct-1', 'pk-1', 'en-1') }),
    makeCase({ id: 'c-rio', workspaceId: 'ws-b', openedAt: '2026-02-21', ...refs() }),
  ];
}

/**
 * The viewers, one per access criterion: group (g-ops), sharing, primary contact, the view-all role, customer
 * admin, workspace admin (of ws-a); and one who may see no workspace.
 */
function usersList() {
  const member = { roles: ['customer-activity' as const], workspaceIds: ['ws-a'] };
  return [
    makeUser({ id: 'u-admin', name: 'Ana Admin', roles: ['customer-admin'] }),
    makeUser({ id: 'u-wsadmin', name: 'Wagner', adminOfWorkspaceIds: ['ws-a'] }),
    makeUser({
      id: 'u-viewall',
      name: 'Vera',
      roles: ['customer-activity', 'view-all-support-requests'],
      workspaceIds: ['ws-a'],
    }),
    makeUser({ id: 'u-group', name: 'Gabi', ...member, groupIds: ['g-ops'] }),
    makeUser({ id: 'u-shared', name: 'Sara', ...member }),
    makeUser({ id: 'u-contact', name: 'Caio', ...member }),
    makeUser({ id: 'u-none', name: 'Nina', roles: ['view-all-support-requests'], workspaceIds: ['ws-a'] }),
  ];
}

/** Grants: c-expired to group g-ops, c-unmapped shared with u-sared, c-no-contract's primary contact u-contact,
 * c-unknown-contract both to g-ops and shared with u-shared. Every other case is private. */
function casesDataset(cases: SupportCase[] = casesList()): Dataset {
  const grant: Record<string, Partial<SupportCase>> = {
    'c-expired': { groupIds: ['g-ops'] },
    'c-unmapped': { sharedWithUserIds: ['u-shared'] },
    'c-no-contract': { primaryContactId: 'u-contact' },
    'c-unknown-contract': { groupIds: ['g-ops'], sharedWithUserIds: ['u-shared'] },
  };
  return makeDataset({
    users: usersList(),
    contracts: CONTRACTS.map((c) => ({ ...c, workspaceIds: [...c.workspaceIds] })),
    packages: [
      makePackage({ id: 'pk-1' }),
      makePackage({ id: 'pk-old', contractId: 'ct-old', startDate: '2024-01-01', endDate: '2025-12-31' }),
      makePackage({ id: 'pk-b', contractId: 'ct-b' }),
      makePackage({ id: 'pk-b-old', contractId: 'ct-b-old', startDate: '2024-01-01', endDate: '2025-12-31' }),
    ],
    entitlements: [
      makeEntitlement({ id: 'en-1', packageId: 'pk-1' }),
      makeEntitlement({ id: 'en-old', packageId: 'pk-old' }),
      makeEntitlement({ id: 'en-b', packageId: 'pk-b' }),
      makeEntitlement({ id: 'en-b-old', packageId: 'pk-b-old' }),
    ],
    consumption: [],
    cases: cases.map((c) => ({ ...c, ...grant[c.id] })),
  });
}

const ADDITIONAL = Object.keys(REASONS_OF);

/** The case number shown for a case id (makeCase's default). */
const numberOf = (id: string): string => `CS-${id}`;

/** The numbers of some cases in the default order (most recently opened first). */
const inDefaultOrder = (ids: readonly string[]): string[] =>
  ADDITIONAL.filter((id) => ids.includes(id))
    .reverse()
    .map(numberOf);

function adapterFor(dataset: Dataset = casesDataset(), viewerId = 'u-admin'): CustomerActivityAdapter {
  return createMemoryAdapter(dataset, { viewerId });
}

// ---------------------------------------------------------------------------------------------------------
// Adapters that spy on, replace or hold back the answers

/** An adapter forwarding to `inner`, with some methods replaced. */
function withOverrides(
  inner: CustomerActivityAdapter,
  overrides: Partial<CustomerActivityAdapter>,
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

/** A held `queryAdditionalCases` call: the test answers it when it wants. */
interface HeldQuery {
  query: AdditionalCasesQuery;
  signal: AbortSignal | undefined;
  /** Answers with `page`, or with what the inner adapter says. */
  release: (page?: Page<AdditionalCase>) => void;
  reject: (error: unknown) => void;
}

/**
 * Every `queryAdditionalCases` call waits for the test — and is answered even when its signal was aborted, as a
 * careless backend would, so the element alone must keep a stale answer off screen.
 */
function holdCases(inner: CustomerActivityAdapter): { adapter: CustomerActivityAdapter; calls: HeldQuery[] } {
  const calls: HeldQuery[] = [];
  const adapter = withOverrides(inner, {
    queryAdditionalCases: (query: AdditionalCasesQuery, options?: CallOptions) =>
      new Promise<Page<AdditionalCase>>((resolve, reject) => {
        calls.push({
          query,
          signal: options?.signal,
          release: (page) => {
            if (page) resolve(page);
            else void inner.queryAdditionalCases(query).then(resolve, reject);
          },
          reject,
        });
      }),
  });
  return { adapter, calls };
}

/** Counts the calls of each adapter method. */
function countCalls(inner: CustomerActivityAdapter): {
  adapter: CustomerActivityAdapter;
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  const count =
    <A extends unknown[], R>(name: string, call: (...args: A) => R) =>
    (...args: A): R => {
      counts[name] = (counts[name] ?? 0) + 1;
      return call(...args);
    };
  const adapter: CustomerActivityAdapter = {
    getSession: count('getSession', (o?: CallOptions) => inner.getSession(o)),
    listContracts: count('listContracts', (q, o) => inner.listContracts(q, o)),
    getEnterpriseSummary: count('getEnterpriseSummary', (q, o) => inner.getEnterpriseSummary(q, o)),
    listPackages: count('listPackages', (q, o) => inner.listPackages(q, o)),
    getEntitlement: count('getEntitlement', (q, o) => inner.getEntitlement(q, o)),
    queryConsumption: count('queryConsumption', (q, o) => inner.queryConsumption(q, o)),
    queryAdditionalCases: count('queryAdditionalCases', (q, o) => inner.queryAdditionalCases(q, o)),
  };
  return { adapter, counts };
}

const never = <T>(): Promise<T> => new Promise<T>(() => {});

// ---------------------------------------------------------------------------------------------------------
// Fixture and queries

interface Options {
  lang?: string;
  workspaceIds?: string[];
  reasons?: Reason[];
}

/** Renders the element; the grid is tall enough to hold every row of these datasets at once. */
async function render(
  adapter: CustomerActivityAdapter | undefined,
  options: Options = {},
): Promise<AdditionalCasesElement> {
  return fixture<AdditionalCasesElement>(
    html`<additional-cases
      .adapter=${adapter}
      .workspaceIds=${options.workspaceIds ?? ['ws-a']}
      .reasons=${options.reasons ?? []}
    ></additional-cases>`,
    { parentNode: wrapper({ lang: options.lang, style: '--ca-data-grid-height: 1400px' }) },
  );
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: AdditionalCasesElement): ShadowRoot => el.shadowRoot!;
const gridOf = (el: AdditionalCasesElement): DataGridElement | null => root(el).querySelector('ca-data-grid');
const gridRoot = (el: AdditionalCasesElement): ShadowRoot | null => gridOf(el)?.shadowRoot ?? null;
/** The element's own state panel (not the grid's). */
const panel = (el: AdditionalCasesElement): StatePanelElement | null =>
  root(el).querySelector('ca-state-panel');
/** The grid's state panel (its empty, error or loading state). */
const gridPanel = (el: AdditionalCasesElement): StatePanelElement | null =>
  gridRoot(el)?.querySelector('ca-state-panel') ?? null;
const chips = (el: AdditionalCasesElement): HTMLLabelElement[] => [
  ...root(el).querySelectorAll<HTMLLabelElement>('[part="reason-chip"]'),
];
const chipTexts = (el: AdditionalCasesElement): string[] => chips(el).map((c) => text(c));
const checkbox = (el: AdditionalCasesElement, reason: Reason | 'all'): HTMLInputElement =>
  reason === 'all'
    ? chips(el)[0].querySelector('input')!
    : root(el).querySelector<HTMLInputElement>(`input[value="${reason}"]`)!;
const countText = (el: AdditionalCasesElement): string => text(gridRoot(el)?.querySelector('[part="count"]'));
const dataRows = (el: AdditionalCasesElement): HTMLElement[] =>
  [...(gridRoot(el)?.querySelectorAll<HTMLElement>('[role="row"]') ?? [])].filter(
    (r) => r.getAttribute('aria-rowindex') !== '1',
  );
const cells = (row: Element): string[] => [...row.querySelectorAll('[role="gridcell"]')].map((c) => text(c));
const headers = (el: AdditionalCasesElement): string[] =>
  [...(gridRoot(el)?.querySelectorAll('[role="columnheader"]') ?? [])].map((h) =>
    text(h).replace(/[↕▲▼]/g, '').trim(),
  );
/** The case numbers on screen, in order. */
const shownNumbers = (el: AdditionalCasesElement): string[] => dataRows(el).map((r) => cells(r)[0]);
/** The cells of the row of a case. */
const rowOf = (el: AdditionalCasesElement, id: string): string[] =>
  cells(dataRows(el).find((r) => cells(r)[0] === numberOf(id))!);

/** Whether the counts are shown and the grid's answer for the current query is on screen. */
function isSettled(el: AdditionalCasesElement): boolean {
  const list = chipTexts(el);
  if (list.length === 0 || !list.every((t) => /\(\d+\)$/.test(t))) return false;
  if (root(el).querySelector('[part="reason-filter"]')?.getAttribute('aria-busy') !== 'false') return false;
  const grid = gridRoot(el)?.querySelector('[role="grid"]');
  if (grid) return grid.getAttribute('aria-busy') === 'false' && !grid.querySelector('[aria-busy="true"]');
  return gridPanel(el)?.state === 'empty';
}

async function settled(el: AdditionalCasesElement, message = 'the cases did not load'): Promise<void> {
  await waitUntil(() => isSettled(el), message);
}

/** The number of events of a type fired at the element while `action` runs (and a few frames after). */
async function eventsDuring<E extends Event>(
  el: HTMLElement,
  type: string,
  action: () => unknown,
): Promise<E[]> {
  const events: E[] = [];
  const listener = (e: Event): void => void events.push(e as E);
  el.addEventListener(type, listener);
  await action();
  await new Promise((r) => setTimeout(r, 50));
  el.removeEventListener(type, listener);
  return events;
}

const EN_LABELS: Record<Reason, string> = {
  'expired-contract': 'Expired contract',
  'unmapped-contract': 'Contract not mapped',
  'missing-contract': 'Missing contract',
  'missing-package': 'Missing package',
  'missing-service': 'Missing service',
  classified: 'Classified SU, DSA, X85 or REC',
};

const PT_LABELS: Record<Reason, string> = {
  'expired-contract': 'Contrato expirado',
  'unmapped-contract': 'Contrato não mapeado',
  'missing-contract': 'Contrato ausente',
  'missing-package': 'Pacote ausente',
  'missing-service': 'Serviço ausente',
  classified: 'Classificado SU, DSA, X85 ou REC',
};

// ---------------------------------------------------------------------------------------------------------

describe('<additional-cases>', () => {
  describe('reasons', () => {
    it('lists every reason alone and combined, with readable labels per case', async () => {
      const el = await render(adapterFor());
      await settled(el);
      expect(shownNumbers(el)).to.deep.equal(inDefaultOrder(ADDITIONAL));
      const reasonsOf = (id: string): string => rowOf(el, id)[2];
      expect(reasonsOf('c-expired')).to.equal('Expired contract');
      expect(reasonsOf('c-unmapped')).to.equal('Contract not mapped');
      expect(reasonsOf('c-no-contract')).to.equal('Missing contract');
      expect(reasonsOf('c-unknown-contract')).to.equal('Missing contract');
      expect(reasonsOf('c-no-package')).to.equal('Missing package');
      expect(reasonsOf('c-no-service')).to.equal('Missing service');
      expect(reasonsOf('c-su')).to.equal('Classified as SU');
      expect(reasonsOf('c-dsa')).to.equal('Classified as DSA');
      expect(reasonsOf('c-x85')).to.equal('Classified as X85');
      expect(reasonsOf('c-rec')).to.equal('Classified as REC');
      expect(reasonsOf('c-expired-unmapped')).to.equal('Expired contract · Contract not mapped');
      expect(reasonsOf('c-expired-service-rec')).to.equal(
        'Expired contract · Missing service · Classified as REC',
      );
      expect(reasonsOf('c-unmapped-package')).to.equal('Contract not mapped · Missing package');
      expect(reasonsOf('c-contract-x85')).to.equal('Missing contract · Classified as X85');
      expect(reasonsOf('c-four')).to.equal(
        'Expired contract · Contract not mapped · Missing service · Classified as DSA',
      );
      await expect(el).to.be.accessible();
    });

    it('shows each reason as a badge with its text, and a contract that cannot be found as missing', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const rowEl = (id: string): Element => dataRows(el).find((r) => cells(r)[0] === numberOf(id))!;
      const badges = (id: string): string[] =>
        [...rowEl(id).querySelectorAll('[role="gridcell"]')[2].querySelectorAll('.badge')].map(
          (b) => `${text(b)}:${b.getAttribute('data-tone')}`,
        );
      expect(badges('c-expired-service-rec')).to.deep.equal([
        'Expired contract:warning',
        'Missing service:critical',
        'Classified as REC:info',
      ]);
      const contractCell = (id: string): Element => rowEl(id).querySelectorAll('[role="gridcell"]')[8];
      expect(text(contractCell('c-unknown-contract').querySelector('.missing'))).to.equal(
        'ct-nope (not found)',
      );
      expect(contractCell('c-expired').querySelector('.missing')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows every column with readable values: type, status, dates, contract and workspace names', async () => {
      const el = await render(adapterFor());
      await settled(el);
      expect(headers(el)).to.deep.equal([
        'Case',
        'Title',
        'Reasons',
        'Type',
        'Severity',
        'Status',
        'Opened',
        'Closed',
        'Contract',
        'Workspace',
      ]);
      expect(rowOf(el, 'c-no-service')).to.deep.equal([
        'CS-c-no-service',
        'Case c-no-service',
        'Missing service',
        'Advisory',
        'B',
        'Closed',
        'Feb 6, 2026',
        'Mar 1, 2026',
        'C-100 · Enterprise',
        'São Paulo',
      ]);
      expect(rowOf(el, 'c-no-contract').slice(3, 6)).to.deep.equal(['Problem resolution', 'B', 'Open']);
      // No contract: a dash; an unknown one: its id, "not found"; one mapped elsewhere: still its name.
      expect(rowOf(el, 'c-no-contract')[8]).to.equal('—');
      expect(rowOf(el, 'c-unknown-contract')[8]).to.equal('ct-nope (not found)');
      expect(rowOf(el, 'c-four')[8]).to.equal('C-190 · Rio antigo');
      expect(rowOf(el, 'c-expired')[7], 'an open case has no closing date').to.equal('');
    });

    it('counts each reason, and all of them, in the filter', async () => {
      const el = await render(adapterFor());
      await settled(el);
      expect(chipTexts(el)).to.deep.equal([
        'All reasons (15)',
        'Expired contract (4)',
        'Contract not mapped (4)',
        'Missing contract (3)',
        'Missing package (2)',
        'Missing service (3)',
        'Classified SU, DSA, X85 or REC (7)',
      ]);
      expect(countText(el)).to.equal('15 rows');
      expect(checkbox(el, 'all').checked).to.equal(true);
    });

    it('explains each reason in a legend that describes its checkbox', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const legend = root(el).querySelector('[part="legend"]')!;
      expect(text(legend.querySelector('summary'))).to.equal('What the reasons mean');
      const terms = [...legend.querySelectorAll('dt')].map((dt) => text(dt));
      expect(terms).to.deep.equal(Object.values(EN_LABELS));
      const box = checkbox(el, 'unmapped-contract');
      const description = root(el).getElementById(box.getAttribute('aria-describedby')!);
      expect(text(description)).to.equal(
        'The case’s support contract is not mapped to any of the selected workspaces. Next step: Ask a customer administrator to map the contract to the workspace.',
      );
      expect(
        text(root(el).getElementById(checkbox(el, 'classified').getAttribute('aria-describedby')!)),
      ).to.equal(
        'The case is classified as Support Assistance (SU), Developer Support Assistance (DSA), Support Technology Advisor (X85) or Reactive Contacts Enabled (REC). Next step: Nothing to fix: these cases are delivered under their classification, not against an entitlement.',
      );
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'pt-BR'] as const) {
      it(`gives every reason a one-line next step beside its badge (${lang})`, async () => {
        const el = await render(adapterFor(), { lang });
        await settled(el);
        const steps = [...root(el).querySelectorAll('[part="legend"] .legend-item')].map((item) => [
          text(item.querySelector('[part="reason-badge"]')),
          text(item.querySelector('[part="next-step"]')),
        ]);
        expect(steps).to.deep.equal(
          lang === 'en'
            ? [
                [
                  'Expired contract',
                  'Next step: Ask your account team whether the case should move to your current contract.',
                ],
                [
                  'Contract not mapped',
                  'Next step: Ask a customer administrator to map the contract to the workspace.',
                ],
                [
                  'Missing contract',
                  'Next step: Ask the account team to link the case to the right contract.',
                ],
                ['Missing package', 'Next step: Ask the account team to correct the case’s package.'],
                ['Missing service', 'Next step: Ask the account team to correct the case’s entitlement.'],
                [
                  'Classified SU, DSA, X85 or REC',
                  'Next step: Nothing to fix: these cases are delivered under their classification, not against an entitlement.',
                ],
              ]
            : [
                [
                  'Contrato expirado',
                  'Próximo passo: Pergunte à equipe da conta se o caso deve passar para o seu contrato atual.',
                ],
                [
                  'Contrato não mapeado',
                  'Próximo passo: Peça a um administrador do cliente que mapeie o contrato para o workspace.',
                ],
                [
                  'Contrato ausente',
                  'Próximo passo: Peça à equipe da conta que vincule o caso ao contrato correto.',
                ],
                ['Pacote ausente', 'Próximo passo: Peça à equipe da conta que corrija o pacote do caso.'],
                ['Serviço ausente', 'Próximo passo: Peça à equipe da conta que corrija o direito do caso.'],
                [
                  'Classificado SU, DSA, X85 ou REC',
                  'Próximo passo: Nada a corrigir: esses casos são atendidos pela sua classificação, não por um direito.',
                ],
              ],
        );
        await expect(el).to.be.accessible();
      });
    }

    it('takes the reasons of the selected workspaces: a contract mapped to one of them is not "unmapped"', async () => {
      const el = await render(adapterFor(), { workspaceIds: ['ws-a', 'ws-b'] });
      await settled(el);
      // ct-b and ct-b-old are mapped to ws-b: no case is "unmapped" any more, and Rio's own case joins.
      expect(chipTexts(el)[2]).to.equal('Contract not mapped (0)');
      expect(rowOf(el, 'c-four')[2]).to.equal('Expired contract · Missing service · Classified as DSA');
      expect(rowOf(el, 'c-rio')[2]).to.equal('Missing contract');
      expect(rowOf(el, 'c-rio')[9]).to.equal('Rio de Janeiro');
      expect(rowOf(el, 'c-unmapped-package')[2]).to.equal('Missing package');
    });
  });

  describe('access', () => {
    const cases: [string, string, string[]][] = [
      ['a customer admin', 'u-admin', ADDITIONAL],
      ['a workspace admin', 'u-wsadmin', ADDITIONAL],
      ['the view-all role', 'u-viewall', ADDITIONAL],
      ['a group', 'u-group', ['c-expired', 'c-unknown-contract']],
      ['sharing', 'u-shared', ['c-unmapped', 'c-unknown-contract']],
      ['the primary contact', 'u-contact', ['c-no-contract']],
    ];
    for (const [criterion, viewerId, visible] of cases) {
      it(`through ${criterion}: exactly their cases, and the count of the hidden ones`, async () => {
        const el = await render(adapterFor(casesDataset(), viewerId));
        await settled(el);
        expect(shownNumbers(el)).to.deep.equal(inDefaultOrder(visible));
        const hidden = ADDITIONAL.length - visible.length;
        expect(countText(el)).to.equal(
          hidden === 0
            ? `${visible.length} rows`
            : `${visible.length} row${visible.length === 1 ? '' : 's'} · ${hidden} hidden by your permissions`,
        );
        expect(chipTexts(el)[0]).to.equal(`All reasons (${visible.length})`);
      });
    }

    it('counts only the reasons of the cases the viewer may see', async () => {
      const el = await render(adapterFor(casesDataset(), 'u-group'));
      await settled(el);
      expect(chipTexts(el)).to.deep.equal([
        'All reasons (2)',
        'Expired contract (1)',
        'Contract not mapped (0)',
        'Missing contract (1)',
        'Missing package (0)',
        'Missing service (0)',
        'Classified SU, DSA, X85 or REC (0)',
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps the hidden count when a filter narrows the list', async () => {
      const el = await render(adapterFor(casesDataset(), 'u-shared'), { reasons: ['unmapped-contract'] });
      await settled(el);
      expect(shownNumbers(el)).to.deep.equal([numberOf('c-unmapped')]);
      expect(countText(el)).to.equal('1 row · 13 hidden by your permissions');
    });

    it('shows the no-access state, and asks for nothing but the session, when the viewer may see no workspace', async () => {
      const { adapter, counts } = countCalls(adapterFor(casesDataset(), 'u-none'));
      const el = await render(adapter, { workspaceIds: [] });
      await waitUntil(() => panel(el)?.state === 'no-access', 'no no-access state');
      await new Promise((r) => setTimeout(r, 50));
      expect(counts).to.deep.equal({ getSession: 1 });
      expect(gridOf(el)).to.equal(null);
      expect(text(panel(el)!.shadowRoot)).to.match(/^You do not have access/);
      await expect(el).to.be.accessible();
    });

    it('shows the no-access state when the workspaces asked for are not the viewer’s', async () => {
      const el = await render(adapterFor(casesDataset(), 'u-group'), { workspaceIds: ['ws-b'] });
      await waitUntil(() => panel(el)?.state === 'no-access', 'no no-access state');
      await expect(el).to.be.accessible();
    });
  });

  describe('filter', () => {
    it('narrows the grid and fires ca-filter-change when the user chooses reasons', async () => {
      const el = await render(adapterFor());
      await settled(el);

      setTimeout(() => checkbox(el, 'missing-package').click());
      const first = await oneEvent<CasesFilterChangeEvent>(el, 'ca-filter-change');
      expect(first).to.be.instanceOf(CasesFilterChangeEvent);
      expect(first.detail).to.deep.equal({ reasons: ['missing-package'] });
      expect(first.bubbles && first.composed).to.equal(true);
      expect(el.reasons).to.deep.equal(['missing-package']);
      await waitUntil(() => countText(el) === '2 rows', 'the grid was not narrowed');
      await settled(el);
      expect(shownNumbers(el)).to.deep.equal(inDefaultOrder(['c-no-package', 'c-unmapped-package']));
      expect(checkbox(el, 'all').checked).to.equal(false);

      // A second reason widens the list to the cases having either; the detail lists them in REASONS order.
      setTimeout(() => checkbox(el, 'expired-contract').click());
      const second = await oneEvent<CasesFilterChangeEvent>(el, 'ca-filter-change');
      expect(second.detail.reasons).to.deep.equal(['expired-contract', 'missing-package']);
      await waitUntil(() => countText(el) === '6 rows');
      await settled(el);
      expect(shownNumbers(el)).to.deep.equal(
        inDefaultOrder([
          'c-expired',
          'c-expired-unmapped',
          'c-expired-service-rec',
          'c-four',
          'c-no-package',
          'c-unmapped-package',
        ]),
      );
      await expect(el).to.be.accessible();

      // "All reasons" clears the filter.
      setTimeout(() => checkbox(el, 'all').click());
      const third = await oneEvent<CasesFilterChangeEvent>(el, 'ca-filter-change');
      expect(third.detail.reasons).to.deep.equal([]);
      await waitUntil(() => countText(el) === '15 rows');
      expect(checkbox(el, 'all').checked).to.equal(true);
      expect(checkbox(el, 'expired-contract').checked).to.equal(false);
    });

    it('works from the keyboard: Tab moves between the chips, Space toggles one', async () => {
      const el = await render(adapterFor());
      await settled(el);
      checkbox(el, 'all').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(checkbox(el, 'expired-contract'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(checkbox(el, 'unmapped-contract'));
      const events = await eventsDuring<CasesFilterChangeEvent>(el, 'ca-filter-change', () =>
        sendKeys({ press: 'Space' }),
      );
      expect(events.map((e) => e.detail.reasons)).to.deep.equal([['unmapped-contract']]);
      await waitUntil(() => countText(el) === '4 rows');
      const again = await eventsDuring<CasesFilterChangeEvent>(el, 'ca-filter-change', () =>
        sendKeys({ press: 'Space' }),
      );
      expect(again.map((e) => e.detail.reasons)).to.deep.equal([[]]);
      await waitUntil(() => countText(el) === '15 rows');
    });

    it('keeps "All reasons" checked when the user clicks it with no filter, and fires nothing', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const events = await eventsDuring(el, 'ca-filter-change', () => checkbox(el, 'all').click());
      expect(events).to.have.length(0);
      await el.updateComplete;
      expect(checkbox(el, 'all').checked).to.equal(true);
    });

    it('fires nothing when the filter is set from code, and still narrows the grid', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const events = await eventsDuring(el, 'ca-filter-change', async () => {
        el.reasons = ['classified'];
        await el.updateComplete;
        await waitUntil(() => countText(el) === '7 rows');
      });
      expect(events).to.have.length(0);
      expect(checkbox(el, 'classified').checked).to.equal(true);
      expect(checkbox(el, 'all').checked).to.equal(false);
    });

    it('ignores unknown reasons set from code', async () => {
      const el = await render(adapterFor(), { reasons: ['nope' as Reason, 'missing-service'] });
      await settled(el);
      expect(countText(el)).to.equal('3 rows');
    });
  });

  describe('states', () => {
    for (const lang of ['en', 'pt-BR']) {
      it(`loading (${lang}): a loading panel while the session is on its way`, async () => {
        const el = await render(withOverrides(adapterFor(), { getSession: () => never() }), { lang });
        expect(panel(el)?.state).to.equal('loading');
        expect(text(panel(el)!.shadowRoot)).to.equal(lang === 'en' ? 'Loading…' : 'Carregando…');
        await expect(el).to.be.accessible();
      });

      it(`loading (${lang}): the filter without counts and the grid loading while the cases are on their way`, async () => {
        const el = await render(withOverrides(adapterFor(), { queryAdditionalCases: () => never() }), {
          lang,
        });
        await waitUntil(() => gridPanel(el)?.state === 'loading', 'the grid is not loading');
        expect(chipTexts(el)[1]).to.equal(lang === 'en' ? 'Expired contract' : 'Contrato expirado');
        expect(root(el).querySelector('[part="reason-filter"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it(`complete (${lang}): labels, counts and headers in the language`, async () => {
        const el = await render(adapterFor(casesDataset(), 'u-group'), { lang });
        await settled(el);
        const labels = lang === 'en' ? EN_LABELS : PT_LABELS;
        expect(chipTexts(el).slice(1)).to.deep.equal(
          Object.values(labels).map((l, i) => `${l} (${[1, 0, 1, 0, 0, 0][i]})`),
        );
        expect(countText(el)).to.equal(
          lang === 'en'
            ? '2 rows · 13 hidden by your permissions'
            : '2 linhas · 13 ocultas pelas suas permissões',
        );
        if (lang === 'pt-BR') {
          expect(headers(el)).to.deep.equal([
            'Caso',
            'Título',
            'Motivos',
            'Tipo',
            'Severidade',
            'Status',
            'Aberto em',
            'Fechado em',
            'Contrato',
            'Workspace',
          ]);
          expect(rowOf(el, 'c-expired').slice(2, 9)).to.deep.equal([
            'Contrato expirado',
            'Suporte consultivo',
            'B',
            'Aberto',
            '1 de fev. de 2026',
            '',
            'C-090 · Legado',
          ]);
          expect(rowOf(el, 'c-unknown-contract')[8]).to.equal('ct-nope (não encontrado)');
          expect(text(root(el).querySelector('[part="legend"] summary'))).to.equal(
            'O que significa cada motivo',
          );
        }
        await expect(el).to.be.accessible();
      });

      it(`empty (${lang}): no additional case at all, with the ones hidden by permissions`, async () => {
        const onlyNormal = casesDataset(casesList().filter((c) => c.id === 'c-normal'));
        const el = await render(adapterFor(onlyNormal), { lang });
        await waitUntil(() => panel(el)?.state === 'empty', 'no empty state');
        expect(text(panel(el)!.shadowRoot)).to.equal(
          lang === 'en'
            ? 'No additional cases There are no additional cases to show for the selected workspaces.'
            : 'Nenhum caso adicional Não há casos adicionais para mostrar nos workspaces selecionados.',
        );
        expect(gridOf(el)).to.equal(null);
        expect(root(el).querySelector('[part="reason-filter"]')).to.equal(null);
        await expect(el).to.be.accessible();

        // u-contact sees one case; without it, the other fourteen are all hidden.
        const withoutTheirs = casesDataset(casesList().filter((c) => c.id !== 'c-no-contract'));
        const hiddenOnly = await render(adapterFor(withoutTheirs, 'u-contact'), { lang });
        await waitUntil(() => panel(hiddenOnly)?.state === 'empty', 'no empty state');
        expect(text(panel(hiddenOnly))).to.equal(
          lang === 'en'
            ? '14 additional cases are hidden by your permissions.'
            : '14 casos adicionais estão ocultos pelas suas permissões.',
        );
        await expect(hiddenOnly).to.be.accessible();
      });

      it(`empty (${lang}): none matches the filter`, async () => {
        const el = await render(adapterFor(casesDataset(), 'u-contact'), {
          lang,
          reasons: ['expired-contract'],
        });
        await settled(el);
        expect(gridPanel(el)?.state).to.equal('empty');
        expect(text(gridPanel(el)!.shadowRoot)).to.contain(
          lang === 'en'
            ? 'No additional case has the reasons you chose. Choose other reasons, or all of them.'
            : 'Nenhum caso adicional tem os motivos escolhidos. Escolha outros motivos, ou todos eles.',
        );
        // The filter stays, so the user can widen it.
        expect(checkbox(el, 'expired-contract').checked).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it(`error (${lang}): an error with "Try again" that recovers, and ca-error`, async () => {
        let fail = true;
        const inner = adapterFor();
        const adapter = withOverrides(inner, {
          queryAdditionalCases: (q, o) =>
            fail ? Promise.reject(new TypeError('Failed to fetch')) : inner.queryAdditionalCases(q, o),
        });
        const errors: CaErrorEvent[] = [];
        const host = wrapper({ lang, style: '--ca-data-grid-height: 1400px' });
        host.addEventListener('ca-error', (e) => errors.push(e));
        const el = await fixture<AdditionalCasesElement>(
          html`<additional-cases .adapter=${adapter} .workspaceIds=${['ws-a']}></additional-cases>`,
          { parentNode: host },
        );
        await waitUntil(() => panel(el)?.state === 'error', 'no error state');
        expect(text(panel(el)!.shadowRoot)).to.equal(
          lang === 'en'
            ? 'Something went wrong The server could not be reached. Try again'
            : 'Algo deu errado Não foi possível conectar ao servidor. Tentar novamente',
        );
        expect(errors.length).to.be.greaterThan(0);
        expect(errors.every((e) => e instanceof CaErrorEvent && e.bubbles && e.composed)).to.equal(true);
        expect(errors.map((e) => e.detail.operation)).to.include('counts');
        expect(errors[0].detail.error).to.be.instanceOf(TypeError);
        await expect(el).to.be.accessible();

        fail = false;
        panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await settled(el, 'the retry did not recover');
        expect(countText(el)).to.equal(lang === 'en' ? '15 rows' : '15 linhas');
      });
    }

    it('error: a failed session says so and fires ca-error for it', async () => {
      const adapter = withOverrides(adapterFor(), { getSession: () => Promise.reject(new Error('boom')) });
      const host = wrapper();
      setTimeout(
        () =>
          void fixture(html`<additional-cases .adapter=${adapter}></additional-cases>`, { parentNode: host }),
      );
      const event = await oneEvent<CaErrorEvent>(host, 'ca-error');
      expect(event.detail.operation).to.equal('session');
      const el = host.querySelector('additional-cases')!;
      await waitUntil(() => panel(el)?.state === 'error');
    });

    it('error: a failed page of the grid shows the grid’s error and fires ca-error "cases"', async () => {
      const inner = adapterFor();
      const adapter = withOverrides(inner, {
        queryAdditionalCases: (q, o) =>
          q.limit === 1 ? inner.queryAdditionalCases(q, o) : Promise.reject(new TypeError('Failed to fetch')),
      });
      const host = wrapper({ style: '--ca-data-grid-height: 1400px' });
      const errors: CaErrorEvent[] = [];
      host.addEventListener('ca-error', (e) => errors.push(e));
      const el = await fixture<AdditionalCasesElement>(
        html`<additional-cases .adapter=${adapter} .workspaceIds=${['ws-a']}></additional-cases>`,
        { parentNode: host },
      );
      await waitUntil(() => gridPanel(el)?.state === 'error', 'the grid shows no error');
      expect(errors.length).to.be.greaterThan(0);
      expect(new Set(errors.map((e) => e.detail.operation))).to.deep.equal(new Set(['cases']));
      await expect(el).to.be.accessible();
    });

    it('without an adapter, says so (no retry)', async () => {
      const el = await render(undefined);
      expect(panel(el)?.state).to.equal('error');
      expect(text(panel(el)!.shadowRoot)).to.equal(
        'No data source This element has no adapter to read the additional cases from.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('export', () => {
    async function csvOf(lang: string): Promise<{ bytes: Uint8Array; lines: string[] }> {
      const el = await render(adapterFor(), { lang });
      await settled(el);
      const result = await el.exportCsv({ download: false });
      expect(result!.rowCount).to.equal(15);
      const bytes = new Uint8Array(await result!.blob.arrayBuffer());
      const body = new TextDecoder().decode(bytes.subarray(3));
      return { bytes, lines: body.split('\r\n') };
    }

    it('writes a safe CSV: BOM, headers, readable reasons and names, escaped formulas', async () => {
      const { bytes, lines } = await csvOf('en');
      expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(lines[0]).to.equal('Case,Title,Reasons,Type,Severity,Status,Opened,Closed,Contract,Workspace');
      expect(lines).to.have.length(16);
      expect(lines[1]).to.equal(
        'CS-c-four,Case c-four,Expired contract; Contract not mapped; Missing service; Classified as Developer Support Assistance (DSA),Advisory,B,Open,2026-02-15,,C-190 · Rio antigo,São Paulo',
      );
      const line = (id: string): string => lines.find((l) => l.startsWith(`${numberOf(id)},`))!;
      expect(line('c-no-package')).to.equal(
        `CS-c-no-package,"'=HYPERLINK(""x"")",Missing package,Advisory,B,Open,2026-02-05,,C-100 · Enterprise,São Paulo`,
      );
      expect(line('c-no-contract')).to.equal(
        'CS-c-no-contract,Case c-no-contract,Missing contract,Problem resolution,B,Open,2026-02-03,,,São Paulo',
      );
      expect(line('c-unknown-contract')).to.contain(',ct-nope (not found),');
      expect(line('c-no-service')).to.contain(',Closed,2026-02-06,2026-03-01,');
    });

    it('writes localized headers and labels in Portuguese', async () => {
      const { lines } = await csvOf('pt-BR');
      expect(lines[0]).to.equal(
        'Caso,Título,Motivos,Tipo,Severidade,Status,Aberto em,Fechado em,Contrato,Workspace',
      );
      expect(lines[1]).to.equal(
        'CS-c-four,Case c-four,Contrato expirado; Contrato não mapeado; Serviço ausente; Classificado como Assistência de Apoio ao Desenvolvimento (DSA),Suporte consultivo,B,Aberto,2026-02-15,,C-190 · Rio antigo,São Paulo',
      );
    });

    it('exports only the filtered cases', async () => {
      const el = await render(adapterFor(), { reasons: ['missing-contract'] });
      await settled(el);
      const result = await el.exportCsv({ download: false });
      expect(result!.rowCount).to.equal(3);
    });

    it('fires ca-export when the user exports with the grid’s button', async () => {
      const el = await render(adapterFor());
      await settled(el);
      const button = gridRoot(el)!.querySelector<HTMLButtonElement>('[part="export-button"]')!;
      expect(text(button)).to.equal('Export CSV');
      setTimeout(() => button.click());
      const event = await oneEvent<DataGridExportEvent>(el, 'ca-export');
      expect(event.detail).to.deep.equal({ rowCount: 15, filename: 'additional-cases.csv' });
    });
  });

  describe('requests', () => {
    it('asks for the counts in parallel (one per reason and the total), and cancels them when the selection changes', async () => {
      const inner = adapterFor();
      const { adapter, calls } = holdCases(inner);
      const el = await render(adapter);
      const countCallsOf = (workspace: string) =>
        calls.filter((c) => c.query.limit === 1 && c.query.workspaceIds.join() === workspace);
      await waitUntil(() => countCallsOf('ws-a').length === 7, 'the counts were not asked for');
      expect(countCallsOf('ws-a').map((c) => c.query.reasons ?? null)).to.deep.equal([
        null,
        ['expired-contract'],
        ['unmapped-contract'],
        ['missing-contract'],
        ['missing-package'],
        ['missing-service'],
        ['classified'],
      ]);

      el.workspaceIds = ['ws-b'];
      await waitUntil(() => countCallsOf('ws-b').length === 7, 'the new counts were not asked for');
      expect(countCallsOf('ws-a').every((c) => c.signal?.aborted)).to.equal(true);
      expect(countCallsOf('ws-b').some((c) => c.signal?.aborted)).to.equal(false);

      // The new answers arrive first, then the old ones (answered anyway, with nonsense): the new ones stay.
      for (const c of calls.filter((c) => c.query.workspaceIds.join() === 'ws-b')) c.release();
      await settled(el);
      const expected = chipTexts(el);
      expect(expected).to.deep.equal([
        'All reasons (1)',
        'Expired contract (0)',
        'Contract not mapped (0)',
        'Missing contract (1)',
        'Missing package (0)',
        'Missing service (0)',
        'Classified SU, DSA, X85 or REC (0)',
      ]);
      const bogus = { rows: [], total: 999, hiddenByPermissions: 0 };
      for (const c of calls.filter((c) => c.query.workspaceIds.join() === 'ws-a')) c.release(bogus);
      await new Promise((r) => setTimeout(r, 50));
      expect(chipTexts(el)).to.deep.equal(expected);
      expect(countText(el)).to.equal('1 row');
      expect(shownNumbers(el)).to.deep.equal([numberOf('c-rio')]);
    });

    it('never shows the rows of an older filter that answers late', async () => {
      const inner = adapterFor();
      const { adapter, calls } = holdCases(inner);
      const el = await render(adapter);
      await waitUntil(() => calls.length >= 8);
      for (const c of calls) c.release();
      await settled(el);
      const gridCalls = () => calls.filter((c) => c.query.limit > 1);
      const before = gridCalls().length;

      checkbox(el, 'missing-package').click();
      await waitUntil(() => gridCalls().length === before + 1, 'the grid did not ask again');
      checkbox(el, 'missing-service').click();
      await waitUntil(() => gridCalls().length === before + 2, 'the grid did not ask again');
      const [older, newer] = gridCalls().slice(before);
      expect(older.query.reasons).to.deep.equal(['missing-package']);
      expect(newer.query.reasons).to.deep.equal(['missing-package', 'missing-service']);
      expect(older.signal?.aborted).to.equal(true);

      newer.release();
      await waitUntil(() => countText(el) === '5 rows', 'the newer answer is not shown');
      older.release();
      await new Promise((r) => setTimeout(r, 50));
      expect(countText(el)).to.equal('5 rows');
      expect(shownNumbers(el)).to.deep.equal(
        inDefaultOrder([
          'c-no-package',
          'c-no-service',
          'c-expired-service-rec',
          'c-unmapped-package',
          'c-four',
        ]),
      );
    });

    it('opens on the session’s current workspace when no workspace is given', async () => {
      const { adapter, calls } = holdCases(adapterFor());
      await render(adapter, { workspaceIds: [] });
      await waitUntil(() => calls.length > 0);
      expect(calls[0].query.workspaceIds).to.deep.equal(['ws-a']);
    });

    it('takes the adapter from context when the property is not set', async () => {
      const host = wrapper({ style: '--ca-data-grid-height: 1400px' });
      new ContextProvider(host, { context: adapterContext, initialValue: adapterFor() });
      const el = await fixture<AdditionalCasesElement>(html`<additional-cases></additional-cases>`, {
        parentNode: host,
      });
      await settled(el);
      expect(countText(el)).to.equal('15 rows');
    });

    it('follows a change of lang', async () => {
      const el = await render(adapterFor(), { lang: 'pt-BR' });
      await settled(el);
      expect(rowOf(el, 'c-su')[2]).to.equal('Classificado como SU');
      el.parentElement!.lang = 'en';
      await waitUntil(() => rowOf(el, 'c-su')[2] === 'Classified as SU', 'the rows were not translated');
      expect(chipTexts(el)[0]).to.equal('All reasons (15)');
    });
  });
});
