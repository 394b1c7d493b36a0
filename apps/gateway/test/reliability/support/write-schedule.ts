/**
 * The writes the concurrency suite sends: for each round, a seeded number of clients (8 to 32),
 * each with one mutation aimed at the same household, its plan, its team and its member, chosen
 * from what the plan's state allows and what it refuses. The same seed gives the same schedule.
 */

/** A seeded generator (mulberry32): the schedule must replay exactly from its seed. */
export class ScheduleRandom {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }
}

/** Leeuwarden: the municipality whose rows every client writes to. */
export const MUNICIPALITY = 'GM0080';
export const DISTRICT = 'WK008010';
export const OTHER_DISTRICT = 'WK008011';
export const TEAM_REFERENCE = 'RACE-TEAM';
export const MEMBER_REFERENCE = 'RACE-MEMBER';
export const HOUSEHOLD_REFERENCE = 'RACE-HOUSEHOLD';

export const TEAM_INPUT = {
  teamReference: TEAM_REFERENCE,
  name: 'Wijkteam Race',
  kind: 'all-ages',
  districtCodes: [DISTRICT],
  startedOn: '2016-01-01',
  accessMandate: 'own-mandate',
};
export const memberInput = (hoursInWijk: number) => ({
  memberReference: MEMBER_REFERENCE,
  teamReference: TEAM_REFERENCE,
  discipline: 'SOCIAL_WORKER',
  ring: 'core',
  contractedHours: 36,
  hoursInWijk,
  secondingOrganisation: 'Amaryllis',
  startedOn: '2016-01-01',
});
export const HOUSEHOLD_INPUT = {
  householdReference: HOUSEHOLD_REFERENCE,
  districtCode: DISTRICT,
  size: 2,
  adults: 2,
  minors: 0,
  eldestAgeBand: '45-64',
  registeredOn: '2020-01-01',
  intakeChannel: 'SELF',
};

export const MUTATIONS = {
  planEvent: 'mutation ($input: PlanEventInput!) { recordPlanEvent(input: $input) { id status } }',
  assessment: 'mutation ($input: AssessmentInput!) { recordAssessment(input: $input) { id } }',
  member: 'mutation ($input: MemberInput!) { registerMember(input: $input) { id hoursInWijk } }',
  team: 'mutation ($input: TeamInput!) { registerTeam(input: $input) { id } }',
  registeredEvent:
    'mutation ($input: RegisteredEventInput!) { recordRegisteredEvent(input: $input) { id } }',
  publication:
    'mutation ($group: IndicatorGroup!, $published: Boolean!) { setPublication(indicatorGroup: $group, isPublished: $published) { indicatorGroup isPublished } }',
  story: 'mutation ($input: StoryInput!) { writeStory(input: $input) { id } }',
  storyPublication:
    'mutation ($id: ID!, $published: Boolean!) { setStoryPublication(storyId: $id, isPublished: $published) { id status } }',
  membership: 'mutation ($input: MembershipInput!) { createMembership(input: $input) { id } }',
} as const;

/** The identity provider the raced memberships are granted at. */
export const MEMBERSHIP_ISSUER = 'https://idp.race.test';

/** One client's write, with what the checks look for in the tables afterwards. */
export type ScheduledWrite =
  | {
      readonly kind: 'planEvent';
      readonly input: Record<string, unknown>;
      /** What a stored event matching this write has in its payload (ids as stored). */
      readonly payload: Record<string, unknown>;
    }
  | { readonly kind: 'assessment'; readonly input: Record<string, unknown> }
  | { readonly kind: 'member'; readonly input: ReturnType<typeof memberInput> }
  | { readonly kind: 'team'; readonly input: typeof TEAM_INPUT }
  | { readonly kind: 'registeredEvent'; readonly input: Record<string, unknown> }
  | { readonly kind: 'publication'; readonly group: string; readonly published: boolean }
  | { readonly kind: 'story'; readonly input: Record<string, unknown> }
  | { readonly kind: 'storyPublication'; readonly storyId: string; readonly published: boolean }
  /** Sent with an admin token: only an admin grants memberships. */
  | { readonly kind: 'membership'; readonly input: Record<string, unknown> };

/** The plan of the household as the round starts. */
export interface PlanSnapshot {
  readonly reference: string;
  readonly status: 'intake' | 'active' | 'closed';
}

/** A closed list's value as the GraphQL enum names it: `youth-care` is `YOUTH_CARE`. */
export const graphqlEnum = (value: string) => value.toUpperCase().replaceAll('-', '_');
/** The domain's value of a GraphQL enum value, as the tables store it: `GOAL_SET` is `goal-set`. */
export const domainValue = (value: string) => value.toLowerCase().replaceAll('_', '-');

const GROUPS = ['ACCESS', 'COMPOSITION', 'HOURS', 'OUTCOMES', 'SAFETY'] as const;
const TARGETS = ['youth-care', 'debt-relief'] as const;
const REASONS = ['goals-achieved', 'moved'] as const;
const DOMAINS = ['finances', 'housing'] as const;

/**
 * The day of a round: one day per round, so every round's events come after the last round's.
 * From April 2026 so that a write's rollup refresh covers a few recent periods, as a
 * municipality's daily writes do, rather than every kept period since 2023.
 */
export function dayOfRound(round: number): string {
  const day = new Date(Date.UTC(2026, 3, 1 + round));
  return day.toISOString().slice(0, 10);
}

