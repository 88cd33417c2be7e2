/**
 * `customer-activity-elements/data`: the data contract, its schemas and domain rules, the memory and HTTP
 * adapters and the demo dataset. Loads no Lit and touches no DOM, so Node can import it.
 */
export * from './domain/index.js';
export * from './data/errors.js';
export { DataSourceUnavailableError } from './data/unavailable-error.js';
export type * from './data/adapter.js';
export {
  parseDataset,
  safeParseDataset,
  parseResponse,
  type DatasetParseResult,
  datasetSchema,
  sessionSchema,
  contractViewSchema,
  balanceSchema,
  forecastSchema,
  enterpriseSummarySchema,
  packageViewSchema,
  entitlementViewSchema,
  additionalCaseSchema,
  consumptionPageSchema,
  additionalCasePageSchema,
} from './data/schemas.js';
export { createMemoryAdapter, type MemoryAdapterOptions } from './data/memory-adapter.js';
export {
  createHttpAdapter,
  HttpError,
  NetworkError,
  TimeoutError,
  parseRetryAfter,
  type HttpAdapterOptions,
} from './data/http-adapter.js';
export {
  createDemoDataset,
  DEMO_VIEWERS,
  DEMO_AS_OF,
  type DemoDatasetOptions,
  type DemoViewer,
} from './data/demo-dataset.js';
export {
  exportRows,
  EXPORT_CHUNK_SIZE,
  type ExportColumn,
  type ExportResult,
  type ExportRowsOptions,
  type PageSource,
} from './data/export.js';
