import type { Sql } from 'postgres';
import { NotAvailableError } from '../availability.js';
import { graphqlRequest, type HttpRequestSpec, sendGraphql } from '../graphql-client.js';

/** Municipalities the single plan events go round, and active plans (one per household) in each. */
const MUNICIPALITIES = 10;
const PLANS_PER_MUNICIPALITY = 4;
const TEAM_REFERENCE = 'BENCH-SINGLE-TEAM';
const LEAD_REFERENCE = 'BENCH-SINGLE-LEAD';

const MUTATIONS = {
  team: /* GraphQL */ `mutation BenchTeam($input: TeamInput!) { registerTeam(input: $input) { id } }`,
  member: /* GraphQL */ `mutation BenchMember($input: MemberInput!) { registerMember(input: $input) { id } }`,
  household: /* GraphQL */ `mutation BenchHousehold($input: HouseholdInput!) { registerHousehold(input: $input) { id } }`,
  planEvent: /* GraphQL */ `mutation BenchPlanEvent($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }`,
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
    await ask(MUTATIONS.household, {
      householdReference,
      districtCode: place.district_code,
      size: 2,
      adults: 1,
      minors: 1,
      eldestAgeBand: '27-44',
      registeredOn: isoDay(400),
      intakeChannel: 'SELF',
    });
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
  const places = await options.sql<{ municipality_id: string; district_code: string }[]>`
    select distinct on (d.municipality_id) d.municipality_id, d.id as district_code
    from districts d join municipalities m on m.id = d.municipality_id
    where m.valid_until is null
    order by d.municipality_id, d.id
    limit ${MUNICIPALITIES}`;
  if (places.length === 0) throw new NotAvailableError('no districts in the bench database');
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
