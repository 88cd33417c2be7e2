import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvCell, csvRow, toCsv } from '../../src/domain/csv.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A minimal RFC 4180 reader, written for the tests, so round trips check the writer independently. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  record.push(field);
  records.push(record);
  return records;
}

describe('csv', () => {
  it('writes the exact bytes: BOM, CRLF, injection prefixes, RFC 4180 quoting and UTF-8 accents', () => {
    const headers = ['Título', 'Valor'];
    const rows: (string | number | null)[][] = [
      ['=SUM(A1:A2)', 1],
      ['  =1+2', 2],
      ['+55 11 99999-0000', 3],
      ['   +x', 4],
      ['-3', -3],
      [' -cmd', 0.5],
      ['@user', 1234567.25],
      ['  @user', null],
      ['\tTab', -0.125],
      ['  \tTab', 0],
      ['\rCR', 10],
      [' \rCR', 11],
      ['\0nul', 12],
      ['  \0nul', 13],
      ['Say "hi"', 14],
      ['a,b', 15],
      ['line1\nline2', 16],
      ['Educação, São Paulo', 17],
      ['ação', 18],
      [' padded ', 19],
      ['=HYPERLINK("http://x","y")', 20],
      ['a-b=c', 21],
      [null, null],
    ];
    const expected =
      '\uFEFFTítulo,Valor\r\n' +
      "'=SUM(A1:A2),1\r\n" +
      "'  =1+2,2\r\n" +
      "'+55 11 99999-0000,3\r\n" +
      "'   +x,4\r\n" +
      "'-3,-3\r\n" +
      "' -cmd,0.5\r\n" +
      "'@user,1234567.25\r\n" +
      "'  @user,\r\n" +
      "'\tTab,-0.125\r\n" +
      "'  \tTab,0\r\n" +
      '"\'\rCR",10\r\n' +
      '"\' \rCR",11\r\n' +
      "'\0nul,12\r\n" +
      "'  \0nul,13\r\n" +
      '"Say ""hi""",14\r\n' +
      '"a,b",15\r\n' +
      '"line1\nline2",16\r\n' +
      '"Educação, São Paulo",17\r\n' +
      'ação,18\r\n' +
      '" padded ",19\r\n' +
      '"\'=HYPERLINK(""http://x"",""y"")",20\r\n' +
      'a-b=c,21\r\n' +
      ',';
    const bytes = encode(toCsv(headers, rows));
    expect(Array.from(bytes)).to.deep.equal(Array.from(encode(expected)));
    // The BOM as UTF-8, and a multi-byte letter, checked byte by byte.
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(Array.from(bytes.slice(3, 7))).to.deep.equal([0x54, 0xc3, 0xad, 0x74]); // "Tít"
  });

  it('writes numbers raw and machine-readable, and non-finite numbers as empty', () => {
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(1234567.5)).to.equal('1234567.5');
    expect(csvCell(0.1 + 0.2)).to.equal('0.30000000000000004');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(Number.POSITIVE_INFINITY)).to.equal('');
    expect(csvCell(null)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
  });

  it('escapes the string "-3" but not the number -3', () => {
    expect(csvRow(['-3', -3])).to.equal("'-3,-3");
  });

  it('leaves harmless text alone', () => {
    expect(csvCell('plain text')).to.equal('plain text');
    expect(csvCell('')).to.equal('');
    expect(csvCell('2026-03-01')).to.equal('2026-03-01');
    expect(csvCell('x=1')).to.equal('x=1');
  });

  it('writes a header-only file when there are no rows', () => {
    expect(toCsv(['A', 'B'], [])).to.equal('\uFEFFA,B');
  });

  it('round-trips any text through an RFC 4180 reader, prefixing formula-like cells with a quote', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc
        .constantFrom('=', '+', '-', '@', '\t', '\r', '\0', ' ', '"', ',', '\n', 'ç', 'ã')
        .chain((c) =>
          fc
            .tuple(fc.nat({ max: 3 }), fc.string({ maxLength: 6 }))
            .map(([n, rest]) => ' '.repeat(n) + c + rest),
        ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const width = Math.max(1, ...rows.map((r) => r.length));
        const headers = Array.from({ length: width }, (_, i) => `h${i}`);
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const text = toCsv(headers, padded);
        expect(text.startsWith('\uFEFF')).to.equal(true);
        const parsed = parseCsv(text.slice(1));
        const expectedCell = (v: string): string => (/^ *[=+\-@\t\r\0]/.test(v) ? `'${v}` : v);
        expect(parsed).to.deep.equal([headers, ...padded.map((r) => r.map(expectedCell))]);
      }),
    );
  });
});
