import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  computeWindow,
  DEFAULT_OVERSCAN,
  MAX_RENDERED_ROWS,
  MAX_SPACER_HEIGHT,
  maxScrollTop,
  moveCell,
  pagesForRange,
  scrollTopForRow,
  spacerHeightFor,
  virtualTopFor,
} from '../../src/domain/virtual.js';

const ROW = 40;
const VIEW = 440;

describe('virtual window', () => {
  it('renders the visible rows plus overscan at the top', () => {
    const w = computeWindow({
      total: 100_000,
      rowHeight: ROW,
      scrollTop: 0,
      viewportHeight: VIEW,
      overscan: 5,
    });
    expect(w.first).to.equal(0);
    // 12 slots (11 rows fill 440 px; one more when misaligned) + 2 × 5 overscan, all placed below at the top.
    expect(w.end).to.equal(12 + 10);
    expect(w.top).to.equal(0);
    expect(w.spacerHeight).to.equal(4_000_000);
    expect(w.scale).to.equal(1);
  });

  it('places rows at their own offset when the spacer is not capped', () => {
    const w = computeWindow({
      total: 1000,
      rowHeight: ROW,
      scrollTop: 4000,
      viewportHeight: VIEW,
      overscan: 5,
    });
    expect(w.first).to.equal(95);
    expect(w.end).to.equal(95 + 22);
    expect(w.top).to.equal(95 * ROW);
  });

  it('renders the same number of rows for 1k, 100k and 1M rows, wherever they are scrolled', () => {
    const counts = [1000, 100_000, 1_000_000].flatMap((total) =>
      [0, 20_000, 20_017, maxScrollTop(total, ROW, VIEW)].map((scrollTop) => {
        const w = computeWindow({ total, rowHeight: ROW, scrollTop, viewportHeight: VIEW });
        return w.end - w.first;
      }),
    );
    expect([...new Set(counts)]).to.deep.equal([12 + 2 * DEFAULT_OVERSCAN]);
  });

  it('caps the spacer and scales scrolling past the cap, showing the last row at the bottom', () => {
    const total = 1_000_000;
    expect(spacerHeightFor(total, ROW)).to.equal(MAX_SPACER_HEIGHT);
    const bottom = maxScrollTop(total, ROW, VIEW);
    expect(bottom).to.equal(MAX_SPACER_HEIGHT - VIEW);
    const w = computeWindow({ total, rowHeight: ROW, scrollTop: bottom, viewportHeight: VIEW });
    expect(w.end).to.equal(total);
    expect(w.scale).to.be.greaterThan(1);
    // The last row ends exactly at the bottom edge of the viewport.
    const lastRowTop = w.top + (total - 1 - w.first) * ROW;
    expect(lastRowTop + ROW - bottom).to.equal(VIEW);
    expect(lastRowTop + ROW).to.be.at.most(w.spacerHeight);
  });

  it('caps rendered rows for a very tall viewport', () => {
    const w = computeWindow({ total: 10_000, rowHeight: 10, scrollTop: 0, viewportHeight: 5000 });
    expect(w.end - w.first).to.equal(MAX_RENDERED_ROWS);
  });

  it('renders nothing for no rows', () => {
    const w = computeWindow({ total: 0, rowHeight: ROW, scrollTop: 100, viewportHeight: VIEW });
    expect([w.first, w.end, w.spacerHeight]).to.deep.equal([0, 0, 0]);
  });

  it('lists the pages holding a range', () => {
    expect(pagesForRange(0, 16, 100)).to.deep.equal([0]);
    expect(pagesForRange(95, 116, 100)).to.deep.equal([0, 1]);
    expect(pagesForRange(10, 10, 100)).to.deep.equal([]);
    expect(pagesForRange(999_990, 1_000_000, 100)).to.deep.equal([9999]);
  });

  it('property: every visible row is rendered, the count is bounded, and nothing lies outside [0, total)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 16, max: 80 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, rowHeight, viewportHeight, fraction) => {
          const scrollTop = Math.round(fraction * maxScrollTop(total, rowHeight, viewportHeight));
          const w = computeWindow({ total, rowHeight, scrollTop, viewportHeight });
          expect(w.first).to.be.at.least(0);
          expect(w.end).to.be.at.most(total);
          expect(w.end - w.first).to.be.within(1, MAX_RENDERED_ROWS);
          expect(w.end - w.first).to.equal(
            Math.min(
              total,
              MAX_RENDERED_ROWS,
              Math.ceil(viewportHeight / rowHeight) + 1 + 2 * DEFAULT_OVERSCAN,
            ),
          );
          const top = virtualTopFor({ total, rowHeight, scrollTop, viewportHeight });
          const firstVisible = Math.floor(top / rowHeight);
          const lastVisible = Math.min(total, Math.ceil((top + viewportHeight) / rowHeight)) - 1;
          expect(w.first).to.be.at.most(firstVisible);
          if (lastVisible - firstVisible + 1 <= MAX_RENDERED_ROWS)
            expect(w.end - 1).to.be.at.least(lastVisible);
          // Rendered rows stay inside the spacer's scroll range, up to the overscan past the viewport.
          expect(w.top).to.be.greaterThan(-rowHeight * (MAX_RENDERED_ROWS + 1));
          expect(w.spacerHeight).to.be.at.most(MAX_SPACER_HEIGHT);
        },
      ),
    );
  });

  it('property: the last row is reachable: at the bottom of the scroll range it is rendered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (total, view) => {
          const bottom = maxScrollTop(total, ROW, view);
          const w = computeWindow({ total, rowHeight: ROW, scrollTop: bottom, viewportHeight: view });
          expect(w.end).to.equal(total);
        },
      ),
    );
  });

  it('property: scrollTopForRow brings the row fully into view, and leaves a visible row alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, rowFraction, scrollFraction) => {
          const row = Math.min(total - 1, Math.floor(rowFraction * total));
          const start = Math.round(scrollFraction * maxScrollTop(total, ROW, VIEW));
          const input = { total, rowHeight: ROW, viewportHeight: VIEW };
          const scrollTop = scrollTopForRow(row, { ...input, scrollTop: start });
          const top = virtualTopFor({ ...input, scrollTop });
          const slack = Math.ceil(computeWindow({ ...input, scrollTop }).scale); // whole-pixel scroll offsets
          expect(row * ROW).to.be.at.least(top - slack);
          expect(row * ROW + ROW).to.be.at.most(top + VIEW + slack);
          expect(scrollTopForRow(row, { ...input, scrollTop })).to.equal(scrollTop);
          const w = computeWindow({ ...input, scrollTop });
          expect(row).to.be.within(w.first, w.end - 1);
        },
      ),
    );
  });
});

