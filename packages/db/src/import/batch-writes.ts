import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { copyClientOf, copyInto } from '../copy-stream.js';
import { type Database, queryRows } from '../database.js';

/** A value for one cell of a batch: text as Postgres reads it, or null. */
export type CellValue = string | number | boolean | null;

/** A column of a batch: its SQL name and type (the type of the array it is sent in). */
export interface BatchColumn {
  readonly name: string;
  readonly type:
    | 'text'
    | 'uuid'
    | 'date'
    | 'smallint'
    | 'integer'
    | 'numeric'
    | 'boolean'
    | 'jsonb';
}

/** How a batch meets the rows already there. */
export interface BatchTarget {
  readonly table: string;
  readonly columns: readonly BatchColumn[];
  /** The unique key a re-imported row collides on; none makes any collision an error. */
  readonly conflictColumns: readonly string[];
  /** Columns a re-imported row brings up to date; none leaves existing rows alone. */
  readonly updateColumns: readonly string[];
}

export interface WriteCounts {
  inserted: number;
  updated: number;
}

/** Thousands of rows per statement: few round trips, while one statement's text stays small. */
export const BATCH_SIZE = 5000;

/** One Postgres array literal (`{"a","b",NULL}`) of a column's values: one parameter per column. */
function arrayLiteral(values: readonly CellValue[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else literal += `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  }
  return `${literal}}`;
}

/** `on conflict ...`: leave the stored row alone, or bring it up to date where it differs. */
function onConflictOf(target: BatchTarget): string {
  if (target.conflictColumns.length === 0) return '';
  const conflict = target.conflictColumns.join(', ');
  if (target.updateColumns.length === 0) return `on conflict (${conflict}) do nothing`;
  const stored = target.updateColumns.map((c) => `${target.table}.${c}`).join(', ');
  const given = target.updateColumns.map((c) => `excluded.${c}`).join(', ');
  return `on conflict (${conflict}) do update set ${target.updateColumns.map((c) => `${c} = excluded.${c}`).join(', ')} where (${stored}) is distinct from (${given})`;
}

/** Counts the rows an `insert ... returning (xmax = 0) as is_inserted` named `written` wrote. */
const COUNT_WRITTEN = `select (count(*) filter (where is_inserted))::int as inserted,
       (count(*) filter (where not is_inserted))::int as updated
  from written`;

function statementFor(target: BatchTarget, rows: readonly (readonly CellValue[])[]) {
  const names = target.columns.map((column) => column.name).join(', ');
  const arrays = target.columns.map((column, index) => {
    const literal = arrayLiteral(rows.map((row) => row[index] ?? null));
    return sql`${literal}::${sql.raw(column.type)}[]`;
  });
  // xmax is 0 on a freshly inserted row version and not on an updated one.
  return sql`with written as (
      insert into ${sql.raw(target.table)} (${sql.raw(names)})
      select * from unnest(${sql.join(arrays, sql`, `)})
      ${sql.raw(onConflictOf(target))}
      returning (xmax = 0) as is_inserted
    )
    ${sql.raw(COUNT_WRITTEN)}`;
}

/**
 * On Postgres: COPY the rows into a temporary table of the batch's columns (no indexes, no
 * write-ahead log), then write them all with one `insert ... select ... on conflict`, so the
 * table's checks, keys and triggers see every row exactly as a multi-row insert would.
 */
async function writeStaged(
  tx: Database,
  client: postgres.Sql,
  target: BatchTarget,
  rows: readonly (readonly CellValue[])[],
): Promise<WriteCounts> {
  const staged = `wijknet_staged_${target.table}`;
  const names = target.columns.map((column) => column.name).join(', ');
  await tx.execute(
    sql.raw(
      `create temporary table ${staged} (${target.columns.map((c) => `${c.name} ${c.type}`).join(', ')}) on commit drop`,
    ),
  );
  await copyInto(client, `copy ${staged} (${names}) from stdin`, rows, (row) => row);
  const [result] = await queryRows<WriteCounts>(
    tx,
    sql.raw(`with written as (
      insert into ${target.table} (${names}) select ${names} from ${staged}
      ${onConflictOf(target)}
      returning (xmax = 0) as is_inserted
    )
    ${COUNT_WRITTEN}`),
  );
  await tx.execute(sql.raw(`drop table ${staged}`));
  return { inserted: result?.inserted ?? 0, updated: result?.updated ?? 0 };
}

/**
 * Writes rows and counts what was inserted and what was updated (a row identical to the stored
 * one counts as neither): on Postgres staged with COPY and written in one statement; on PGlite in
 * batches of multi-row `INSERT ... SELECT FROM unnest(...) ON CONFLICT`, each column sent as one
 * array parameter.
 */
export async function writeBatches(
  tx: Database,
  target: BatchTarget,
  rows: readonly (readonly CellValue[])[],
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  if (rows.length === 0) return counts;
  const client = copyClientOf(tx);
  if (client) return writeStaged(tx, client, target, rows);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const [result] = await queryRows<WriteCounts>(tx, statementFor(target, batch));
    counts.inserted += result?.inserted ?? 0;
    counts.updated += result?.updated ?? 0;
  }
  return counts;
}
