import type { z } from 'zod';
import type { ProblemList } from './problem-list.js';

/** Which CSV column a field of a domain object came from: a map by field, or a function of the path. */
export type ColumnOf =
  | Readonly<Record<string, string>>
  | ((path: readonly PropertyKey[]) => string);

/**
 * Reports the issues of a domain schema as problems on a line, each in the CSV column its field
 * came from; fields without a column are reported on the whole row.
 */
export function reportIssues(
  problems: ProblemList,
  line: number,
  issues: readonly z.core.$ZodIssue[],
  columnOf: ColumnOf,
): void {
  for (const issue of issues) {
    const field = issue.path[0];
    const column =
      typeof columnOf === 'function'
        ? columnOf(issue.path)
        : typeof field === 'string'
          ? (columnOf[field] ?? '')
          : '';
    problems.add(line, column, issue.message);
  }
}
