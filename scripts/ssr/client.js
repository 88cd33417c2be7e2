// The browser side of the server-rendered page of scripts/check-ssr.mjs, bundled by Vite. The order is the one the
// README gives a host: hydrate support first — it must patch LitElement before Lit's element module is evaluated,
// and static imports are hoisted (a bundler may even put Lit in a shared chunk that runs before this module's body),
// so the library comes after it through import(); then the data (properties set before the elements upgrade); then
// registration, which upgrades the elements and hydrates the server's declarative shadow DOM.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const { createHttpAdapter } = await import('../../dist/index.js');

const adapter = createHttpAdapter({ baseUrl: '/api', headers: { 'x-viewer': 'u-admin' } });
for (const tag of ['customer-activity', 'package-consumption', 'entitlement-detail', 'additional-cases']) {
  for (const el of document.querySelectorAll(tag)) el.adapter = adapter;
}
await import('../../dist/define.js');

// For the check: after the first update of each element — its hydration — is the server's node still there?
const elements = [...document.querySelectorAll('body > *')].filter((el) => el.localName.includes('-'));
await Promise.all(elements.map((el) => el.updateComplete));
window.__keptAtHydration = Object.fromEntries(
  elements.map((el) => {
    const node = [...el.shadowRoot.children].find((n) => n.localName !== 'style');
    return [el.localName, el.hasUpdated && node?.__fromServer === true];
  }),
);

// Data of the presentational elements, now that they are hydrated (their server paint had none, so setting it before
// the upgrade would make the first client render differ from the server's: a hydration mismatch).
const chart = document.querySelector('ca-chart');
chart.labels = ['Jan', 'Feb', 'Mar'];
chart.series = [{ label: 'Hours', data: [12, 30, 18] }];
const rows = Array.from({ length: 40 }, (_, i) => ({
  id: `r${i}`,
  activity: `Activity ${i + 1}`,
  hours: i % 7,
}));
const grid = document.querySelector('ca-data-grid');
grid.columns = [
  { key: 'activity', header: 'Activity', value: (r) => r.activity },
  { key: 'hours', header: 'Hours', kind: 'number', value: (r) => r.hours },
];
grid.source = async ({ offset, limit }) => ({
  rows: rows.slice(offset, offset + limit),
  total: rows.length,
  hiddenByPermissions: 0,
});
document.querySelector('ca-workspace-filter').workspaces = [
  { id: 'ws-north', name: 'North' },
  { id: 'ws-south', name: 'South' },
];
window.__hydrated = true;
