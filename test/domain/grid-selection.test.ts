import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cellCount,
  clampRange,
  extendTo,
  inBounds,
  rangeBounds,
  selectAll,
  wholeRows,
} from '../../src/domain/grid-selection.js';

describe('grid selection', () => {
  it('spans the rectangle between anchor and focus, whichever way it was extended', () => {
    const range = extendTo({ row: 5, col: 3 }, { row: 2, col: 1 });
    expect(rangeBounds(range)).to.deep.equal({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(inBounds(rangeBounds(range), 2, 1)).to.equal(true);
    expect(inBounds(rangeBounds(range), 6, 1)).to.equal(false);
    expect(inBounds(null, 0, 0)).to.equal(false);
    expect(cellCount(rangeBounds(range))).to.equal(12);
  });

  it('selects all rows (the header row included) and whole rows', () => {
    expect(rangeBounds(selectAll(101, 5))).to.deep.equal({ top: 0, bottom: 100, left: 0, right: 4 });
    const rows = wholeRows(extendTo({ row: 3, col: 2 }, { row: 4, col: 2 }), 5);
    expect(rangeBounds(rows)).to.deep.equal({ top: 3, bottom: 4, left: 0, right: 4 });
    expect(rows.focus.row).to.equal(4);
  });

  it('keeps a range inside a smaller grid', () => {
    const range = clampRange(extendTo({ row: 1, col: 1 }, { row: 90, col: 7 }), 11, 3);
    expect(rangeBounds(range)).to.deep.equal({ top: 1, bottom: 10, left: 1, right: 2 });
  });

  it('property: the bounds contain exactly the anchor-to-focus rectangle', () => {
    const cell = fc.record({ row: fc.nat(50), col: fc.nat(8) });
    fc.assert(
      fc.property(cell, cell, cell, (anchor, focus, probe) => {
        const bounds = rangeBounds(extendTo(anchor, focus));
        const inside =
          probe.row >= Math.min(anchor.row, focus.row) &&
          probe.row <= Math.max(anchor.row, focus.row) &&
          probe.col >= Math.min(anchor.col, focus.col) &&
          probe.col <= Math.max(anchor.col, focus.col);
        expect(inBounds(bounds, probe.row, probe.col)).to.equal(inside);
        expect(inBounds(bounds, anchor.row, anchor.col) && inBounds(bounds, focus.row, focus.col)).to.equal(
          true,
        );
      }),
    );
  });
});
