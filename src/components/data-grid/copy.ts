import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import type { CsvValue } from '../../domain/csv.js';
import {
  clampRange,
  extendTo,
  rangeBounds,
  selectAll,
  wholeRows,
  type CellRange,
  type RangeBounds,
} from '../../domain/grid-selection.js';
import { toTsv } from '../../domain/tsv.js';
import { moveCell, type CellPosition } from '../../domain/virtual.js';
import type { GridColumn } from './types.js';

/** What the selection needs from the grid. */
export interface GridSelectionOptions<T> {
  l10n: LocaleController;
  /** The shown columns, in order. */
  columns(): readonly GridColumn<T>[];
  /** Data rows in total (the grid has one more row: the header row). */
  total(): number;
  /** The row at a 0-based data index, when loaded. */
  rowAt(index: number): T | undefined;
  /** The cell holding the tab stop. */
  active(): CellPosition;
  /** Moves the tab stop (and the focus) to a cell, scrolling it into view. */
  activate(position: CellPosition): void;
  /** Rows in one page of the viewport (PageUp / PageDown). */
  pageRows(): number;
  /** Says something through the grid's polite live region. */
  announce(message: string): void;
  /** Whether the focus is inside the grid's cells (where Ctrl/Cmd+C copies the selection). */
  hasFocus(): boolean;
  /** The user copied: the grid fires `ca-copy`. */
  copied(result: CopyResult): void;
}

/** What a copy put on the clipboard. */
export interface CopyResult {
  /** The tab-separated text. */
  text: string;
  /** Lines written (the header line included when the header row is selected). */
  rowCount: number;
  /** Selected data rows left out because they are not loaded. */
  skippedRows: number;
}

