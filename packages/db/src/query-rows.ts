import type { SQL } from 'drizzle-orm';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { relations } from './schema/relations.js';

/** A typed drizzle instance or a transaction on it: what every function of this package takes. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

/**
 * Runs a SQL statement and returns its rows, whichever driver is underneath (postgres.js returns
 * an array, PGlite an object with `rows`).
 */
export async function queryRows<Row = Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}
