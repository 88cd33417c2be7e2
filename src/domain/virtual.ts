/**
 * Windowing math of the data grid (fixed-height rows) and its keyboard model, as pure functions so they can be
 * unit- and property-tested without a browser.
 *
 * Coordinates: the grid's body (below the sticky header row) is a spacer of `spacerHeight` px inside a scroller;
 * `scrollTop` is the scroller's scroll offset and `viewportHeight` the height left for body rows. A row `i`
 * (0-based, data rows only) lives at `i * rowHeight` in *virtual* coordinates.
 *
 * Browsers cap an element's height (Chrome ≈ 33.5M px, Firefox ≈ 17.9M px), so 1M rows × 40 px = 40M px cannot be
 * laid out. Past {@link MAX_SPACER_HEIGHT} the spacer stays at the cap and scrolling is *scaled*: the scroll
 * position, as a fraction of its range, maps linearly to the same fraction of the virtual range, i.e.
 * `virtualTop = scrollTop × (virtualHeight − viewport) / (spacerHeight − viewport)`. The top of the range shows row
 * 0, the bottom shows the last row flush with the bottom edge, and each rendered row is placed at
 * `scrollTop + (i × rowHeight − virtualTop)`, so rows stay exactly `rowHeight` apart on screen.
 */

/** The largest spacer height used: below every browser's element-height cap, with room to spare. */
export const MAX_SPACER_HEIGHT = 15_000_000;

/** Rows rendered above and below the visible ones (the count rendered is the same wherever the grid is scrolled). */
export const DEFAULT_OVERSCAN = 6;

/** The most row elements rendered at once, whatever the viewport and the row count. */
export const MAX_RENDERED_ROWS = 60;

/** Inputs of {@link computeWindow} and {@link scrollTopForRow}. */
export interface WindowInput {
  /** Data rows in total. */
  total: number;
  /** Height of one row, px (> 0). */
  rowHeight: number;
  /** The scroller's scrollTop, px. */
  scrollTop: number;
  /** Height of the area that shows body rows, px. */
  viewportHeight: number;
  /** Rows rendered beyond each edge of the viewport (default {@link DEFAULT_OVERSCAN}). */
  overscan?: number;
  /** The most rows rendered (default {@link MAX_RENDERED_ROWS}). */
  maxRows?: number;
  /** The spacer height cap (default {@link MAX_SPACER_HEIGHT}). */
  maxSpacerHeight?: number;
}

/** The rows to render and where. */
export interface RowWindow {
  /** First rendered row (inclusive). */
  first: number;
  /** Last rendered row (exclusive); `end - first` ≤ maxRows. */
  end: number;
  /** Where row `first` goes, px from the top of the spacer; row `first + k` goes `k × rowHeight` below. */
  top: number;
  /** The spacer's height, px: `min(total × rowHeight, cap)`. */
  spacerHeight: number;
  /** Virtual pixels per scroll pixel: 1 unless the cap applies. */
  scale: number;
  /** The virtual offset shown at the top edge of the viewport. */
  virtualTop: number;
}

interface Geometry {
  virtualHeight: number;
  spacerHeight: number;
  /** Scrollable range of the body, px (≥ 0). */
  maxScroll: number;
  /** Virtual range corresponding to it. */
  maxVirtual: number;
  scale: number;
}

function geometry(total: number, rowHeight: number, viewportHeight: number, cap: number): Geometry {
  const virtualHeight = Math.max(0, total) * rowHeight;
  const spacerHeight = Math.min(virtualHeight, cap);
  const viewport = Math.max(0, viewportHeight);
  const maxScroll = Math.max(0, spacerHeight - viewport);
  const maxVirtual = Math.max(0, virtualHeight - viewport);
  const scale = virtualHeight <= cap || maxScroll === 0 ? 1 : maxVirtual / maxScroll;
  return { virtualHeight, spacerHeight, maxScroll, maxVirtual, scale };
}

/** The spacer's height for `total` rows: `min(total × rowHeight, cap)`. */
export function spacerHeightFor(total: number, rowHeight: number, cap = MAX_SPACER_HEIGHT): number {
  return Math.min(Math.max(0, total) * rowHeight, cap);
}

/** The virtual offset shown at the top of the viewport for a scroll position. */
export function virtualTopFor(input: WindowInput): number {
  const g = geometry(
    input.total,
    input.rowHeight,
    input.viewportHeight,
    input.maxSpacerHeight ?? MAX_SPACER_HEIGHT,
  );
  const scrollTop = clamp(input.scrollTop, 0, g.maxScroll);
  return g.scale === 1 ? scrollTop : Math.min(g.maxVirtual, scrollTop * g.scale);
}

/**
 * The rows to render for a scroll position: the visible ones plus up to `overscan` on each side, never more than
 * `maxRows`, never outside `[0, total)`.
 */
