import { ChartElement } from './components/chart/chart.js';
import { AdditionalCasesElement } from './components/additional-cases/additional-cases.js';
import { CustomerActivityElement } from './components/customer-activity/customer-activity.js';
import { DataGridElement } from './components/data-grid/data-grid.js';
import { EntitlementDetailElement } from './components/entitlement-detail/entitlement-detail.js';
import { ExpiryBadgeElement } from './components/expiry-badge/expiry-badge.js';
import { PackageConsumptionElement } from './components/package-consumption/package-consumption.js';
import { MeterElement } from './components/meter/meter.js';
import { StatePanelElement } from './components/state-panel/state-panel.js';
import { WorkspaceFilterElement } from './components/workspace-filter/workspace-filter.js';

/** Every element of the library with its tag, in registration order (building blocks first). */
export const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['ca-state-panel', StatePanelElement],
  ['ca-meter', MeterElement],
  ['ca-expiry-badge', ExpiryBadgeElement],
  ['ca-workspace-filter', WorkspaceFilterElement],
  ['ca-chart', ChartElement],
  ['ca-data-grid', DataGridElement],
  ['package-consumption', PackageConsumptionElement],
  ['entitlement-detail', EntitlementDetailElement],
  ['additional-cases', AdditionalCasesElement],
  ['customer-activity', CustomerActivityElement],
];
