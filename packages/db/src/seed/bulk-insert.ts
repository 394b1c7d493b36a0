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

/** One value in COPY's text format: `\N` for null, with backslash, tab and line ends escaped. */
function copyCell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    typeof value === 'object'
      ? Array.isArray(value)
        ? `{${value.map((item) => JSON.stringify(String(item))).join(',')}}`
        : JSON.stringify(value)
      : String(value);
  return /[\\\t\n\r]/.test(text)
    ? text
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : text;
}

/**
 * The columns a COPY of these rows writes: every column some row gives a value for. A column no
 * row mentions is left to its SQL default. Undefined when a row leaves out a column that has a
 * default while others give it, as COPY cannot ask for the default row by row.
 */
function copyColumnsOf(table: PgTable, rows: readonly object[]) {
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) present.add(key);
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => present.has(key));
  for (const [key, column] of columns) {
    if (column.hasDefault && rows.some((row) => !(key in row))) return undefined;
  }
  return columns.map(([key, column]) => ({ key, name: column.name }));
}

async function copyRows(client: postgres.Sql, table: PgTable, rows: readonly object[]) {
  const columns = copyColumnsOf(table, rows);
  if (!columns) return false;
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const stream = await client
    .unsafe(`copy "${getTableName(table)}" (${names}) from stdin`)
    .writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
  });
  for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
    let chunk = '';
    for (const row of rows.slice(start, start + COPY_CHUNK_ROWS)) {
      const values = row as Record<string, unknown>;
      chunk += `${columns.map((column) => copyCell(values[column.key])).join('\t')}\n`;
    }
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await finished;
  return true;
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
): Promise<void> {
  if (rows.length === 0) return;
  const client = copyClientOf(db);
  if (client && (await copyRows(client, table, rows))) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    // The rows come typed from the seed's own generators; drizzle checks columns at runtime.
    await db.insert(table).values(rows.slice(start, start + size) as never);
  }
}
