import { sql } from 'drizzle-orm';
import { type DatabaseHandle, queryRows } from '../database.js';
import { type ImportSummary, importCsv } from './import-csv.js';

/** A secret of the required length, public on purpose: tests only. */
export const TEST_SECRET = 'wijknet-test-secret-0123456789abcdef';

/** Imports a file given as text (or bytes) for a municipality, as the CLI would. */
export function importText(
  handle: DatabaseHandle,
  kind: string,
  text: string | Uint8Array,
  municipalityId = 'GM0080',
): Promise<ImportSummary> {
  return importCsv(handle.db, {
    kind,
    municipalityId,
    source: text,
    secret: TEST_SECRET,
    fileName: `${kind}.csv`,
  });
}

/** The number of rows in a table, read as the database owner (past row-level security). */
export async function countRows(handle: DatabaseHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from ${sql.raw(table)}`,
  );
  return row?.count ?? 0;
}

/** Catches the error a promise rejects with, to assert on its problems. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the import to be refused, but it succeeded.');
}

/** The municipality-level rollup of an indicator and period, as the owner sees it; undefined when absent. */
export async function rollupOf(
  handle: DatabaseHandle,
  municipalityId: string,
  indicatorCode: string,
  period: string,
): Promise<{ numerator: number; denominator: number; n: number } | undefined> {
  const [row] = await queryRows<{ numerator: number; denominator: number; n: number }>(
    handle.db,
    sql`select numerator, denominator, n from indicator_rollups
         where municipality_id = ${municipalityId} and level = 'municipality'
           and indicator_code = ${indicatorCode} and period = ${period}`,
  );
  return row === undefined
    ? undefined
    : { numerator: Number(row.numerator), denominator: Number(row.denominator), n: Number(row.n) };
}
