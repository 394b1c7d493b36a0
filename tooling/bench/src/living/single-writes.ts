import type { Sql } from 'postgres';
import { graphqlRequest, type HttpRequestSpec, sendGraphql } from '../graphql-client.js';
import {
  benchHousehold,
  placesToWrite,
  RECORD_PLAN_EVENT,
  REGISTER_HOUSEHOLD,
  REGISTER_TEAM,
} from './network-writes.js';

/** Municipalities the single plan events go round, and active plans (one per household) in each. */
const MUNICIPALITIES = 10;
const PLANS_PER_MUNICIPALITY = 4;
const TEAM_REFERENCE = 'BENCH-SINGLE-TEAM';
const LEAD_REFERENCE = 'BENCH-SINGLE-LEAD';

const MUTATIONS = {
  team: REGISTER_TEAM,
  member: /* GraphQL */ `mutation BenchMember($input: MemberInput!) { registerMember(input: $input) { id } }`,
  household: REGISTER_HOUSEHOLD,
  planEvent: RECORD_PLAN_EVENT,
};

interface ActivePlan {
  readonly token: string;
  readonly planReference: string;
  /** Escalated now: the next event de-escalates it. */
  escalated: boolean;
}

const isoDay = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

export interface SingleWriterOptions {
  readonly gatewayUrl: string;
  readonly sql: Sql;
  readonly signMunicipalityToken: (municipalityId: string) => Promise<string>;
  readonly timeoutMs: number;
  readonly runLabel: string;
}

/** A team with a core member who leads, and active plans of its own households, in one place. */
async function activePlansIn(
  place: { municipality_id: string; district_code: string },
  options: SingleWriterOptions,
): Promise<ActivePlan[]> {
  const municipalityId = place.municipality_id;
  const token = await options.signMunicipalityToken(municipalityId);
  const ask = (query: string, input: Record<string, unknown>) =>
    sendGraphql(graphqlRequest(options.gatewayUrl, query, { input }, token), options.timeoutMs);
  await ask(MUTATIONS.team, {
    teamReference: TEAM_REFERENCE,
    name: 'Bench single-event team',
    kind: 'all-ages',
    districtCodes: [place.district_code],
    startedOn: '2020-01-01',
    accessMandate: 'own-mandate',
  });
  await ask(MUTATIONS.member, {
    memberReference: LEAD_REFERENCE,
    teamReference: TEAM_REFERENCE,
    discipline: 'SOCIAL_WORKER',
    ring: 'core',
    contractedHours: 32,
    hoursInWijk: 24,
    secondingOrganisation: 'Bench',
    startedOn: '2020-01-01',
  });
  const plans: ActivePlan[] = [];
  for (let index = 0; index < PLANS_PER_MUNICIPALITY; index++) {
    const householdReference = `BENCH-SINGLE-${options.runLabel}-${index}`;
    const planReference = `${householdReference}-PLAN`;
    await ask(
      MUTATIONS.household,
      benchHousehold(householdReference, place.district_code, isoDay(400)),
    );
    await ask(MUTATIONS.planEvent, {
      planReference,
      type: 'OPENED',
      date: isoDay(400),
      householdReference,
      teamReference: TEAM_REFERENCE,
    });
    await ask(MUTATIONS.planEvent, {
      planReference,
      type: 'ACTIVATED',
      date: isoDay(399),
      leadMemberReference: LEAD_REFERENCE,
    });
    plans.push({ token, planReference, escalated: false });
  }
  return plans;
}

/**
 * Single plan events that change published figures: plans of the bench's own, active for a year,
 * escalated and de-escalated today in turn, round the plans of ten municipalities. Each event
 * changes the share of plans escalated in today's quarter and year, so its write recomputes those
 * figures and their public rows before it commits.
 */
export async function prepareSingleEventWriter(
  options: SingleWriterOptions,
): Promise<{ nextWrite(): HttpRequestSpec }> {
  const places = await placesToWrite(options.sql, MUNICIPALITIES);
  const plans: ActivePlan[] = [];
  for (const place of places) plans.push(...(await activePlansIn(place, options)));
  let turn = 0;
  return {
    nextWrite: () => {
      const plan = plans[turn % plans.length] as ActivePlan;
      turn += 1;
      const input = plan.escalated
        ? { planReference: plan.planReference, type: 'DE_ESCALATED', date: isoDay(0) }
        : {
            planReference: plan.planReference,
            type: 'ESCALATED',
            date: isoDay(0),
            escalationTarget: 'HOUSING',
          };
      plan.escalated = !plan.escalated;
      return graphqlRequest(options.gatewayUrl, MUTATIONS.planEvent, { input }, plan.token);
    },
  };
}
