/**
 * The peer under test: `<vaadin-grid>` (@vaadin/grid, its default styles) fed the same rows as our grid through
 * its `items` property (the client-side array data provider: it sorts and pages in the page), with the same six
 * columns, every one sortable, and dates and numbers formatted by the same cached Intl formatters as ours.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid, GridBodyRenderer } from '@vaadin/grid/vaadin-grid.js';
import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import { Formatter } from '../../src/i18n/format.js';
import type { ConsumptionRecord } from '../../src/domain/types.js';
import { insideViewport, mount, reachLastRow, scroll, sort, type GridUnderTest } from './lib/harness.js';
import { round } from './lib/measure.js';
import { BENCH_COLUMNS, benchRows, inDefaultOrder } from './lib/rows.js';

type Row = ConsumptionRecord;

const host = document.getElementById('host')!;
const format = new Formatter('en');

let grid: Grid<Row> | undefined;
let total = 0;

/** A body row of the grid: a `<tr>` in its shadow root whose `index` is the item's. */
type RowElement = HTMLTableRowElement & { index?: number };

function underTest(el: Grid<Row>): GridUnderTest {
  const root = (): ShadowRoot => el.shadowRoot!;
  const scroller = (): HTMLElement => root().querySelector<HTMLElement>('#table')!;
  const header = (): HTMLElement => root().querySelector<HTMLElement>('#header')!;
  const bodyRows = (): RowElement[] => [...root().querySelectorAll<RowElement>('#items > tr')];
  const rowEl = (index: number): RowElement | undefined =>
    bodyRows().find((tr) => tr.index === index && !tr.hidden && !tr.hasAttribute('loading'));
  const text = (tr: RowElement): string =>
    [...tr.querySelectorAll('slot')]
      .map((slot) =>
        slot
          .assignedElements()
          .map((e) => e.textContent)
          .join(''),
      )
      .join(' | ');
  return {
    element: el,
    roots: () => [root(), el],
    rowText(index) {
      const tr = rowEl(index);
      if (!tr) return '';
      const t = text(tr);
      return t.replaceAll(' | ', '').trim() === '' ? '' : t;
    },
    settled: () => !el.hasAttribute('loading'),
    scroller,
    rowElements: () => bodyRows().length,
    busyRows: () => bodyRows().filter((tr) => !tr.hidden && tr.hasAttribute('loading')).length,
    rowHeight: () => bodyRows().find((tr) => !tr.hidden)?.offsetHeight ?? 36,
    headerHeight: () => header().offsetHeight,
    clickSort(key) {
      const sorter = [...el.querySelectorAll<HTMLElement & { path?: string }>('vaadin-grid-sorter')].find(
        (s) => s.path === key,
      );
      sorter!.click();
    },
    rowInView(index) {
      const tr = rowEl(index);
      if (!tr || text(tr).replaceAll(' | ', '').trim() === '') return false;
      return insideViewport(tr, scroller(), header().offsetHeight);
    },
  };
}

const renderers: Partial<Record<string, GridBodyRenderer<Row>>> = {
  date: (root, _column, model) => {
    root.textContent = format.date(model.item.date);
  },
  quantity: (root, _column, model) => {
    root.textContent = format.number(model.item.quantity);
  },
};

const bench = {
  /** Generates the rows (the same as our page's) and configures the grid with them; not mounted yet. */
  setup(n: number) {
    const { rows, generateMs } = benchRows(n);
    const t0 = performance.now();
    const items = inDefaultOrder(rows);
    const orderMs = performance.now() - t0;
    total = items.length;
    const el = document.createElement('vaadin-grid') as Grid<Row>;
    el.setAttribute('aria-label', 'History');
    el.style.height = 'var(--bench-grid-height)';
    for (const c of BENCH_COLUMNS) {
      const column = document.createElement('vaadin-grid-sort-column') as GridSortColumn<Row>;
      column.path = c.key;
      column.header = c.header;
      if (c.width.endsWith('fr')) column.flexGrow = Number.parseFloat(c.width);
      else {
        column.width = c.width;
        column.flexGrow = 0;
      }
      const renderer = renderers[c.key];
      if (renderer) column.renderer = renderer;
      if (c.kind === 'number') column.textAlign = 'end';
      el.append(column);
    }
    el.items = items;
    grid = el;
    return { rows: total, generateMs: round(generateMs), adapterMs: round(orderMs) };
  },

  async mount() {
    const ms = await mount(underTest(grid!), host);
    return { ms: round(ms), sourceMs: 0, firstRow: underTest(grid!).rowText(0) };
  },

  async sort(key: string) {
    const result = await sort(underTest(grid!), key);
    return { ms: round(result.ms), sourceMs: 0, firstRow: result.firstRow };
  },

  scroll(frames?: { fling: number; jumps: number }) {
    return scroll(underTest(grid!), total, frames);
  },

  async lastRow() {
    const scrolled = await reachLastRow(underTest(grid!), total);
    return { ...scrolled, ms: round(scrolled.ms), keyboard: null, rowIndex: total + 1 };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
