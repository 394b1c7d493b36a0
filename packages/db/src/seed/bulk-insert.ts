import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Database } from '../database.js';

/** Postgres takes at most 65,535 parameters a statement; stay well below it. */
const MAX_PARAMETERS = 30_000;
/** Rows per chunk written to a COPY stream: big enough for few writes, small enough for memory. */
const COPY_CHUNK_ROWS = 5_000;

/**
 * The postgres.js connection under a drizzle database or transaction on Postgres, for COPY, which
 * drizzle does not offer; undefined on PGlite. It is the transaction's own connection, so rows
 * copied through it commit or roll back with everything else written in the transaction.
 */
function copyClientOf(db: Database): postgres.Sql | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  return typeof (client as { unsafe?: unknown } | undefined)?.unsafe === 'function'
    ? (client as postgres.Sql)
    : undefined;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY's text format: `\N` for null, with backslash, tab and line ends escaped. */
function copyCell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text =
    typeof value === 'object'
      ? Array.isArray(value)
        ? `{${value.map((item) => JSON.stringify(String(item))).join(',')}}`
        : JSON.stringify(value)
      : String(value);
  return NEEDS_ESCAPE.test(text)
    ? text
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : text;
}

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
  const keys = columns.map((column) => column.key);
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const stream = await client
    .unsafe(
      `copy "${getTableName(table)}" (${names}) from stdin${options.freeze ? ' with (freeze)' : ''}`,
    )
    .writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
  });
  for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
    let chunk = '';
    const end = Math.min(rows.length, start + COPY_CHUNK_ROWS);
    for (let index = start; index < end; index++) {
      const values = rows[index] as Record<string, unknown>;
      let line = copyCell(values[keys[0] as string]);
      for (let k = 1; k < keys.length; k++) line += `\t${copyCell(values[keys[k] as string])}`;
      chunk += `${line}\n`;
    }
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await finished;
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
