import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { createTestGateway, fieldOf, type GraphQLResponse, postGraphQL } from './harness.js';

// A team token names another team of its municipality in a write, and a team that does not
// exist: the two answers must be the same, or the token learns which references exist.

const MUNICIPALITY = 'GM0080';
const gateway = createTestGateway();
let teamToken: string;
let otherTeamId: string;
/** IDs of the rows written below, by the reference they were written with. */
const idOf = new Map<string, string>();

const REGISTER_TEAM = 'mutation ($input: TeamInput!) { registerTeam(input: $input) { id } }';
const team = (teamReference: string, district: string) => ({
  teamReference,
  name: `Wijkteam ${teamReference}`,
  kind: 'all-ages',
  districtCodes: [district],
  startedOn: '2016-01-01',
  accessMandate: 'own-mandate',
});

beforeAll(async () => {
  const municipality = await signDevelopmentToken({
    role: 'municipality',
    municipalityId: MUNICIPALITY,
  });
  const own = fieldOf<{ id: string }>(
    await postGraphQL(gateway, REGISTER_TEAM, {
      token: municipality,
      variables: { input: team('FR-OWN', 'WK008010') },
    }),
    'registerTeam',
  );
  otherTeamId = fieldOf<{ id: string }>(
    await postGraphQL(gateway, REGISTER_TEAM, {
      token: municipality,
      variables: { input: team('FR-OTHER', 'WK008011') },
    }),
    'registerTeam',
  ).id;
  await postGraphQL(
    gateway,
    'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
    {
      token: municipality,
      variables: {
        input: {
          householdReference: 'FR-HOUSEHOLD',
          districtCode: 'WK008010',
          size: 1,
          adults: 1,
          minors: 0,
          eldestAgeBand: '45-64',
          registeredOn: '2025-01-01',
          intakeChannel: 'SELF',
        },
      },
    },
  );
  teamToken = await signDevelopmentToken({
    role: 'team',
    municipalityId: MUNICIPALITY,
    teamId: own.id,
  });
  // The other team's member, household and plan, which the team token must not learn of.
  for (const [query, input] of OTHER_TEAM_ROWS) {
    const answer = await postGraphQL(gateway, query, { token: municipality, variables: { input } });
    expect(answer.body.errors).toBeUndefined();
    const written = Object.values(answer.body.data ?? {})[0] as { id: string };
    const reference = input.planReference ?? input.householdReference ?? input.memberReference;
    idOf.set(String(reference), written.id);
  }
});

const household = (householdReference: string, districtCode: string) => ({
  householdReference,
  districtCode,
  size: 1,
  adults: 1,
  minors: 0,
  eldestAgeBand: '45-64',
  registeredOn: '2025-01-01',
  intakeChannel: 'SELF',
});

/** Rows of both teams written by the municipality: members, a household each, an open plan each. */
const OTHER_TEAM_ROWS: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ...['OWN', 'OTHER'].map(
    (team) =>
      [
        'mutation ($input: MemberInput!) { registerMember(input: $input) { id } }',
        {
          memberReference: `FR-${team}-MEMBER`,
          teamReference: `FR-${team}`,
          discipline: 'SOCIAL_WORKER',
          ring: 'core',
          contractedHours: 32,
          hoursInWijk: 28,
          secondingOrganisation: 'Amaryllis',
          startedOn: '2020-01-01',
        },
      ] as const,
  ),
  [
    'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
    household('FR-OTHER-HOUSEHOLD', 'WK008011'),
  ],
  ...(
    [
      ['FR-OWN-PLAN', 'FR-HOUSEHOLD', 'FR-OWN'],
      ['FR-OTHER-PLAN', 'FR-OTHER-HOUSEHOLD', 'FR-OTHER'],
    ] as const
  ).map(
    ([planReference, householdReference, teamReference]) =>
      [
        'mutation ($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }',
        { planReference, householdReference, teamReference, type: 'OPENED', date: '2025-01-02' },
      ] as const,
  ),
];

/** The answer without the reference it names, so two answers can be compared. */
const shapeOf = (response: GraphQLResponse, reference: string) =>
  JSON.stringify({ status: response.status, errors: response.body.errors }).replaceAll(
    reference,
    '<reference>',
  );

describe('a team token naming another team', () => {
  const writes: ReadonlyArray<readonly [string, string, (reference: string) => object]> = [
    [
      'opening a plan in it',
      'mutation ($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }',
      (teamReference) => ({
        input: {
          planReference: `FR-PLAN-${teamReference}`,
          householdReference: 'FR-HOUSEHOLD',
          teamReference,
          type: 'OPENED',
          date: '2025-02-01',
        },
      }),
    ],
    [
      'registering an event for it',
      'mutation ($input: RegisteredEventInput!) { recordRegisteredEvent(input: $input) { id } }',
      (teamReference) => ({
        input: {
          householdReference: 'FR-HOUSEHOLD',
          teamReference,
          type: 'eviction-prevented',
          occurredOn: '2025-02-01',
        },
      }),
    ],
  ];

  it.each(writes)(
    'gets the same answer as for a team that does not exist: %s',
    async (_name, query, variables) => {
      const other = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: variables('FR-OTHER') as Record<string, unknown>,
      });
      const missing = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: variables('FR-NOWHERE') as Record<string, unknown>,
      });
      expect(other.body.errors?.length).toBeGreaterThan(0);
      expect(shapeOf(other, 'FR-OTHER')).toBe(shapeOf(missing, 'FR-NOWHERE'));
    },
  );

  it('gets the same answer for a story of another team as for a team id that does not exist', async () => {
    const story = (teamId: string) => ({
      input: {
        teamId,
        period: '2025-Q1',
        title: 'Een verhaal',
        text: 'Een verhaal van een team over wat het werk in de wijk opleverde.',
        lifeDomains: ['finances'],
      },
    });
    const query = 'mutation ($input: StoryInput!) { writeStory(input: $input) { id } }';
    const nowhere = 'f0000000-0000-4000-8000-000000000000';
    const other = await postGraphQL(gateway, query, {
      token: teamToken,
      variables: story(otherTeamId),
    });
    const missing = await postGraphQL(gateway, query, {
      token: teamToken,
      variables: story(nowhere),
    });
    expect(other.body.errors?.length).toBeGreaterThan(0);
    expect(shapeOf(other, otherTeamId)).toBe(shapeOf(missing, nowhere));
  });
});

