import type postgres from 'postgres';
import type { Database } from './database.js';

/** Rows per chunk written to a COPY stream: big enough for few writes, small enough for memory. */
const COPY_CHUNK_ROWS = 5_000;

/**
 * The postgres.js connection under a drizzle database or transaction on Postgres, for COPY, which
 * drizzle does not offer; undefined on PGlite. It is the transaction's own connection, so rows
 * copied through it commit or roll back with everything else written in the transaction.
 */
export function copyClientOf(db: Database): postgres.Sql | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  return typeof (client as { unsafe?: unknown } | undefined)?.unsafe === 'function'
    ? (client as postgres.Sql)
    : undefined;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY's text format: `\N` for null, with backslash, tab and line ends escaped. */
export function copyCell(value: unknown): string {
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
 * Streams rows into `copy ... from stdin` (the statement given, its columns in the order of
 * `cellsOf`), in chunks, waiting whenever the connection asks to.
 */
export async function copyInto<Row>(
  client: postgres.Sql,
  statement: string,
  rows: readonly Row[],
  cellsOf: (row: Row) => readonly unknown[],
): Promise<void> {
  const stream = await client.unsafe(statement).writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
  });
  for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
    let chunk = '';
    const end = Math.min(rows.length, start + COPY_CHUNK_ROWS);
    for (let index = start; index < end; index++) {
      const cells = cellsOf(rows[index] as Row);
      let line = copyCell(cells[0]);
      for (let k = 1; k < cells.length; k++) line += `\t${copyCell(cells[k])}`;
      chunk += `${line}\n`;
    }
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await finished;
}
