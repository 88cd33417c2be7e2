import type { nothing, TemplateResult } from 'lit';
import type { CsvValue } from '../../domain/csv.js';
import type { Formatter } from '../../i18n/format.js';

/** The kind of a column's values: decides the default display format and alignment. */
export type GridColumnKind = 'text' | 'number' | 'date';

/** A column of `<ca-data-grid>`. */
export interface GridColumn<T> {
  /** The sort key sent to the page source (a row field). */
  key: string;
  /** The header text, already localized. */
  header: string;
  /** The raw value: written to the CSV export as it is, and shown (formatted by `kind`) when `render` is absent. */
  value(row: T): CsvValue;
  /** The display text of a cell (rendered as text, never as HTML). Defaults to the formatted `value`. */
  render?(row: T, format: Formatter): string;
  /**
   * A template shown in the cell instead of the text (a badge, a link, a number with its unit), written with Lit's
   * `html` so values stay text. Screen only: the CSV export and copy still write `value`. Keep it small: it is
   * rendered for every row in view.
   */
  template?(row: T, format: Formatter): TemplateResult | typeof nothing;
  /** Text alignment; numbers default to `end`, everything else to `start`. */
  align?: 'start' | 'end';
  /** A CSS length or `fr` (default `minmax(8rem, 1fr)`). */
  width?: string;
  /** Whether the header sorts by this column (default false). */
  sortable?: boolean;
  /** Default `text`. */
  kind?: GridColumnKind;
}
