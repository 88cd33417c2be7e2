/**
 * The grid scenarios of docs/budgets.md, written once against a small interface that each grid page implements (ours and
 * the peer), so both are measured by the same code: time to first rows, sort by a column, frames while scrolling,
 * row elements in the DOM, and whether the last row can be reached.
 */
import {
  afterPaint,
  countElements,
  LongTasks,
  nextFrame,
  nextTask,
  percentile,
  round,
  seeded,
  waitFor,
} from './measure.js';

/** What the harness needs to know about a grid. */
export interface GridUnderTest {
  /** The grid element, configured with its rows and columns, not yet in the document. */
  readonly element: HTMLElement;
  /** Called right after the element is appended, inside the clock (a grid created on an element in the page). */
  appended?(): void;
  /** The roots whose mutations may change what is shown (its shadow root, its light DOM). */
  roots(): Node[];
  /** The text of the first data row (cells joined), or '' while that row is not rendered with its data. */
  rowText(index: number): string;
  /** Whether the grid has settled on the current query (no answer pending). */
  settled(): boolean;
  /** The scrolling element. */
  scroller(): HTMLElement;
  /** Data row elements in the DOM (header rows not counted). */
  rowElements(): number;
  /** Rendered data rows still showing a placeholder. */
  busyRows(): number;
  /** The height of a data row, px. */
  rowHeight(): number;
  /** Height of the header row, px. */
  headerHeight(): number;
  /** Clicks the header of the column `key` (sorting by it, ascending). */
  clickSort(key: string): void;
  /** Whether data row `index` (0-based) is rendered with its data and wholly inside the viewport. */
  rowInView(index: number): boolean;
}

export interface ScrollResult {
  frames: number;
  /** Frames per second over the whole scroll. */
  fps: number;
  meanFrameMs: number;
  /** Mean frame of the fling (15 rows a frame) and of the jumps (random rows). */
  flingFrameMs: number;
  jumpFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** Frames painted while a row in the DOM still showed a placeholder. */
  blankFrames: number;
  longestTaskMs: number;
  longTasks: number;
  /** Data row elements in the DOM after scrolling, and every element of the grid (shadow roots included). */
  rowElements: number;
  elements: number;
}

/** Mounts the grid and resolves with the time until its first row is painted with data, ms. */
export async function mount(grid: GridUnderTest, host: HTMLElement): Promise<number> {
  await afterPaint();
  performance.mark('bench:start');
  const t0 = performance.now();
  host.append(grid.element);
  grid.appended?.();
  await painted(() => grid.rowText(0) !== '', grid.roots(), 'the first row');
  const ms = performance.now() - t0;
  performance.mark('bench:end');
  return ms;
}

/**
 * Scrolls back to the top, clicks a column header, and resolves with the time until a different first row is
 * painted with the grid settled, ms.
 */
export async function sort(grid: GridUnderTest, key: string): Promise<{ ms: number; firstRow: string }> {
  // From the top of the grid, as after mounting: a grid may keep its scroll position when sorted.
  grid.scroller().scrollTop = 0;
  await painted(() => grid.rowText(0) !== '', grid.roots(), 'the first row, back at the top');
  const before = grid.rowText(0);
  performance.mark('bench:start');
  const t0 = performance.now();
  grid.clickSort(key);
  await painted(
    () => {
      const now = grid.rowText(0);
      return now !== '' && now !== before && grid.settled();
    },
    grid.roots(),
    'the sorted first row',
  );
  const ms = performance.now() - t0;
  performance.mark('bench:end');
  return { ms, firstRow: grid.rowText(0) };
}

/** Waits for `check` (see `waitFor`), then for that frame to be painted. */
async function painted(check: () => boolean, roots: Node[], what: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(check, roots, timeoutMs, what);
  await afterPaint();
}

/**
 * Scrolls as a user would, one scroll position per frame: first a fast wheel fling (15 rows a frame), then jumps
 * to random places (a dragged scrollbar). The same row positions for both grids (seeded), whatever their row
 * height. Records every frame's duration, the long tasks, and the frames that showed placeholders.
 */
export async function scroll(
  grid: GridUnderTest,
  total: number,
  frames = { fling: 90, jumps: 40 },
): Promise<ScrollResult> {
  const scroller = grid.scroller();
  const rowHeight = grid.rowHeight();
  const visible = Math.max(1, Math.floor((scroller.clientHeight - grid.headerHeight()) / rowHeight));
  const maxRow = Math.max(0, total - visible);
  const random = seeded(20261120);
  const rows: number[] = [];
  for (let i = 1; i <= frames.fling; i++) rows.push((i * 15) % (maxRow + 1));
  for (let i = 0; i < frames.jumps; i++) rows.push(Math.floor(random() * (maxRow + 1)));
  const maxScroll = scroller.scrollHeight - scroller.clientHeight;
  // Row r at the top: r × rowHeight on a 1:1 scroller; proportional on one that scales a huge range.
  const topFor = (row: number): number =>
    maxRow === 0 ? 0 : Math.min(maxScroll, Math.round((row / maxRow) * maxScroll));

  scroller.scrollTop = 0;
  await afterPaint();
  const tasks = new LongTasks();
  tasks.start();
  performance.mark('bench:start');
  const deltas: number[] = [];
  let blank = 0;
  let previous = await nextFrame();
  const t0 = previous;
  for (const row of rows) {
    scroller.scrollTop = topFor(row);
    const now = await nextFrame();
    deltas.push(now - previous);
    previous = now;
    await nextTask(); // after this frame's layout and paint
    if (grid.busyRows() > 0) blank++;
  }
  const end = await nextFrame();
  deltas.push(end - previous);
  performance.mark('bench:end');
  const long = await tasks.stop();
  const mean = (end - t0) / deltas.length;
  const average = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    frames: deltas.length,
    fps: round(1000 / mean),
    meanFrameMs: round(mean),
    // deltas[i + 1] holds the frame that painted position i.
    flingFrameMs: round(average(deltas.slice(1, frames.fling + 1))),
    jumpFrameMs: round(average(deltas.slice(frames.fling + 1))),
    p95FrameMs: round(percentile(deltas, 95)),
    maxFrameMs: round(Math.max(...deltas)),
    blankFrames: blank,
    longestTaskMs: long.longestMs,
    longTasks: long.count,
    rowElements: grid.rowElements(),
    elements: countElements(grid.element),
  };
}

/** Scrolls to the very end and resolves when the last row is painted with its data inside the viewport. */
export async function reachLastRow(
  grid: GridUnderTest,
  total: number,
): Promise<{ reachable: boolean; ms: number; text: string }> {
  const scroller = grid.scroller();
  await afterPaint();
  const t0 = performance.now();
  scroller.scrollTop = scroller.scrollHeight;
  try {
    await painted(() => grid.rowInView(total - 1), grid.roots(), 'the last row', 20_000);
    return {
      reachable: grid.rowInView(total - 1),
      ms: performance.now() - t0,
      text: grid.rowText(total - 1),
    };
  } catch {
    return { reachable: false, ms: performance.now() - t0, text: '' };
  }
}

/** Whether `row` lies wholly inside `scroller`'s visible area below a header of `headerHeight` px. */
export function insideViewport(row: Element, scroller: Element, headerHeight: number): boolean {
  const r = row.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return r.height > 0 && r.top >= s.top + headerHeight - 1 && r.bottom <= s.top + scroller.clientHeight + 1;
}
