import { sql } from 'drizzle-orm';
import { today } from '../clock.js';
import { type Database, queryRows } from '../database.js';
import { textArray } from '../sql-values.js';

/**
 * A municipality's registration counts in one period (datakwaliteit), from the `data_quality`
 * function (packages/db/sql/data_quality.sql), which holds every rule. Open plans and households
 * are counted on the period's last day, or today while the period runs.
 */
export interface RegistrationCounts {
  readonly municipalityId: string;
  readonly period: string;
  readonly plansOpened: number;
  readonly plansOpenedWithIntakeZrm: number;
  readonly plansClosed: number;
  readonly plansClosedWithClosureZrm: number;
  /** Closed plans with an intake and a closure ZRM: what the ZRM outcome figures count. */
  readonly plansClosedWithBothZrm: number;
  readonly openPlans: number;
  readonly openPlansWithoutLead: number;
  /** Open plans whose last ZRM (or opening, without one) is more than 3 months old. */
  readonly openPlansOverdue3Months: number;
  readonly openPlansOverdue6Months: number;
  readonly households: number;
  /** Households in a district that no active team serves. */
  readonly householdsOutsideTeamDistricts: number;
}

interface CountsRow {
  municipality_id: string;
  period: string;
  plans_opened: number;
  plans_opened_with_intake_zrm: number;
  plans_closed: number;
  plans_closed_with_closure_zrm: number;
  plans_closed_with_both_zrm: number;
  open_plans: number;
  open_plans_without_lead: number;
  open_plans_overdue_3_months: number;
  open_plans_overdue_6_months: number;
  households: number;
  households_outside_team_districts: number;
}

/**
 * The registration counts of the municipalities and periods the scope may read: a municipality or
 * admin scope its own, every scope the municipalities that publish an indicator group. Others are
 * left out of the answer (the database decides, so a missed rule in a caller leaks nothing).
 */
export async function readDataQuality(
  db: Database,
  options: { readonly municipalityIds: readonly string[]; readonly periods: readonly string[] },
): Promise<RegistrationCounts[]> {
  if (options.municipalityIds.length === 0 || options.periods.length === 0) return [];
  const rows = await queryRows<CountsRow>(
    db,
    sql`select * from data_quality(${textArray(options.municipalityIds)}::text[],
                                   ${textArray(options.periods)}::text[], ${today()}::date)`,
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    period: row.period,
    plansOpened: Number(row.plans_opened),
    plansOpenedWithIntakeZrm: Number(row.plans_opened_with_intake_zrm),
    plansClosed: Number(row.plans_closed),
    plansClosedWithClosureZrm: Number(row.plans_closed_with_closure_zrm),
    plansClosedWithBothZrm: Number(row.plans_closed_with_both_zrm),
    openPlans: Number(row.open_plans),
    openPlansWithoutLead: Number(row.open_plans_without_lead),
    openPlansOverdue3Months: Number(row.open_plans_overdue_3_months),
    openPlansOverdue6Months: Number(row.open_plans_overdue_6_months),
    households: Number(row.households),
    householdsOutsideTeamDistricts: Number(row.households_outside_team_districts),
  }));
}

/** The latest accepted delivery of one kind (laatste aanlevering). */
export interface LastDelivery {
  readonly kind: string;
  /** The quarter it was delivered in, e.g. 2026-Q4. */
  readonly period: string;
  /** When, ISO 8601 with offset; null where the scope may learn only the quarter. */
  readonly deliveredAt: string | null;
}

/**
 * Per kind, the latest accepted delivery of a municipality: the quarter from `delivered_kinds`
 * (which crosses the municipality's boundary), the moment from `deliveries`, which row-level
 * security shows to the municipality's own scope only.
 */
export async function readLastDeliveries(
  db: Database,
  municipalityId: string,
): Promise<LastDelivery[]> {
  const rows = await queryRows<{ kind: string; period: string; delivered_at: string | null }>(
    db,
    sql`select k.kind, max(k.period) as period,
               (select to_json(max(d.delivered_at)) #>> '{}' from deliveries d
                 where d.municipality_id = k.municipality_id and d.kind = k.kind and d.is_accepted)
                 as delivered_at
          from delivered_kinds k
         where k.municipality_id = ${municipalityId}
         group by k.municipality_id, k.kind
         order by k.kind`,
  );
  return rows.map((row) => ({
    kind: row.kind,
    period: row.period,
    deliveredAt: row.delivered_at,
  }));
}
