/**
 * `customer-activity-elements/data`: the data contract, its schemas and domain rules, the memory adapter and the
 * demo dataset. Loads no Lit and touches no DOM, so Node can import it.
 */
export * from './domain/index.js';
export * from './data/errors.js';
export type * from './data/adapter.js';
export { parseDataset } from './data/schemas.js';
export { createMemoryAdapter, type MemoryAdapterOptions } from './data/memory-adapter.js';
export { createDemoDataset, DEMO_VIEWERS, type DemoDatasetOptions } from './data/demo-dataset.js';
