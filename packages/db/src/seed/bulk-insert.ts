import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { copyClientOf, copyInto } from '../copy-stream.js';
import type { Database } from '../database.js';

/** Postgres takes at most 65,535 parameters a statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/**
 * The columns a COPY of these rows writes: those the first row gives, in the table's order; a
 * column it leaves out gets its SQL default. The seed's generators give every row of a table the
 * same fields, so the first row speaks for all (a field a later row leaves undefined is null).
 */
function copyColumnsOf(table: PgTable, first: object) {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => key in first)
    .map(([key, column]) => ({ key, name: column.name }));
}

export interface CopyOptions {
  /**
   * Writes the rows already frozen (COPY FREEZE): only for a table truncated earlier in the same
   * transaction. Later readers then need not set hint bits on every page, nor vacuum freeze it.
   */
  readonly freeze?: boolean | undefined;
}

async function copyRows(
  client: postgres.Sql,
  table: PgTable,
  rows: readonly object[],
  options: CopyOptions,
) {
  const columns = copyColumnsOf(table, rows[0] ?? {});
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const statement = `copy "${getTableName(table)}" (${names}) from stdin${options.freeze ? ' with (freeze)' : ''}`;
  await copyInto(client, statement, rows, (row) => {
    const values = row as Record<string, unknown>;
    return columns.map((column) => values[column.key]);
  });
}

/**
 * Inserts many rows, in order, so the same input always gives the same table: on Postgres with
 * one COPY per table (the fastest way in), elsewhere in large multi-row statements (never row by
 * row).
 */
export async function insertInBatches(
  db: Database,
  table: PgTable,
  rows: readonly object[],
  options: CopyOptions = {},
): Promise<void> {
  if (rows.length === 0) return;
  const client = copyClientOf(db);
  if (client) return copyRows(client, table, rows, options);
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    // The rows come typed from the seed's own generators; drizzle checks columns at runtime.
    await db.insert(table).values(rows.slice(start, start + size) as never);
  }
}
