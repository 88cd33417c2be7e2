import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DataGridElement } from '../src/components/data-grid/data-grid.js';
import { args, argTypes, render, syntheticSource, type Args } from './helpers/data-grid.js';

/** The grid inside a story's canvas, once its first rows are on screen. */
async function gridIn(canvas: HTMLElement): Promise<DataGridElement> {
  const grid = canvas.querySelector('ca-data-grid')!;
  await grid.updateComplete;
  for (let i = 0; i < 100 && !grid.shadowRoot?.querySelector('[aria-rowindex="2"]:not([aria-busy])'); i++) {
    await new Promise((r) => setTimeout(r, 30));
  }
  return grid;
}

/** Sends a key to the focused element of the grid, as the keyboard would. */
function key(grid: DataGridElement, init: KeyboardEventInit): void {
  const target = grid.shadowRoot?.activeElement ?? grid;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
}

const meta: Meta<Args> = {
  title: 'States/Data grid tools',
  component: 'ca-data-grid',
  tags: ['!autodocs'],
  args: { ...args, source: syntheticSource(10_000, 0) },
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The column chooser, open: a checkbox per column (at least one stays shown) and "Reset columns". Escape closes
 * it and gives the focus back to "Columns".
 */
export const ColumnChooserOpen: Story = {
  args: { columnState: { hidden: ['person'] } },
  play: async ({ canvasElement }) => {
    const grid = await gridIn(canvasElement);
    grid.shadowRoot!.querySelector<HTMLButtonElement>('[part="column-chooser-button"]')!.click();
  },
};

/** In Brazilian Portuguese: "Colunas", "Mostrar colunas", "Redefinir colunas". */
export const ColumnChooserPortuguese: Story = {
  args: { lang: 'pt-BR' },
  play: ColumnChooserOpen.play,
};

/**
 * Columns resized (Date 220 px, Title 180 px): drag a header's edge, or focus a header and press Alt+ArrowLeft /
 * Alt+ArrowRight (Shift for 50 px steps); the width is announced. Double-click an edge to fit the column to its content.
 */
export const Resized: Story = {
  args: { columnState: { widths: { date: 220, title: 180 } }, stateKey: 'story-resized' },
};

/** A narrow grid: the first column stays pinned at the start edge while the others scroll sideways. */
export const PinnedOnNarrowViewport: Story = {
  args: { width: '360px' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  play: async ({ canvasElement }) => {
    const grid = await gridIn(canvasElement);
    grid.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!.scrollLeft = 220;
  },
};

/**
 * Cells selected with Shift+Arrow keys (or Shift+click); Ctrl/Cmd+C copies them as tab-separated text and
 * announces "3 rows copied". Shift+Space selects whole rows, Ctrl/Cmd+A every row with the headers.
 */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    const grid = await gridIn(canvasElement);
    grid.shadowRoot!.querySelector<HTMLElement>('[aria-rowindex="3"] [data-col="1"]')!.focus();
    for (const k of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
      key(grid, { key: k, shiftKey: true });
      await grid.updateComplete;
    }
  },
};

/**
 * Cell templates: the balance as a badge that says it in words, a missing owner in the "missing" style with text,
 * hours with their unit. The CSV export and copy write the raw values.
 */
export const CellTemplates: Story = { args: { templates: true } };

/** Cell templates in Brazilian Portuguese. */
export const CellTemplatesPortuguese: Story = { args: { templates: true, lang: 'pt-BR' } };
