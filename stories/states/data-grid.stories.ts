import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PageSource } from '../../src/data/export.js';
import type { Page } from '../../src/domain/types.js';
import { args, argTypes, render, rowAt, syntheticSource, type Args, type Row } from '../helpers/data-grid.js';

/** A source of `total` rows generated per page without materializing them (1M rows); sort and search ignored. */
function lazySource(total: number, latencyMs = 60): PageSource<Row> {
  return (query, { signal }) =>
    new Promise<Page<Row>>((resolve, reject) => {
      const timer = setTimeout(() => {
        const end = Math.min(total, query.offset + query.limit);
        const rows: Row[] = [];
        for (let i = query.offset; i < end; i++) rows.push(rowAt(i));
        resolve({ rows, total, hiddenByPermissions: 0 });
      }, latencyMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
}

const emptySource: PageSource<Row> = () => Promise.resolve({ rows: [], total: 0, hiddenByPermissions: 0 });
const failingSource: PageSource<Row> = () => Promise.reject(new TypeError('Failed to fetch'));
const pendingSource: PageSource<Row> = (_query, { signal }) =>
  new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });

// The playground (with autodocs) is in ../data-grid.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Data grid',
  component: 'ca-data-grid',
  tags: ['!autodocs'],
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** 1,000,000 rows: the scroll range is capped and scaled, and the last row is still reachable (Ctrl+End). */
export const OneMillionRows: Story = { args: { source: lazySource(1_000_000), label: 'One million rows' } };

/** Nothing to show. */
export const Empty: Story = { args: { source: emptySource, emptyMessage: 'No consumption recorded yet.' } };

/** A search that matches nothing. */
export const NoMatch: Story = { args: { source: syntheticSource(1000, 0), search: 'zzz' } };

/** The source failed: an error panel with "Try again". */
export const ErrorState: Story = { name: 'Error', args: { source: failingSource } };

/** The first page never arrives. */
export const Loading: Story = { args: { source: pendingSource } };

/** In Brazilian Portuguese: "100.000 linhas", "12 ocultas pelas suas permissões". */
export const PortugueseBrazil: Story = { args: { source: syntheticSource(100_000), lang: 'pt-BR' } };
