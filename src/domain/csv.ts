/**
 * CSV text (docs/security.md): RFC 4180 quoting, CRLF between records, a UTF-8 byte-order mark, and OWASP CSV-injection
 * escaping of text cells. Pure: no DOM, no Blob — `src/data/export.ts` pages and packs the bytes.
 *
 * Rules, cell by cell ({@link csvCell}):
 * - `null` / `undefined` → an empty field.
 * - A **number** is written machine-readably: `.` as decimal separator, no grouping (`1234.5`, `-3`), as
 *   `String(n)` writes it. Non-finite numbers (NaN, ±Infinity) are written as an empty field. A number is *not*
 *   a text cell, so a negative number (an over-consumed `remaining` of `-3`) is written raw, unescaped: a
 *   spreadsheet reads `-3` as the number −3, never as a formula, and prefixing it would turn a number into text
 *   that no longer sums. Only a JavaScript `number` gets this treatment; the *string* `"-3"` is text and escaped.
 * - A **string** whose first character after any leading spaces is `=`, `+`, `-`, `@`, tab, CR or NUL is
 *   prefixed with `'` (at the very start, before the spaces), so a spreadsheet shows it as text instead of
 *   evaluating it.
 * - Then RFC 4180 quoting: a field holding `"`, `,`, CR or LF is enclosed in double quotes, each inner `"`
 *   doubled. A field with a leading or trailing space is quoted too (RFC 4180 allows quoting any field), so
 *   readers that trim unquoted fields keep the spaces.
 */

/** A value a CSV cell is written from. */
export type CsvValue = string | number | null | undefined;

/** The UTF-8 byte-order mark, first in every file, so spreadsheet software reads the text as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The record separator (RFC 4180). */
export const CSV_EOL = '\r\n';

/** A text cell that a spreadsheet would evaluate: `=`, `+`, `-`, `@`, tab, CR or NUL after optional spaces. */
// eslint-disable-next-line no-control-regex
const FORMULA_START = /^ *[=+\-@\t\r\u0000]/;

/** Characters that force quoting, plus leading / trailing spaces. */
const NEEDS_QUOTES = /["\r\n,]|^ | $/;

/**
 * A value as the plain text of one spreadsheet cell, before any quoting: empty for `null` / `undefined` and
 * non-finite numbers, a number as `String(n)` (never escaped), and a text that a spreadsheet would evaluate
 * (`=`, `+`, `-`, `@`, tab, CR or NUL after optional spaces) prefixed with `'`. The one formula rule of the CSV
 * export and of the grid's copy (`src/domain/tsv.ts`).
 */
export function defusedText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, escaped and quoted as described in the module comment. */
export function csvCell(value: CsvValue): string {
  const text = defusedText(value);
  if (typeof value === 'number') return text;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its fields escaped and joined by commas (no line break). */
export function csvRow(values: readonly CsvValue[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    out += csvCell(values[i]);
  }
  return out;
}

/**
 * A whole CSV text: the BOM, the header record, then one record per row, records separated by CRLF (no line break
 * after the last record).
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  let out = CSV_BOM + csvRow(headers);
  for (const row of rows) out += CSV_EOL + csvRow(row);
  return out;
}