export function computeWindow(input: WindowInput): RowWindow {
  const { total, rowHeight } = input;
  const overscan = Math.max(0, Math.floor(input.overscan ?? DEFAULT_OVERSCAN));
  const maxRows = Math.max(1, Math.floor(input.maxRows ?? MAX_RENDERED_ROWS));
  const g = geometry(total, rowHeight, input.viewportHeight, input.maxSpacerHeight ?? MAX_SPACER_HEIGHT);
  const scrollTop = clamp(input.scrollTop, 0, g.maxScroll);
  const virtualTop = g.scale === 1 ? scrollTop : Math.min(g.maxVirtual, scrollTop * g.scale);
  if (total <= 0) {
    return { first: 0, end: 0, top: 0, spacerHeight: 0, scale: 1, virtualTop: 0 };
  }
  const firstVisible = clamp(Math.floor(virtualTop / rowHeight), 0, total - 1);
  // The most rows that can be (partly) visible at once; rendering that many whatever the alignment keeps the
  // number of row elements constant while scrolling, and the same for 1k and for 1M rows.
  const slots = Math.ceil(Math.max(0, input.viewportHeight) / rowHeight) + 1;
  const count = Math.min(total, maxRows, slots + 2 * overscan);
  const before = Math.max(0, Math.min(overscan, Math.floor((count - slots) / 2)));
  const first = clamp(firstVisible - before, 0, Math.max(0, total - count));
  const end = Math.min(total, first + count);
  const top = scrollTop + (first * rowHeight - virtualTop);
  return { first, end, top, spacerHeight: g.spacerHeight, scale: g.scale, virtualTop };
}

/**
 * The scrollTop that brings row `row` fully into view with the least movement from `input.scrollTop` (unchanged
 * when it is already in view).
 */
export function scrollTopForRow(row: number, input: WindowInput): number {
  const { rowHeight } = input;
  const viewport = Math.max(0, input.viewportHeight);
  const g = geometry(input.total, rowHeight, viewport, input.maxSpacerHeight ?? MAX_SPACER_HEIGHT);
  const current = clamp(input.scrollTop, 0, g.maxScroll);
  const virtualTop = g.scale === 1 ? current : Math.min(g.maxVirtual, current * g.scale);
  const rowTop = clamp(row, 0, Math.max(0, input.total - 1)) * rowHeight;
  let target = virtualTop;
  if (rowTop < virtualTop) target = rowTop;
  else if (rowTop + rowHeight > virtualTop + viewport) target = rowTop + rowHeight - viewport;
  if (target === virtualTop) return current;
  target = clamp(target, 0, g.maxVirtual);
  if (g.scale === 1) return clamp(target, 0, g.maxScroll);
  // Scroll offsets are whole pixels: round towards the side that keeps the row inside the viewport.
  const exact = target / g.scale;
  const scrolled = rowTop < virtualTop ? Math.floor(exact) : Math.ceil(exact);
  return clamp(scrolled, 0, g.maxScroll);
}

/** The largest scrollTop of the body for `total` rows. */
export function maxScrollTop(
  total: number,
  rowHeight: number,
  viewportHeight: number,
  cap = MAX_SPACER_HEIGHT,
): number {
  return geometry(total, rowHeight, viewportHeight, cap).maxScroll;
}

/** The indexes of the pages of `pageSize` rows that hold rows `[first, end)`. */
export function pagesForRange(first: number, end: number, pageSize: number): number[] {
  const pages: number[] = [];
  if (end <= first) return pages;
  const last = Math.floor((end - 1) / pageSize);
  for (let p = Math.floor(first / pageSize); p <= last; p++) pages.push(p);
  return pages;
}

// ---------------------------------------------------------------------------------------------------------
// Keyboard (WAI-ARIA grid pattern)

/** A cell position: `row` 0 is the header row, data row `i` is row `i + 1` (so aria-rowindex = row + 1). */
export interface CellPosition {
  row: number;
  col: number;
}

/** The grid's shape for {@link moveCell}. */
export interface GridShape {
  /** Rows including the header row. */
  rowCount: number;
  colCount: number;
  /** Rows moved by PageUp / PageDown (a viewport's worth, ≥ 1). */
  pageRows: number;
}

/** The parts of a KeyboardEvent that {@link moveCell} reads. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where a key moves the active cell (WAI-ARIA APG data grid): arrows by one cell, Home / End to the start / end of
 * the row, Ctrl+Home / Ctrl+End (⌘ on macOS) to the first / last cell of the grid, PageUp / PageDown by
 * `pageRows` rows. Movement stops at the edges (no wrapping). Returns `null` for a key that does not navigate.
 */
export function moveCell(from: CellPosition, key: KeyInput, shape: GridShape): CellPosition | null {
  const lastRow = Math.max(0, shape.rowCount - 1);
  const lastCol = Math.max(0, shape.colCount - 1);
  const row = clamp(from.row, 0, lastRow);
  const col = clamp(from.col, 0, lastCol);
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  const page = Math.max(1, Math.floor(shape.pageRows));
  switch (key.key) {
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: Math.max(0, row - page), col };
    case 'PageDown':
      return { row: Math.min(lastRow, row + page), col };
    default:
      return null;
  }
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
