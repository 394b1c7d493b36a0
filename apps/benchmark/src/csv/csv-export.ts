// The browser build: the package's default one reaches for Node's Buffer, which a page has not.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Locale } from '../i18n/locale';

/** One cell of an export: numbers stay numbers so R and Excel read them as such. */
export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/**
 * Dutch spreadsheets expect `;` between fields and a decimal comma (as CBS StatLine exports),
 * English ones `,` and a decimal point. R reads both (read.csv2 / read.csv).
 */
export function csvDialect(locale: Locale): { separator: string; decimal: string } {
  return locale === 'nl' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/**
 * A spreadsheet runs a text cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
 * return) as a formula; a leading `'` makes it plain text. Only text cells: a number is written
 * as a number, so a negative figure stays one.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Writes a table as CSV (csv-stringify: RFC 4180 quoting, CRLF line ends); an empty cell means "no value". */
export function toCsv(table: CsvTable, locale: Locale): string {
  const { separator, decimal } = csvDialect(locale);
  return stringify([[...table.header], ...table.rows.map((row) => [...row])], {
    delimiter: separator,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: {
      // Full precision and no thousands separator: the export is for analysis, not reading.
      number: (value) => String(value).replace('.', decimal),
      string: neutraliseFormula,
    },
  });
}

/** A file name that says what is in it, e.g. `wijknet-uitkomsten-2024-Q1-2025-Q4.csv`. */
export function csvFileName(parts: readonly string[]): string {
  const slug = parts
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part.length > 0)
    .join('-');
  return `wijknet-${slug}.csv`;
}

/** Lets the browser save the CSV; the byte-order mark makes Excel read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
