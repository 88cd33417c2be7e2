import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  canHide,
  clampWidth,
  isDefaultState,
  isHidden,
  MAX_COLUMN_WIDTH_PX,
  MIN_COLUMN_WIDTH_PX,
  parseColumnState,
  visibleColumns,
  withoutWidth,
  withVisibility,
  withWidth,
  type ColumnState,
} from '../../src/domain/column-state.js';

const KEYS = ['date', 'title', 'quantity'];
const COLUMNS = KEYS.map((key) => ({ key }));

describe('column state', () => {
  it('clamps and rounds widths', () => {
    expect(clampWidth(10)).to.equal(MIN_COLUMN_WIDTH_PX);
    expect(clampWidth(180.4)).to.equal(180);
    expect(clampWidth(1e9)).to.equal(MAX_COLUMN_WIDTH_PX);
    expect(clampWidth(Number.NaN)).to.equal(MIN_COLUMN_WIDTH_PX);
  });

  it('sets and removes a width without touching the others', () => {
    const a = withWidth({}, 'date', 180);
    const b = withWidth(a, 'title', 20);
    expect(b.widths).to.deep.equal({ date: 180, title: MIN_COLUMN_WIDTH_PX });
    expect(withoutWidth(b, 'date').widths).to.deep.equal({ title: MIN_COLUMN_WIDTH_PX });
    expect(withoutWidth(b, 'nope')).to.equal(b);
    expect(a.widths).to.deep.equal({ date: 180 });
  });

  it('hides and shows columns, but never the last shown one', () => {
    let state: ColumnState = {};
    state = withVisibility(state, KEYS, 'date', false);
    state = withVisibility(state, KEYS, 'title', false);
    expect(visibleColumns(COLUMNS, state).map((c) => c.key)).to.deep.equal(['quantity']);
    expect(canHide(state, KEYS, 'quantity')).to.equal(false);
    expect(withVisibility(state, KEYS, 'quantity', false)).to.equal(state);
    state = withVisibility(state, KEYS, 'date', true);
    expect(isHidden(state, 'date')).to.equal(false);
    expect(visibleColumns(COLUMNS, state).map((c) => c.key)).to.deep.equal(['date', 'quantity']);
  });

  it('shows every column when a state would hide them all', () => {
    expect(visibleColumns(COLUMNS, { hidden: KEYS }).map((c) => c.key)).to.deep.equal(KEYS);
  });

  it('knows the default state', () => {
    expect(isDefaultState({})).to.equal(true);
    expect(isDefaultState({ widths: {}, hidden: [] })).to.equal(true);
    expect(isDefaultState({ hidden: ['date'] })).to.equal(false);
    expect(isDefaultState({ widths: { date: 100 } })).to.equal(false);
  });

  it('parses a state, clamping widths and keeping each hidden key once', () => {
    expect(parseColumnState(undefined, 'x')).to.deep.equal({});
    expect(parseColumnState({ widths: { date: 5 }, hidden: ['a', 'a'] }, 'x')).to.deep.equal({
      widths: { date: MIN_COLUMN_WIDTH_PX },
      hidden: ['a'],
    });
  });

  it('rejects a state of the wrong shape, naming where and the field', () => {
    expect(() => parseColumnState('wide', 'grid columnState')).to.throw(
      TypeError,
      /grid columnState: a column state/,
    );
    expect(() => parseColumnState({ widths: [] }, 'w')).to.throw(TypeError, /"widths" must be an object/);
    expect(() => parseColumnState({ widths: { date: '100px' } }, 'w')).to.throw(TypeError, /"widths\.date"/);
    expect(() => parseColumnState({ hidden: 'date' }, 'w')).to.throw(TypeError, /"hidden" must be an array/);
    expect(() => parseColumnState({ hidden: [3] }, 'w')).to.throw(TypeError, /"hidden\[0\]"/);
  });

  it('property: whatever the user toggles, at least one column stays shown', () => {
    const action = fc.record({ key: fc.constantFrom(...KEYS, 'gone'), visible: fc.boolean() });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let state: ColumnState = {};
        for (const a of actions) {
          state = withVisibility(state, KEYS, a.key, a.visible);
          const shown = KEYS.filter((k) => !isHidden(state, k));
          expect(shown.length).to.be.at.least(1);
        }
      }),
    );
  });

  it('property: a parsed state parses to itself, and widths stay in range', () => {
    const state = fc.record(
      {
        widths: fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        hidden: fc.array(fc.string({ maxLength: 6 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const once = parseColumnState(s, 't');
        expect(parseColumnState(JSON.parse(JSON.stringify(once)), 't')).to.deep.equal(once);
        for (const w of Object.values(once.widths ?? {})) {
          expect(w).to.be.within(MIN_COLUMN_WIDTH_PX, MAX_COLUMN_WIDTH_PX);
        }
      }),
    );
  });
});
