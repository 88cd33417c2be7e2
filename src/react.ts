/**
 * `customer-activity-elements/react`: a React component for every element, made with `@lit/react`.
 *
 * - Props are set as element **properties**, so objects and functions (`adapter`, `workspaceIds`, `columns`,
 *   `source`) reach the element as they are; strings, numbers and booleans too (`contractId`, `headingLevel`).
 * - Each event is a typed callback prop: `onEntitlementSelect`, `onNavigate`, `onFilterChange`, `onExport`,
 *   `onError`, … receiving the library's event class (`event.detail` is typed).
 * - Importing this module registers every element in the global registry (it imports
 *   `customer-activity-elements/define`), so a React host needs nothing else.
 *
 * React is a peer dependency (17, 18 or 19); `react` is not bundled.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { AdditionalCasesElement } from './components/additional-cases/additional-cases.js';
import { ChartElement } from './components/chart/chart.js';
import { CustomerActivityElement } from './components/customer-activity/customer-activity.js';
import { DataGridElement } from './components/data-grid/data-grid.js';
import { EntitlementDetailElement } from './components/entitlement-detail/entitlement-detail.js';
import { ExpiryBadgeElement } from './components/expiry-badge/expiry-badge.js';
import { MeterElement } from './components/meter/meter.js';
import { PackageConsumptionElement } from './components/package-consumption/package-consumption.js';
import { StatePanelElement } from './components/state-panel/state-panel.js';
import { WorkspaceFilterElement } from './components/workspace-filter/workspace-filter.js';
import './define.js';
import {
  onAnyFilterChange,
  onCasesFilterChange,
  onColumnChange,
  onCopy,
  onEntitlementSelect,
  onError,
  onExport,
  onNavigate,
  onPackageFilterChange,
  onRetry,
  onSearchChange,
  onSortChange,
  onWorkspaceFilterChange,
} from './react/events.js';

export type { EventName, ReactWebComponent } from '@lit/react';

/**
 * `<customer-activity>`: the whole page. Events: `onNavigate` (cancelable), `onEntitlementSelect`,
 * `onFilterChange` (workspaces, and the packages' and cases' filters inside), `onExport` (proof of delivery),
 * `onError`.
 */
export const CustomerActivity = createComponent({
  react: React,
  tagName: 'customer-activity',
  elementClass: CustomerActivityElement,
  displayName: 'CustomerActivity',
  events: { onNavigate, onEntitlementSelect, onFilterChange: onAnyFilterChange, onExport, onError },
});

/** `<package-consumption>`: the add-on packages of a contract. Events: `onFilterChange`, `onEntitlementSelect`. */
export const PackageConsumption = createComponent({
  react: React,
  tagName: 'package-consumption',
  elementClass: PackageConsumptionElement,
  displayName: 'PackageConsumption',
  events: { onFilterChange: onPackageFilterChange, onEntitlementSelect },
});

/** `<entitlement-detail>`: one entitlement and its history. Events: `onExport`, `onError`. */
export const EntitlementDetail = createComponent({
  react: React,
  tagName: 'entitlement-detail',
  elementClass: EntitlementDetailElement,
  displayName: 'EntitlementDetail',
  events: { onExport, onError },
});

/** `<additional-cases>`: the cases outside the contract view. Events: `onFilterChange`, `onExport`, `onError`. */
export const AdditionalCases = createComponent({
  react: React,
  tagName: 'additional-cases',
  elementClass: AdditionalCasesElement,
  displayName: 'AdditionalCases',
  events: { onFilterChange: onCasesFilterChange, onExport, onError },
});

/**
 * `<ca-data-grid>`: a virtualized grid over a page source. Events: `onSortChange`, `onSearchChange`, `onExport`,
 * `onColumnChange`, `onCopy`.
 */
export const DataGrid = createComponent({
  react: React,
  tagName: 'ca-data-grid',
  elementClass: DataGridElement,
  displayName: 'DataGrid',
  events: { onSortChange, onSearchChange, onExport, onColumnChange, onCopy },
});

/** `<ca-workspace-filter>`: one, several or all workspaces. Event: `onFilterChange`. */
export const WorkspaceFilter = createComponent({
  react: React,
  tagName: 'ca-workspace-filter',
  elementClass: WorkspaceFilterElement,
  displayName: 'WorkspaceFilter',
  events: { onFilterChange: onWorkspaceFilterChange },
});

/** `<ca-state-panel>`: loading, error, empty, no access. Event: `onRetry`. */
export const StatePanel = createComponent({
  react: React,
  tagName: 'ca-state-panel',
  elementClass: StatePanelElement,
  displayName: 'StatePanel',
  events: { onRetry },
});

/** `<ca-meter>`: consumed against purchased, with thresholds. */
export const Meter = createComponent({
  react: React,
  tagName: 'ca-meter',
  elementClass: MeterElement,
  displayName: 'Meter',
});

/** `<ca-expiry-badge>`: "expires in 23 days". */
export const ExpiryBadge = createComponent({
  react: React,
  tagName: 'ca-expiry-badge',
  elementClass: ExpiryBadgeElement,
  displayName: 'ExpiryBadge',
});

/** `<ca-chart>`: a chart with its figures as a table. */
export const Chart = createComponent({
  react: React,
  tagName: 'ca-chart',
  elementClass: ChartElement,
  displayName: 'Chart',
});
