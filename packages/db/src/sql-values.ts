import { type SQL, sql } from 'drizzle-orm';

/** Values as a comma-separated list of parameters, for `in (...)`. */
export const sqlList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * Texts as one Postgres array literal, each quoted so commas and quotes stay inside it: one
 * parameter (`= any($1::text[])`) whatever the number of values, so the statement's text is fixed.
 */
export function textArray(values: Iterable<string>): string {
  return `{${[...values].map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
