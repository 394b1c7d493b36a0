import type { CsvSeparator } from './csv-records.js';

/** A cell as text, or undefined when it is empty, so optional fields are left out. */
export function optionalText(cell: string): string | undefined {
  const text = cell.trim();
  return text === '' ? undefined : text;
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+(,\d+)?$/;

/**
 * A cell as a number when it reads as one, otherwise the text itself, so that the domain schema
 * refuses it with its own message ("must be a number"). In a semicolon file a decimal comma is
 * accepted too (`24,5`), since Dutch Excel writes numbers that way.
 */
export function numberOrText(cell: string, separator: CsvSeparator): number | string | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (DECIMAL.test(text)) return Number(text);
  if (separator === ';' && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** `true`/`false` (also `ja`/`nee`, `yes`/`no`, `1`/`0`), or the text itself for the schema to refuse. */
export function booleanOrText(cell: string): boolean | string | undefined {
  const text = cell.trim().toLowerCase();
  if (text === '') return undefined;
  if (['true', 'ja', 'yes', '1'].includes(text)) return true;
  if (['false', 'nee', 'no', '0'].includes(text)) return false;
  return cell.trim();
}

/** A list cell (e.g. district codes) split on spaces, `|`, commas or semicolons. */
export function listOf(cell: string): string[] {
  return cell.split(/[\s|,;]+/).filter((item) => item !== '');
}
