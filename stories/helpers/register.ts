/**
 * Registers the building blocks for the stories. Temporary: once `src/define.ts` registers every element, the
 * stories import that instead.
 */
import { AdditionalCasesElement } from '../../src/components/additional-cases/additional-cases.js';
import { ChartElement } from '../../src/components/chart/chart.js';
import { CustomerActivityElement } from '../../src/components/customer-activity/customer-activity.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import { EntitlementDetailElement } from '../../src/components/entitlement-detail/entitlement-detail.js';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { MeterElement } from '../../src/components/meter/meter.js';
import { PackageConsumptionElement } from '../../src/components/package-consumption/package-consumption.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import { WorkspaceFilterElement } from '../../src/components/workspace-filter/workspace-filter.js';
import { defineOnce } from '../../test/helpers/define.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-meter', MeterElement);
defineOnce('ca-expiry-badge', ExpiryBadgeElement);
defineOnce('ca-workspace-filter', WorkspaceFilterElement);
defineOnce('package-consumption', PackageConsumptionElement);
defineOnce('ca-chart', ChartElement);
defineOnce('ca-data-grid', DataGridElement);
defineOnce('entitlement-detail', EntitlementDetailElement);
defineOnce('additional-cases', AdditionalCasesElement);
defineOnce('customer-activity', CustomerActivityElement);
