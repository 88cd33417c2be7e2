/**
 * The second peer: AG Grid Community (`ag-grid-community`, its default Quartz theme) with its infinite row model,
 * fed through a datasource over the same memory adapter as our grid (the same `queryConsumption` calls: pages of
 * 100 rows, sort passed through, `rowCount` known up front), with the same six columns, every one sortable, and
 * dates and numbers formatted by the same cached Intl formatters as ours.
 */
import {
  createGrid,
  CellStyleModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  type ColDef,
  type GridApi,
  type GridOptions,
  type IDatasource,
  type SortModelItem,
} from 'ag-grid-community';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../src/data/adapter.js';
import { Formatter } from '../../src/i18n/format.js';
import type { ConsumptionRecord } from '../../src/domain/types.js';
import { insideViewport, mount, reachLastRow, scroll, sort, type GridUnderTest } from './lib/harness.js';
import { round } from './lib/measure.js';
import { BENCH_COLUMNS, benchRows } from './lib/rows.js';

ModuleRegistry.registerModules([InfiniteRowModelModule, CellStyleModule]);

type Row = ConsumptionRecord;

const host = document.getElementById('host')!;
const format = new Formatter('en');
/** Rows a datasource call asks for: the page size our grid asks the adapter for. */
const BLOCK = 100;
const ROW_HEIGHT = 40;

let container: HTMLElement | undefined;
let options: GridOptions<Row> | undefined;
let api: GridApi<Row> | undefined;
let adapter: CustomerActivityAdapter | undefined;
let total = 0;
/** Time spent inside the adapter (call to answer) since the last reset, ms. */
let sourceMs = 0;

function underTest(el: HTMLElement): GridUnderTest {
  const scroller = (): HTMLElement => el.querySelector<HTMLElement>('.ag-grid-viewport')!;
  const header = (): HTMLElement => el.querySelector<HTMLElement>('.ag-header')!;
  const bodyRows = (): HTMLElement[] => [
    ...el.querySelectorAll<HTMLElement>('.ag-grid-scrolling-container > .ag-row'),
  ];
  const rowEl = (index: number): HTMLElement | null =>
    el.querySelector<HTMLElement>(`.ag-grid-scrolling-container > .ag-row[row-index="${index}"]`);
  const loading = (row: HTMLElement): boolean => row.classList.contains('ag-row-loading');
  const text = (row: HTMLElement): string =>
    [...row.querySelectorAll('.ag-cell')].map((c) => c.textContent).join(' | ');
  return {
    element: el,
    roots: () => [el],
    rowText(index) {
      const row = rowEl(index);
      if (!row || loading(row)) return '';
      const t = text(row);
      return t.replaceAll(' | ', '').trim() === '' ? '' : t;
    },
    settled: () => bodyRows().every((row) => !loading(row)),
    scroller,
    rowElements: () => bodyRows().length,
    busyRows: () => bodyRows().filter(loading).length,
    rowHeight: () => ROW_HEIGHT,
    headerHeight: () => header().offsetHeight,
    clickSort(key) {
      el.querySelector<HTMLElement>(`.ag-header-cell[col-id="${key}"] .ag-header-cell-label`)!.click();
    },
    rowInView(index) {
      const row = rowEl(index);
      if (!row || loading(row) || text(row).replaceAll(' | ', '').trim() === '') return false;
      return insideViewport(row, scroller(), header().offsetHeight);
    },
  };
}

const formatters: Partial<Record<string, ColDef<Row>['valueFormatter']>> = {
  date: (p) => (p.value == null ? '' : format.date(p.value as string)),
  quantity: (p) => (p.value == null ? '' : format.number(p.value as number)),
};

const bench = {
  /** Generates the rows, creates the memory adapter and the grid's options; the grid is not created yet. */
  setup(n: number) {
    const { dataset, entitlementId, rows, generateMs } = benchRows(n);
    const t0 = performance.now();
    adapter = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
    const adapterMs = performance.now() - t0;
    total = rows.length;
    const workspaceIds = dataset.workspaces.map((w) => w.id);
    const datasource: IDatasource = {
      rowCount: total,
      getRows(params) {
        const s = performance.now();
        const sortBy = params.sortModel.map((m: SortModelItem) => ({ key: m.colId, direction: m.sort }));
        adapter!
          .queryConsumption({
            entitlementId,
            workspaceIds,
            offset: params.startRow,
            limit: params.endRow - params.startRow,
            sort: sortBy as ConsumptionQuery['sort'],
          })
          .then(
            (page) => {
              sourceMs += performance.now() - s;
              params.successCallback(page.rows, page.total);
            },
            () => params.failCallback(),
          );
      },
    };
    options = {
      rowModelType: 'infinite',
      datasource,
      cacheBlockSize: BLOCK,
      rowHeight: ROW_HEIGHT,
      headerHeight: ROW_HEIGHT,
      // Our grid does not animate rows when sorted; nor does the peer here.
      animateRows: false,
      columnDefs: BENCH_COLUMNS.map((c) => ({
        field: c.key,
        colId: c.key,
        headerName: c.header,
        sortable: true,
        ...(c.width.endsWith('fr')
          ? { flex: Number.parseFloat(c.width) }
          : { width: Number.parseFloat(c.width) * 14 }),
        ...(c.kind === 'number' ? { type: 'rightAligned' } : {}),
        valueFormatter: formatters[c.key],
      })),
    };
    container = document.createElement('div');
    container.className = 'ag-bench';
    container.setAttribute('aria-label', 'History');
    return { rows: total, generateMs: round(generateMs), adapterMs: round(adapterMs) };
  },

  async mount() {
    sourceMs = 0;
    const el = container!;
    // The grid is created on the element once it is in the document (what a host page does), inside the clock.
    const grid: GridUnderTest = {
      ...underTest(el),
      appended: () => {
        api = createGrid(el, options!);
      },
    };
    const ms = await mount(grid, host);
    return { ms: round(ms), sourceMs: round(sourceMs), firstRow: grid.rowText(0) };
  },

  async sort(key: string) {
    sourceMs = 0;
    const result = await sort(underTest(container!), key);
    return { ms: round(result.ms), sourceMs: round(sourceMs), firstRow: result.firstRow };
  },

  scroll(frames?: { fling: number; jumps: number }) {
    return scroll(underTest(container!), total, frames);
  },

  async lastRow() {
    const scrolled = await reachLastRow(underTest(container!), total);
    return { ...scrolled, ms: round(scrolled.ms), keyboard: null, rowIndex: total + 1 };
  },

  /** The grid's API, for a check by hand. */
  api: () => api,
};

(window as unknown as { bench: typeof bench }).bench = bench;
