import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { chord, skipUnless } from '../helpers/engine.js';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import type { DataGridCopyEvent } from '../../src/components/data-grid/events.js';
import { badgesCell, missingCell, numberWithUnitCell } from '../../src/components/data-grid/render/cells.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { PageSource } from '../../src/data/export.js';
import { createPageSource, createSyntheticSource, makeRows, type TestRow } from '../helpers/page-source.js';

for (const [tag, element] of [
  ['ca-data-grid', DataGridElement],
  ['ca-state-panel', StatePanelElement],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const COLUMNS: GridColumn<TestRow>[] = [
  { key: 'id', header: 'ID', value: (r) => r.id, sortable: true, width: '10rem' },
  { key: 'title', header: 'Title', value: (r) => r.title, width: '12rem' },
  { key: 'person', header: 'Person', value: (r) => r.person, width: '10rem' },
  { key: 'quantity', header: 'Quantity', value: (r) => r.quantity, kind: 'number', width: '8rem' },
];

type Grid = DataGridElement<TestRow>;

async function renderGrid(
  options: { lang?: string; source?: PageSource<TestRow>; columns?: GridColumn<TestRow>[] } = {},
): Promise<Grid> {
  const parent = Object.assign(document.createElement('div'), { lang: options.lang ?? 'en' });
  const el = await fixture<Grid>(
    html`<ca-data-grid
      label="Consumption"
      .source=${options.source ?? createPageSource(makeRows(300))}
      .columns=${options.columns ?? COLUMNS}
    ></ca-data-grid>`,
    { parentNode: parent },
  );
  await until(() => root(el).querySelector('[aria-rowindex="2"]:not([aria-busy])'), 'rows did not load');
  return el;
}

const until = (predicate: () => unknown, message?: string): Promise<void> =>
  waitUntil(predicate, message, { timeout: 5000 });
const root = (el: Grid): ShadowRoot => el.shadowRoot!;
const cell = (el: Grid, ariaRowIndex: number, col: number): HTMLElement =>
  root(el).querySelectorAll<HTMLElement>(`[role="row"][aria-rowindex="${ariaRowIndex}"] > [data-col]`)[col];
/** The selected cells as [aria-rowindex, column]. */
const selected = (el: Grid): [number, number][] =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[aria-selected="true"]'), (c) => [
    Number(c.closest('[role="row"]')!.getAttribute('aria-rowindex')),
    Number(c.dataset.col),
  ]);
const announcement = (el: Grid): string =>
  Array.from(root(el).querySelectorAll('[role="status"]'), (s) => s.textContent.trim()).join(' | ');

/** Presses `key` with `modifiers` held, in every engine (WebDriver launchers have no sendKeys down/up). */
async function press(key: string, ...modifiers: string[]): Promise<void> {
  if (modifiers.length === 0) await sendKeys({ press: key });
  else await chord(...modifiers, key);
}

/** Presses Ctrl+C and returns what the grid wrote to the `copy` event's clipboardData. */
async function copy(el: Grid): Promise<{ text: string; event: DataGridCopyEvent }> {
  let text = '';
  const read = (e: ClipboardEvent): void => {
    text = e.clipboardData?.getData('text/plain') ?? '';
  };
  window.addEventListener('copy', read);
  const copied = new Promise<DataGridCopyEvent>((resolve) =>
    el.addEventListener('ca-copy', resolve, { once: true }),
  );
  try {
    await press('c', 'Control');
    const event = await Promise.race([
      copied,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no copy event')), 3000)),
    ]);
    return { text, event };
  } finally {
    window.removeEventListener('copy', read);
  }
}

async function focusCell(el: Grid, ariaRowIndex: number, col: number): Promise<void> {
  cell(el, ariaRowIndex, col).focus();
  await el.updateComplete;
}

