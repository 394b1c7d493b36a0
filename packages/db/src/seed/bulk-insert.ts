import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.js';

/** Postgres takes at most 65,535 parameters a statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows in large multi-row statements (never row by row), in order, so the same
 * input always gives the same table.
 */
export async function insertInBatches(
  db: Database,
  table: PgTable,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    // The rows come typed from the seed's own generators; drizzle checks columns at runtime.
    await db.insert(table).values(rows.slice(start, start + size) as never);
  }
}
