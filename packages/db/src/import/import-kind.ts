import type { WriteCounts } from './batch-writes.js';
import type { CsvRecord } from './csv-records.js';
import type { ImportSession, LineRow } from './import-session.js';
import type { RollupReach } from './rollup-reach.js';

export type { ImportSession, LineRow };

/** The kinds of file wijknet imports, each with its own documented columns. */
export const IMPORT_KINDS = [
  'teams',
  'members',
  'households',
  'plan-events',
  'assessments',
  'registered-events',
] as const;

/** A kind of import file. */
export type ImportKindName = (typeof IMPORT_KINDS)[number];

/**
 * One kind of import: its columns, how a row is checked on its own (cheap, once per row, as the
 * file streams in) and how the rows are checked together and against the database. `check`
 * returns the write step, which runs only when no problem was found anywhere in the file.
 */
export interface ImportKind<Value> {
  readonly name: ImportKindName;
  readonly columns: readonly string[];
  parseRow(record: CsvRecord, session: ImportSession): Value | undefined;
  /**
   * Set when `check` may see the file a chunk of this many rows at a time: each row is checked
   * on its own and against the database, and against the rest of the file only for duplicates.
   * Then one chunk is written while the next is read; absent, the whole file is checked at once.
   */
  readonly rowsPerCheck?: number;
  check(
    rows: readonly LineRow<Value>[],
    session: ImportSession,
  ): Promise<() => Promise<WriteCounts>>;
  /**
   * Which rollup periods writing the checked rows can change, asked just before they are written
   * (so stored rows still show what the write replaces): the refresh after the write recomputes
   * only those.
   */
  rollupReach(rows: readonly LineRow<Value>[], session: ImportSession): Promise<RollupReach>;
}

/** Rows per chunk for kinds checked a chunk at a time: a fraction of a second's writing each. */
export const ROWS_PER_CHECK = 20_000;

/** Per import and column, the first line of every key seen so far, also across chunks. */
const firstLinesOf = new WeakMap<ImportSession, Map<string, Map<string, number>>>();

/**
 * Reports each row whose key was already seen earlier in the file, naming the first line: a
 * duplicate is refused rather than silently merged, since one of the two is a mistake.
 */
export function reportDuplicates<Value>(
  rows: readonly LineRow<Value>[],
  keyOf: (value: Value) => string,
  session: ImportSession,
  column: string,
  what: string,
): void {
  let byColumn = firstLinesOf.get(session);
  if (byColumn === undefined) {
    byColumn = new Map();
    firstLinesOf.set(session, byColumn);
  }
  let firstLine = byColumn.get(column);
  if (firstLine === undefined) {
    firstLine = new Map();
    byColumn.set(column, firstLine);
  }
  for (const row of rows) {
    const key = keyOf(row.value);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else
      session.problems.add(
        row.line,
        column,
        `duplicate of line ${first}: the same ${what} appears twice in the file`,
      );
  }
}
