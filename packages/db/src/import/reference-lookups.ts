import { sql } from 'drizzle-orm';
import { queryRows } from '../database.js';
import { currentTeamSql } from '../schema/policies.js';
import { textArray } from '../sql-values.js';
import type { ImportSession } from './import-session.js';
import { planIdOf } from './plan-ids.js';

export { textArray };

/**
 * Checks district codes against the reference data: each must exist and lie in the import's
 * municipality. Returns a function that reports a code's problem on a line, or says it is fine.
 */
export async function loadDistrictCheck(
  session: ImportSession,
  codes: ReadonlySet<string>,
): Promise<(code: string, line: number, column: string) => boolean> {
  const rows =
    codes.size === 0
      ? []
      : await queryRows<{ id: string; municipality_id: string; name: string }>(
          session.tx,
          sql`select d.id, d.municipality_id, m.name from districts d join municipalities m on m.id = d.municipality_id where d.id = any(${textArray(codes)}::text[])`,
        );
  const found = new Map(rows.map((row) => [row.id, row]));
  return (code, line, column) => {
    const district = found.get(code);
    if (district === undefined) {
      session.problems.add(line, column, `district ${code} is not a known CBS district (wijk)`);
      return false;
    }
    if (district.municipality_id !== session.municipalityId) {
      session.problems.add(
        line,
        column,
        `district ${code} lies in ${district.name} (${district.municipality_id}), not in ${session.municipalityId}`,
      );
      return false;
    }
    return true;
  };
}

/**
 * The teams of the municipality: id to the districts each serves. In a team's scope only that
 * team: another team of the municipality is then as unknown as one that does not exist, so a
 * team token's write naming it is refused in the same words and learns nothing of it.
 */
export async function loadTeams(session: ImportSession): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ id: string; district_ids: string[] | null }>(
    session.tx,
    sql`select t.id, array_remove(array_agg(td.district_id order by td.district_id), null) as district_ids
          from teams t left join team_districts td on td.municipality_id = t.municipality_id and td.team_id = t.id
         where t.municipality_id = ${session.municipalityId}
           and (${currentTeamSql} is null or t.id = ${currentTeamSql})
         group by t.id`,
  );
  return new Map(rows.map((row) => [row.id, row.district_ids ?? []]));
}

/** A stored household as the other kinds need it. */
export interface StoredHousehold {
  readonly id: string;
  readonly districtId: string;
  readonly minors: number;
}

/** The stored households with these reference hashes, by hash. */
export async function loadHouseholdsByHash(
  session: ImportSession,
  hashes: ReadonlySet<string>,
): Promise<Map<string, StoredHousehold>> {
  if (hashes.size === 0) return new Map();
  const rows = await queryRows<{
    reference_hash: string;
    id: string;
    district_id: string;
    minors: number;
  }>(
    session.tx,
    sql`select reference_hash, id, district_id, minors from households
         where municipality_id = ${session.municipalityId} and reference_hash = any(${textArray(hashes)}::text[])`,
  );
  return new Map(
    rows.map((row) => [
      row.reference_hash,
      { id: row.id, districtId: row.district_id, minors: Number(row.minors) },
    ]),
  );
}

/** A stored plan: to which household and team it belongs. */
export interface StoredPlan {
  readonly householdId: string;
  readonly teamId: string;
}

/** The stored plans with these ids, by id. */
export async function loadPlanOwners(
  session: ImportSession,
  ids: ReadonlySet<string>,
): Promise<Map<string, StoredPlan>> {
  if (ids.size === 0) return new Map();
  const rows = await queryRows<{ id: string; household_id: string; team_id: string }>(
    session.tx,
    sql`select id, household_id, team_id from plans
         where municipality_id = ${session.municipalityId} and id = any(${textArray(ids)}::uuid[])`,
  );
  return new Map(
    rows.map((row) => [row.id, { householdId: row.household_id, teamId: row.team_id }]),
  );
}

/** A row that names a household and perhaps one of its plans. */
interface HouseholdAndPlanReference {
  readonly householdHash: string;
  readonly planReference: string | undefined;
}

/** The stored households and plans the rows of one check name, read once for all of them. */
export interface StoredHouseholdsAndPlans {
  readonly households: ReadonlyMap<string, StoredHousehold>;
  readonly plans: ReadonlyMap<string, StoredPlan>;
}

export async function loadHouseholdsAndPlans(
  session: ImportSession,
  values: readonly HouseholdAndPlanReference[],
): Promise<StoredHouseholdsAndPlans> {
  const households = await loadHouseholdsByHash(
    session,
    new Set(values.map((value) => value.householdHash)),
  );
  const planIds = new Set(
    values.flatMap((value) =>
      value.planReference ? [planIdOf(session.secret, value.planReference)] : [],
    ),
  );
  return { households, plans: await loadPlanOwners(session, planIds) };
}

/**
 * A row's stored household and plan (null and undefined when it names no plan); undefined when
 * the household does not exist or the plan does not or is another household's, reported on the line.
 */
export function householdAndPlanOf(
  session: ImportSession,
  line: number,
  value: HouseholdAndPlanReference,
  stored: StoredHouseholdsAndPlans,
): { household: StoredHousehold; planId: string | null; plan: StoredPlan | undefined } | undefined {
  const household = stored.households.get(value.householdHash);
  if (household === undefined) {
    session.problems.add(
      line,
      'household_reference',
      'there is no household with this reference; import the households file first',
    );
    return undefined;
  }
  if (value.planReference === undefined) return { household, planId: null, plan: undefined };
  const planId = planIdOf(session.secret, value.planReference);
  const plan = stored.plans.get(planId);
  if (plan?.householdId !== household.id) {
    session.problems.add(
      line,
      'plan_reference',
      plan
        ? `plan "${value.planReference}" belongs to another household`
        : `there is no plan "${value.planReference}"; import the plan events first`,
    );
    return undefined;
  }
  return { household, planId, plan };
}
