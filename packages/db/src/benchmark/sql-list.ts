import { type SQL, sql } from 'drizzle-orm';

/** Values as a comma-separated list of parameters, for `in (...)`. */
export const sqlList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
