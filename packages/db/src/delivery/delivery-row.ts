import { sql } from 'drizzle-orm';
import type { ImportProblem } from '../import/import-error.js';

/** One delivery (aanlevering) in a municipality's history. */
export interface DeliveryRow {
  readonly id: string;
  readonly municipalityId: string;
  readonly kind: string;
  readonly fileName: string;
  /** The quarter it was delivered in, e.g. 2026-Q4. */
  readonly period: string;
  /** When, as ISO 8601 with offset. */
  readonly deliveredAt: string;
  /** The token's subject or the person that delivered it. */
  readonly actor: string;
  readonly role: string;
  readonly isAccepted: boolean;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** The import error code of a refusal (invalid-rows, invalid-header, ...); null when accepted. */
  readonly refusalCode: string | null;
  readonly refusalSummary: string | null;
  /** How many problems the file had; the kept ones are read with `readDeliveryProblems`. */
  readonly problemCount: number;
}

/** The columns of a delivery row, as `toDeliveryRow` reads them. */
export const deliveryColumns = sql.raw(
  `id, municipality_id, kind, file_name, period, to_json(delivered_at) #>> '{}' as delivered_at,
   actor, role, is_accepted, rows, inserted, updated, unchanged, refusal_code, refusal_summary,
   problem_count`,
);

export interface DeliverySqlRow {
  id: string;
  municipality_id: string;
  kind: string;
  file_name: string;
  period: string;
  delivered_at: string;
  actor: string;
  role: string;
  is_accepted: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  refusal_code: string | null;
  refusal_summary: string | null;
  problem_count: number;
}

export function toDeliveryRow(row: DeliverySqlRow): DeliveryRow {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    kind: row.kind,
    fileName: row.file_name,
    period: row.period,
    deliveredAt: row.delivered_at,
    actor: row.actor,
    role: row.role,
    isAccepted: row.is_accepted,
    rows: row.rows,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    refusalCode: row.refusal_code,
    refusalSummary: row.refusal_summary,
    problemCount: row.problem_count,
  };
}

/** A kept problem of a refused delivery. */
export type DeliveryProblem = ImportProblem;