describe('<ca-data-grid> selection and copy', () => {
  for (const [lang, copiedText] of [
    ['en', '3 rows copied'],
    ['pt-BR', '3 linhas copiadas'],
  ] as const) {
    it(`Shift+Arrow keys select cells; Ctrl+C copies them as TSV and announces it (${lang})`, async () => {
      const el = await renderGrid({ lang });
      const grid = root(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-multiselectable')).to.equal('true');
      await focusCell(el, 2, 1);
      expect(selected(el)).to.deep.equal([]);
      expect(cell(el, 2, 1).getAttribute('aria-selected')).to.equal('false');

      await press('ArrowDown', 'Shift');
      await press('ArrowDown', 'Shift');
      await press('ArrowRight', 'Shift');
      await el.updateComplete;
      expect(selected(el)).to.deep.equal([
        [2, 1],
        [2, 2],
        [3, 1],
        [3, 2],
        [4, 1],
        [4, 2],
      ]);
      // The focus moved with the extending end.
      expect(root(el).activeElement).to.equal(cell(el, 4, 2));
      await expect(el).to.be.accessible();

      const { text, event } = await copy(el);
      const rows = makeRows(3);
      const expected = rows.map((r) => `${r.title}\t${r.person}`).join('\r\n');
      expect(text).to.equal(expected);
      expect(event.detail).to.deep.equal({ text: expected, rowCount: 3, skippedRows: 0 });
      await until(() => announcement(el).includes(copiedText), `announcement: ${announcement(el)}`);
      await expect(el).to.be.accessible();
    });
  }

  it('a plain arrow key or Escape clears the selection; Ctrl+C then copies the focused cell', async () => {
    const el = await renderGrid();
    await focusCell(el, 2, 0);
    await press('ArrowRight', 'Shift');
    await el.updateComplete;
    expect(selected(el)).to.have.length(2);
    await press('Escape');
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
    await press('ArrowRight', 'Shift');
    await press('ArrowDown');
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
    expect(root(el).activeElement).to.equal(cell(el, 3, 2));
    const { text } = await copy(el);
    expect(text).to.equal(makeRows(2)[1].person);
    await until(() => announcement(el).includes('1 row copied'));
  });

  it('a new sort or search clears the selection (other rows are on screen)', async () => {
    const el = await renderGrid();
    await focusCell(el, 2, 1);
    await press('ArrowDown', 'Shift');
    await el.updateComplete;
    expect(selected(el)).to.have.length(2);
    el.sort = [{ key: 'title', direction: 'desc' }];
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
  });

  it('Shift+Space selects whole rows; extending into the header row copies the headers', async () => {
    const el = await renderGrid();
    await focusCell(el, 2, 1);
    await press('ArrowUp', 'Shift');
    await press('Space', 'Shift');
    await el.updateComplete;
    expect(selected(el)).to.have.length(8);
    const { text } = await copy(el);
    const first = makeRows(1)[0];
    expect(text).to.equal(
      `ID\tTitle\tPerson\tQuantity\r\n${first.id}\t${first.title}\t${first.person}\t${first.quantity}`,
    );
  });

  it('Shift+click selects from the focused cell to the clicked one; a plain click clears it', async function () {
    await skipUnless(
      this,
      'sendMouse',
      'the WebKit launcher drives WebDriver classic, which has no wtr pointer commands; keyboard paths are tested there',
    );
    const el = await renderGrid();
    const point = (c: HTMLElement): [number, number] => {
      const box = c.getBoundingClientRect();
      return [Math.round(box.left + 8), Math.round(box.top + box.height / 2)];
    };
    await sendMouse({ type: 'click', position: point(cell(el, 2, 0)) });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(cell(el, 2, 0));
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: point(cell(el, 4, 1)) });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1],
      [4, 0],
      [4, 1],
    ]);
    expect(root(el).activeElement).to.equal(cell(el, 4, 1));
    await sendMouse({ type: 'click', position: point(cell(el, 3, 2)) });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
  });

  it('defuses formula cells exactly as the CSV export does and quotes cells with tabs', async () => {
    const rows: TestRow[] = [
      { ...makeRows(1)[0], id: 'r1', title: '=HYPERLINK("http://x")', person: 'tab\there', quantity: -3 },
    ];
    const el = await renderGrid({ source: createPageSource(rows) });
    await focusCell(el, 2, 0);
    await press('End', 'Shift');
    const { text } = await copy(el);
    // The formula text gets its leading ', then is quoted for its inner quotes; the tab cell is quoted; -3 is a number.
    expect(text).to.equal('r1\t"\'=HYPERLINK(""http://x"")"\t"tab\there"\t-3');
  });

  it('Ctrl+A selects every row; only loaded rows are copied and the rest are counted as left out', async () => {
    const el = await renderGrid({ source: createSyntheticSource(100_000) });
    await focusCell(el, 2, 0);
    await press('a', 'Control');
    await el.updateComplete;
    await until(() => announcement(el).includes('Selected all 100,000 rows and the headers.'));
    expect(cell(el, 1, 0).getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, 5, 3).getAttribute('aria-selected')).to.equal('true');
    const { text, event } = await copy(el);
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal('ID\tTitle\tPerson\tQuantity');
    // The loaded pages only: the header line and whole pages of 100 rows, never the 100,000.
    expect(event.detail.rowCount).to.equal(lines.length);
    expect((lines.length - 1) % 100).to.equal(0);
    expect(lines.length - 1).to.be.below(1000);
    expect(event.detail.skippedRows).to.equal(100_000 - (lines.length - 1));
    await until(() => /rows copied; [\d,]+ not loaded yet left out/.test(announcement(el)), announcement(el));
    await expect(el).to.be.accessible();
  });

  it('copies the raw value even where the cell shows a template', async () => {
    const columns: GridColumn<TestRow>[] = [
      { key: 'id', header: 'ID', value: (r) => r.id },
      {
        key: 'quantity',
        header: 'Hours',
        value: (r) => r.quantity,
        kind: 'number',
        template: (r, format) =>
          numberWithUnitCell(r.quantity, format, { short: 'h', spoken: (n) => `${n} hours` }),
      },
    ];
    const el = await renderGrid({ columns });
    await focusCell(el, 2, 1);
    const { text } = await copy(el);
    expect(text).to.equal(String(makeRows(1)[0].quantity));
  });
});

