/**
 * The rows both grids are fed: the demo dataset (src/data/demo-dataset.ts, the same seed on both pages), cut so that
 * its busiest entitlement has exactly `n` consumption rows. Our grid reads them through the memory adapter; the
 * peer gets the very same records as an array, in the adapter's default order (date descending, then id).
 */
import { createDemoDataset } from '../../../src/data/demo-dataset.js';
import type { ConsumptionRecord, Dataset } from '../../../src/domain/types.js';

export interface BenchRows {
  dataset: Dataset;
  entitlementId: string;
  /** The `n` rows of that entitlement, in dataset order. */
  rows: ConsumptionRecord[];
  /** Time to generate the dataset, ms. */
  generateMs: number;
}

/** The columns of both grids: key, header, kind, width. */
export const BENCH_COLUMNS = [
  { key: 'date', header: 'Date', kind: 'date', width: '10rem' },
  { key: 'title', header: 'Title', kind: 'text', width: '2fr' },
  { key: 'reference', header: 'Reference', kind: 'text', width: '9rem' },
  { key: 'person', header: 'Person', kind: 'text', width: '1fr' },
  { key: 'status', header: 'Status', kind: 'text', width: '8rem' },
  { key: 'quantity', header: 'Quantity', kind: 'number', width: '7rem' },
] as const;

export type BenchColumnKey = (typeof BENCH_COLUMNS)[number]['key'];

/** The demo dataset with exactly `n` rows on its busiest entitlement (the other entitlements keep theirs). */
export function benchRows(n: number): BenchRows {
  const t0 = performance.now();
  // The busiest entitlement holds about 80 % of the rows: ask for enough, then keep its first n.
  let size = Math.ceil(n / 0.8) + 2000;
  for (;;) {
    const dataset = createDemoDataset({ size });
    const counts = new Map<string, number>();
    for (const r of dataset.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
    const [entitlementId, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (count < n) {
      size *= 2;
      continue;
    }
    let kept = 0;
    const rows: ConsumptionRecord[] = [];
    dataset.consumption = dataset.consumption.filter((r) => {
      if (r.entitlementId !== entitlementId) return true;
      if (kept >= n) return false;
      kept++;
      rows.push(r);
      return true;
    });
    return { dataset, entitlementId, rows, generateMs: performance.now() - t0 };
  }
}

/** The rows in the memory adapter's default order: date descending, ties by id ascending. */
export function inDefaultOrder(rows: readonly ConsumptionRecord[]): ConsumptionRecord[] {
  return [...rows].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
