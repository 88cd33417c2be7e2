/** The pure domain layer: contract types and the rules of docs/domain-rules.md. No Lit, no DOM, no zod. */
export * from './types.js';
export * from './dates.js';
export * from './status.js';
export * from './balances.js';
export * from './forecast.js';
export * from './attention.js';
export * from './term-chart.js';
export * from './summary.js';
export * from './access.js';
export * from './additional-cases.js';
export * from './query.js';
export * from './csv.js';
export * from './virtual.js';
export * from './package-progress.js';
export * from './timeline.js';
export * from './proof-of-delivery.js';
export * from './route.js';