describe('grid keyboard model (moveCell)', () => {
  const shape = { rowCount: 100_001, colCount: 5, pageRows: 10 };

  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowDown' }, shape)).to.deep.equal({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 0 }, { key: 'ArrowUp' }, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(moveCell({ row: 3, col: 4 }, { key: 'ArrowRight' }, shape)).to.deep.equal({ row: 3, col: 4 });
    expect(moveCell({ row: 3, col: 2 }, { key: 'ArrowLeft' }, shape)).to.deep.equal({ row: 3, col: 1 });
    expect(moveCell({ row: 100_000, col: 2 }, { key: 'ArrowDown' }, shape)).to.deep.equal({
      row: 100_000,
      col: 2,
    });
  });

  it('goes to the row start and end with Home and End, and to the grid corners with Ctrl', () => {
    expect(moveCell({ row: 7, col: 3 }, { key: 'Home' }, shape)).to.deep.equal({ row: 7, col: 0 });
    expect(moveCell({ row: 7, col: 1 }, { key: 'End' }, shape)).to.deep.equal({ row: 7, col: 4 });
    expect(moveCell({ row: 7, col: 3 }, { key: 'Home', ctrlKey: true }, shape)).to.deep.equal({
      row: 0,
      col: 0,
    });
    expect(moveCell({ row: 7, col: 1 }, { key: 'End', ctrlKey: true }, shape)).to.deep.equal({
      row: 100_000,
      col: 4,
    });
    expect(moveCell({ row: 7, col: 1 }, { key: 'End', metaKey: true }, shape)).to.deep.equal({
      row: 100_000,
      col: 4,
    });
  });

  it('moves a page with PageUp and PageDown, clamped', () => {
    expect(moveCell({ row: 1, col: 2 }, { key: 'PageDown' }, shape)).to.deep.equal({ row: 11, col: 2 });
    expect(moveCell({ row: 11, col: 2 }, { key: 'PageUp' }, shape)).to.deep.equal({ row: 1, col: 2 });
    expect(moveCell({ row: 4, col: 2 }, { key: 'PageUp' }, shape)).to.deep.equal({ row: 0, col: 2 });
    expect(moveCell({ row: 99_995, col: 2 }, { key: 'PageDown' }, shape)).to.deep.equal({
      row: 100_000,
      col: 2,
    });
  });

  it('ignores other keys', () => {
    expect(moveCell({ row: 1, col: 1 }, { key: 'a' }, shape)).to.equal(null);
    expect(moveCell({ row: 1, col: 1 }, { key: 'Enter' }, shape)).to.equal(null);
    expect(moveCell({ row: 1, col: 1 }, { key: ' ' }, shape)).to.equal(null);
  });

  it('property: every move stays inside the grid', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_001 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.record({ key: fc.constantFrom(...keys), ctrlKey: fc.boolean() }), { maxLength: 30 }),
        (rowCount, colCount, pageRows, presses) => {
          let pos = { row: 0, col: 0 };
          for (const press of presses) {
            pos = moveCell(pos, press, { rowCount, colCount, pageRows })!;
            expect(pos.row).to.be.within(0, rowCount - 1);
            expect(pos.col).to.be.within(0, colCount - 1);
          }
        },
      ),
    );
  });
});
