import { CSV_BOM, CSV_EOL, csvRow, type CsvValue } from '../domain/csv.js';
import type { Page, PageQuery } from '../domain/types.js';
import { abortError, throwIfAborted } from './errors.js';

/**
 * Where a grid (or an export) reads rows from: one page of the rows matching `query`, honouring the signal.
 * An adapter method fits with a one-line arrow, e.g.
 * `(q, o) => adapter.queryConsumption({ ...q, entitlementId, workspaceIds }, o)`.
 */
export type PageSource<T> = (query: PageQuery, options: { signal: AbortSignal }) => Promise<Page<T>>;

/** A column of an export: its (already localized) header and the value written for a row. */
export interface ExportColumn<T> {
  header: string;
  value(row: T): CsvValue;
}

/** Options of {@link exportRows}. */
export interface ExportRowsOptions<T> {
  /** The page source to read every matching row from. */
  source: PageSource<T>;
  /** Sort and search of the export; the exporter sets offset and limit itself. */
  query?: Omit<PageQuery, 'offset' | 'limit'>;
  /** The columns written, in order: a header record, then one value per row and column. */
  columns: readonly ExportColumn<T>[];
  /** Rows asked for per page (default 2,000). */
  chunkSize?: number;
  /** Cancels the export: the pending page request is aborted and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called once the total is known (with done = 0) and after each chunk. */
  onProgress?: (done: number, total: number) => void;
}

/** What {@link exportRows} produces. */
export interface ExportResult {
  /** The CSV file: UTF-8 with a BOM, `text/csv;charset=utf-8`. */
  blob: Blob;
  /** Data rows written (the header record not counted). */
  rowCount: number;
}

/** Default rows per page of an export. */
export const EXPORT_CHUNK_SIZE = 2000;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the event loop a turn (input, rendering) before continuing: `scheduler.yield()` where the browser has it
 * (continuations keep their priority), otherwise a `MessageChannel` message (not clamped to 4 ms like nested
 * `setTimeout`s), otherwise `setTimeout(0)`.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Exports every row the query matches — not only what a grid has on screen — as a CSV file (docs/security.md rules,
 * see `src/domain/csv.ts`). Pages through the source `chunkSize` rows at a time and yields to the event loop
 * between chunks, so no single task grows with the row count (100k rows take 50 short tasks, not one long one).
 * Each chunk's text is encoded into a Blob as it is written, and the file is those Blobs joined. Cancelable through
 * `signal`; the rows counted are those actually written.
 */
export async function exportRows<T>(options: ExportRowsOptions<T>): Promise<ExportResult> {
  const { source, columns, onProgress, signal } = options;
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? EXPORT_CHUNK_SIZE));
  const base = { ...options.query };
  const inner = new AbortController();
  const forwardAbort = (): void => inner.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    throwIfAborted(signal);
    // One Blob per chunk: each chunk's text is encoded to UTF-8 in its own task, and the final Blob only
    // concatenates bytes, so the last step does not grow with the row count.
    const parts: Blob[] = [new Blob([CSV_BOM + csvRow(columns.map((c) => c.header))])];
    const values: CsvValue[] = new Array<CsvValue>(columns.length);
    let total = Number.POSITIVE_INFINITY;
    let done = 0;
    while (done < total) {
      const page = await source({ ...base, offset: done, limit: chunkSize }, { signal: inner.signal });
      throwIfAborted(signal);
      if (total === Number.POSITIVE_INFINITY) {
        total = page.total;
        onProgress?.(0, total);
      }
      if (page.rows.length === 0) break;
      let chunk = '';
      for (const row of page.rows) {
        for (let c = 0; c < columns.length; c++) values[c] = columns[c].value(row);
        chunk += CSV_EOL + csvRow(values);
      }
      parts.push(new Blob([chunk]));
      done += page.rows.length;
      onProgress?.(Math.min(done, total), total);
      await yieldToEventLoop();
      throwIfAborted(signal);
    }
    return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rowCount: done };
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * Saves a Blob as a file: a temporary `<a download>` with an object URL, clicked, removed, and the URL revoked
 * once the browser has taken the download.
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoking in the same task can cancel the download in some browsers; a later task is safe.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
