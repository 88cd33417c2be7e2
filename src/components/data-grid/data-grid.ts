import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../shared/style-props.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import {
  downloadBlob,
  exportRows,
  EXPORT_CHUNK_SIZE,
  type ExportResult,
  type PageSource,
} from '../../data/export.js';
import { parseColumnState, visibleColumns, type ColumnState } from '../../domain/column-state.js';
import { inBounds } from '../../domain/grid-selection.js';
import type { SortSpec } from '../../domain/types.js';
import {
  computeWindow,
  moveCell,
  pagesForRange,
  scrollTopForRow,
  type CellPosition,
  type RowWindow,
} from '../../domain/virtual.js';
import { tokens } from '../../styles/tokens.js';
import { dataGridStyles } from './data-grid.styles.js';
import { ColumnTools } from './column-tools.js';
import { GridSelection } from './copy.js';
import {
  DataGridColumnChangeEvent,
  DataGridCopyEvent,
  DataGridExportEvent,
  DataGridSearchChangeEvent,
  DataGridSortChangeEvent,
  type ColumnChangeReason,
} from './events.js';
import { PageLoader } from './page-loader.js';
import { cellContent, columnTemplate, gridMinWidth, nextSort, sortOf } from './render/columns.js';
import type { GridColumn } from './types.js';

/*
 * Why the windowing is written by hand rather than with @lit-labs/virtualizer (2.1.1, evaluated, not installed):
 * - 1,000,000 rows × 40 px = 40,000,000 px, past the tallest element Chrome can lay out (~33.5M px; Firefox
 *   ~17.9M px). The virtualizer sizes its scroller to the real content height, so the end of the list would be
 *   unreachable. Here the spacer is capped at 15M px and scrolling is scaled past the cap (src/domain/virtual.ts).
 * - The WAI-ARIA grid pattern needs rows that carry aria-rowindex against a total (aria-rowcount), one roving tab
 *   stop that survives recycling, Ctrl+End to a row that is not rendered yet, and a sticky header row that takes
 *   part in keyboard navigation. The virtualizer renders a flat list of items and owns their positioning and
 *   recycling, so all of that would be fought around it.
 * - Rows are all the same height, so the window is plain arithmetic: no measuring, no layout reads while
 *   scrolling, and the same number of row elements at 1k and 1M rows. It also costs no extra dependency in the
 *   45 KB bundle budget.
 */

/** How long typing pauses before the search is applied, ms. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Options of {@link DataGridElement.exportCsv}. */
export interface GridExportOptions {
  /** The file name (default: the `exportFilename` property). */
  filename?: string;
  /** Hand the file to the browser as a download (default true). */
  download?: boolean;
  /** Cancels the export. The built-in Cancel button cancels it too. */
  signal?: AbortSignal;
}

/** What {@link DataGridElement.exportCsv} resolves to: the file, its row count and name. */
export interface GridExportResult extends ExportResult {
  filename: string;
}

const EMPTY_WINDOW: RowWindow = { first: 0, end: 0, top: 0, spacerHeight: 0, scale: 1, virtualTop: 0 };

