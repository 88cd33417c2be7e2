/**
 * The library's events as typed `@lit/react` event names: each constant is the DOM event name, typed with its event
 * class, so a wrapper's `onXxx` prop receives the right event type.
 */
import type { EventName } from '@lit/react';
import type { CasesFilterChangeEvent } from '../components/additional-cases/events.js';
import type { NavigateEvent } from '../components/customer-activity/events.js';
import type {
  DataGridColumnChangeEvent,
  DataGridCopyEvent,
  DataGridExportEvent,
  DataGridSearchChangeEvent,
  DataGridSortChangeEvent,
} from '../components/data-grid/events.js';
import type { CaErrorEvent } from '../components/entitlement-detail/events.js';
import type {
  EntitlementSelectEvent,
  PackageFilterChangeEvent,
} from '../components/package-consumption/events.js';
import type { RetryEvent } from '../components/state-panel/state-panel.js';
import type { WorkspaceFilterChangeEvent } from '../components/workspace-filter/workspace-filter.js';
import type { FilterChangeEvent } from '../events.js';

/** `ca-navigate` (`<customer-activity>`): cancelable; call `preventDefault()` to route in the host. */
export const onNavigate = 'ca-navigate' as EventName<NavigateEvent>;
/** `ca-entitlement-select`: the user chose an entitlement. */
export const onEntitlementSelect = 'ca-entitlement-select' as EventName<EntitlementSelectEvent>;
/** `ca-export`: an export the user started was handed to the browser. */
export const onExport = 'ca-export' as EventName<DataGridExportEvent>;
/** `ca-error`: loading failed (the element shows it; listen to log or report). */
export const onError = 'ca-error' as EventName<CaErrorEvent>;
/** `ca-filter-change` of `<customer-activity>`: any filter inside it (workspaces, packages, case reasons). */
export const onAnyFilterChange = 'ca-filter-change' as EventName<FilterChangeEvent>;
/** `ca-filter-change` of `<package-consumption>`. */
export const onPackageFilterChange = 'ca-filter-change' as EventName<PackageFilterChangeEvent>;
/** `ca-filter-change` of `<additional-cases>`. */
export const onCasesFilterChange = 'ca-filter-change' as EventName<CasesFilterChangeEvent>;
/** `ca-filter-change` of `<ca-workspace-filter>`. */
export const onWorkspaceFilterChange = 'ca-filter-change' as EventName<WorkspaceFilterChangeEvent>;
/** `ca-sort-change` of `<ca-data-grid>`. */
export const onSortChange = 'ca-sort-change' as EventName<DataGridSortChangeEvent>;
/** `ca-search-change` of `<ca-data-grid>`. */
export const onSearchChange = 'ca-search-change' as EventName<DataGridSearchChangeEvent>;
/** `ca-column-change` of `<ca-data-grid>`. */
export const onColumnChange = 'ca-column-change' as EventName<DataGridColumnChangeEvent>;
/** `ca-copy` of `<ca-data-grid>`. */
export const onCopy = 'ca-copy' as EventName<DataGridCopyEvent>;
/** `ca-retry` of `<ca-state-panel>`. */
export const onRetry = 'ca-retry' as EventName<RetryEvent>;
