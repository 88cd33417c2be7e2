/**
 * Our grid under test: `<ca-data-grid>` over the memory adapter (the embedded default), built for production by
 * bench/vite.bench.config.ts and driven by bench/grid.mjs through `window.bench`.
 */
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import type { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import type { ConsumptionRecord, Page, PageQuery } from '../../src/domain/types.js';
import { insideViewport, mount, reachLastRow, scroll, sort, type GridUnderTest } from './lib/harness.js';
import { afterPaint, LongTasks, round } from './lib/measure.js';
import { BENCH_COLUMNS, benchRows } from './lib/rows.js';

type Row = ConsumptionRecord;

const host = document.getElementById('host')!;

const COLUMNS: GridColumn<Row>[] = BENCH_COLUMNS.map((c) => ({
  key: c.key,
  header: c.header,
  value: (row: Row) => row[c.key] ?? null,
  kind: c.kind,
  width: c.width,
  sortable: true,
}));

let grid: DataGridElement<Row> | undefined;
let adapter: CustomerActivityAdapter | undefined;
let total = 0;
/** Time spent inside the adapter (call to answer) since the last reset, ms. */
let sourceMs = 0;

function underTest(el: DataGridElement<Row>): GridUnderTest {
  const root = (): ShadowRoot => el.shadowRoot!;
  const rowEl = (index: number): HTMLElement | null =>
    root().querySelector<HTMLElement>(`[role="row"][aria-rowindex="${index + 2}"]`);
  const gridEl = (): HTMLElement => root().querySelector<HTMLElement>('[role="grid"]')!;
  return {
    element: el,
    roots: () => [root()],
    rowText(index) {
      const row = rowEl(index);
      if (!row || row.getAttribute('aria-busy') === 'true') return '';
      return [...row.querySelectorAll('.text')].map((t) => t.textContent).join(' | ');
    },
    settled: () => gridEl()?.getAttribute('aria-busy') === 'false',
    scroller: gridEl,
    rowElements: () => root().querySelectorAll('.body [role="row"]').length,
    busyRows: () => root().querySelectorAll('.body [role="row"][aria-busy="true"]').length,
    rowHeight: () => el.rowHeight,
    headerHeight: () => root().querySelector<HTMLElement>('.head')!.offsetHeight,
    clickSort(key) {
      const index = COLUMNS.findIndex((c) => c.key === key);
      root().querySelector<HTMLButtonElement>(`[role="columnheader"][data-col="${index}"] button`)!.click();
    },
    rowInView(index) {
      const row = rowEl(index);
      if (!row || row.getAttribute('aria-busy') === 'true') return false;
      return insideViewport(row, gridEl(), root().querySelector<HTMLElement>('.head')!.offsetHeight);
    },
  };
}

const bench = {
  /** Generates the rows and creates the memory adapter (validation + indexing); the grid is not mounted yet. */
  setup(n: number) {
    const { dataset, entitlementId, rows, generateMs } = benchRows(n);
    const t0 = performance.now();
    adapter = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
    const adapterMs = performance.now() - t0;
    total = rows.length;
    const workspaceIds = dataset.workspaces.map((w) => w.id);
    const source = async (query: PageQuery, options: { signal: AbortSignal }): Promise<Page<Row>> => {
      const s = performance.now();
      try {
        const sort = query.sort as ConsumptionQuery['sort'];
        return await adapter!.queryConsumption({ ...query, sort, entitlementId, workspaceIds }, options);
      } finally {
        sourceMs += performance.now() - s;
      }
    };
    const el = document.createElement('ca-data-grid') as DataGridElement<Row>;
    el.label = 'History';
    el.columns = COLUMNS;
    el.source = source;
    el.noSearch = false;
    grid = el;
    return { rows: total, generateMs: round(generateMs), adapterMs: round(adapterMs) };
  },

  async mount() {
    sourceMs = 0;
    const ms = await mount(underTest(grid!), host);
    return { ms: round(ms), sourceMs: round(sourceMs), firstRow: underTest(grid!).rowText(0) };
  },

  async sort(key: string) {
    sourceMs = 0;
    const result = await sort(underTest(grid!), key);
    return { ms: round(result.ms), sourceMs: round(sourceMs), firstRow: result.firstRow };
  },

  scroll(frames?: { fling: number; jumps: number }) {
    return scroll(underTest(grid!), total, frames);
  },

  async lastRow() {
    const scrolled = await reachLastRow(underTest(grid!), total);
    // The keyboard way: Ctrl+Home, then Ctrl+End from a focused cell.
    const g = underTest(grid!);
    g.scroller().scrollTop = 0;
    await afterPaint();
    const cell = grid!.shadowRoot!.querySelector<HTMLElement>('[role="columnheader"] button')!;
    cell.focus();
    cell.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true, composed: true }),
    );
    let keyboard = false;
    for (let i = 0; i < 120 && !keyboard; i++) {
      await afterPaint();
      const active = grid!.shadowRoot!.activeElement?.closest('[role="row"]');
      keyboard = active?.getAttribute('aria-rowindex') === String(total + 1) && g.rowInView(total - 1);
    }
    return { ...scrolled, ms: round(scrolled.ms), keyboard, rowIndex: total + 1 };
  },

  /** CSV export of every row through the grid (no download), with the long tasks seen meanwhile. */
  async exportCsv() {
    await afterPaint();
    const tasks = new LongTasks();
    tasks.start();
    performance.mark('bench:start');
    const t0 = performance.now();
    const result = await grid!.exportCsv({ download: false });
    const ms = performance.now() - t0;
    performance.mark('bench:end');
    const long = await tasks.stop();
    return {
      ms: round(ms),
      rowCount: result?.rowCount ?? 0,
      bytes: result?.blob.size ?? 0,
      longestTaskMs: long.longestMs,
      longTasks: long.count,
    };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