/**
 * @summary A virtualized, sortable, searchable data grid that reads its rows page by page from a page source, with
 * CSV export. A building block of the customer-activity elements.
 *
 * @tag ca-data-grid
 *
 * Only the rows in view (plus a few above and below) exist in the DOM — at most 60 row elements, whatever the row
 * count — so 1,000,000 rows scroll as smoothly as 1,000. Rows are fetched in pages of 100 as they come into view
 * (cached, de-duplicated, and aborted when scrolled past); rows not yet loaded show a placeholder. The grid follows
 * the WAI-ARIA grid pattern: one tab stop, arrow keys, Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown, the
 * header row included. Text is rendered as text, never as HTML.
 *
 * Set `source` to a function `(query, { signal }) => Promise<Page<T>>` and `columns` to the column definitions.
 * Changing `sort`, `search` or `source`, or calling `refresh()`, fetches again; the rows on screen stay until the
 * new answer arrives, and an answer to an older query is never shown.
 *
 * @fires {DataGridSortChangeEvent} ca-sort-change - The user sorted by a column header; `detail.sort` is the new
 * order. Bubbles, composed.
 * @fires {DataGridSearchChangeEvent} ca-search-change - The user changed the search text (after a 250 ms pause in
 * typing, or at once on Enter or Clear); `detail.search`. Bubbles, composed.
 * @fires {DataGridExportEvent} ca-export - An export started with the built-in Export button finished and the file
 * was handed to the browser; `detail` is `{ rowCount, filename }`. Bubbles, composed.
 * @fires {DataGridColumnChangeEvent} ca-column-change - The user resized a column, showed or hid one, or reset the
 * columns; `detail` is `{ state, reason: 'resize' | 'visibility' | 'reset', key? }` and `state` is also the new
 * `columnState`. Never fired when the host sets `columnState`. Bubbles, composed.
 * @fires {DataGridCopyEvent} ca-copy - The user copied cells with Ctrl/Cmd+C; `detail` is `{ text, rowCount,
 * skippedRows }` (the tab-separated text put on the clipboard). Bubbles, composed.
 *
 * Columns: drag the edge of a header to resize its column (double-click the edge to fit it to its content), or
 * focus the header and press Alt+ArrowLeft / Alt+ArrowRight (10 px; with Shift 50 px; at least 48 px); the new
 * width is announced ("Date column, 180 pixels"). The "Columns" button opens the column chooser: a checkbox per
 * column (one column always stays shown) and "Reset columns"; Escape closes it and returns the focus. When the
 * columns are wider than the grid, the first shown column stays pinned at the start edge while the rest scroll.
 * With `state-key`, the widths and hidden columns are kept in `sessionStorage` for the session (nothing is stored
 * without it); the host can read and set them through `columnState`.
 *
 * Selection and copy: Shift+Arrow keys extend a selection from the focused cell (Shift+Home / End / PageUp /
 * PageDown too), Shift+Space widens it to whole rows, Ctrl/Cmd+A selects every row with the headers, Shift+click
 * selects from the focused cell to the one clicked; Escape or a plain move clears it. Selected cells carry
 * `aria-selected="true"`. Ctrl/Cmd+C copies the selection (or the focused cell) as tab-separated text, each cell's
 * raw value as in the CSV export with formula cells defused the same way, and announces "3 rows copied". Only rows
 * already loaded are copied; the announcement says how many were left out (Export CSV writes every row).
 *
 * @csspart header - The bar above the grid: search, row count, export.
 * @csspart search - The search field.
 * @csspart count - The row count (and the rows hidden by permissions): a polite live region.
 * @csspart export-button - The built-in "Export CSV" button (when `exportable`).
 * @csspart export-progress - The progress bar and Cancel button of a running export.
 * @csspart grid - The scrolling element with `role="grid"`.
 * @csspart header-row - The row of column headers.
 * @csspart header-cell - A column header.
 * @csspart row - A data row.
 * @csspart cell - A data cell.
 * @csspart column-chooser-button - The "Columns" button of the toolbar.
 * @csspart column-chooser - The open column chooser (its checkboxes and "Reset columns").
 * @csspart resize-handle - The draggable end edge of a column header.
 *
 * @cssprop [--ca-data-grid-height=480px] - Height of the scrolling area (column headers included).
 * @cssprop [--ca-data-grid-row-height] - Row height in `px` (e.g. `48px`); when set it replaces the `row-height`
 * attribute. Read when the element connects or resizes.
 * @cssprop [--ca-data-grid-header-background=var(--ca-color-surface-raised)] - Background of the header row.
 * @cssprop [--ca-data-grid-row-hover=var(--ca-color-surface-raised)] - Background of the row under the pointer.
 * @cssprop [--ca-data-grid-stripe=transparent] - Background of odd rows.
 * @cssprop [--ca-data-grid-selection=var(--ca-color-accent-soft)] - Background of selected cells.
 */
export class DataGridElement<T = unknown> extends LitElement {
  static override styles = [tokens, dataGridStyles];

  /** Messages and formatters in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  private readonly loader = new PageLoader<T>({
    onPage: () => this.handlePageLoaded(),
    onError: (error) => this.handleLoadError(error),
  });

  @query('[role="grid"]') private gridElement?: HTMLElement | null;
  @query('.viewport') private viewportElement?: HTMLElement | null;
  @query('input[type="search"]') private searchInput?: HTMLInputElement | null;

  /** Column resize, the column chooser and the session storage of the column state. */
  private readonly columnTools = new ColumnTools<T>(this, {
    l10n: this.l10n,
    columns: () => this.columns,
    state: () => this.currentColumnState,
    stateKey: () => this.stateKey,
    apply: (state, reason, key) => this.applyColumnState(state, reason, key),
    announce: (message) => this.announce(message),
    headerCell: (key) => this.headerCellOf(key),
    columnCells: (key) => this.columnCellsOf(key),
  });

