import type { ColumnState } from '../../domain/column-state.js';
import type { SortSpec } from '../../domain/types.js';

/** `ca-sort-change`: the user changed the sort order by a column header. */
export class DataGridSortChangeEvent extends Event {
  static readonly eventName = 'ca-sort-change';
  readonly detail: { sort: SortSpec[] };
  constructor(sort: SortSpec[]) {
    super(DataGridSortChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { sort };
  }
}

/** `ca-search-change`: the user changed the search text (debounced while typing). */
export class DataGridSearchChangeEvent extends Event {
  static readonly eventName = 'ca-search-change';
  readonly detail: { search: string };
  constructor(search: string) {
    super(DataGridSearchChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { search };
  }
}

/** `ca-export`: an export the user started finished and the file was handed to the browser. */
export class DataGridExportEvent extends Event {
  static readonly eventName = 'ca-export';
  readonly detail: { rowCount: number; filename: string };
  constructor(rowCount: number, filename: string) {
    super(DataGridExportEvent.eventName, { bubbles: true, composed: true });
    this.detail = { rowCount, filename };
  }
}

/** What the user did to the columns: resized one, showed or hid one, or reset them all. */
export type ColumnChangeReason = 'resize' | 'visibility' | 'reset';

/**
 * `ca-column-change`: the user resized a column, showed or hid one in the column chooser, or reset the columns;
 * `detail.state` is the new column state (also in the grid's `columnState`), `detail.reason` what changed and
 * `detail.key` the column (absent on reset). Fired once per resize (when the drag ends, or per key press).
 */
export class DataGridColumnChangeEvent extends Event {
  static readonly eventName = 'ca-column-change';
  readonly detail: { state: ColumnState; reason: ColumnChangeReason; key?: string };
  constructor(state: ColumnState, reason: ColumnChangeReason, key?: string) {
    super(DataGridColumnChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { state, reason, ...(key === undefined ? {} : { key }) };
  }
}

/** `ca-copy`: the user copied the selected cells; `detail` is the text put on the clipboard and its row count. */
export class DataGridCopyEvent extends Event {
  static readonly eventName = 'ca-copy';
  readonly detail: { text: string; rowCount: number; skippedRows: number };
  constructor(text: string, rowCount: number, skippedRows: number) {
    super(DataGridCopyEvent.eventName, { bubbles: true, composed: true });
    this.detail = { text, rowCount, skippedRows };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-sort-change': DataGridSortChangeEvent;
    'ca-search-change': DataGridSearchChangeEvent;
    'ca-export': DataGridExportEvent;
    'ca-column-change': DataGridColumnChangeEvent;
    'ca-copy': DataGridCopyEvent;
  }
}
