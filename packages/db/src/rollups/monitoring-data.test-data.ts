import { LIFE_DOMAINS, type LifeDomain, ZRM_SCORES, type ZrmScore } from '@wijknet/household';
import type { MonitoredEventKind } from '@wijknet/outcome-monitoring';
import { CLOSURE_REASONS } from '@wijknet/plan';
import { type Discipline, type GeneralistDomain, generalistDomainOf } from '@wijknet/team';
import fc from 'fast-check';

/**
 * Generated base rows of one municipality (teams, members, households, plans with goals,
 * escalations and assessments, registered events), as plain values: the property test writes
 * them to a database and hands the very same values to the TypeScript computation.
 */

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAY_MS = 86_400_000;
/** Days from 2023-01-01 to 2025-06-30: every generated date falls in this span. */
const LAST_DAY_INDEX = 911;

/** A day of the generated span as `YYYY-MM-DD`. */
export function dayOf(index: number): string {
  return new Date(FIRST_DAY + Math.min(index, LAST_DAY_INDEX) * DAY_MS).toISOString().slice(0, 10);
}

/** The index of the last day of the quarter that day `index` falls in. */
function quarterEndFrom(index: number): number {
  const date = new Date(FIRST_DAY + index * DAY_MS);
  const end = Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3 + 3, 0);
  return Math.round((end - FIRST_DAY) / DAY_MS);
}

/** A deterministic UUID per kind and index, so the database and the records share identities. */
function uuidOf(kind: number, index: number): string {
  return `00000000-0000-4000-8${kind}00-${index.toString(16).padStart(12, '0')}`;
}

export interface GeneratedTeam {
  id: string;
  startedOn: string;
  endedOn: string | null;
  /** Indexes into the districts the test picked; each district has one team. */
  districtIndexes: number[];
}

export interface GeneratedMember {
  id: string;
  teamId: string;
  discipline: Discipline;
  ring: 'core' | 'ring';
  generalistDomain: GeneralistDomain | null;
  contractedHours: number;
  hoursInTeam: number;
  hoursInWijk: number;
  startedOn: string;
  endedOn: string | null;
}

export interface GeneratedPlan {
  id: string;
  householdId: string;
  teamId: string;
  openedOn: string;
  activatedOn: string | null;
  leadMemberId: string | null;
  closedOn: string | null;
  closureReason: string | null;
  goalDomains: LifeDomain[];
  escalations: { escalatedOn: string; deEscalatedOn: string | null }[];
}

export interface GeneratedAssessment {
  planId: string;
  householdId: string;
  assessedOn: string;
  moment: 'intake' | 'follow-up' | 'closure';
  scores: Partial<Record<LifeDomain, ZrmScore>>;
}

export interface GeneratedHousehold {
  id: string;
  districtIndex: number;
  registeredOn: string;
}

export interface GeneratedEvent {
  kind: MonitoredEventKind;
  occurredOn: string;
  districtIndex: number | null;
  teamId: string | null;
}

export interface MonitoringData {
  teams: GeneratedTeam[];
  members: GeneratedMember[];
  households: GeneratedHousehold[];
  plans: GeneratedPlan[];
  assessments: GeneratedAssessment[];
  events: GeneratedEvent[];
}

/** Team 0 serves districts 0 and 1, team 1 districts 2 and 3. */
export const DISTRICTS_PER_TEAM = [
  [0, 1],
  [2, 3],
] as const;

const DISCIPLINES_DRAWN: Discipline[] = [
  'community-worker',
  'social-worker',
  'district-nurse',
  'debt-counsellor',
  'team-lead',
];

const day = (min = 0, max = LAST_DAY_INDEX) => fc.integer({ min, max });
const hours = fc.integer({ min: 2, max: 80 }).map((halves) => halves / 2);

const teamDraw = fc.record({ start: day(0, 700), end: fc.option(day(30, 400)) });
const memberDraw = fc.record({
  team: fc.integer({ min: 0, max: 1 }),
  discipline: fc.constantFrom(...DISCIPLINES_DRAWN),
  isCore: fc.boolean(),
  hours: fc.tuple(hours, hours, hours).map((values) => values.sort((a, b) => a - b)),
  start: day(0, 800),
  end: fc.option(day(1, 400)),
});
const assessmentDraw = fc.record({
  moment: fc.constantFrom('intake' as const, 'follow-up' as const, 'closure' as const),
  after: day(0, 500),
  scores: fc.array(fc.option(fc.constantFrom(...ZRM_SCORES)), {
    minLength: LIFE_DOMAINS.length,
    maxLength: LIFE_DOMAINS.length,
  }),
});
const planDraw = fc.record({
  open: day(0, 880),
  activateAfter: fc.option(day(0, 60)),
  closeAfter: fc.option(day(0, 500)),
  // plans closed on a quarter's last day are where "open during" and "open on" rules differ
  closesOnQuarterEnd: fc.boolean(),
  reason: fc.constantFrom(...CLOSURE_REASONS),
  lead: fc.nat(),
  goals: fc.subarray([...LIFE_DOMAINS], { maxLength: 3 }),
  escalations: fc.array(fc.record({ after: day(0, 200), lasts: fc.option(day(0, 500)) }), {
    maxLength: 2,
  }),
  assessments: fc.array(assessmentDraw, { maxLength: 4 }),
});
const householdDraw = fc.record({
  district: fc.integer({ min: 0, max: 3 }),
  registered: day(0, 880),
  plans: fc.array(planDraw, { maxLength: 2 }),
});
const eventDraw = fc.record({
  kind: fc.constantFrom(
    'eviction' as const,
    'eviction-prevented' as const,
    'supervision-order' as const,
  ),
  on: day(),
  district: fc.option(fc.integer({ min: 0, max: 3 })),
  withTeam: fc.boolean(),
});