  /** The cell selection and Ctrl/Cmd+C. */
  private readonly selection = new GridSelection<T>(this, {
    l10n: this.l10n,
    columns: () => this.shownColumns,
    total: () => this.loader.total ?? 0,
    rowAt: (index) => this.loader.rowAt(index),
    active: () => this.active,
    activate: (position) => this.activate(position),
    pageRows: () => this.pageRows,
    announce: (message) => this.announce(message),
    hasFocus: () => this.gridElement?.contains(this.shadowRoot?.activeElement ?? null) ?? false,
    copied: (result) => {
      this.dispatchEvent(new DataGridCopyEvent(result.text, result.rowCount, result.skippedRows));
    },
  });

  /** The rows in view (and their placement). */
  @state() private rowWindow: RowWindow = EMPTY_WINDOW;
  /** The cell holding the grid's one tab stop. */
  @state() private active: CellPosition = { row: 0, col: 0 };
  /** Incremented when the loader has news, so the grid re-renders. */
  @state() private dataVersion = 0;
  /** The error of the current query, if it failed. */
  @state() private error?: unknown;
  /** The text in the search field (applied to `search` after a pause). */
  @state() private searchDraft = '';
  /** Progress of a running export. */
  @state() private exportProgress: { done: number; total: number } | null = null;
  /** The last export outcome, announced politely. */
  @state() private exportMessage = '';
  /** The row height from `--ca-data-grid-row-height`, when set. */
  @state() private cssRowHeight?: number;
  /** The last message of the column tools and the copy, announced politely. */
  @state() private announcement = '';

  /** The page source: `(query, { signal }) => Promise<Page<T>>`. Keep it stable: a new function fetches again. */
  @property({ attribute: false }) source?: PageSource<T>;

  /** The columns, in display order. */
  @property({ attribute: false }) columns: GridColumn<T>[] = [];

  /** The sort order sent to the source (the first key is the one shown in the header). */
  @property({ attribute: false }) sort: SortSpec[] = [];

  /** The search text sent to the source. */
  @property() search = '';

  /** The grid's accessible name. */
  @property() label = '';

  /** Row height in px (all rows are this tall). */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 40;

  /** The message of the empty state when there is no search (default: "There are no rows to show."). */
  @property({ attribute: 'empty-message' }) emptyMessage?: string;

  /** Shows a built-in "Export CSV" button. */
  @property({ type: Boolean }) exportable = false;

  /** The file name used by the built-in Export button. */
  @property({ attribute: 'export-filename' }) exportFilename = 'export.csv';

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

  /** Hides the "Columns" button (the column chooser). Resizing stays. */
  @property({ type: Boolean, attribute: 'no-column-chooser' }) noColumnChooser = false;

  /**
   * Keeps the column widths and hidden columns for the session in `sessionStorage`, under
   * `ca-data-grid:columns:<state-key>`; a stored state replaces `columnState` when the element connects or the key
   * changes. Give each grid its own key. Without it nothing is stored.
   */
  @property({ attribute: 'state-key' }) stateKey = '';

  /**
   * The column widths (px, by column key) and hidden columns (keys): `{ widths?: { [key]: px }, hidden?: [key] }`.
   * Set it to restore a layout (no `ca-column-change` fires); the grid updates it on every user change. Widths
   * are clamped to 48–2000 px; a state hiding every column shows them all. A value of the wrong shape throws a
   * `TypeError` naming the field.
   */
  @property({ attribute: false })
  get columnState(): ColumnState {
    return this.currentColumnState;
  }
  set columnState(value: ColumnState | null | undefined) {
    const previous = this.currentColumnState;
    this.currentColumnState = parseColumnState(value, '<ca-data-grid> columnState');
    this.requestUpdate('columnState', previous);
  }

