import { expect } from '@open-wc/testing';
import { downloadBlob, exportRows, yieldToEventLoop, type ExportColumn } from '../../src/data/export.js';
import { toCsv } from '../../src/domain/csv.js';
import type { Page, PageQuery } from '../../src/domain/types.js';
import { skipUnless } from '../helpers/engine.js';
import { createPageSource, makeRows, type TestRow } from '../helpers/page-source.js';

const COLUMNS: ExportColumn<TestRow>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'Title', value: (r) => r.title },
  { header: 'Quantity', value: (r) => r.quantity },
  { header: 'Date', value: (r) => r.date },
];

const bytesOf = async (blob: Blob): Promise<number[]> => Array.from(new Uint8Array(await blob.arrayBuffer()));

describe('exportRows', () => {
  it('pages through every matching row in chunks and reports progress', async () => {
    const rows = makeRows(5_500);
    const source = createPageSource(rows);
    const progress: [number, number][] = [];
    const result = await exportRows({
      source,
      query: { sort: [{ key: 'quantity', direction: 'desc' }] },
      columns: COLUMNS,
      chunkSize: 2_000,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.rowCount).to.equal(5_500);
    expect(source.calls.map((q) => [q.offset, q.limit])).to.deep.equal([
      [0, 2000],
      [2000, 2000],
      [4000, 2000],
    ]);
    expect(source.calls.every((q) => q.sort?.[0]?.key === 'quantity')).to.equal(true);
    expect(progress).to.deep.equal([
      [0, 5500],
      [2000, 5500],
      [4000, 5500],
      [5500, 5500],
    ]);
    expect(result.blob.type).to.equal('text/csv;charset=utf-8');
    // The chunked file is byte for byte the one-shot file of the same rows in the same order.
    const all = await source(
      { offset: 0, limit: 10_000, sort: [{ key: 'quantity', direction: 'desc' }] },
      {
        signal: new AbortController().signal,
      },
    );
    const whole = toCsv(
      COLUMNS.map((c) => c.header),
      all.rows.map((r) => COLUMNS.map((c) => c.value(r))),
    );
    expect(await bytesOf(result.blob)).to.deep.equal(Array.from(new TextEncoder().encode(whole)));
  });

  it('writes exactly the expected bytes for a small export', async () => {
    const rows = [
      { id: 'a', title: '=cmd()', quantity: -2, date: '2026-01-02' },
      { id: 'b', title: 'Educação "avançada", 2ª', quantity: 1.5, date: '2026-01-03' },
    ] as TestRow[];
    const result = await exportRows({ source: createPageSource(rows), columns: COLUMNS, chunkSize: 1 });
    const expected =
      '\uFEFFID,Title,Quantity,Date\r\n' +
      "a,'=cmd(),-2,2026-01-02\r\n" +
      'b,"Educação ""avançada"", 2ª",1.5,2026-01-03';
    expect(await bytesOf(result.blob)).to.deep.equal(Array.from(new TextEncoder().encode(expected)));
    expect(result.rowCount).to.equal(2);
  });

  it('passes the search to the source and exports only the matches', async () => {
    const source = createPageSource(makeRows(700));
    const result = await exportRows({ source, query: { search: 'educacao' }, columns: COLUMNS });
    expect(result.rowCount).to.equal(100);
    expect(source.calls[0].search).to.equal('educacao');
  });

  it('exports a header-only file when nothing matches', async () => {
    const result = await exportRows({
      source: createPageSource(makeRows(10)),
      query: { search: 'zzz' },
      columns: COLUMNS,
    });
    expect(result.rowCount).to.equal(0);
    expect(await bytesOf(result.blob)).to.deep.equal(
      Array.from(new TextEncoder().encode('\uFEFFID,Title,Quantity,Date')),
    );
  });

  it('stops when the signal aborts, without asking for more pages', async () => {
    const source = createPageSource(makeRows(10_000));
    const controller = new AbortController();
    let error: unknown;
    try {
      await exportRows({
        source,
        columns: COLUMNS,
        chunkSize: 1_000,
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 2_000) controller.abort();
        },
      });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).to.equal('AbortError');
    expect(source.calls.length).to.equal(2);
  });

  it('aborts the pending page request when canceled', async () => {
    let seen: AbortSignal | undefined;
    const source = (_q: PageQuery, { signal }: { signal: AbortSignal }): Promise<Page<TestRow>> =>
      new Promise((_resolve, reject) => {
        seen = signal;
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    const controller = new AbortController();
    const pending = exportRows({ source, columns: COLUMNS, signal: controller.signal });
    await yieldToEventLoop();
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect(seen?.aborted).to.equal(true);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const source = createPageSource(makeRows(10));
    let error: unknown;
    try {
      await exportRows({ source, columns: COLUMNS, signal: AbortSignal.abort() });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).to.equal('AbortError');
    expect(source.calls.length).to.equal(0);
  });

  it('exports 100k rows in short tasks (none over 100 ms)', async function () {
    await skipUnless(
      this,
      'longTaskTiming',
      'no Long Tasks API (PerformanceObserver "longtask") in this engine',
    );
    const source = createPageSource(makeRows(100_000));
    // Let the task that generated the rows end before observing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const result = await exportRows({ source, columns: COLUMNS });
    const elapsed = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(result.rowCount).to.equal(100_000);
    expect(
      Math.max(0, ...longTasks),
      `long tasks: ${longTasks.join(', ')} (total ${Math.round(elapsed)} ms)`,
    ).to.be.below(100);
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link to an object URL and removes it', async () => {
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    const intercept = (event: MouseEvent): void => {
      const a = event.target;
      if (a instanceof HTMLAnchorElement && a.download) {
        event.preventDefault();
        clicked.push({ download: a.download, href: a.href, attached: a.isConnected });
      }
    };
    window.addEventListener('click', intercept, true);
    try {
      downloadBlob(new Blob(['x'], { type: 'text/csv' }), 'rows.csv');
    } finally {
      window.removeEventListener('click', intercept, true);
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('rows.csv');
    expect(clicked[0].href.startsWith('blob:')).to.equal(true);
    expect(clicked[0].attached).to.equal(true);
    expect(document.querySelector('a[download]')).to.equal(null);
    const response = await fetch(clicked[0].href);
    expect(await response.text()).to.equal('x');
  });
});
