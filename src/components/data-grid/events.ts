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

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-sort-change': DataGridSortChangeEvent;
    'ca-search-change': DataGridSearchChangeEvent;
    'ca-export': DataGridExportEvent;
  }
}
