import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvCell, defusedText, type CsvValue } from '../../src/domain/csv.js';
import { toTsv, tsvCell, TSV_EOL } from '../../src/domain/tsv.js';

/** A reader of the TSV that spreadsheets paste, written for the tests: quoted cells may hold tabs and breaks. */
function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

describe('toTsv', () => {
  it('joins cells with tabs and rows with CRLF, no break after the last row', () => {
    expect(
      toTsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).to.equal('a\tb\r\nc\td');
    expect(toTsv([])).to.equal('');
    expect(toTsv([['only']])).to.equal('only');
  });

  it('writes numbers raw and empty values as empty cells', () => {
    expect(toTsv([[1234.5, -3, 0, null, undefined, Number.NaN, Infinity]])).to.equal('1234.5\t-3\t0\t\t\t\t');
  });

  it('defuses formula cells exactly as the CSV export does', () => {
    for (const text of ['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '  =1', '\t=1', '\r=1', '\u0000x']) {
      expect(tsvCell(text).replace(/^"|"$/g, '').replace(/""/g, '"')).to.equal(defusedText(text));
      expect(defusedText(text).startsWith("'")).to.equal(true);
    }
    // The negative number stays a number; its text is text and is defused.
    expect(tsvCell(-3)).to.equal('-3');
    expect(tsvCell('-3')).to.equal("'-3");
  });

  it('quotes a cell holding a tab, a line break or a double quote, doubling the quotes', () => {
    expect(tsvCell('a\tb')).to.equal('"a\tb"');
    expect(tsvCell('line 1\nline 2')).to.equal('"line 1\nline 2"');
    expect(tsvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(tsvCell('a, b')).to.equal('a, b');
    expect(tsvCell(' padded ')).to.equal(' padded ');
  });

  it('property: any text table reads back as written (after defusing), one line per row', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '\t', '\r', '\n', '"', '=', '-', '@', 'ç', ','),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          // One empty cell writes as the empty string, which reads back as no rows: the one ambiguous table.
          fc.pre(!(rows.length === 1 && rows[0].length === 1 && rows[0][0] === ''));
          const back = parseTsv(toTsv(rows));
          expect(back).to.deep.equal(rows.map((r) => r.map((c) => defusedText(c))));
        },
      ),
    );
  });

  it('property: the formula rule is the CSV one — a cell differs from the CSV field only in quoting', () => {
    const value: fc.Arbitrary<CsvValue> = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(value, (v) => {
        const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
        expect(unquote(tsvCell(v))).to.equal(unquote(csvCell(v)));
      }),
    );
  });

  it('uses CRLF between rows', () => {
    expect(TSV_EOL).to.equal('\r\n');
  });
});
