/**
 * Every element of the library on one canvas, fed by the memory adapter over the demo dataset: the theming and
 * accessibility stories render it to show what a theme (or a forced-colours palette) does to each of them.
 */
import { html, type TemplateResult } from 'lit';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import type { ChartSeries } from '../../src/components/chart/chart.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import type { PageSource } from '../../src/data/export.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionRecord, Workspace } from '../../src/domain/types.js';

/** The entitlement the detail, the chart and the grid show. */
const ENTITLEMENT_ID = 'ent-2025-advisory';

let adapter: CustomerActivityAdapter | undefined;
/** The customer admin's memory adapter over the demo dataset (made once). */
export function demoAdapter(): CustomerActivityAdapter {
  return (adapter ??= createMemoryAdapter(createDemoDataset(), { viewerId: 'u-admin' }));
}

interface Extras {
  workspaces: Workspace[];
  labels: string[];
  series: ChartSeries[];
  source: PageSource<ConsumptionRecord>;
}

let extras: Promise<Extras> | undefined;
/** The data of the building blocks: the workspaces, a year of monthly consumption, the history as a page source. */
export function buildingBlockData(): Promise<Extras> {
  return (extras ??= (async () => {
    const a = demoAdapter();
    const session = await a.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const history = await a.queryConsumption({
      entitlementId: ENTITLEMENT_ID,
      workspaceIds,
      offset: 0,
      limit: 10_000,
      sort: [{ key: 'date', direction: 'asc' }],
    });
    const perMonth = new Map<string, number>();
    for (const row of history.rows) {
      const month = row.date.slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + row.quantity);
    }
    const months = [...perMonth.keys()].slice(-12);
    const monthName = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      workspaces: session.workspaces,
      labels: months.map((m) => monthName.format(Date.parse(`${m}-01T00:00:00Z`))),
      series: [{ label: 'Advisory support (hours)', data: months.map((m) => perMonth.get(m) ?? 0) }],
      // The columns' keys are fields of a consumption row, so the grid's sort keys are too.
      source: (query, options) =>
        a.queryConsumption(
          {
            ...query,
            sort: query.sort as ConsumptionQuery['sort'],
            entitlementId: ENTITLEMENT_ID,
            workspaceIds,
          },
          options,
        ),
    };
  })());
}

const COLUMNS: GridColumn<ConsumptionRecord>[] = [
  { key: 'date', header: 'Date', kind: 'date', value: (r) => r.date, sortable: true, width: '9rem' },
  { key: 'title', header: 'Activity', value: (r) => r.title, sortable: true },
  {
    key: 'quantity',
    header: 'Hours',
    kind: 'number',
    value: (r) => r.quantity,
    sortable: true,
    width: '7rem',
  },
];

/** Every element, each under a small heading; `data` from `buildingBlockData()` (loaded by the story's loader). */
export function everyElement(data: Extras): TemplateResult {
  const a = demoAdapter();
  return html`
    <div class="every-element" style="display: grid; gap: 2.5rem">
      <section aria-labelledby="ee-page">
        <h2 id="ee-page">customer-activity</h2>
        <customer-activity .adapter=${a} heading-level="3"></customer-activity>
      </section>
      <section aria-labelledby="ee-detail">
        <h2 id="ee-detail">entitlement-detail</h2>
        <entitlement-detail
          .adapter=${a}
          entitlement-id=${ENTITLEMENT_ID}
          heading-level="3"
        ></entitlement-detail>
      </section>
      <section aria-labelledby="ee-packages">
        <h2 id="ee-packages">package-consumption</h2>
        <package-consumption .adapter=${a} status="all" heading-level="3"></package-consumption>
      </section>
      <section aria-labelledby="ee-cases">
        <h2 id="ee-cases">additional-cases</h2>
        <additional-cases .adapter=${a}></additional-cases>
      </section>
      <section aria-labelledby="ee-blocks" style="display: grid; gap: 1.5rem">
        <h2 id="ee-blocks">Building blocks</h2>
        <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem">
          <ca-workspace-filter
            .workspaces=${data.workspaces}
            .selected=${[data.workspaces[0]?.id ?? '']}
          ></ca-workspace-filter>
          <div style="display: grid; gap: 0.75rem">
            <ca-meter .value=${62} .max=${100} threshold="ok" label="Reactive support hours"></ca-meter>
            <ca-meter
              .value=${84}
              .max=${100}
              threshold="warning"
              label="Advisory hours"
              .marker=${0.6}
            ></ca-meter>
            <ca-meter .value=${128} .max=${100} threshold="over" label="Workshops"></ca-meter>
          </div>
          <p style="display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; align-content: start">
            <ca-expiry-badge .daysLeft=${420} expiry="active" end-date="2027-11-30"></ca-expiry-badge>
            <ca-expiry-badge .daysLeft=${23} expiry="expiring" end-date="2026-12-13"></ca-expiry-badge>
            <ca-expiry-badge .daysLeft=${-4} expiry="expired" end-date="2026-11-16"></ca-expiry-badge>
          </p>
          <ca-state-panel state="empty" heading-level="3"></ca-state-panel>
        </div>
        <ca-chart
          type="bar"
          heading="Consumed per month"
          category-header="Month"
          .labels=${data.labels}
          .series=${data.series}
        ></ca-chart>
        <ca-data-grid
          label="Consumption history"
          .columns=${COLUMNS}
          .sort=${[{ key: 'date', direction: 'desc' }]}
          .source=${data.source}
          exportable
        ></ca-data-grid>
      </section>
    </div>
  `;
}
