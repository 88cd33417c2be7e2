/**
 * The cell selection of the data grid, as pure functions: a rectangle between an anchor cell (where the selection
 * started) and a focus cell (where it was extended to), in the grid's coordinates — row 0 is the header row, rows
 * 1…total the data rows, columns 0…n − 1 the shown columns in order.
 */
import type { CellPosition } from './virtual.js';

/** A rectangular selection from `anchor` to `focus` (both included). */
export interface CellRange {
  anchor: CellPosition;
  focus: CellPosition;
}

/** The rectangle of a range, edges included. */
export interface RangeBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The rectangle covered by a range. */
export function rangeBounds(range: CellRange): RangeBounds {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

/** Whether the cell at `row`, `col` is inside the rectangle. */
export function inBounds(bounds: RangeBounds | null, row: number, col: number): boolean {
  return (
    bounds !== null && row >= bounds.top && row <= bounds.bottom && col >= bounds.left && col <= bounds.right
  );
}

/** The range from the anchor (kept) to a new focus cell. */
export function extendTo(anchor: CellPosition, focus: CellPosition): CellRange {
  return { anchor: { ...anchor }, focus: { ...focus } };
}

/** Every cell of a grid of `rowCount` rows (header row included) and `colCount` columns. */
export function selectAll(rowCount: number, colCount: number): CellRange {
  return {
    anchor: { row: 0, col: 0 },
    focus: { row: Math.max(0, rowCount - 1), col: Math.max(0, colCount - 1) },
  };
}

/** The whole rows a range touches, every column of a grid of `colCount` columns (the focus row keeps the focus). */
export function wholeRows(range: CellRange, colCount: number): CellRange {
  const last = Math.max(0, colCount - 1);
  const forward = range.focus.col >= range.anchor.col;
  return {
    anchor: { row: range.anchor.row, col: forward ? 0 : last },
    focus: { row: range.focus.row, col: forward ? last : 0 },
  };
}

/** The range kept inside a grid of `rowCount` rows and `colCount` columns (after rows or columns went away). */
export function clampRange(range: CellRange, rowCount: number, colCount: number): CellRange {
  const clampCell = (p: CellPosition): CellPosition => ({
    row: Math.min(Math.max(0, p.row), Math.max(0, rowCount - 1)),
    col: Math.min(Math.max(0, p.col), Math.max(0, colCount - 1)),
  });
  return { anchor: clampCell(range.anchor), focus: clampCell(range.focus) };
}

/** How many cells the rectangle covers. */
export function cellCount(bounds: RangeBounds): number {
  return (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
}
