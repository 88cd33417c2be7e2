import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chord } from '../helpers/engine.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { DataGridExportEvent, DataGridSortChangeEvent } from '../../src/components/data-grid/events.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { PageSource } from '../../src/data/export.js';
import type { Page } from '../../src/domain/types.js';
import {
  createDeferredSource,
  createFailingSource,
  createPageSource,
  createPendingSource,
  createSyntheticSource,
  makeRows,
  type TestRow,
} from '../helpers/page-source.js';

for (const [tag, element] of [
  ['ca-data-grid', DataGridElement],
  ['ca-state-panel', StatePanelElement],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const COLUMNS: GridColumn<TestRow>[] = [
  { key: 'id', header: 'ID', value: (r) => r.id, sortable: true, width: '10rem' },
  { key: 'title', header: 'Title', value: (r) => r.title, sortable: true },
  { key: 'person', header: 'Person', value: (r) => r.person },
  { key: 'quantity', header: 'Quantity', value: (r) => r.quantity, kind: 'number', sortable: true },
  { key: 'date', header: 'Date', value: (r) => r.date, kind: 'date', sortable: true },
];

const ROWS_100K = makeRows(100_000);
const signal = new AbortController().signal;

type Grid = DataGridElement<TestRow>;

async function renderGrid(source: PageSource<TestRow>, lang?: string): Promise<Grid> {
  const template = html`<ca-data-grid
    label="Consumption"
    .source=${source}
    .columns=${COLUMNS}
  ></ca-data-grid>`;
  if (!lang) return fixture<Grid>(template);
  // The language comes from an ancestor's `lang`, as on a host page. (A `<div>` fixture would wait for an
  // animation frame, which a background tab never gets when test files run side by side.)
  return fixture<Grid>(template, { parentNode: Object.assign(document.createElement('div'), { lang }) });
}

/** `waitUntil` with room for a busy two-core machine. */
const until = (predicate: () => unknown, message?: string): Promise<void> =>
  waitUntil(predicate, message, { timeout: 5000 });

const root = (el: Grid): ShadowRoot => el.shadowRoot!;
const gridOf = (el: Grid): HTMLElement | null => root(el).querySelector('[role="grid"]');
const dataRows = (el: Grid): HTMLElement[] =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[role="row"]')).filter((r) => r.ariaRowIndex !== '1');
const rowByIndex = (el: Grid, ariaRowIndex: number): HTMLElement | null =>
  root(el).querySelector(`[role="row"][aria-rowindex="${ariaRowIndex}"]`);
const cellTexts = (row: Element | null): string[] =>
  row ? Array.from(row.querySelectorAll('[role="gridcell"]'), (c) => c.textContent.trim()) : [];
const panel = (el: Grid): StatePanelElement | null => root(el).querySelector('ca-state-panel');
const countText = (el: Grid): string =>
  root(el).querySelector('[role="status"]')!.textContent.replace(/\s+/g, ' ').trim();
const header = (el: Grid, name: string): HTMLElement =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')).find((h) =>
    h.textContent.trim().startsWith(name),
  )!;
const pressWithControl = (key: string): Promise<void> => chord('Control', key);
/**
 * Scrolls the grid as the user's scroll bar would. The scroll event is also dispatched by hand: browsers fire it
 * while rendering, and a background tab (test files run side by side) does not render.
 */
function scrollGrid(el: Grid, top: number): void {
  const grid = gridOf(el)!;
  grid.scrollTop = top;
  grid.dispatchEvent(new Event('scroll'));
}

/** The highest aria-rowindex rendered. */
const lastRendered = (el: Grid): number => Math.max(...dataRows(el).map((r) => Number(r.ariaRowIndex)));

/** The position of the focused cell: [aria-rowindex, column index]. */
function focusedCell(el: Grid): [number, number] | null {
  const active = root(el).activeElement;
  const cell = active?.closest('[role="gridcell"], [role="columnheader"]');
  const row = cell?.closest('[role="row"]');
  if (!cell || !row) return null;
  return [Number(row.getAttribute('aria-rowindex')), Array.from(row.children).indexOf(cell)];
}

async function loaded(el: Grid, firstText?: string): Promise<void> {
  await until(() => {
    const first = rowByIndex(el, 2);
    return first && !first.hasAttribute('aria-busy') && (!firstText || cellTexts(first).includes(firstText));
  }, 'rows did not load');
}

async function firstRowOf(
  source: PageSource<TestRow>,
  query: Omit<Parameters<PageSource<TestRow>>[0], 'offset' | 'limit'>,
): Promise<TestRow> {
  return (await source({ ...query, offset: 0, limit: 1 }, { signal })).rows[0];
}

describe('<ca-data-grid>', () => {
  describe('states', () => {
    for (const lang of ['en', 'pt-BR']) {
      it(`loading (${lang}): a loading panel until the first answer, accessible`, async () => {
        const el = await renderGrid(createPendingSource<TestRow>(), lang);
        expect(panel(el)?.state).to.equal('loading');
        expect(gridOf(el)).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`complete (${lang}): rows, a localized count and the hidden rows, accessible`, async () => {
        const el = await renderGrid(createPageSource(makeRows(1234), { hiddenByPermissions: 3 }), lang);
        await loaded(el);
        expect(panel(el)).to.equal(null);
        expect(cellTexts(rowByIndex(el, 2))[0]).to.equal('row-0000001');
        expect(countText(el)).to.equal(
          lang === 'en'
            ? '1,234 rows · 3 hidden by your permissions'
            : '1.234 linhas · 3 ocultas pelas suas permissões',
        );
        const status = root(el).querySelector('[part="count"]')!;
        expect(status.getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
      });

      it(`empty (${lang}): "no rows match" for a search, accessible`, async () => {
        const el = await renderGrid(createPageSource(makeRows(50)), lang);
        await loaded(el);
        el.search = 'zzz-nothing';
        await until(() => panel(el)?.state === 'empty', 'no empty state');
        await panel(el)!.updateComplete;
        const text = panel(el)!.shadowRoot!.textContent;
        expect(text).to.contain(lang === 'en' ? 'No rows match' : 'Nenhuma linha encontrada');
        expect(text).to.contain('zzz-nothing');
        expect(countText(el)).to.equal(lang === 'en' ? '0 rows' : '0 linhas');
        await expect(el).to.be.accessible();
      });

      it(`error (${lang}): an error panel whose retry fetches again, accessible`, async () => {
        const source = createFailingSource<TestRow>();
        const el = await renderGrid(source, lang);
        await until(() => panel(el)?.state === 'error', 'no error state');
        await expect(el).to.be.accessible();
        const calls = source.calls.length;
        await panel(el)!.updateComplete;
        panel(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
        await until(() => source.calls.length > calls, 'retry did not fetch');
        await until(() => panel(el)?.state === 'error');
      });
    }

    it('shows the given empty message when there is no search', async () => {
      const el = await fixture<Grid>(
        html`<ca-data-grid
          label="Rows"
          empty-message="No consumption yet."
          .source=${createPageSource<TestRow>([])}
          .columns=${COLUMNS}
        ></ca-data-grid>`,
      );
      await until(() => panel(el)?.state === 'empty');
      expect(panel(el)!.message).to.equal('No consumption yet.');
    });

    it('keeps the last rows on screen during a refresh', async () => {
      const source = createDeferredSource<TestRow>();
      const el = await renderGrid(source);
      const rows = makeRows(3);
      source.requests[0].resolve({ rows, total: 3, hiddenByPermissions: 0 });
      await loaded(el, 'row-0000001');
      el.refresh();
      await el.updateComplete;
      expect(source.requests).to.have.length(2);
      expect(cellTexts(rowByIndex(el, 2))[0]).to.equal('row-0000001');
      expect(gridOf(el)!.getAttribute('aria-busy')).to.equal('true');
      source.requests[1].resolve({ rows: [{ ...rows[0], id: 'fresh' }], total: 1, hiddenByPermissions: 0 });
      await loaded(el, 'fresh');
      expect(gridOf(el)!.getAttribute('aria-busy')).to.equal('false');
      expect(dataRows(el)).to.have.length(1);
    });
  });

  describe('grid semantics', () => {
    it('exposes the grid pattern: row and column counts, header row 1, one tab stop', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      const grid = gridOf(el)!;
      expect(grid.getAttribute('aria-label')).to.equal('Consumption');
      expect(grid.getAttribute('aria-rowcount')).to.equal('100001');
      expect(grid.getAttribute('aria-colcount')).to.equal('5');
      expect(root(el).querySelectorAll('[role="columnheader"]')).to.have.length(5);
      expect(rowByIndex(el, 1)!.querySelectorAll('[role="columnheader"]')).to.have.length(5);
      expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);
      expect(rowByIndex(el, 2)!.querySelectorAll('[role="gridcell"]')).to.have.length(5);
    });

    it('renders the same number of row elements for 1k, 100k and 1M rows', async () => {
      const counts: number[] = [];
      for (const source of [
        createPageSource(makeRows(1000)),
        createPageSource(ROWS_100K),
        createSyntheticSource(1_000_000),
      ]) {
        const el = await renderGrid(source);
        await loaded(el);
        counts.push(dataRows(el).length);
        scrollGrid(el, 12_345);
        await until(() => lastRendered(el) > 300, 'did not follow the scroll');
        counts.push(dataRows(el).length);
        el.remove();
      }
      expect(counts[0]).to.be.within(10, 60);
      expect(
        counts.every((c) => c === counts[0]),
        counts.join(', '),
      ).to.equal(true);
    });

    it('shows placeholders for rows not loaded yet', async () => {
      const source = createDeferredSource<TestRow>();
      const el = await renderGrid(source);
      source.requests[0].resolve({ rows: makeRows(100), total: 1000, hiddenByPermissions: 0 });
      await loaded(el);
      scrollGrid(el, 40 * 150);
      await until(() => source.requests.some((r) => r.query.offset === 100), 'page 2 not requested');
      const busy = dataRows(el).filter((r) => r.getAttribute('aria-busy') === 'true');
      expect(busy.length).to.be.greaterThan(0);
      expect(cellTexts(busy[0])).to.deep.equal(['Loading', 'Loading', 'Loading', 'Loading', 'Loading']);
    });
  });

  describe('over 100,000 rows', () => {
    it('sorts by a header: aria-sort and the first row change, ca-sort-change fires', async () => {
      const source = createPageSource(ROWS_100K);
      const el = await renderGrid(source);
      await loaded(el, 'row-0000001');
      const quantity = header(el, 'Quantity');
      expect(quantity.hasAttribute('aria-sort')).to.equal(false);

      const asc = await firstRowOf(source, { sort: [{ key: 'quantity', direction: 'asc' }] });
      setTimeout(() => quantity.querySelector('button')!.click());
      const event = await oneEvent<DataGridSortChangeEvent>(el, 'ca-sort-change');
      expect(event.detail.sort).to.deep.equal([{ key: 'quantity', direction: 'asc' }]);
      await el.updateComplete;
      expect(header(el, 'Quantity').getAttribute('aria-sort')).to.equal('ascending');
      await loaded(el, asc.id);

      const desc = await firstRowOf(source, { sort: [{ key: 'quantity', direction: 'desc' }] });
      header(el, 'Quantity').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'Quantity').getAttribute('aria-sort')).to.equal('descending');
      await loaded(el, desc.id);
      expect(asc.id).to.not.equal(desc.id);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(header(el, 'Quantity').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Title').hasAttribute('aria-sort')).to.equal(false);
    });

    it('does not fire ca-sort-change when the sort is set by code', async () => {
      const el = await renderGrid(createPageSource(makeRows(10)));
      let fired = 0;
      el.addEventListener('ca-sort-change', () => fired++);
      el.sort = [{ key: 'title', direction: 'desc' }];
      await el.updateComplete;
      expect(header(el, 'Title').getAttribute('aria-sort')).to.equal('descending');
      expect(fired).to.equal(0);
    });

    it('searches (accent-insensitive at the source) after a pause in typing, with one ca-search-change', async () => {
      const source = createPageSource(ROWS_100K);
      const el = await renderGrid(source);
      await loaded(el);
      const events: string[] = [];
      el.addEventListener('ca-search-change', (e) => events.push(e.detail.search));
      root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: 'educacao' });
      expect(events).to.deep.equal([]);
      await until(() => events.length > 0, 'no ca-search-change');
      expect(events).to.deep.equal(['educacao']);
      const matches = ROWS_100K.filter((r) => r.title.startsWith('Educação')).length;
      await until(() => countText(el) === `${matches.toLocaleString('en')} rows`, 'count did not update');
      await loaded(el, 'Educação 3');
      expect(source.calls.at(-1)!.search).to.equal('educacao');

      root(el).querySelector<HTMLButtonElement>('button[aria-label="Clear search"]')!.click();
      await until(() => countText(el) === '100,000 rows', 'clear did not reset');
      expect(events).to.deep.equal(['educacao', '']);
    });

    it('applies the search at once on Enter and clears it on Escape', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      const events: string[] = [];
      el.addEventListener('ca-search-change', (e) => events.push(e.detail.search));
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      // The text arrives as one input event (typing is the test above): typed key by key, a loaded machine can
      // leave more than the debounce between two keys (seen in WebKit), and the search then commits "F" first.
      input.value = 'Fábio';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await sendKeys({ press: 'Enter' });
      expect(events).to.deep.equal(['Fábio']);
      await sendKeys({ press: 'Escape' });
      expect(events).to.deep.equal(['Fábio', '']);
      expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events).to.deep.equal(['Fábio', '']);
    });

    it('scrolls to the end: the last row is rendered and visible', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      const grid = gridOf(el)!;
      scrollGrid(el, grid.scrollHeight);
      await until(() => cellTexts(rowByIndex(el, 100_001))[0] === 'row-0100000', 'last row not rendered');
      const rowBox = rowByIndex(el, 100_001)!.getBoundingClientRect();
      const gridBox = grid.getBoundingClientRect();
      expect(rowBox.bottom).to.be.at.most(gridBox.bottom + 1);
      expect(rowBox.top).to.be.at.least(gridBox.top);
    });

    it('moves with the keyboard from the first to the last cell and back', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      // Tab from the toolbar's last control ("Columns") reaches the grid's single tab stop: the first column header.
      root(el).querySelector<HTMLButtonElement>('[part="column-chooser-button"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedCell(el)).to.deep.equal([1, 0]);

      await pressWithControl('End');
      await until(() => focusedCell(el)?.[0] === 100_001, 'Ctrl+End did not reach the last row');
      expect(focusedCell(el)).to.deep.equal([100_001, 4]);
      await until(() => cellTexts(rowByIndex(el, 100_001))[0] === 'row-0100000', 'last row not loaded');
      expect(focusedCell(el)).to.deep.equal([100_001, 4]);
      expect(gridOf(el)!.querySelectorAll('[tabindex="0"]')).to.have.length(1);

      await pressWithControl('Home');
      await until(() => focusedCell(el)?.[0] === 1, 'Ctrl+Home did not reach the header');
      expect(focusedCell(el)).to.deep.equal([1, 0]);
      // …and the first rows are back in view.
      await until(() => cellTexts(rowByIndex(el, 2))[0] === 'row-0000001', 'first row not shown again');
    });

    it('handles arrows, Home, End, PageUp and PageDown', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      root(el).querySelector<HTMLButtonElement>('[role="columnheader"] button')!.focus();
      const press = async (key: string): Promise<[number, number] | null> => {
        await sendKeys({ press: key });
        await el.updateComplete;
        return focusedCell(el);
      };
      expect(await press('ArrowDown')).to.deep.equal([2, 0]);
      expect(await press('ArrowRight')).to.deep.equal([2, 1]);
      expect(await press('ArrowRight')).to.deep.equal([2, 2]);
      expect(await press('ArrowLeft')).to.deep.equal([2, 1]);
      expect(await press('End')).to.deep.equal([2, 4]);
      expect(await press('ArrowRight')).to.deep.equal([2, 4]);
      expect(await press('Home')).to.deep.equal([2, 0]);
      expect(await press('ArrowLeft')).to.deep.equal([2, 0]);
      expect(await press('ArrowUp')).to.deep.equal([1, 0]);
      expect(await press('ArrowUp')).to.deep.equal([1, 0]);
      expect(await press('ArrowDown')).to.deep.equal([2, 0]);

      const pageRows = Math.floor((gridOf(el)!.offsetHeight - 40) / 40);
      expect(pageRows).to.be.greaterThan(1);
      expect(await press('PageDown')).to.deep.equal([2 + pageRows, 0]);
      expect(await press('PageDown')).to.deep.equal([2 + 2 * pageRows, 0]);
      // The row scrolled into view and is fully visible.
      const grid = gridOf(el)!.getBoundingClientRect();
      const row = rowByIndex(el, 2 + 2 * pageRows)!.getBoundingClientRect();
      expect(row.bottom).to.be.at.most(grid.bottom + 1);
      expect(await press('PageUp')).to.deep.equal([2 + pageRows, 0]);
      expect(await press('PageUp')).to.deep.equal([2, 0]);
      expect(await press('PageUp')).to.deep.equal([1, 0]);
    });

    it('keeps the focused cell focused while rows recycle, and keeps one tab stop when it scrolls away', async () => {
      const el = await renderGrid(createPageSource(ROWS_100K));
      await loaded(el);
      rowByIndex(el, 3)!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
      const focused = root(el).activeElement;
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowUp' });
      }
      expect(root(el).activeElement).to.equal(focused);
      // Scroll far away with the scroll bar: the focused row stays (detached) as the tab stop.
      scrollGrid(el, 40 * 5000);
      await until(() => rowByIndex(el, 5002) !== null, 'did not scroll');
      expect(root(el).activeElement).to.equal(focused);
      expect(gridOf(el)!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
      expect(focusedCell(el)).to.deep.equal([3, 0]);
    });
  });

  describe('1,000,000 rows', () => {
    it('reaches the last row by scrolling and by Ctrl+End', async () => {
      const el = await renderGrid(createSyntheticSource(1_000_000));
      await loaded(el);
      const grid = gridOf(el)!;
      expect(grid.scrollHeight).to.be.below(20_000_000);
      scrollGrid(el, grid.scrollHeight);
      await until(() => cellTexts(rowByIndex(el, 1_000_001))[0] === 'row-1000000', 'last row not rendered');
      const last = rowByIndex(el, 1_000_001)!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(grid.getBoundingClientRect().bottom + 1);

      scrollGrid(el, 0);
      await until(() => cellTexts(rowByIndex(el, 2))[0] === 'row-0000001', 'did not scroll back');
      root(el).querySelector<HTMLButtonElement>('[role="columnheader"] button')!.focus();
      await pressWithControl('End');
      await until(() => focusedCell(el)?.[0] === 1_000_001, 'Ctrl+End did not reach the last row');
      expect(focusedCell(el)).to.deep.equal([1_000_001, 4]);
      await until(() => cellTexts(rowByIndex(el, 1_000_001))[0] === 'row-1000000');
      // Half way: the middle row is reachable too.
      scrollGrid(el, Math.round((grid.scrollHeight - grid.clientHeight) / 2));
      await until(() =>
        dataRows(el).some((r) => Number(r.ariaRowIndex) > 400_000 && Number(r.ariaRowIndex) < 600_000),
      );
    });
  });

  describe('stale answers', () => {
    it('never shows an older answer that arrives after a newer one, and aborts the superseded request', async () => {
      const source = createDeferredSource<TestRow>();
      const el = await renderGrid(source);
      const seen = new Set<string>();
      const observer = new MutationObserver(() => {
        for (const row of dataRows(el)) for (const t of cellTexts(row)) seen.add(t);
      });
      observer.observe(root(el), { subtree: true, childList: true, characterData: true });
      const page = (title: string, total: number): Page<TestRow> => ({
        rows: makeRows(total).map((r) => ({ ...r, title })),
        total,
        hiddenByPermissions: 0,
      });

      el.search = 'older';
      await el.updateComplete;
      el.search = 'newer';
      await el.updateComplete;
      const older = source.requests.find((r) => r.query.search === 'older')!;
      const newer = source.requests.find((r) => r.query.search === 'newer')!;
      expect(older.signal.aborted).to.equal(true);
      expect(newer.signal.aborted).to.equal(false);

      newer.resolve(page('Newer answer', 2));
      await loaded(el, 'Newer answer');
      older.resolve(page('Older answer', 5));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      observer.disconnect();
      expect(cellTexts(rowByIndex(el, 2))).to.include('Newer answer');
      expect(dataRows(el)).to.have.length(2);
      expect(countText(el)).to.equal('2 rows');
      expect(seen.has('Older answer')).to.equal(false);
    });

    it('drops a failure of a superseded request', async () => {
      const source = createDeferredSource<TestRow>();
      const el = await renderGrid(source);
      el.sort = [{ key: 'title', direction: 'asc' }];
      await el.updateComplete;
      source.requests.at(-1)!.resolve({ rows: makeRows(1), total: 1, hiddenByPermissions: 0 });
      await loaded(el);
      source.requests[0].reject(new TypeError('late failure'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(panel(el)).to.equal(null);
    });
  });

  describe('export', () => {
    let downloads: { download: string; href: string }[] = [];
    const intercept = (event: MouseEvent): void => {
      const a = event.target;
      if (a instanceof HTMLAnchorElement && a.download) {
        event.preventDefault();
        downloads.push({ download: a.download, href: a.href });
      }
    };
    beforeEach(() => {
      downloads = [];
      window.addEventListener('click', intercept, true);
    });
    afterEach(() => window.removeEventListener('click', intercept, true));

    it('exports every row matching the search and sort, not only those on screen', async () => {
      const el = await renderGrid(createPageSource(makeRows(3000)));
      el.search = 'workshop';
      el.sort = [{ key: 'quantity', direction: 'desc' }];
      await loaded(el);
      const result = await el.exportCsv({ filename: 'rows.csv', download: false });
      const matches = makeRows(3000).filter((r) => r.title.startsWith('Workshop'));
      expect(result!.rowCount).to.equal(matches.length);
      const text = new TextDecoder().decode(await result!.blob.arrayBuffer());
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('ID,Title,Person,Quantity,Date');
      expect(lines).to.have.length(matches.length + 1);
      const top = [...matches].sort((a, b) => b.quantity - a.quantity || (a.id < b.id ? -1 : 1))[0];
      expect(lines[1]).to.equal(`${top.id},${top.title},${top.person},${top.quantity},${top.date}`);
      expect(downloads).to.have.length(0);
    });

    it('the built-in button downloads the file and fires ca-export', async () => {
      const el = await fixture<Grid>(
        html`<ca-data-grid
          label="Rows"
          exportable
          export-filename="consumption.csv"
          .source=${createPageSource(makeRows(120))}
          .columns=${COLUMNS}
        ></ca-data-grid>`,
      );
      await loaded(el);
      const button = root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!;
      expect(button.textContent.trim()).to.equal('Export CSV');
      setTimeout(() => button.click());
      const event = await oneEvent<DataGridExportEvent>(el, 'ca-export');
      expect(event.detail).to.deep.equal({ rowCount: 120, filename: 'consumption.csv' });
      expect(downloads).to.deep.equal([{ download: 'consumption.csv', href: downloads[0].href }]);
      await expect(el).to.be.accessible();
    });

    it('shows progress for a large export, and Cancel stops it without ca-export', async () => {
      const el = await fixture<Grid>(
        html`<ca-data-grid
          label="Rows"
          exportable
          .source=${createPageSource(ROWS_100K, { delayMs: 20 })}
          .columns=${COLUMNS}
        ></ca-data-grid>`,
      );
      await loaded(el);
      let exported = 0;
      el.addEventListener('ca-export', () => exported++);
      root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
      await until(() => root(el).querySelector('[part="export-progress"] progress'), 'no progress shown');
      const progress = root(el).querySelector<HTMLProgressElement>('progress')!;
      expect(progress.max).to.equal(100_000);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part="export-progress"] button')!.click();
      await until(() => !root(el).querySelector('[part="export-progress"]'), 'progress not removed');
      await until(() => root(el).textContent.includes('Export canceled.'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(exported).to.equal(0);
      expect(downloads).to.have.length(0);
    });
  });
});
