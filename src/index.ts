/**
 * `customer-activity-elements`: the element classes, their events, the adapters, the data contract and the domain
 * rules. Importing it registers nothing (see `customer-activity-elements/define`).
 */
export * from './data.js';
export { adapterContext } from './data/context.js';
export { downloadBlob } from './data/export.js';
export type * from './events.js';

export { LocaleController } from './controllers/locale-controller.js';
export { ChartController, type ChartStatus } from './controllers/chart-controller.js';
export { LOCALES, type Locale } from './i18n/define-messages.js';
export { Formatter, formatterFor } from './i18n/format.js';
export { loadLocale, matchLocale } from './i18n/locale.js';
export { TOKEN_NAMES } from './styles/tokens.js';

export { AdapterElement } from './components/adapter-element.js';
export {
  StatePanelElement,
  RetryEvent,
  STATE_PANEL_STATES,
  type StatePanelState,
} from './components/state-panel/state-panel.js';
export { MeterElement } from './components/meter/meter.js';
export { ExpiryBadgeElement } from './components/expiry-badge/expiry-badge.js';
export {
  WorkspaceFilterElement,
  WorkspaceFilterChangeEvent,
  type WorkspaceFilterChangeDetail,
} from './components/workspace-filter/workspace-filter.js';
export { ChartElement, type ChartSeries } from './components/chart/chart.js';
export {
  DataGridElement,
  type GridExportOptions,
  type GridExportResult,
} from './components/data-grid/data-grid.js';
export type { GridColumn, GridColumnKind } from './components/data-grid/types.js';
export {
  DataGridSortChangeEvent,
  DataGridSearchChangeEvent,
  DataGridExportEvent,
  DataGridColumnChangeEvent,
  DataGridCopyEvent,
  type ColumnChangeReason,
} from './components/data-grid/events.js';
export {
  badgesCell,
  missingCell,
  numberWithUnitCell,
  BADGE_TONES,
  type BadgeTone,
  type CellBadge,
} from './components/data-grid/render/cells.js';
export type { ColumnState } from './domain/column-state.js';
export { PackageConsumptionElement } from './components/package-consumption/package-consumption.js';
export {
  PackageFilterChangeEvent,
  EntitlementSelectEvent,
  type PackageFilterChangeDetail,
  type EntitlementSelectDetail,
} from './components/package-consumption/events.js';
export { EntitlementDetailElement } from './components/entitlement-detail/entitlement-detail.js';
export {
  CaErrorEvent,
  type CaErrorDetail,
  type EntitlementDetailOperation,
} from './components/entitlement-detail/events.js';
export { AdditionalCasesElement } from './components/additional-cases/additional-cases.js';
export {
  CasesFilterChangeEvent,
  type CasesFilterChangeDetail,
  type AdditionalCasesOperation,
} from './components/additional-cases/events.js';
export {
  CustomerActivityElement,
  type ProofOfDeliveryExport,
  type CustomerActivityOperation,
} from './components/customer-activity/customer-activity.js';
export { NavigateEvent, type NavigateDetail } from './components/customer-activity/events.js';
export { define, type DefineOptions, type DefineResult } from './registration.js';
export { TOKEN_DOCS, type TokenName } from './styles/token-docs.js';
export { describeError, errorMessageKey } from './components/shared/describe-error.js';
export { safeHref, SAFE_PROTOCOLS } from './components/shared/safe-url.js';
export { ELEMENTS } from './elements.js';
