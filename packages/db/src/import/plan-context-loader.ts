import { dayBefore } from '@wijknet/outcome-monitoring';
import type { LeadCandidate } from '@wijknet/plan';
import { sql } from 'drizzle-orm';
import { queryRows } from '../database.js';
import type { ImportSession, LineRow } from './import-kind.js';
import type { PlanEventRow } from './plan-event-row.js';
import {
  loadHouseholdsByHash,
  loadTeams,
  type StoredHousehold,
  textArray,
} from './reference-lookups.js';

/** A plan as stored: its household, its team, and its status and dates for the one-plan rule. */
export interface StoredPlan {
  readonly id: string;
  readonly householdId: string;
  readonly teamId: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

export interface StoredPlanEvent {
  readonly type: string;
  readonly occurredOn: string;
  readonly payload: Record<string, unknown>;
}

/** Everything the plan rules need from the database, read in a handful of statements. */
export interface PlanningContext {
  readonly storedPlans: Map<string, StoredPlan>;
  readonly storedEvents: Map<string, StoredPlanEvent[]>;
  readonly householdsByHash: Map<string, StoredHousehold>;
  readonly householdsById: Map<string, StoredHousehold>;
  readonly teams: Map<string, string[]>;
  /** The team of each member, to put a plan under its lead's team. */
  readonly teamOfMember: Map<string, string>;
  /** The other stored plans of the households the file opens plans for, by household. */
  readonly plansOfHousehold: Map<string, StoredPlan[]>;
  leadCandidatesOf(districtId: string): LeadCandidate[];
}

interface PlanRow {
  id: string;
  household_id: string;
  team_id: string;
  opened_on: string;
  closed_on: string | null;
}

const toPlan = (row: PlanRow): StoredPlan => ({
  id: row.id,
  householdId: row.household_id,
  teamId: row.team_id,
  openedOn: row.opened_on,
  closedOn: row.closed_on,
});

/**
 * Takes a row lock on every household whose plans these rows touch (the households of the stored
 * plans, and those the `opened` rows name), in id order so two writers cannot deadlock. Until
 * the transaction ends, any other write to those households' plans waits here, then reads what
 * this one committed: two events sent at once for one plan are numbered one after the other and
 * both folded into the plan, and two openings for one household meet the one-plan rule one after
 * the other instead of each seeing no other plan. `no key update` leaves foreign-key checks of
 * other rows pointing at the household (assessments, registered events) free to go on.
 */
async function lockHouseholdsOfPlans(
  session: ImportSession,
  planIds: string,
  hashes: ReadonlySet<string>,
): Promise<void> {
  const { tx, municipalityId } = session;
  await queryRows(
    tx,
    sql`select id from households
         where municipality_id = ${municipalityId}
           and (reference_hash = any(${textArray(hashes)}::text[])
                or id in (select household_id from plans
                           where municipality_id = ${municipalityId} and id = any(${planIds}::uuid[])))
         order by id
         for no key update`,
  );
}

/** The stored events of the plans, in order, by plan. */
async function loadStoredEvents(
  session: ImportSession,
  planIds: string,
): Promise<Map<string, StoredPlanEvent[]>> {
  const { tx, municipalityId } = session;
  const events = await queryRows<{
    plan_id: string;
    type: string;
    occurred_on: string;
    payload: unknown;
  }>(
    tx,
    sql`select plan_id, type, occurred_on::text, payload from plan_events
         where municipality_id = ${municipalityId} and plan_id = any(${planIds}::uuid[])
         order by plan_id, sequence`,
  );
  const storedEvents = new Map<string, StoredPlanEvent[]>();
  for (const event of events) {
    const payload = (
      typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload
    ) as Record<string, unknown>;
    const list = storedEvents.get(event.plan_id) ?? [];
    list.push({ type: event.type, occurredOn: event.occurred_on, payload });
    storedEvents.set(event.plan_id, list);
  }
  return storedEvents;
}

/** The households by id, and every stored plan of each, for the one-plan rule. */
async function loadHouseholdsWithPlans(session: ImportSession, householdIds: ReadonlySet<string>) {
  const { tx, municipalityId } = session;
  const households = await queryRows<{ id: string; district_id: string; minors: number }>(
    tx,
    sql`select id, district_id, minors from households
         where municipality_id = ${municipalityId} and id = any(${textArray(householdIds)}::uuid[])`,
  );
  const householdsById = new Map(
    households.map((h) => [
      h.id,
      { id: h.id, districtId: h.district_id, minors: Number(h.minors) },
    ]),
  );
  const otherPlans = await queryRows<PlanRow>(
    tx,
    sql`select id, household_id, team_id, opened_on::text, closed_on::text from plans
         where municipality_id = ${municipalityId} and household_id = any(${textArray(householdIds)}::uuid[])`,
  );
  const plansOfHousehold = new Map<string, StoredPlan[]>();
  for (const plan of otherPlans.map(toPlan)) {
    plansOfHousehold.set(plan.householdId, [
      ...(plansOfHousehold.get(plan.householdId) ?? []),
      plan,
    ]);
  }
  return { householdsById, plansOfHousehold };
}

/** Who may lead a plan in each district (the members of the teams working there), and each member's team. */
async function loadLeadCandidates(session: ImportSession, teams: ReadonlyMap<string, string[]>) {
  const { tx, municipalityId } = session;
  const members = await queryRows<{
    id: string;
    team_id: string;
    ring: string;
    started_on: string;
    ended_on: string | null;
  }>(
    tx,
    sql`select id, team_id, ring, started_on::text, ended_on::text from members where municipality_id = ${municipalityId}`,
  );
  const candidatesByDistrict = new Map<string, LeadCandidate[]>();
  for (const member of members) {
    const districtCodes = teams.get(member.team_id) ?? [];
    const candidate: LeadCandidate = {
      memberId: member.id,
      ring: member.ring === 'core' ? 'core' : 'ring',
      districtCodes,
      from: member.started_on,
      // A member's end date is its first day out, a candidate's `until` its last day in.
      ...(member.ended_on === null ? {} : { until: dayBefore(member.ended_on) }),
    };
    for (const district of districtCodes) {
      candidatesByDistrict.set(district, [
        ...(candidatesByDistrict.get(district) ?? []),
        candidate,
      ]);
    }
  }
  const teamOfMember = new Map(members.map((member) => [member.id, member.team_id]));
  return { candidatesByDistrict, teamOfMember };
}

export async function loadPlanningContext(
  session: ImportSession,
  rows: readonly LineRow<PlanEventRow>[],
): Promise<PlanningContext> {
  const { tx, municipalityId } = session;
  const planIds = textArray(new Set(rows.map((row) => row.value.planId)));
  const hashes = new Set(
    rows.flatMap((row) => (row.value.householdHash ? [row.value.householdHash] : [])),
  );
  // Locked before anything is read, so what follows is read after any writer before us committed.
  await lockHouseholdsOfPlans(session, planIds, hashes);
  const plans = await queryRows<PlanRow>(
    tx,
    sql`select id, household_id, team_id, opened_on::text, closed_on::text from plans
         where municipality_id = ${municipalityId} and id = any(${planIds}::uuid[])`,
  );
  const storedEvents = await loadStoredEvents(session, planIds);
  const householdsByHash = await loadHouseholdsByHash(session, hashes);
  const householdIds = new Set([
    ...plans.map((plan) => plan.household_id),
    ...[...householdsByHash.values()].map((h) => h.id),
  ]);
  const { householdsById, plansOfHousehold } = await loadHouseholdsWithPlans(session, householdIds);
  const teams = await loadTeams(session);
  const { candidatesByDistrict, teamOfMember } = await loadLeadCandidates(session, teams);
  return {
    storedPlans: new Map(plans.map((plan) => [plan.id, toPlan(plan)])),
    storedEvents,
    householdsByHash,
    householdsById,
    teams,
    teamOfMember,
    plansOfHousehold,
    leadCandidatesOf: (districtId) => candidatesByDistrict.get(districtId) ?? [],
  };
}