interface RoundContext {
  readonly round: number;
  readonly date: string;
  readonly plan: PlanSnapshot | undefined;
  readonly memberId: string;
  readonly teamId: string;
  /** The story every round publishes and withdraws. */
  readonly storyId: string;
}

function planEvent(
  plan: string,
  date: string,
  fields: Record<string, unknown>,
  payload: Record<string, unknown> = {},
): ScheduledWrite {
  return { kind: 'planEvent', input: { planReference: plan, date, ...fields }, payload };
}

/** A plan event that the plan's state allows, or one that it refuses, at random. */
function planWrite(random: ScheduleRandom, context: RoundContext): ScheduledWrite {
  const { plan, date, round } = context;
  const opening = (suffix: string) =>
    planEvent(`RACE-PLAN-${round}-${suffix}`, date, {
      type: 'OPENED',
      householdReference: HOUSEHOLD_REFERENCE,
      teamReference: TEAM_REFERENCE,
    });
  // With no open plan, most clients try to open one, under up to three references at once.
  if (plan === undefined || plan.status === 'closed' || random.next() < 0.15)
    return opening(random.pick(['a', 'b', 'c']));
  const ref = plan.reference;
  const target = random.pick(TARGETS);
  const reason = random.pick(REASONS);
  const domain = random.pick(DOMAINS);
  const choices: ScheduledWrite[] = [
    planEvent(
      ref,
      date,
      { type: 'ACTIVATED', leadMemberReference: MEMBER_REFERENCE },
      {
        leadMemberId: context.memberId,
      },
    ),
    planEvent(ref, date, { type: 'ESCALATED', escalationTarget: graphqlEnum(target) }, { target }),
    planEvent(ref, date, { type: 'DE_ESCALATED' }),
    planEvent(ref, date, { type: 'CLOSED', closureReason: graphqlEnum(reason) }, { reason }),
    planEvent(
      ref,
      date,
      { type: 'GOAL_SET', lifeDomain: domain, startLevel: 2, targetLevel: 4 },
      { lifeDomain: domain, startLevel: 2, targetLevel: 4 },
    ),
    planEvent(
      ref,
      date,
      { type: 'ACTION_ADDED', actionKind: 'OWN_NETWORK' },
      {
        kind: 'own-network',
      },
    ),
  ];
  // Closing is rarer than the rest, so plans live for a few rounds.
  const pick = random.pick(choices);
  if (pick.kind === 'planEvent' && pick.input.type === 'CLOSED' && random.next() < 0.6)
    return random.pick(choices.slice(0, 3));
  return pick;
}

/** A write to one of the other rows every client shares: assessment, member, team, ... */
function sharedRowWrite(random: ScheduleRandom, context: RoundContext, client: number) {
  const { date, round } = context;
  const writes: Array<() => ScheduledWrite> = [
    () => ({
      kind: 'assessment',
      input: {
        householdReference: HOUSEHOLD_REFERENCE,
        assessedOn: date,
        moment: 'follow-up',
        finances: random.integer(1, 5),
        housing: random.integer(1, 5),
      },
    }),
    () => ({ kind: 'member', input: memberInput(random.pick([24, 26, 28, 30, 32])) }),
    () => ({
      kind: 'team',
      input: {
        ...TEAM_INPUT,
        districtCodes: random.next() < 0.5 ? [DISTRICT] : [DISTRICT, OTHER_DISTRICT],
      },
    }),
    () => ({
      kind: 'registeredEvent',
      input: {
        householdReference: HOUSEHOLD_REFERENCE,
        type: 'eviction-prevented',
        occurredOn: date,
      },
    }),
    () => ({ kind: 'publication', group: random.pick(GROUPS), published: random.next() < 0.5 }),
    () => ({
      kind: 'story',
      input: {
        teamId: context.teamId,
        period: `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`,
        title: `Race ${round}-${client}`,
        text: 'A story written while many other writes arrive at the very same moment.',
        lifeDomains: [random.pick(DOMAINS)],
      },
    }),
    () => ({ kind: 'storyPublication', storyId: context.storyId, published: random.next() < 0.5 }),
    // One person per round: every client of the round that grants it races the others.
    () => ({
      kind: 'membership',
      input: {
        issuer: MEMBERSHIP_ISSUER,
        subject: `race-${round}`,
        role: 'MUNICIPALITY',
        municipalityCode: MUNICIPALITY,
        label: `Race ${round}-${client}`,
      },
    }),
  ];
  return random.pick(writes)();
}

/** The writes of one round, one per client. */
export function scheduleRound(random: ScheduleRandom, context: RoundContext): ScheduledWrite[] {
  const clients = random.integer(8, 32);
  return Array.from({ length: clients }, (_, client) =>
    random.next() < 0.6 ? planWrite(random, context) : sharedRowWrite(random, context, client),
  );
}

/** The request a write is sent as. */
export function requestOf(write: ScheduledWrite): {
  query: string;
  variables: Record<string, unknown>;
} {
  if (write.kind === 'publication')
    return {
      query: MUTATIONS.publication,
      variables: { group: write.group, published: write.published },
    };
  if (write.kind === 'storyPublication')
    return {
      query: MUTATIONS.storyPublication,
      variables: { id: write.storyId, published: write.published },
    };
  return { query: MUTATIONS[write.kind], variables: { input: write.input } };
}
