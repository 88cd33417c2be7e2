/**
 * The elements render through the HTTP adapter and the real handler on loopback: `<ca-data-grid>` shows the rows
 * the memory adapter gives on the same dataset, sorts through HTTP, shows the error state with "Try again" when
 * the server fails or hangs, and recovers when the server does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import type { PageSource } from '../../src/data/export.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionRecord } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import { fault, faultAdapter, httpAdapter } from './http-helpers.js';

defineOnce('ca-data-grid', DataGridElement);
defineOnce('ca-state-panel', StatePanelElement);

type Grid = DataGridElement<ConsumptionRecord>;

const ENTITLEMENT = 'ent-2025-advisory';
const COLUMNS: GridColumn<ConsumptionRecord>[] = [
  { key: 'date', header: 'Date', value: (r) => r.date, kind: 'date', sortable: true },
  { key: 'title', header: 'Title', value: (r) => r.title, sortable: true },
  { key: 'quantity', header: 'Quantity', value: (r) => r.quantity, kind: 'number', sortable: true },
];

const sourceOf =
  (adapter: CustomerActivityAdapter, workspaceIds: string[]): PageSource<ConsumptionRecord> =>
  (query, options) =>
    adapter.queryConsumption(
      { ...query, sort: query.sort as ConsumptionQuery['sort'], entitlementId: ENTITLEMENT, workspaceIds },
      options,
    );

const root = (el: Grid) => el.shadowRoot!;
const panel = (el: Grid) => root(el).querySelector<StatePanelElement>('ca-state-panel');
const rowByIndex = (el: Grid, i: number) => root(el).querySelector(`[role="row"][aria-rowindex="${i}"]`);
const cellTexts = (row: Element | null) =>
  row ? Array.from(row.querySelectorAll('[role="gridcell"]'), (c) => (c.textContent ?? '').trim()) : [];

async function firstRowShows(el: Grid, title: string): Promise<void> {
  await waitUntil(() => {
    const first = rowByIndex(el, 2);
    return first && !first.hasAttribute('aria-busy') && cellTexts(first).includes(title);
  }, `the first row did not show "${title}"`);
}

async function render(source: PageSource<ConsumptionRecord>): Promise<Grid> {
  return fixture<Grid>(
    html`<ca-data-grid label="History" .source=${source} .columns=${COLUMNS}></ca-data-grid>`,
  );
}

describe('elements render through the HTTP adapter', () => {
  let workspaceIds: string[];
  let memory: CustomerActivityAdapter;

  before(async () => {
    memory = createMemoryAdapter(createDemoDataset(), { viewerId: 'u-admin' });
    const session = await memory.getSession();
    workspaceIds = session.workspaces.map((w) => w.id);
    expect(workspaceIds.length).to.be.greaterThan(1);
  });

  it('<ca-data-grid> shows the rows of the memory adapter, and sorts through HTTP', async () => {
    const el = await render(sourceOf(httpAdapter('demo', 'u-admin'), workspaceIds));
    const page = await memory.queryConsumption({
      entitlementId: ENTITLEMENT,
      workspaceIds,
      offset: 0,
      limit: 3,
    });
    await firstRowShows(el, page.rows[0].title);
    expect(cellTexts(rowByIndex(el, 3))).to.include(page.rows[1].title);
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(
      String(page.total + 1),
    );

    el.sort = [{ key: 'title', direction: 'asc' }];
    const sorted = await memory.queryConsumption({
      entitlementId: ENTITLEMENT,
      workspaceIds,
      offset: 0,
      limit: 1,
      sort: [{ key: 'title', direction: 'asc' }],
    });
    await firstRowShows(el, sorted.rows[0].title);
    await expect(el).to.be.accessible();
  });

  it('shows the error state with "Try again" when the server keeps failing, and recovers when it answers', async () => {
    const f = await fault([{ kind: 'respond', status: 503, body: '' }], 'demo');
    const el = await render(sourceOf(faultAdapter(f.baseUrl, { retries: 1 }), workspaceIds));
    await waitUntil(() => panel(el)?.state === 'error', 'no error state');
    const requests = (await f.log()).count;
    expect(requests, 'one try and one retry per page').to.equal(2);
    const retry = panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    expect(retry, 'a "Try again" button').to.exist;
    await expect(el).to.be.accessible();

    await f.plan([{ kind: 'pass' }]);
    retry!.click();
    const page = await memory.queryConsumption({
      entitlementId: ENTITLEMENT,
      workspaceIds,
      offset: 0,
      limit: 1,
    });
    await firstRowShows(el, page.rows[0].title);
    expect(panel(el)).to.equal(null);
  });

  it('shows the error state when the server hangs past the timeout, and recovers', async () => {
    const f = await fault([{ kind: 'hang' }], 'demo');
    const el = await render(sourceOf(faultAdapter(f.baseUrl, { timeoutMs: 300 }), workspaceIds));
    await waitUntil(() => panel(el)?.state === 'error', 'no error state', { timeout: 3000 });
    await panel(el)!.updateComplete;
    expect(panel(el)!.shadowRoot!.textContent).to.contain('took too long');
    await f.plan([{ kind: 'pass', delayMs: 50 }]);
    panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const page = await memory.queryConsumption({
      entitlementId: ENTITLEMENT,
      workspaceIds,
      offset: 0,
      limit: 1,
    });
    await firstRowShows(el, page.rows[0].title);
  });

  it('shows "not valid" data as an error, not a crash', async () => {
    const f = await fault(
      [{ kind: 'respond', status: 200, body: '{"rows": [{"id": 1}], "total": "many"}' }],
      'demo',
    );
    const el = await render(sourceOf(faultAdapter(f.baseUrl), workspaceIds));
    await waitUntil(() => panel(el)?.state === 'error', 'no error state');
    await panel(el)!.updateComplete;
    expect(panel(el)!.shadowRoot!.textContent).to.contain('not valid');
    expect((await f.log()).count, 'invalid data is not retried').to.equal(1);
  });
});
