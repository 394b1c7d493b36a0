import { sql } from 'drizzle-orm';
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
  /** The unique key a re-imported row collides on. */
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

function statementFor(target: BatchTarget, rows: readonly (readonly CellValue[])[]) {
  const names = target.columns.map((column) => column.name).join(', ');
  const arrays = target.columns.map((column, index) => {
    const literal = arrayLiteral(rows.map((row) => row[index] ?? null));
    return sql`${literal}::${sql.raw(column.type)}[]`;
  });
  const conflict = target.conflictColumns.join(', ');
  const onConflict =
    target.updateColumns.length === 0
      ? sql.raw(`on conflict (${conflict}) do nothing`)
      : sql.raw(
          `on conflict (${conflict}) do update set ${target.updateColumns.map((c) => `${c} = excluded.${c}`).join(', ')} where (${target.updateColumns.map((c) => `${target.table}.${c}`).join(', ')}) is distinct from (${target.updateColumns.map((c) => `excluded.${c}`).join(', ')})`,
        );
  // xmax is 0 on a freshly inserted row version and not on an updated one.
  return sql`with written as (
      insert into ${sql.raw(target.table)} (${sql.raw(names)})
      select * from unnest(${sql.join(arrays, sql`, `)})
      ${onConflict}
      returning (xmax = 0) as is_inserted
    )
    select (count(*) filter (where is_inserted))::int as inserted,
           (count(*) filter (where not is_inserted))::int as updated
    from written`;
}

/**
 * Writes rows in batches of multi-row `INSERT ... SELECT FROM unnest(...) ON CONFLICT`, each
 * column sent as one array parameter, and counts what was inserted and what was updated (a row
 * identical to the stored one counts as neither).
 */
export async function writeBatches(
  tx: Database,
  target: BatchTarget,
  rows: readonly (readonly CellValue[])[],
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const [result] = await queryRows<WriteCounts>(tx, statementFor(target, batch));
    counts.inserted += result?.inserted ?? 0;
    counts.updated += result?.updated ?? 0;
  }
  return counts;
}