const NAVIGATION_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * The grid's cell selection and copy.
 *
 * Selecting: Shift+Arrow keys (and Shift+Home / End / PageUp / PageDown, Ctrl+Shift+Home / End) extend the
 * selection from the focused cell; Shift+Space widens it to whole rows; Ctrl/Cmd+A selects every row and column,
 * the header row included; Escape, a plain arrow key or a plain click clears it. With the pointer: a click focuses
 * a cell, Shift+click selects from the focused cell to the one clicked.
 *
 * Copying: Ctrl/Cmd+C (the browser's `copy` event while the focus is in the grid) puts the selected cells — or the
 * focused cell when nothing is selected — on the clipboard as tab-separated text (`toTsv`): one line per row, the
 * header line when the header row is selected, each cell's raw value as the CSV export writes it, formula cells
 * defused by the same rule. Only rows already loaded are copied: the grid never fetches for a copy (a selection
 * of a million rows would stall the page), and the announcement says how many selected rows were left out, so the
 * user can export CSV for every row instead.
 */
export class GridSelection<T> implements ReactiveController {
  /** The selected range, or null. */
  range: CellRange | null = null;

  private cachedBounds: RangeBounds | null = null;
  private cachedFor: CellRange | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridSelectionOptions<T>,
  ) {
    host.addController(this);
  }

  // The `copy` event is heard on the document: with no text selected, Chromium fires it at the focused cell, but
  // Firefox at the document's body, so a listener on the grid would miss it there.
  hostConnected(): void {
    document.addEventListener('copy', this.handleDocumentCopy);
  }

  hostDisconnected(): void {
    document.removeEventListener('copy', this.handleDocumentCopy);
  }

  private readonly handleDocumentCopy = (event: ClipboardEvent): void => {
    if (event.defaultPrevented || !this.options.hasFocus()) return;
    const result = this.handleCopy(event);
    if (result) this.options.copied(result);
  };

  /** The selected rectangle, or null. */
  get bounds(): RangeBounds | null {
    if (this.range !== this.cachedFor) {
      this.cachedFor = this.range;
      this.cachedBounds = this.range ? rangeBounds(this.range) : null;
    }
    return this.cachedBounds;
  }

  /** Clears the selection. */
  clear(): void {
    if (!this.range) return;
    this.range = null;
    this.host.requestUpdate();
  }

  /** Keeps the selection inside the grid after rows or columns went away. */
  clamp(): void {
    if (!this.range) return;
    this.range = clampRange(this.range, this.options.total() + 1, this.options.columns().length);
  }

  private select(range: CellRange): void {
    this.range = range;
    this.host.requestUpdate();
  }

  /** The selection keys; true when the key was one of them (the caller then stops). */
  handleKeyDown(event: KeyboardEvent): boolean {
    const ctrl = event.ctrlKey || event.metaKey;
    const colCount = this.options.columns().length;
    const rowCount = this.options.total() + 1;
    if (ctrl && !event.altKey && !event.shiftKey && (event.key === 'a' || event.key === 'A')) {
      event.preventDefault();
      this.select(selectAll(rowCount, colCount));
      this.options.announce(this.options.l10n.t('grid.selectedAll', { count: this.options.total() }));
      return true;
    }
    if (event.key === 'Escape' && this.range && !event.altKey) {
      event.preventDefault();
      this.clear();
      return true;
    }
    if (!event.shiftKey || event.altKey) return false;
    const active = this.options.active();
    const anchor = this.range?.anchor ?? active;
    if (event.key === ' ') {
      event.preventDefault();
      this.select(wholeRows(this.range ?? extendTo(anchor, active), colCount));
      return true;
    }
    if (!NAVIGATION_KEYS.has(event.key)) return false;
    const focus = this.range?.focus ?? active;
    const next = moveCell(focus, event, { rowCount, colCount, pageRows: this.options.pageRows() });
    if (!next) return false;
    event.preventDefault();
    this.select(extendTo(anchor, next));
    this.options.activate(next);
    return true;
  }

  /** A press on a cell: with Shift, selects from the focused cell (or the selection's anchor) to it. */
  handleMouseDown(event: MouseEvent, position: CellPosition): void {
    if (event.button !== 0) return;
    if (!event.shiftKey) {
      this.clear();
      return;
    }
    // No text selection and no focus change of the browser's own: the grid moves the focus itself.
    event.preventDefault();
    const anchor = this.range?.anchor ?? this.options.active();
    this.select(extendTo(anchor, position));
    this.options.activate(position);
  }

  /** A `copy` event while the grid has the focus: writes the selection (or the focused cell) as tab-separated text. */
  handleCopy(event: ClipboardEvent): CopyResult | undefined {
    if (!event.clipboardData) return undefined;
    // Text the user selected inside a cell with the pointer, with no cell selection: the browser copies it.
    if (!this.range && !(document.getSelection()?.isCollapsed ?? true)) return undefined;
    const result = this.selectedText();
    if (!result) return undefined;
    event.preventDefault();
    event.clipboardData.setData('text/plain', result.text);
    this.options.announce(
      result.skippedRows > 0
        ? this.options.l10n.t('grid.copiedPartly', { count: result.rowCount, skipped: result.skippedRows })
        : this.options.l10n.t('grid.copied', { count: result.rowCount }),
    );
    return result;
  }

  /** The text a copy writes now: the selected rectangle, else the focused cell; loaded rows only. */
  selectedText(): CopyResult | undefined {
    const columns = this.options.columns();
    if (columns.length === 0) return undefined;
    const active = this.options.active();
    const bounds = this.bounds ?? rangeBounds({ anchor: active, focus: active });
    const lines: CsvValue[][] = [];
    let skippedRows = 0;
    const last = Math.min(bounds.bottom, this.options.total());
    const right = Math.min(bounds.right, columns.length - 1);
    for (let r = bounds.top; r <= last; r++) {
      if (r === 0) {
        const line: CsvValue[] = [];
        for (let c = bounds.left; c <= right; c++) line.push(columns[c].header);
        lines.push(line);
        continue;
      }
      const row = this.options.rowAt(r - 1);
      if (row === undefined) {
        skippedRows++;
        continue;
      }
      const line: CsvValue[] = [];
      for (let c = bounds.left; c <= right; c++) line.push(columns[c].value(row));
      lines.push(line);
    }
    return { text: toTsv(lines), rowCount: lines.length, skippedRows };
  }
}