const PLAN_EVENT = 'mutation ($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }';
const ASSESSMENT = 'mutation ($input: AssessmentInput!) { recordAssessment(input: $input) { id } }';
const REGISTERED_EVENT =
  'mutation ($input: RegisteredEventInput!) { recordRegisteredEvent(input: $input) { id } }';

/**
 * Every reference a team token can send, each written with another team's existing row and with
 * one that exists nowhere: [what, mutation, input for a reference, the other team's reference].
 */
const REFERENCES: ReadonlyArray<
  readonly [string, string, (reference: string) => Record<string, unknown>, string]
> = [
  [
    'a plan opened for its household',
    PLAN_EVENT,
    (householdReference) => ({
      planReference: `FR-NEW-${householdReference}`,
      householdReference,
      teamReference: 'FR-OWN',
      type: 'OPENED',
      date: '2025-02-01',
    }),
    'FR-OTHER-HOUSEHOLD',
  ],
  [
    'its plan, given an event',
    PLAN_EVENT,
    (planReference) => ({
      planReference,
      type: 'CLOSED',
      date: '2025-02-01',
      closureReason: 'OTHER',
    }),
    'FR-OTHER-PLAN',
  ],
  [
    'its member, made lead of an own plan',
    PLAN_EVENT,
    (leadMemberReference) => ({
      planReference: 'FR-OWN-PLAN',
      type: 'ACTIVATED',
      date: '2025-02-01',
      leadMemberReference,
    }),
    'FR-OTHER-MEMBER',
  ],
  [
    'its household, assessed',
    ASSESSMENT,
    (householdReference) => ({
      householdReference,
      assessedOn: '2025-02-01',
      moment: 'intake',
      finances: 2,
    }),
    'FR-OTHER-HOUSEHOLD',
  ],
  [
    'its plan, named by an assessment of an own household',
    ASSESSMENT,
    (planReference) => ({
      householdReference: 'FR-HOUSEHOLD',
      planReference,
      assessedOn: '2025-02-01',
      moment: 'intake',
      finances: 2,
    }),
    'FR-OTHER-PLAN',
  ],
  [
    'its household, given a registered event',
    REGISTERED_EVENT,
    (householdReference) => ({
      householdReference,
      type: 'eviction-prevented',
      occurredOn: '2025-02-01',
    }),
    'FR-OTHER-HOUSEHOLD',
  ],
  [
    'its plan, named by a registered event of an own household',
    REGISTERED_EVENT,
    (planReference) => ({
      householdReference: 'FR-HOUSEHOLD',
      planReference,
      type: 'eviction-prevented',
      occurredOn: '2025-02-01',
    }),
    'FR-OTHER-PLAN',
  ],
  [
    // A team registers no household at all (the municipality does), so it cannot learn from
    // the answer whether a reference is taken.
    'its household, registered again in an own district',
    'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
    (householdReference) => household(householdReference, 'WK008010'),
    'FR-OTHER-HOUSEHOLD',
  ],
];

describe('a team token naming another team’s rows by reference', () => {
  it.each(REFERENCES)(
    'gets the same answer as for a reference that exists nowhere: %s',
    async (_what, query, input, reference) => {
      const other = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: { input: input(reference) },
      });
      const missing = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: { input: input('FR-NOWHERE') },
      });
      expect(other.body.errors?.length).toBeGreaterThan(0);
      expect(shapeOf(other, reference)).toBe(shapeOf(missing, 'FR-NOWHERE'));
    },
  );
});

describe('a team token asking for another team’s rows by ID', () => {
  const NOWHERE = 'f0000000-0000-4000-8000-000000000001';
  const questions: ReadonlyArray<readonly [string, string, () => string]> = [
    ['its team', 'query ($id: String!) { team(id: $id) { id name } }', () => otherTeamId],
    [
      'its plan',
      'query ($id: String!) { plan(id: $id) { id status } }',
      () => idOf.get('FR-OTHER-PLAN') ?? '',
    ],
    [
      'the plans of its team',
      'query ($id: String!) { plans(teamId: $id) { edges { node { id } } } }',
      () => otherTeamId,
    ],
  ];

  it.each(questions)(
    'gets the same answer as for an ID that exists nowhere: %s',
    async (_what, query, id) => {
      const other = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: { id: id() },
      });
      const missing = await postGraphQL(gateway, query, {
        token: teamToken,
        variables: { id: NOWHERE },
      });
      expect(id()).toMatch(/^[0-9a-f-]{36}$/);
      expect(shapeOf(other, id())).toBe(shapeOf(missing, NOWHERE));
    },
  );
});
