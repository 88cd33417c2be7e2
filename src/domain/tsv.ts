/**
 * Tab-separated text for the clipboard, as spreadsheets write and read it when copying cells (Excel, Google
 * Sheets, LibreOffice): one line per row, cells separated by a tab, lines by CRLF, no header unless the caller
 * passes one as a row. Pure: the grid (`<ca-data-grid>`) picks the cells, this writes the text.
 *
 * Cell by cell ({@link tsvCell}): first the formula rule of the CSV export (`defusedText` of `src/domain/csv.ts`:
 * a text starting with `=`, `+`, `-`, `@`, tab, CR or NUL after optional spaces gets a leading `'`; numbers are
 * written raw, unescaped), then quoting: a cell holding a tab, CR, LF or `"` is enclosed in double quotes with each
 * inner `"` doubled, which is how a spreadsheet keeps such a cell in one piece when it is pasted.
 */
import { defusedText, type CsvValue } from './csv.js';

/** The cell separator. */
export const TSV_SEPARATOR = '\t';

/** The line separator (what Excel puts on the clipboard; every spreadsheet reads it). */
export const TSV_EOL = '\r\n';

const NEEDS_QUOTES = /[\t\r\n"]/;

/** One cell: defused as in the CSV export, quoted when it holds a tab, a line break or a double quote. */
export function tsvCell(value: CsvValue): string {
  const text = defusedText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as tab-separated text: cells joined by tabs, rows by CRLF, no line break after the last row. Rows may
 * differ in length (each is written as it is). No rows → the empty string.
 */
export function toTsv(rows: readonly (readonly CsvValue[])[]): string {
  let out = '';
  for (let r = 0; r < rows.length; r++) {
    if (r > 0) out += TSV_EOL;
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      if (c > 0) out += TSV_SEPARATOR;
      out += tsvCell(row[c]);
    }
  }
  return out;
}