  private currentColumnState: ColumnState = {};
  /** The columns shown (not hidden), with their resized widths: derived in `willUpdate`. */
  private shownColumns: GridColumn<T>[] = [];
  private laidOutColumns: GridColumn<T>[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Height of the scrolling area (header row included), measured on resize. */
  private viewportClientHeight = 0;
  private bodyScrollTop = 0;
  private frame = 0;
  private frameTimer?: ReturnType<typeof setTimeout>;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private exportController?: AbortController;
  private resizeObserver?: ResizeObserver;
  private focusPending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.handleResize());
    if (this.hasUpdated) {
      this.observeViewport();
      this.restartQuery(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.abortAll();
    this.exportController?.abort();
    this.resizeObserver?.disconnect();
    clearTimeout(this.searchTimer);
    clearTimeout(this.announceTimer);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.frameTimer);
    this.frame = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) this.searchDraft = this.search;
    if (changed.has('source') || changed.has('sort') || changed.has('search')) {
      this.restartQuery(this.hasUpdated && (changed.has('sort') || changed.has('search')));
    }
    if (changed.has('rowHeight') && this.hasUpdated) this.updateWindow();
    if (changed.has('stateKey')) {
      // A state kept for the session wins over the host's initial one; without one, the host's is kept from now.
      const stored = this.columnTools.readStored(this.stateKey);
      if (stored) this.currentColumnState = stored;
      else this.columnTools.store(this.stateKey, this.currentColumnState);
    } else if (changed.has('columnState')) {
      this.columnTools.store(this.stateKey, this.currentColumnState);
    }
    if (changed.has('columns') || changed.has('columnState') || changed.has('stateKey')) {
      this.deriveColumns();
    }
  }

  protected override firstUpdated(): void {
    this.observeViewport();
    // Measure once now (one layout read at start-up) so the first rows fill the viewport; the ResizeObserver
    // keeps the size current afterwards.
    this.handleResize();
  }

  protected override updated(): void {
    if (this.focusPending) {
      this.focusPending = false;
      this.focusActiveCell();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Data

  private get currentQuery(): { sort?: SortSpec[]; search?: string } {
    const search = this.search.trim();
    return { ...(this.sort.length > 0 ? { sort: this.sort } : {}), ...(search ? { search } : {}) };
  }

  /** Height left for body rows below the sticky header row. */
  private get viewportHeight(): number {
    return Math.max(0, this.viewportClientHeight - this.effectiveRowHeight);
  }

  /** Rows in one viewport page (PageUp / PageDown). */
  private get pageRows(): number {
    return Math.max(1, Math.floor(this.viewportHeight / this.effectiveRowHeight));
  }

  private get effectiveRowHeight(): number {
    const height = this.cssRowHeight ?? this.rowHeight;
    return Number.isFinite(height) && height >= 8 ? height : 40;
  }

  /** Starts a new query generation (previous answers are dropped) and loads the rows in view. */
  private restartQuery(toTop: boolean): void {
    this.error = undefined;
    // Another query, other rows: a selection made over the previous rows would copy rows the user never chose.
    if (toTop) this.selection.clear();
    this.loader.reset(this.source, this.currentQuery);
    if (toTop) {
      this.bodyScrollTop = 0;
      if (this.gridElement) this.gridElement.scrollTop = 0;
    }
    this.updateWindow();
    this.requestUpdate();
  }

  private handlePageLoaded(): void {
    const total = this.loader.total ?? 0;
    if (this.active.row > total) this.active = { row: total, col: this.active.col };
    this.selection.clamp();
    this.dataVersion++;
    this.updateWindow();
  }

  private handleLoadError(error: unknown): void {
    this.error = error;
  }

  /** Recomputes the rows in view from the cached scroll position and size, and loads their pages. */
  private updateWindow(): void {
    const next = computeWindow({
      total: this.loader.total ?? 0,
      rowHeight: this.effectiveRowHeight,
      scrollTop: this.bodyScrollTop,
      viewportHeight: this.viewportHeight,
    });
    const current = this.rowWindow;
    if (
      next.first !== current.first ||
      next.end !== current.end ||
      next.top !== current.top ||
      next.spacerHeight !== current.spacerHeight
    ) {
      this.rowWindow = next;
    }
    const pages = pagesForRange(next.first, next.end, this.loader.pageSize);
    const first = Math.floor(next.first / this.loader.pageSize);
    this.loader.ensure(pages.length > 0 ? pages : [first]);
  }

  private observeViewport(): void {
    const viewport = this.viewportElement;
    if (viewport && this.resizeObserver) this.resizeObserver.observe(viewport);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Handlers

  private handleResize(): void {
    const viewport = this.viewportElement;
    if (!viewport) return;
    const raw = getComputedStyle(this).getPropertyValue('--ca-data-grid-row-height').trim();
    const match = /^(\d+(?:\.\d+)?)px$/.exec(raw);
    this.cssRowHeight = match ? Number(match[1]) : undefined;
    this.viewportClientHeight = viewport.clientHeight;
    this.updateWindow();
  }

  private readonly handleScroll = (): void => {
    // Scroll events only schedule work: at most one read of scrollTop per animation frame, no layout read or
    // write here. A timer backs the frame up where animation frames are paused (a background tab, some embedded
    // web views), so the rows still follow the scroll position; whichever comes first does the work.
    if (this.frame !== 0) return;
    const run = (): void => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.frameTimer);
      this.frame = 0;
      const grid = this.gridElement;
      if (!grid) return;
      this.bodyScrollTop = grid.scrollTop;
      this.updateWindow();
    };
    this.frame = requestAnimationFrame(run);
    this.frameTimer = setTimeout(run, 100);
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement | null;
    const cell = target?.closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return;
    const position = { row: Number(row.dataset.row), col: Number(cell.dataset.col) };
    if (position.row !== this.active.row || position.col !== this.active.col) this.active = position;
  };

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (this.active.row === 0 && event.altKey && !event.ctrlKey && !event.metaKey) {
      const column = this.shownColumns[this.active.col];
      if (column && this.columnTools.resizeByKey(column, event)) {
        event.preventDefault();
        return;
      }
    }
    if (this.selection.handleKeyDown(event)) return;
    if (event.altKey || event.shiftKey) return;
    const total = this.loader.total ?? 0;
    const next = moveCell(this.active, event, {
      rowCount: total + 1,
      colCount: this.shownColumns.length,
      pageRows: this.pageRows,
    });
    if (!next) return;
    event.preventDefault();
    this.selection.clear();
    this.activate(next);
  };

  private readonly handleMouseDown = (event: MouseEvent): void => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('.resize-handle')) return;
    const cell = target?.closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return;
    this.selection.handleMouseDown(event, { row: Number(row.dataset.row), col: Number(cell.dataset.col) });
  };

  private handleSortClick(column: GridColumn<T>): void {
    const sort = nextSort(this.sort, column.key);
    this.sort = sort;
    const event = new DataGridSortChangeEvent(sort);
    this.dispatchEvent(event);
  }

  private readonly handleSearchInput = (event: Event): void => {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.commitSearch(this.searchDraft), SEARCH_DEBOUNCE_MS);
  };

  private readonly handleSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitSearch(this.searchDraft);
    } else if (event.key === 'Escape' && this.searchDraft !== '') {
      event.preventDefault();
      this.clearSearch();
    }
  };

  private readonly handleClearSearch = (): void => {
    this.clearSearch();
    this.searchInput?.focus();
  };

  private readonly handleRetry = (): void => {
    this.refresh();
  };

  private readonly handleExportClick = async (): Promise<void> => {
    const filename = this.exportFilename || 'export.csv';
    try {
      const result = await this.exportCsv({ filename });
      if (result) {
        const event = new DataGridExportEvent(result.rowCount, result.filename);
        this.dispatchEvent(event);
      }
    } catch {
      this.exportMessage = this.l10n.t('grid.exportFailed');
    }
  };

  private readonly handleExportCancel = (): void => {
    this.exportController?.abort();
  };

  // ---------------------------------------------------------------------------------------------------------
  // Public methods

  /** Fetches the rows again (keeping the current ones on screen until the answer arrives). */
  refresh(): void {
    this.restartQuery(false);
  }

  /**
   * Exports every row matching the current sort and search (not only those on screen) as a CSV file with the
   * shown columns' headers and raw values (a column hidden in the column chooser is left out, as on screen), in
   * chunks that keep the page responsive. Large exports show a progress bar
   * with a Cancel button. Resolves with the file (also downloaded unless `download: false`), or `undefined` when
   * canceled; rejects when the source fails.
   */
  async exportCsv(options: GridExportOptions = {}): Promise<GridExportResult | undefined> {
    const source = this.source;
    if (!source) return undefined;
    this.exportController?.abort();
    const controller = new AbortController();
    this.exportController = controller;
    const external = options.signal;
    const forward = (): void => controller.abort();
    if (external?.aborted) controller.abort();
    external?.addEventListener('abort', forward, { once: true });
    const filename = options.filename ?? (this.exportFilename || 'export.csv');
    this.exportMessage = '';
    try {
      const { blob, rowCount } = await exportRows({
        source,
        query: this.currentQuery,
        columns: this.shownColumns,
        chunkSize: EXPORT_CHUNK_SIZE,
        signal: controller.signal,
        onProgress: (done, total) => {
          // Only an export of more than one chunk lasts long enough to deserve a progress bar.
          if (total > EXPORT_CHUNK_SIZE && done < total) this.exportProgress = { done, total };
        },
      });
      if (options.download !== false) downloadBlob(blob, filename);
      this.exportMessage = this.l10n.t('grid.exported', { count: rowCount });
      return { blob, rowCount, filename };
    } catch (error) {
      if (controller.signal.aborted) {
        this.exportMessage = this.l10n.t('grid.exportCanceled');
        return undefined;
      }
      throw error;
    } finally {
      external?.removeEventListener('abort', forward);
      if (this.exportController === controller) {
        this.exportController = undefined;
        this.exportProgress = null;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Behaviour

  /** The shown columns and their grid template, from `columns` and the column state. */
  private deriveColumns(): void {
    const state = this.currentColumnState;
    this.shownColumns = visibleColumns(this.columns, state);
    const widths = state.widths ?? {};
    this.laidOutColumns = this.shownColumns.map((column) => {
      const width = widths[column.key];
      return width === undefined ? column : { ...column, width: `${width}px` };
    });
    const colCount = this.shownColumns.length;
    if (this.active.col >= colCount) this.active = { row: this.active.row, col: Math.max(0, colCount - 1) };
    this.selection.clamp();
  }

  /** A column state from the user's action (`reason` set; undefined while a drag is under way). */
  private applyColumnState(state: ColumnState, reason?: ColumnChangeReason, key?: string): void {
    this.columnState = state;
    if (!reason) return;
    // Built first, then dispatched: the manifest analyzer then takes the event from the @fires tag above alone.
    const event = new DataGridColumnChangeEvent(this.currentColumnState, reason, key);
    this.dispatchEvent(event);
  }

  /** Puts a message in the polite live region (cleared first, so the same words are announced again). */
  private announce(message: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = '';
    this.announceTimer = setTimeout(() => {
      this.announcement = message;
    }, 50);
  }

  private columnCellsOf(key: string): HTMLElement[] {
    const col = this.shownColumns.findIndex((c) => c.key === key);
    if (col < 0) return [];
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>(`[data-row] > [data-col="${col}"]`));
  }

  private headerCellOf(key: string): HTMLElement | null {
    const col = this.shownColumns.findIndex((c) => c.key === key);
    if (col < 0) return null;
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="0"] [data-col="${col}"]`);
  }

  private commitSearch(value: string): void {
    clearTimeout(this.searchTimer);
    if (value === this.search) return;
    this.search = value;
    const event = new DataGridSearchChangeEvent(value);
    this.dispatchEvent(event);
  }

  private clearSearch(): void {
    this.searchDraft = '';
    this.commitSearch('');
  }

  /** Moves the tab stop to a cell, scrolls its row into view, and focuses it once rendered. */
  private activate(position: CellPosition): void {
    const from = this.active;
    this.active = position;
    const grid = this.gridElement;
    // Moving into the header row from below (ArrowUp, PageUp, Ctrl+Home) also shows the first rows; moving along
    // the header row leaves the body where the user scrolled it.
    const row = position.row > 0 ? position.row - 1 : from.row > 0 ? 0 : -1;
    if (grid && row >= 0) {
      const target = scrollTopForRow(row, {
        total: this.loader.total ?? 0,
        rowHeight: this.effectiveRowHeight,
        scrollTop: this.bodyScrollTop,
        viewportHeight: this.viewportHeight,
      });
      if (target !== this.bodyScrollTop) {
        grid.scrollTop = target;
        this.bodyScrollTop = target;
        this.updateWindow();
      }
    }
    this.focusPending = true;
    this.requestUpdate();
  }

  private focusActiveCell(): void {
    const root = this.renderRoot as ShadowRoot;
    const row = root.querySelector(`[data-row="${this.active.row}"]`);
    const cell = row?.querySelector<HTMLElement>(`[data-col="${this.active.col}"]`);
    const target = cell?.querySelector<HTMLElement>('button') ?? cell;
    target?.focus();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    return html`
      <div part="header" class="toolbar">
        ${this.renderSearch()} ${this.renderCount()}
        ${this.noColumnChooser ? nothing : this.columnTools.renderChooser()} ${this.renderExport()}
        <span class="visually-hidden" role="status">${this.announcement}</span>
        <span id="resize-hint" class="visually-hidden">${this.l10n.t('grid.resizeHint')}</span>
      </div>
      <div class="viewport">${this.renderBody()}</div>
    `;
  }

  private renderSearch(): TemplateResult | typeof nothing {
    if (this.noSearch) return nothing;
    return html`
      <div class="search">
        <label for="search">${this.l10n.t('grid.search')}</label>
        <span class="search-field">
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${this.l10n.t('grid.searchPlaceholder')}
            .value=${this.searchDraft}
            @input=${this.handleSearchInput}
            @keydown=${this.handleSearchKeyDown}
          />
          ${
            this.searchDraft
              ? html`<button
                  class="clear"
                  type="button"
                  aria-label=${this.l10n.t('grid.clearSearch')}
                  @click=${this.handleClearSearch}
                >
                  <span aria-hidden="true">✕</span>
                </button>`
              : nothing
          }
        </span>
      </div>
    `;
  }

  private renderCount(): TemplateResult {
    const total = this.loader.total;
    const hidden = this.loader.hiddenByPermissions;
    return html`
      <div part="count" class="count" role="status">
        ${
          total === undefined || this.error !== undefined
            ? nothing
            : html`<span>${this.l10n.t('grid.rowCount', { count: total })}</span>${
                  hidden > 0
                    ? html`<span aria-hidden="true"> · </span
                        ><span>${this.l10n.t('grid.hidden', { count: hidden })}</span>`
                    : nothing
                }`
        }
      </div>
    `;
  }

  private renderExport(): TemplateResult | typeof nothing {
    const progress = this.exportProgress;
    if (progress) {
      return html`
        <div part="export-progress" class="export-progress">
          <progress
            max=${progress.total}
            .value=${progress.done}
            aria-label=${this.l10n.t('grid.exportProgressLabel')}
          ></progress>
          <span>${this.l10n.t('grid.exporting', { done: progress.done, total: progress.total })}</span>
          <button class="action" type="button" @click=${this.handleExportCancel}>
            ${this.l10n.t('grid.exportCancel')}
          </button>
        </div>
      `;
    }
    return html`
      ${
        this.exportable
          ? html`<button
              part="export-button"
              class="action"
              type="button"
              ?disabled=${!this.source || this.loader.total === 0}
              @click=${this.handleExportClick}
            >
              ${this.l10n.t('grid.export')}
            </button>`
          : nothing
      }
      <span class="visually-hidden" role="status">${this.exportMessage}</span>
    `;
  }

  private renderBody(): TemplateResult {
    if (this.error !== undefined) {
      return html`<ca-state-panel
        state="error"
        .error=${this.error}
        @ca-retry=${this.handleRetry}
      ></ca-state-panel>`;
    }
    const total = this.loader.total;
    if (total === undefined) return html`<ca-state-panel state="loading"></ca-state-panel>`;
    if (total === 0) {
      // Until a new query answers, the empty state of the previous one stays (like rows do on a refresh).
      const search = this.loader.settledQuery.search?.trim() ?? '';
      return search
        ? html`<ca-state-panel
            state="empty"
            heading=${this.l10n.t('grid.noMatchTitle')}
            message=${this.l10n.t('grid.noMatch', { search })}
          ></ca-state-panel>`
        : html`<ca-state-panel
            state="empty"
            message=${this.emptyMessage || this.l10n.t('grid.empty')}
          ></ca-state-panel>`;
    }
    return this.renderGrid(total);
  }

  private renderGrid(total: number): TemplateResult {
    const rowHeight = this.effectiveRowHeight;
    const gridStyle = {
      '--_row-height': `${rowHeight}px`,
      '--_columns': columnTemplate(this.laidOutColumns),
      '--_min-width': gridMinWidth(this.laidOutColumns),
    };
    const win = this.rowWindow;
    const indexes: number[] = [];
    const activeIndex = this.active.row - 1;
    const detached =
      activeIndex >= 0 && activeIndex < total && (activeIndex < win.first || activeIndex >= win.end);
    if (detached && activeIndex < win.first) indexes.push(activeIndex);
    for (let i = win.first; i < win.end && i < total; i++) indexes.push(i);
    if (detached && activeIndex >= win.end) indexes.push(activeIndex);
    // tabindex="-1": Firefox puts a scroll container in the tab order on its own, which gave the grid a second tab
    // stop there (Tab from the search box landed on the scroller, not on the active cell). The grid's one tab stop
    // is its active cell, in every engine.
    return html`
      <div
        part="grid"
        role="grid"
        tabindex="-1"
        aria-label=${this.label || nothing}
        aria-rowcount=${total + 1}
        aria-colcount=${this.shownColumns.length}
        aria-multiselectable="true"
        aria-busy=${this.loader.isSettled ? 'false' : 'true'}
        style=${styleProps(gridStyle)}
        @scroll=${this.handleScroll}
        @keydown=${this.handleKeyDown}
        @focusin=${this.handleFocusIn}
        @mousedown=${this.handleMouseDown}
      >
        <div role="rowgroup" class="head">${this.renderHeaderRow()}</div>
        <div role="rowgroup" class="body" style=${styleProps({ height: `${win.spacerHeight}px` })}>
          <div class="rows" style=${styleProps({ transform: `translateY(${win.top}px)` })}>
            ${repeat(
              indexes,
              (index) => index,
              (index) => this.renderRow(index, index < win.first || index >= win.end),
            )}
          </div>
        </div>
      </div>
    `;
  }

  private renderHeaderRow(): TemplateResult {
    const current = sortOf(this.sort);
    const selected = this.selection.bounds;
    return html`
      <div role="row" part="header-row" class="row" aria-rowindex="1" data-row="0">
        ${this.shownColumns.map((column, col) => {
          const sorted = current?.key === column.key ? current.direction : undefined;
          const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : nothing;
          const tabStop = this.active.row === 0 && this.active.col === col ? 0 : -1;
          const end = (column.align ?? (column.kind === 'number' ? 'end' : 'start')) === 'end';
          const isSelected = inBounds(selected, 0, col);
          if (!column.sortable) {
            return html`<div
              role="columnheader"
              part="header-cell"
              class="header-cell ${end ? 'end' : ''} ${isSelected ? 'selected' : ''}"
              data-col=${col}
              tabindex=${tabStop}
              aria-selected=${isSelected ? 'true' : 'false'}
              aria-describedby="resize-hint"
            >
              <span class="label">${column.header}</span>${this.columnTools.renderResizeHandle(column)}
            </div>`;
          }
          return html`<div
            role="columnheader"
            part="header-cell"
            class="header-cell ${end ? 'end' : ''} ${isSelected ? 'selected' : ''}"
            data-col=${col}
            aria-sort=${ariaSort}
            aria-selected=${isSelected ? 'true' : 'false'}
          >
            <button
              class="sort"
              type="button"
              tabindex=${tabStop}
              aria-describedby="resize-hint"
              @click=${() => this.handleSortClick(column)}
            >
              <span class="label">${column.header}</span>
              <span class="sort-indicator" aria-hidden="true"
                >${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span
              >
            </button>
            ${this.columnTools.renderResizeHandle(column)}
          </div>`;
        })}
      </div>
    `;
  }

  private renderRow(index: number, detached: boolean): TemplateResult {
    const row = this.loader.rowAt(index);
    const offset = (detached ? 0 : index - this.rowWindow.first) * this.effectiveRowHeight;
    const activeCol = this.active.row === index + 1 ? this.active.col : -1;
    const format = this.l10n.format;
    const loadingText = row === undefined ? this.l10n.t('grid.loadingRow') : '';
    const selected = this.selection.bounds;
    return html`
      <div
        role="row"
        part="row"
        class="row ${index % 2 === 1 ? 'odd' : ''} ${detached ? 'detached' : ''}"
        aria-rowindex=${index + 2}
        aria-busy=${row === undefined ? 'true' : nothing}
        data-row=${index + 1}
        style=${styleProps({ transform: `translateY(${offset}px)` })}
      >
        ${this.shownColumns.map((column, col) => {
          const end = (column.align ?? (column.kind === 'number' ? 'end' : 'start')) === 'end';
          const isSelected = inBounds(selected, index + 1, col);
          return html`<div
            role="gridcell"
            part="cell"
            class="cell ${end ? 'end' : ''} ${isSelected ? 'selected' : ''}"
            data-col=${col}
            tabindex=${activeCol === col ? 0 : -1}
            aria-selected=${isSelected ? 'true' : 'false'}
          >
            ${
              row === undefined
                ? html`<span class="skeleton" aria-hidden="true"></span
                    ><span class="visually-hidden">${loadingText}</span>`
                : html`<span class="text">${cellContent(column, row, format)}</span>`
            }
          </div>`;
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-data-grid': DataGridElement;
  }
}
