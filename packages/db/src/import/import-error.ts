/** Why an import was refused. A closed set, so a caller (the CLI, an API) can switch on it. */
export const IMPORT_ERROR_CODES = [
  /** The bytes are not UTF-8 (e.g. a file saved as "CSV (semicolon)" in Windows-1252). */
  'invalid-encoding',
  /** The header row lacks a column, has an unknown or a repeated one, or is missing. */
  'invalid-header',
  /** One or more rows are wrong; `problems` lists every one of them. */
  'invalid-rows',
  /** The municipality code is malformed, unknown, or no longer exists after a merger. */
  'unknown-municipality',
  /** There is no pseudonymisation secret for the municipality, or it is too short. */
  'missing-secret',
  /** The kind of file is not one wijknet imports. */
  'unknown-kind',
] as const;

/** Why an import was refused. */
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One thing wrong with a file: where (line and column) and why, in words a person can act on. */
export interface ImportProblem {
  /** The line in the file, counting the header as line 1; 0 when the problem is not on a line. */
  readonly line: number;
  /** The column (header name) the problem is in, or '' when it concerns the whole row. */
  readonly column: string;
  readonly reason: string;
  /** The domain rule that refused the row (a plan rule's code, e.g. `plan-not-active`), if one did. */
  readonly rule?: string | undefined;
}

/** Formats a problem as `line 4, column district_code: ...`. */
export function describeProblem(problem: ImportProblem): string {
  const where = problem.line > 0 ? `line ${problem.line}` : 'file';
  return problem.column === ''
    ? `${where}: ${problem.reason}`
    : `${where}, column ${problem.column}: ${problem.reason}`;
}

/**
 * An import refused as a whole: nothing of the file was written. The message lists every
 * problem, one per line; `problems` holds them for a program to show in its own way.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly problems: readonly ImportProblem[];
  /** The summary line alone, without the problems. */
  readonly summary: string;
  /** The data rows read before the file was refused; undefined when it was refused unread. */
  readonly rowsRead: number | undefined;

  constructor(
    code: ImportErrorCode,
    summary: string,
    problems: readonly ImportProblem[] = [],
    rowsRead?: number,
  ) {
    const lines = problems.map((problem) => `  ${describeProblem(problem)}`);
    super([summary, ...lines].join('\n'));
    this.code = code;
    this.summary = summary;
    this.problems = problems;
    this.rowsRead = rowsRead;
  }
}
