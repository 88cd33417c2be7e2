import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { chord, skipUnless } from '../helpers/engine.js';
import { COLUMN_STATE_STORAGE_PREFIX } from '../../src/components/data-grid/column-tools.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { DataGridColumnChangeEvent } from '../../src/components/data-grid/events.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { ColumnState } from '../../src/domain/column-state.js';
import { createPageSource, makeRows, type TestRow } from '../helpers/page-source.js';

for (const [tag, element] of [
  ['ca-data-grid', DataGridElement],
  ['ca-state-panel', StatePanelElement],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const COLUMNS: GridColumn<TestRow>[] = [
  { key: 'id', header: 'ID', value: (r) => r.id, sortable: true, width: '10rem' },
  { key: 'title', header: 'Title', value: (r) => r.title, sortable: true, width: '14rem' },
  { key: 'person', header: 'Person', value: (r) => r.person, width: '12rem' },
  { key: 'date', header: 'Date', value: (r) => r.date, kind: 'date', width: '10rem' },
];

const ROWS = makeRows(500);
type Grid = DataGridElement<TestRow>;

interface Options {
  lang?: string;
  stateKey?: string;
  columnState?: ColumnState;
  width?: string;
}

async function renderGrid(options: Options = {}): Promise<Grid> {
  const parent = document.createElement('div');
  parent.lang = options.lang ?? 'en';
  if (options.width) parent.style.width = options.width;
  const el = await fixture<Grid>(
    html`<ca-data-grid
      label="Consumption"
      state-key=${options.stateKey ?? ''}
      .columnState=${options.columnState ?? {}}
      .source=${createPageSource(ROWS)}
      .columns=${COLUMNS}
    ></ca-data-grid>`,
    { parentNode: parent },
  );
  await until(() => root(el).querySelector('[aria-rowindex="2"]:not([aria-busy])'), 'rows did not load');
  return el;
}

const until = (predicate: () => unknown, message?: string): Promise<void> =>
  waitUntil(predicate, message, { timeout: 5000 });
const root = (el: Grid): ShadowRoot => el.shadowRoot!;
const headers = (el: Grid): string[] =>
  Array.from(root(el).querySelectorAll('[role="columnheader"] .label'), (h) => h.textContent.trim());
const headerCell = (el: Grid, name: string): HTMLElement =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')).find(
    (h) => h.querySelector('.label')?.textContent.trim() === name,
  )!;
const widthOf = (el: Grid, name: string): number =>
  Math.round(headerCell(el, name).getBoundingClientRect().width);
const chooserButton = (el: Grid): HTMLButtonElement =>
  root(el).querySelector<HTMLButtonElement>('[part="column-chooser-button"]')!;
const menu = (el: Grid): HTMLElement | null => root(el).querySelector('[part="column-chooser"]');
const checkbox = (el: Grid, name: string): HTMLInputElement =>
  Array.from(menu(el)!.querySelectorAll('label'))
    .find((l) => l.textContent.trim() === name)!
    .querySelector('input')!;
const announcement = (el: Grid): string =>
  Array.from(root(el).querySelectorAll('[role="status"]'), (s) => s.textContent.trim()).join(' | ');

function events(el: Grid): DataGridColumnChangeEvent[] {
  const seen: DataGridColumnChangeEvent[] = [];
  el.addEventListener('ca-column-change', (e) => seen.push(e));
  return seen;
}

async function focusHeader(el: Grid, name: string): Promise<void> {
  const cell = headerCell(el, name);
  (cell.querySelector<HTMLElement>('button') ?? cell).focus();
  await el.updateComplete;
}

/** Presses `key` with `modifiers` held, in every engine (WebDriver launchers have no sendKeys down/up). */
async function pressWith(modifiers: string[], key: string): Promise<void> {
  if (modifiers.length === 0) await sendKeys({ press: key });
  else await chord(...modifiers, key);
}

afterEach(() => sessionStorage.clear());

describe('<ca-data-grid> columns', () => {
  describe('resize by keyboard', () => {
    for (const [lang, expected] of [
      ['en', 'Date column, 170 pixels'],
      ['pt-BR', 'Coluna Date, 170 pixels'],
    ] as const) {
      it(`Alt+Arrow keys resize the focused column and announce its width (${lang})`, async () => {
        const el = await renderGrid({ lang });
        const seen = events(el);
        const start = widthOf(el, 'Date');
        expect(start).to.equal(160);
        await focusHeader(el, 'Date');
        await pressWith(['Alt'], 'ArrowRight');
        await el.updateComplete;
        expect(widthOf(el, 'Date')).to.equal(170);
        await until(() => announcement(el).includes(expected), `announcement: ${announcement(el)}`);
        expect(seen.map((e) => [e.detail.reason, e.detail.key, e.detail.state.widths])).to.deep.equal([
          ['resize', 'date', { date: 170 }],
        ]);
        // Shift: bigger steps; narrower too.
        await pressWith(['Alt', 'Shift'], 'ArrowLeft');
        await el.updateComplete;
        expect(widthOf(el, 'Date')).to.equal(120);
        expect(el.columnState).to.deep.equal({ widths: { date: 120 } });
        // The focus stayed on the header: the keys did not move it.
        expect(root(el).activeElement?.closest('[role="columnheader"]')).to.equal(headerCell(el, 'Date'));
        await expect(el).to.be.accessible();
      });
    }

    it('stops at the minimum width and resizes a sortable header without sorting', async () => {
      const el = await renderGrid();
      await focusHeader(el, 'ID');
      for (let i = 0; i < 4; i++) await pressWith(['Alt', 'Shift'], 'ArrowLeft');
      await el.updateComplete;
      expect(widthOf(el, 'ID')).to.equal(48);
      expect(el.sort).to.deep.equal([]);
      expect(root(el).activeElement?.matches('button.sort')).to.equal(true);
    });

    it('describes the resize keys to assistive technology', async () => {
      const el = await renderGrid();
      const focusable = headerCell(el, 'Date');
      const hint = root(el).getElementById(focusable.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.include('Alt+Left or Alt+Right');
      const sortButton = headerCell(el, 'ID').querySelector('button')!;
      expect(sortButton.getAttribute('aria-describedby')).to.equal(hint.id);
    });
  });

  describe('resize by pointer', () => {
    it('dragging the header edge resizes; one event when the drag ends; double-click fits the content', async function () {
      await skipUnless(
        this,
        'sendMouse',
        'the WebKit launcher drives WebDriver classic, which has no wtr pointer commands; keyboard paths are tested there',
      );
      const el = await renderGrid();
      const seen = events(el);
      const handle = headerCell(el, 'Title').querySelector<HTMLElement>('[part="resize-handle"]')!;
      const box = handle.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y] });
      await sendMouse({ type: 'move', position: [x + 80, y] });
      await el.updateComplete;
      expect(widthOf(el, 'Title')).to.equal(224 + 80);
      expect(seen).to.have.length(0);
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(seen.map((e) => e.detail.state)).to.deep.equal([{ widths: { title: 304 } }]);
      expect(el.sort).to.deep.equal([]);
      await until(() => announcement(el).includes('Title column, 304 pixels'));

      // Double-click: the column fits its content — narrower than dragged, and no title clipped.
      handle.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await el.updateComplete;
      const fitted = widthOf(el, 'Title');
      expect(fitted).to.be.below(304);
      expect(el.columnState).to.deep.equal({ widths: { title: fitted } });
      const titles = Array.from(root(el).querySelectorAll<HTMLElement>('[data-row] > [data-col="1"] .text'));
      expect(titles.length).to.be.above(5);
      for (const t of titles) expect(t.scrollWidth, t.textContent).to.be.at.most(t.clientWidth);
      // One pixel less would clip the widest of them.
      expect(Math.max(...titles.map((t) => t.scrollWidth))).to.be.above(fitted - 40);
      expect(seen).to.have.length(2);
      await until(() => announcement(el).includes(`Title column, ${fitted} pixels`));
    });
  });

  describe('column chooser', () => {
    for (const [lang, button, legend, reset] of [
      ['en', 'Columns', 'Show columns', 'Reset columns'],
      ['pt-BR', 'Colunas', 'Mostrar colunas', 'Redefinir colunas'],
    ] as const) {
      it(`opens from the keyboard, hides and shows columns, resets, and closes on Escape (${lang})`, async () => {
        const el = await renderGrid({ lang });
        const seen = events(el);
        expect(chooserButton(el).textContent.trim()).to.equal(button);
        expect(chooserButton(el).getAttribute('aria-expanded')).to.equal('false');
        expect(menu(el)).to.equal(null);

        chooserButton(el).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(chooserButton(el).getAttribute('aria-expanded')).to.equal('true');
        expect(menu(el)!.querySelector('legend')!.textContent.trim()).to.equal(legend);
        // The focus went to the first checkbox.
        expect(root(el).activeElement).to.equal(checkbox(el, 'ID'));
        await expect(el).to.be.accessible();

        // Space hides "ID"; Tab, Space hides "Title".
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(headers(el)).to.deep.equal(['Person', 'Date']);
        expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal('2');
        expect(seen.map((e) => [e.detail.reason, e.detail.key])).to.deep.equal([
          ['visibility', 'id'],
          ['visibility', 'title'],
        ]);
        expect(el.columnState).to.deep.equal({ hidden: ['id', 'title'] });

        // The reset button shows every column again with its own width.
        menu(el)!.querySelector<HTMLButtonElement>('button')!.focus();
        expect(menu(el)!.querySelector('button')!.textContent.trim()).to.equal(reset);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(headers(el)).to.deep.equal(['ID', 'Title', 'Person', 'Date']);
        expect(seen.at(-1)!.detail.reason).to.equal('reset');
        expect(el.columnState).to.deep.equal({});

        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(menu(el)).to.equal(null);
        expect(root(el).activeElement).to.equal(chooserButton(el));
        expect(chooserButton(el).getAttribute('aria-expanded')).to.equal('false');
        await expect(el).to.be.accessible();
      });
    }

    it('keeps one column shown: the last box is disabled and says why', async () => {
      const el = await renderGrid({ columnState: { hidden: ['id', 'title', 'person'] } });
      expect(headers(el)).to.deep.equal(['Date']);
      chooserButton(el).click();
      await el.updateComplete;
      const last = checkbox(el, 'Date');
      expect(last.checked).to.equal(true);
      expect(last.disabled).to.equal(true);
      const hint = root(el).getElementById(last.getAttribute('aria-describedby')!)!;
      expect(hint.textContent.trim()).to.equal('At least one column stays shown.');
      expect(checkbox(el, 'ID').disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('closes when the pointer presses outside it, leaving the focus alone', async () => {
      const el = await renderGrid();
      chooserButton(el).click();
      await el.updateComplete;
      expect(menu(el)).not.to.equal(null);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(menu(el)).to.equal(null);
    });

    it('closes when Tab leaves it, the focus going on', async () => {
      const el = await renderGrid();
      chooserButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      menu(el)!.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(menu(el)).to.equal(null);
      // On to the grid's one tab stop: the first header.
      expect(root(el).activeElement?.closest('[role="columnheader"]')).to.equal(headerCell(el, 'ID'));
    });

    it('is left out with no-column-chooser', async () => {
      const el = await renderGrid();
      el.noColumnChooser = true;
      await el.updateComplete;
      expect(root(el).querySelector('[part="column-chooser-button"]')).to.equal(null);
    });
  });

  describe('state', () => {
    it('the host sets columnState: widths and hidden columns apply, no event fires', async () => {
      const el = await renderGrid();
      const seen = events(el);
      el.columnState = { widths: { person: 250 }, hidden: ['title'] };
      await el.updateComplete;
      expect(headers(el)).to.deep.equal(['ID', 'Person', 'Date']);
      expect(widthOf(el, 'Person')).to.equal(250);
      expect(seen).to.have.length(0);
    });

    it('hidden columns are left out of the CSV export and of copy, as on screen', async () => {
      const el = await renderGrid({ columnState: { hidden: ['title', 'date'] } });
      const result = await el.exportCsv({ download: false });
      const [head, first] = (await result!.blob.text()).split('\r\n');
      expect(head).to.equal('ID,Person');
      expect(first).to.equal(`${ROWS[0].id},${ROWS[0].person}`);
      const cell = root(el).querySelector<HTMLElement>('[aria-rowindex="2"] [data-col="0"]')!;
      cell.focus();
      await pressWith(['Shift'], 'ArrowRight');
      let copied = '';
      const read = (e: ClipboardEvent): void => {
        copied = e.clipboardData?.getData('text/plain') ?? '';
      };
      window.addEventListener('copy', read);
      await pressWith(['Control'], 'c');
      window.removeEventListener('copy', read);
      expect(copied).to.equal(`${ROWS[0].id}\t${ROWS[0].person}`);
    });

    it('a columnState of the wrong shape throws, naming the field', () => {
      const el = document.createElement('ca-data-grid');
      expect(() => {
        el.columnState = { widths: { date: '10rem' } } as unknown as ColumnState;
      }).to.throw(TypeError, /<ca-data-grid> columnState: "widths.date" must be a finite number/);
    });

    it('with state-key, the state is kept for the session and comes back in a new grid', async () => {
      const first = await renderGrid({ stateKey: 'history' });
      await focusHeader(first, 'Date');
      await pressWith(['Alt'], 'ArrowRight');
      first.columnState = { ...first.columnState, hidden: ['person'] };
      await first.updateComplete;
      expect(JSON.parse(sessionStorage.getItem(`${COLUMN_STATE_STORAGE_PREFIX}history`)!)).to.deep.equal({
        widths: { date: 170 },
        hidden: ['person'],
      });
      first.remove();

      const second = await renderGrid({ stateKey: 'history' });
      expect(headers(second)).to.deep.equal(['ID', 'Title', 'Date']);
      expect(widthOf(second, 'Date')).to.equal(170);
      // Another key, another state.
      const other = await renderGrid({ stateKey: 'cases' });
      expect(headers(other)).to.deep.equal(['ID', 'Title', 'Person', 'Date']);
    });

    it('without state-key nothing is stored', async () => {
      const el = await renderGrid();
      await focusHeader(el, 'Date');
      await pressWith(['Alt'], 'ArrowRight');
      await el.updateComplete;
      expect(el.columnState).to.deep.equal({ widths: { date: 170 } });
      expect(sessionStorage.length).to.equal(0);
    });

    it('ignores an unreadable stored state and keeps the host one', async () => {
      sessionStorage.setItem(`${COLUMN_STATE_STORAGE_PREFIX}bad`, '{"hidden":"all"}');
      const el = await renderGrid({ stateKey: 'bad', columnState: { hidden: ['id'] } });
      expect(headers(el)).to.deep.equal(['Title', 'Person', 'Date']);
    });
  });

  describe('pinned first column', () => {
    it('on a narrow grid the first column stays at the start edge while the others scroll', async () => {
      const el = await renderGrid({ width: '360px' });
      const grid = root(el).querySelector<HTMLElement>('[role="grid"]')!;
      expect(grid.scrollWidth).to.be.above(grid.clientWidth);
      const firstCell = root(el).querySelector<HTMLElement>('[aria-rowindex="2"] [role="gridcell"]')!;
      const secondCell = firstCell.nextElementSibling as HTMLElement;
      const left = firstCell.getBoundingClientRect().left;
      const secondLeft = secondCell.getBoundingClientRect().left;
      grid.scrollLeft = 200;
      await new Promise((r) => requestAnimationFrame(r));
      expect(firstCell.getBoundingClientRect().left).to.be.closeTo(left, 1);
      expect(secondCell.getBoundingClientRect().left).to.be.closeTo(secondLeft - 200, 1);
      expect(headerCell(el, 'ID').getBoundingClientRect().left).to.be.closeTo(left, 1);
      await expect(el).to.be.accessible();
    });
  });
});
