import type { CsvRecord } from './csv-records.js';
import type { ProblemList } from './problem-list.js';

/**
 * The most characters an import cell may hold. No reference, name, code, date or organisation is
 * longer; a cell past it is a slip (a whole document pasted into one cell), refused before any
 * schema reads it, in a file and in an API write alike (a mutation is a one-row import).
 */
export const MAX_CELL_LENGTH = 200;

/** A list cell (the district codes a team serves) may name every district of a large city. */
const MAX_LIST_CELL_LENGTH = 4_000;
const LIST_COLUMNS: ReadonlySet<string> = new Set(['district_codes']);

/** The most characters a cell of this column may hold. */
export function cellLimitOf(column: string): number {
  return LIST_COLUMNS.has(column) ? MAX_LIST_CELL_LENGTH : MAX_CELL_LENGTH;
}

const count = new Intl.NumberFormat('en');

/**
 * Reports every cell of a record longer than its column takes, with the limit; true when there
 * was one, so the row is not read further.
 */
export function reportLongCells(
  record: CsvRecord,
  columns: readonly string[],
  problems: ProblemList,
): boolean {
  let found = false;
  record.cells.forEach((cell, index) => {
    const column = columns[index] ?? '';
    const limit = cellLimitOf(column);
    if (cell.length <= limit) return;
    found = true;
    problems.add(
      record.line,
      column,
      `the text has ${count.format(cell.length)} characters; at most ${count.format(limit)} are taken here`,
    );
  });
  return found;
}
