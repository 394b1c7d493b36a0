import type { z } from 'zod';
import { TeamError, type TeamErrorCode } from './team-error.js';

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

/** Turns zod issues into sentences a municipality's staff can act on, each naming its field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = describePath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
}

/** Parses with a schema, or throws a {@link TeamError} that lists every problem. */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  code: TeamErrorCode,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = describeIssues(result.error.issues);
  throw new TeamError(code, `${what} is not valid. ${problems.join(' ')}`, problems);
}
