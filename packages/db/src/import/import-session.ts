import type { Database } from '../database.js';
import type { CsvSeparator } from './csv-records.js';
import type { ProblemList } from './problem-list.js';

/** What every step of one file's import shares: the transaction, the scope and the problems. */
export interface ImportSession {
  readonly tx: Database;
  readonly municipalityId: string;
  readonly secret: string | Uint8Array;
  readonly problems: ProblemList;
  /** The file's separator, known once the header was read. */
  readonly layout: { separator: CsvSeparator };
}

/** A row that passed its own checks, with the line it came from. */
export interface LineRow<Value> {
  readonly line: number;
  readonly value: Value;
}