describe('<ca-data-grid> cell templates', () => {
  const row = makeRows(1)[0];
  const columns: GridColumn<TestRow>[] = [
    { key: 'id', header: 'ID', value: (r) => r.id },
    {
      key: 'title',
      header: 'Reasons',
      value: (r) => `${r.title}; Missing package`,
      template: (r) =>
        badgesCell([
          { text: r.title, tone: 'warning' },
          { text: 'Missing package', tone: 'critical' },
        ]),
    },
    {
      key: 'person',
      header: 'Contract',
      value: () => 'C-9 (not found)',
      template: () => missingCell('C-9 (not found)'),
    },
    {
      key: 'quantity',
      header: 'Hours',
      value: (r) => r.quantity,
      kind: 'number',
      template: (r, format) =>
        numberWithUnitCell(r.quantity, format, { short: 'h', spoken: (n) => `${n} hours` }),
    },
  ];

  for (const lang of ['en', 'pt-BR']) {
    it(`renders badges with their text, missing values in words, numbers with units; CSV keeps values (${lang})`, async () => {
      const el = await renderGrid({ lang, columns, source: createPageSource([row]) });
      const badges = Array.from(cell(el, 2, 1).querySelectorAll('.badge'), (b) => b.textContent.trim());
      expect(badges).to.deep.equal([row.title, 'Missing package']);
      expect(cell(el, 2, 1).textContent.trim()).to.equal(`${row.title}, Missing package`);
      expect(cell(el, 2, 2).querySelector('.missing')!.textContent).to.equal('C-9 (not found)');
      const hours = cell(el, 2, 3);
      expect(hours.querySelector('[aria-hidden="true"]')!.textContent).to.match(/h$/);
      expect(hours.querySelector('.visually-hidden')!.textContent).to.equal(`${row.quantity} hours`);
      const result = await el.exportCsv({ download: false });
      // (Blob.text() drops the byte-order mark the file starts with.)
      const csv = await result!.blob.text();
      expect(csv).to.equal(
        `ID,Reasons,Contract,Hours\r\n${row.id},${row.title}; Missing package,C-9 (not found),${row.quantity}`,
      );
      await expect(el).to.be.accessible();
    });
  }
});
