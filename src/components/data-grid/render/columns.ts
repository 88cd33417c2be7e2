import type { nothing, TemplateResult } from 'lit';
import type { Formatter } from '../../../i18n/format.js';
import type { SortSpec } from '../../../domain/types.js';
import type { GridColumn } from '../types.js';

/** The narrowest a flexible column gets before the grid scrolls sideways. */
const MIN_COLUMN_WIDTH = '8rem';

/** The `grid-template-columns` of the rows: given lengths as they are, `fr` and unset widths with a minimum. */
export function columnTemplate(columns: readonly GridColumn<unknown>[]): string {
  if (columns.length === 0) return 'none';
  return columns
    .map((c) => {
      const width = c.width?.trim();
      if (!width) return `minmax(${MIN_COLUMN_WIDTH}, 1fr)`;
      return width.endsWith('fr') ? `minmax(${MIN_COLUMN_WIDTH}, ${width})` : width;
    })
    .join(' ');
}

/** The width below which the grid scrolls horizontally: the sum of fixed widths and column minimums. */
export function gridMinWidth(columns: readonly GridColumn<unknown>[]): string {
  if (columns.length === 0) return '0px';
  const parts = columns.map((c) => {
    const width = c.width?.trim();
    return !width || width.endsWith('fr') || width.endsWith('%') ? MIN_COLUMN_WIDTH : width;
  });
  return `calc(${parts.join(' + ')})`;
}

/** The display text of a cell: the column's `render`, else its value formatted by `kind`. */
export function cellText<T>(column: GridColumn<T>, row: T, format: Formatter): string {
  if (column.render) return column.render(row, format);
  const value = column.value(row);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? format.number(value) : '';
  if (column.kind === 'date') return format.date(value);
  return value;
}

/** What a cell shows: the column's `template`, else its display text. */
export function cellContent<T>(
  column: GridColumn<T>,
  row: T,
  format: Formatter,
): string | TemplateResult | typeof nothing {
  return column.template ? column.template(row, format) : cellText(column, row, format);
}

/** The primary sort, if any. */
export function sortOf(sort: readonly SortSpec[] | undefined): SortSpec | undefined {
  return sort && sort.length > 0 ? sort[0] : undefined;
}

/** The sort after activating a column header: ascending first, then toggling. */
export function nextSort(sort: readonly SortSpec[], key: string): SortSpec[] {
  const current = sortOf(sort);
  if (current?.key === key) return [{ key, direction: current.direction === 'asc' ? 'desc' : 'asc' }];
  return [{ key, direction: 'asc' }];
}
