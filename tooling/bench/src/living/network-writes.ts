import type { Sql } from 'postgres';
import { NotAvailableError } from '../availability.js';
import { graphqlRequest, type HttpRequestSpec, sendGraphql } from '../graphql-client.js';

/** Municipalities written to at once, and plans (each with its own household) in each. */
const MUNICIPALITIES = 20;
const PLANS_PER_MUNICIPALITY = 5;
const TEAM_REFERENCE = 'BENCH-LIVE-TEAM';

export const REGISTER_TEAM = /* GraphQL */ `
  mutation BenchTeam($input: TeamInput!) { registerTeam(input: $input) { id } }`;
export const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation BenchHousehold($input: HouseholdInput!) { registerHousehold(input: $input) { id } }`;
export const RECORD_PLAN_EVENT = /* GraphQL */ `
  mutation BenchPlanEvent($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }`;
const RECORD_ASSESSMENT = /* GraphQL */ `
  mutation BenchAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { id } }`;

/** A plan of the bench's own, open in intake, that takes goal-set events and assessments. */
interface WrittenPlan {
  readonly municipalityId: string;
  readonly token: string;
  readonly householdReference: string;
  readonly planReference: string;
  /** Assessments written on it so far: the next one is dated a day later. */
  assessments: number;
  /**
   * Goals set on it so far: the next one is dated a day later. An event the plan already holds is
   * acknowledged and changes nothing, so a goal sent again would not be found afterwards.
   */
  goals: number;
}

/** The write side of a living network: plans in many municipalities, and one write at a time. */
export interface NetworkWriter {
  /** The teams the bench registered, whose plans and assessments it alone writes. */
  readonly teamIds: readonly string[];
  /** The next write, alternating a plan event and an assessment, round the plans. */
  nextWrite(): HttpRequestSpec;
  /** Goal-set events and assessments the database holds on the bench's plans. */
  countStored(): Promise<number>;
}

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Registers, through the gateway as each municipality's own system would, a team, households and
 * an intake plan per household in twenty municipalities; later writes add goals and assessments
 * to those plans, each refreshing its municipality's figures.
 */
/** A household of the bench's own: two people, one a minor, in the district, registered then. */
export function benchHousehold(
  householdReference: string,
  districtCode: string,
  registeredOn: string,
) {
  return {
    householdReference,
    districtCode,
    size: 2,
    adults: 1,
    minors: 1,
    eldestAgeBand: '27-44',
    registeredOn,
    intakeChannel: 'SELF',
  };
}

/** The first municipalities of today (by code) with a district of each, where the bench writes. */
export async function placesToWrite(sql: Sql, count: number) {
  const places = await sql<{ municipality_id: string; district_code: string }[]>`
    select distinct on (d.municipality_id) d.municipality_id, d.id as district_code
    from districts d join municipalities m on m.id = d.municipality_id
    where m.valid_until is null
    order by d.municipality_id, d.id
    limit ${count}`;
  if (places.length === 0) throw new NotAvailableError('no districts in the bench database');
  return places;
}

async function registerPlans(options: WriterOptions, openedOn: string) {
  const places = await placesToWrite(options.sql, MUNICIPALITIES);
  const plans: WrittenPlan[] = [];
  const teamIds: string[] = [];
  for (const place of places) {
    const municipalityId = String(place.municipality_id);
    const token = await options.signMunicipalityToken(municipalityId);
    const ask = <T>(query: string, input: Record<string, unknown>) =>
      sendGraphql<T>(
        graphqlRequest(options.gatewayUrl, query, { input }, token),
        options.timeoutMs,
      );
    const team = await ask<{ registerTeam: { id: string } }>(REGISTER_TEAM, {
      teamReference: TEAM_REFERENCE,
      name: 'Bench living network team',
      kind: 'all-ages',
      districtCodes: [place.district_code],
      startedOn: '2020-01-01',
      accessMandate: 'own-mandate',
    });
    teamIds.push(team.registerTeam.id);
    for (let index = 0; index < PLANS_PER_MUNICIPALITY; index++) {
      const householdReference = `BENCH-LIVE-${options.runLabel}-${index}`;
      const planReference = `${householdReference}-PLAN`;
      await ask(
        REGISTER_HOUSEHOLD,
        benchHousehold(householdReference, place.district_code, openedOn),
      );
      await ask(RECORD_PLAN_EVENT, {
        planReference,
        type: 'OPENED',
        date: openedOn,
        householdReference,
        teamReference: TEAM_REFERENCE,
      });
      plans.push({
        municipalityId,
        token,
        householdReference,
        planReference,
        assessments: 0,
        goals: 0,
      });
    }
  }
  return { plans, teamIds };
}

interface WriterOptions {
  readonly gatewayUrl: string;
  readonly sql: Sql;
  readonly signMunicipalityToken: (municipalityId: string) => Promise<string>;
  readonly timeoutMs: number;
  readonly runLabel: string;
}

/** The writer over plans of the bench's own in twenty municipalities (see registerPlans). */
export async function prepareNetworkWriter(options: WriterOptions): Promise<NetworkWriter> {
  const openedOn = daysAgo(400);
  const { plans, teamIds } = await registerPlans(options, openedOn);
  let turn = 0;
  return {
    teamIds,
    nextWrite: () => {
      const plan = plans[turn % plans.length] as WrittenPlan;
      const isAssessment = Math.floor(turn / plans.length) % 2 === 1;
      turn += 1;
      const url = options.gatewayUrl;
      if (isAssessment) {
        plan.assessments += 1;
        return graphqlRequest(
          url,
          RECORD_ASSESSMENT,
          {
            input: {
              householdReference: plan.householdReference,
              assessedOn: daysAgo(399 - plan.assessments),
              moment: 'follow-up',
              finances: 1 + (plan.assessments % 5),
              housing: 3,
            },
          },
          plan.token,
        );
      }
      plan.goals += 1;
      return graphqlRequest(
        url,
        RECORD_PLAN_EVENT,
        {
          input: {
            planReference: plan.planReference,
            type: 'GOAL_SET',
            date: daysAgo(400 - plan.goals),
            lifeDomain: 'finances',
            startLevel: 2,
            targetLevel: 3 + (turn % 3),
          },
        },
        plan.token,
      );
    },
    countStored: async () => {
      const [row] = await options.sql`
        select
          (select count(*) from plan_events e join plans p
             on p.municipality_id = e.municipality_id and p.id = e.plan_id
           where p.team_id = any(${teamIds}::uuid[]) and e.type = 'goal-set')
        + (select count(*) from assessments a join plans p
             on p.municipality_id = a.municipality_id and p.household_id = a.household_id
           where p.team_id = any(${teamIds}::uuid[])) as stored`;
      return Number(row?.stored ?? 0);
    },
  };
}
