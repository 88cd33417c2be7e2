/**
 * The strict-CSP page: every element of the library on one page, fed by the memory adapter over the demo dataset.
 * The page is served with a strict Content-Security-Policy header (see scripts/check-embedding.mjs and the README):
 * this module, the library, Lit and chart.js must run under it without a single violation.
 */
import '../../src/define.js';
import {
  createDemoDataset,
  createMemoryAdapter,
  type ChartElement,
  type ConsumptionQuery,
  type ConsumptionRecord,
  type DataGridElement,
  type GridColumn,
  type StatePanelElement,
  type WorkspaceFilterElement,
} from '../../src/index.js';

// Violations the browser reports, shown on the page (the headless check listens from before any script runs).
let violations = 0;
const violationsText = document.querySelector<HTMLElement>('#violations')!;
document.addEventListener('securitypolicyviolation', (event) => {
  violations += 1;
  const last = `${event.violatedDirective} ${event.blockedURI}`;
  violationsText.textContent = `Violations reported: ${violations} (last: ${last})`;
});

// The policy this page was served with (the response header, read back).
void fetch(location.href, { method: 'HEAD' }).then((response) => {
  const policy = response.headers.get('content-security-policy');
  if (policy) document.querySelector('#policy')!.textContent = policy.split(/;\s*/).join(';\n');
});

const dataset = createDemoDataset();
const adapter = createMemoryAdapter(dataset, { viewerId: 'u-admin' });

for (const id of ['page', 'detail', 'packages', 'cases']) {
  Object.assign(document.getElementById(id)!, { adapter });
}

const session = await adapter.getSession();
const workspaceIds = session.workspaces.map((w) => w.id);

const workspaces = document.querySelector<WorkspaceFilterElement>('#workspaces')!;
workspaces.workspaces = session.workspaces;
workspaces.selected = session.currentWorkspaceId ? [session.currentWorkspaceId] : [];

const errorPanel = document.querySelector<StatePanelElement>('#error-panel')!;
errorPanel.error = new TypeError('Failed to fetch');

// The chart: consumption of the advisory entitlement per month of the last year, from the adapter.
const entitlementId = 'ent-2025-advisory';
const history = await adapter.queryConsumption({
  entitlementId,
  workspaceIds,
  offset: 0,
  limit: 10_000,
  sort: [{ key: 'date', direction: 'asc' }],
});
const perMonth = new Map<string, number>();
for (const row of history.rows)
  perMonth.set(row.date.slice(0, 7), (perMonth.get(row.date.slice(0, 7)) ?? 0) + row.quantity);
const months = [...perMonth.keys()].slice(-12);
const monthName = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const chart = document.querySelector<ChartElement>('#chart')!;
chart.labels = months.map((m) => monthName.format(Date.parse(`${m}-01T00:00:00Z`)));
chart.series = [{ label: 'Advisory support (hours)', data: months.map((m) => perMonth.get(m) ?? 0) }];

// The grid: the same entitlement's history, paged, sorted and searched by the adapter.
const columns: GridColumn<ConsumptionRecord>[] = [
  { key: 'date', header: 'Date', kind: 'date', value: (r) => r.date, sortable: true, width: '9rem' },
  { key: 'title', header: 'Activity', value: (r) => r.title, sortable: true },
  { key: 'person', header: 'Person', value: (r) => r.person ?? '', sortable: true },
  {
    key: 'quantity',
    header: 'Hours',
    kind: 'number',
    value: (r) => r.quantity,
    sortable: true,
    width: '7rem',
  },
];
const grid = document.querySelector<DataGridElement<ConsumptionRecord>>('#grid')!;
grid.columns = columns;
grid.sort = [{ key: 'date', direction: 'desc' }];
// The columns' keys are fields of a consumption row, so the grid's sort keys are too.
grid.source = (query, options) =>
  adapter.queryConsumption(
    { ...query, sort: query.sort as ConsumptionQuery['sort'], entitlementId, workspaceIds },
    options,
  );