type PlanDraw = typeof planDraw extends fc.Arbitrary<infer T> ? T : never;

function escalationsOf(draw: PlanDraw, openDay: number): GeneratedPlan['escalations'] {
  const escalations: GeneratedPlan['escalations'] = [];
  let from = openDay;
  for (const { after, lasts } of draw.escalations) {
    const escalatedDay = from + after;
    const deEscalatedDay = lasts === null ? null : escalatedDay + lasts;
    escalations.push({
      escalatedOn: dayOf(escalatedDay),
      deEscalatedOn: deEscalatedDay === null ? null : dayOf(deEscalatedDay),
    });
    // a plan is escalated again only after it was de-escalated
    if (deEscalatedDay === null) break;
    from = deEscalatedDay;
  }
  return escalations;
}

function assessmentsOf(draw: PlanDraw, plan: GeneratedPlan, openDay: number) {
  const seen = new Set<string>();
  const assessments: GeneratedAssessment[] = [];
  for (const { moment, after, scores } of draw.assessments) {
    const assessedOn = dayOf(openDay + after);
    // one assessment per plan, moment and day: which of two on one day is "the first" is not defined
    if (seen.has(`${moment}|${assessedOn}`)) continue;
    seen.add(`${moment}|${assessedOn}`);
    const scored = Object.fromEntries(
      LIFE_DOMAINS.flatMap((domain, index) => {
        const score = scores[index];
        return score === null || score === undefined ? [] : [[domain, score]];
      }),
    );
    assessments.push({
      planId: plan.id,
      householdId: plan.householdId,
      assessedOn,
      moment,
      scores: scored,
    });
  }
  return assessments;
}

/** Base rows of one municipality with two teams over four districts, 2023 to mid-2025. */
export const monitoringData: fc.Arbitrary<MonitoringData> = fc
  .record({
    teams: fc.tuple(teamDraw, teamDraw),
    members: fc.array(memberDraw, { maxLength: 16 }),
    households: fc.array(householdDraw, { maxLength: 14 }),
    events: fc.array(eventDraw, { maxLength: 12 }),
  })
  .map((draw): MonitoringData => {
    const teams = draw.teams.map(
      (team, index): GeneratedTeam => ({
        id: uuidOf(1, index),
        startedOn: dayOf(team.start),
        endedOn: team.end === null ? null : dayOf(team.start + team.end),
        districtIndexes: [...(DISTRICTS_PER_TEAM[index] ?? [])],
      }),
    );
    const members = draw.members.map((member, index): GeneratedMember => {
      const [wijk = 0, team = 0, contracted = 0] = member.hours;
      return {
        id: uuidOf(2, index),
        teamId: teams[member.team]?.id ?? '',
        discipline: member.discipline,
        ring: member.isCore && member.discipline !== 'team-lead' ? 'core' : 'ring',
        generalistDomain: generalistDomainOf(member.discipline),
        contractedHours: contracted,
        hoursInTeam: team,
        hoursInWijk: wijk,
        startedOn: dayOf(member.start),
        endedOn: member.end === null ? null : dayOf(member.start + member.end),
      };
    });
    const households: GeneratedHousehold[] = [];
    const plans: GeneratedPlan[] = [];
    const assessments: GeneratedAssessment[] = [];
    for (const [index, household] of draw.households.entries()) {
      const id = uuidOf(3, index);
      households.push({
        id,
        districtIndex: household.district,
        registeredOn: dayOf(household.registered),
      });
      const team =
        teams[
          DISTRICTS_PER_TEAM.findIndex((served) => served.some((d) => d === household.district))
        ];
      const teamMembers = members.filter((member) => member.teamId === team?.id);
      for (const [planIndex, draw] of household.plans.entries()) {
        const activatedDay = draw.activateAfter === null ? null : draw.open + draw.activateAfter;
        const closing =
          draw.closeAfter === null ? null : (activatedDay ?? draw.open) + draw.closeAfter;
        const closedDay =
          closing === null || !draw.closesOnQuarterEnd ? closing : quarterEndFrom(closing);
        const lead =
          activatedDay === null
            ? undefined
            : teamMembers[draw.lead % Math.max(1, teamMembers.length)];
        const plan: GeneratedPlan = {
          id: uuidOf(4, index * 2 + planIndex),
          householdId: id,
          teamId: team?.id ?? '',
          openedOn: dayOf(draw.open),
          activatedOn: activatedDay === null ? null : dayOf(activatedDay),
          leadMemberId: lead?.id ?? null,
          closedOn: closedDay === null ? null : dayOf(closedDay),
          closureReason: closedDay === null ? null : draw.reason,
          goalDomains: draw.goals,
          escalations: escalationsOf(draw, draw.open),
        };
        // The database holds at most one open plan (intake or active) per household.
        const hasOpenPlan = plans.some(
          (other) => other.householdId === id && other.closedOn === null,
        );
        if (plan.closedOn === null && hasOpenPlan) continue;
        plans.push(plan);
        assessments.push(...assessmentsOf(draw, plan, draw.open));
      }
    }
    const events = draw.events.map(
      (event): GeneratedEvent => ({
        kind: event.kind,
        occurredOn: dayOf(event.on),
        districtIndex: event.district,
        teamId:
          event.district === null || !event.withTeam
            ? null
            : (teams[event.district < 2 ? 0 : 1]?.id ?? null),
      }),
    );
    return { teams, members, households, plans, assessments, events };
  });
