import { stringify } from 'csv-stringify/sync';

/** A cell of an exported table: numbers and booleans stay what they are, text is text. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * A spreadsheet runs a text cell that starts with `=`, `+`, `-` or `@` as a formula (and some
 * read a leading tab or carriage return the same way), so a name or reference written as
 * `=HYPERLINK(...)` would run on the reader's machine. Such a text cell gets a leading `'`,
 * which spreadsheets show as text. Numbers are cells of their own type and are left alone, so a
 * negative figure stays a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Lines of CSV as RFC 4180 writes them (csv-stringify): quoted when a cell holds a comma,
 * quote, semicolon or line break, quotes doubled, lines ended by CRLF as Excel expects. Null and
 * undefined are an empty cell; text cells are made safe for spreadsheets (`neutraliseFormula`).
 */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      record_delimiter: 'windows',
      quoted_match: /[;\r\n]/,
      cast: {
        string: neutraliseFormula,
        boolean: (value) => String(value),
      },
    },
  );
}

/** One CSV line of cells (see `csvLines`). */
export function csvLine(cells: readonly CsvValue[]): string {
  return csvLines([cells]);
}
