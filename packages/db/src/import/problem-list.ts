import { ImportError, type ImportProblem } from './import-error.js';

/**
 * Collects the problems of a file while it is read and checked, so that one refusal can name
 * every bad row instead of stopping at the first.
 */
export class ProblemList {
  readonly #problems: ImportProblem[] = [];
  readonly #badLines = new Set<number>();

  add(line: number, column: string, reason: string, rule?: string): void {
    this.#problems.push(
      rule === undefined ? { line, column, reason } : { line, column, reason, rule },
    );
    this.#badLines.add(line);
  }

  /** Whether a problem was already found on this line, so later checks can skip the row. */
  hasProblemOn(line: number): boolean {
    return this.#badLines.has(line);
  }

  get isEmpty(): boolean {
    return this.#problems.length === 0;
  }

  get size(): number {
    return this.#problems.length;
  }

  /** Throws an `invalid-rows` ImportError listing every problem, in line order, if there are any. */
  throwIfAny(fileName: string, rowsRead?: number): void {
    if (this.isEmpty) return;
    const problems = [...this.#problems].sort((a, b) => a.line - b.line);
    const rows = new Set(problems.map((problem) => problem.line)).size;
    throw new ImportError(
      'invalid-rows',
      `${fileName} was not imported: ${problems.length} problem(s) on ${rows} line(s); nothing was written.`,
      problems,
      rowsRead,
    );
  }
}
