import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { csvLine } from '../export/csv-format.js';
import type { ImportProblem } from '../import/import-error.js';
import { textArray } from '../sql-values.js';
import {
  type DeliveryRow,
  type DeliverySqlRow,
  deliveryColumns,
  toDeliveryRow,
} from './delivery-row.js';

/**
 * A municipality's deliveries in the given quarters, newest first. Deliveries are tenant rows:
 * row-level security shows them to the municipality's own scope only.
 */
export async function readDeliveries(
  db: Database,
  options: { readonly municipalityId: string; readonly periods: readonly string[] },
): Promise<DeliveryRow[]> {
  if (options.periods.length === 0) return [];
  const rows = await queryRows<DeliverySqlRow>(
    db,
    sql`select ${deliveryColumns} from deliveries
         where municipality_id = ${options.municipalityId}
           and period = any(${textArray(options.periods)}::text[])
         order by delivered_at desc, id`,
  );
  return rows.map(toDeliveryRow);
}

/** The kept problems of one delivery, in line order; empty for an accepted one. */
export async function readDeliveryProblems(
  db: Database,
  options: { readonly municipalityId: string; readonly deliveryId: string },
): Promise<ImportProblem[]> {
  const rows = await queryRows<{
    line: number;
    column: string;
    reason: string;
    rule: string | null;
  }>(
    db,
    sql`select p.line, p.column, p.reason, p.rule
          from deliveries d,
               jsonb_to_recordset(d.problems) as p(line int, "column" text, reason text, rule text)
         where d.municipality_id = ${options.municipalityId} and d.id::text = ${options.deliveryId}`,
  );
  return rows.map(({ line, column, reason, rule }) =>
    rule === null ? { line, column, reason } : { line, column, reason, rule },
  );
}

/**
 * The problem report of a refused delivery as CSV (line, column, problem, rule), for a
 * spreadsheet beside the file: the refusal's summary first, then every kept problem, and a last
 * line saying how many more there were when not all were kept.
 */
export function problemReportCsv(
  delivery: Pick<DeliveryRow, 'fileName' | 'refusalSummary' | 'problemCount'>,
  problems: readonly ImportProblem[],
): string {
  const lines = [csvLine(['line', 'column', 'problem', 'rule'])];
  if (delivery.refusalSummary !== null) lines.push(csvLine(['', '', delivery.refusalSummary, '']));
  for (const problem of problems) {
    lines.push(csvLine([problem.line, problem.column, problem.reason, problem.rule ?? '']));
  }
  const leftOut = delivery.problemCount - problems.length;
  if (leftOut > 0) {
    lines.push(csvLine(['', '', `${leftOut} more problem(s) not kept in this report`, '']));
  }
  return lines.join('');
}

/** Which kinds a municipality delivered (accepted) in a quarter: all an institute may learn. */
export interface DeliveredKinds {
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly period: string;
  readonly kinds: readonly string[];
}

/**
 * Per municipality, the kinds it delivered and had accepted in each of the quarters, read from
 * the `delivered_kinds` view: the only part of the delivery history that crosses a
 * municipality's boundary, so an institute sees whether data came in, never what it held.
 */
export async function readDeliveredKinds(
  db: Database,
  options: { readonly periods: readonly string[]; readonly municipalityIds?: readonly string[] },
): Promise<DeliveredKinds[]> {
  if (options.periods.length === 0) return [];
  const municipalities = options.municipalityIds;
  const rows = await queryRows<{
    municipality_id: string;
    name: string;
    period: string;
    kinds: string[];
  }>(
    db,
    sql`select k.municipality_id, m.name, k.period, array_agg(k.kind order by k.kind) as kinds
          from delivered_kinds k
          join municipalities m on m.id = k.municipality_id
         where k.period = any(${textArray(options.periods)}::text[])
           ${municipalities ? sql`and k.municipality_id = any(${textArray(municipalities)}::text[])` : sql``}
         group by k.municipality_id, m.name, k.period
         order by k.municipality_id, k.period`,
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    municipalityName: row.name,
    period: row.period,
    kinds: row.kinds,
  }));
}
