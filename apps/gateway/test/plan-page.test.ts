import type { DatabaseHandle } from '@wijknet/db';
import { schema as tables } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { schema } from '../src/schema/index.js';
import {
  AMSTERDAM,
  insertFixtures,
  LEEUWARDEN,
  LEEUWARDEN_HOUSEHOLD,
  LEEUWARDEN_PLAN,
  LEEUWARDEN_TEAM,
  OTHER_LEEUWARDEN_TEAM,
} from './fixtures.js';
import { createTestGateway, fieldOf, postGraphQL, TEST_TARGETS, testDatabase } from './harness.js';

// A team's caseload: every page of plans, whatever it selects, is read by one statement
// (readCaseloadPage) that also writes its audit rows.

const HOUSEHOLDS = [
  'b0000000-0000-4000-8000-000000000001',
  'b0000000-0000-4000-8000-000000000002',
  'b0000000-0000-4000-8000-000000000003',
] as const;
const PLANS = [
  'c0000000-0000-4000-8000-000000000001',
  'c0000000-0000-4000-8000-000000000002',
  'c0000000-0000-4000-8000-000000000003',
] as const;

/** Three more households of the team, three more active plans, events and assessments. */
async function insertCaseload(handle: DatabaseHandle, districtId: string): Promise<void> {
  const { db } = handle;
  await db.insert(tables.households).values(
    HOUSEHOLDS.map((id) => ({
      municipalityId: LEEUWARDEN,
      id,
      districtId,
      referenceHash: id.replaceAll('-', '').padEnd(64, '0'),
      size: 1,
      adults: 1,
      minors: 0,
      eldestAgeBand: '65-74',
      registeredOn: '2025-01-10',
      intakeChannel: 'general-practitioner',
    })),
  );
  // Two plans opened on one day (ordered by ID, descending); each household has one open plan.
  const householdOf = [HOUSEHOLDS[0], HOUSEHOLDS[1], HOUSEHOLDS[2]];
  const openedOn = ['2025-03-01', '2025-03-01', '2025-01-20'];
  await db.insert(tables.plans).values(
    PLANS.map((id, index) => ({
      municipalityId: LEEUWARDEN,
      id,
      householdId: householdOf[index] as string,
      teamId: LEEUWARDEN_TEAM,
      status: 'active',
      openedOn: openedOn[index] as string,
      activatedOn: '2025-03-05',
    })),
  );
  await db.insert(tables.planEvents).values(
    PLANS.flatMap((planId, index) => [
      {
        municipalityId: LEEUWARDEN,
        planId,
        sequence: 1,
        type: 'opened',
        occurredOn: openedOn[index] as string,
        payload: { householdId: householdOf[index] },
      },
      {
        municipalityId: LEEUWARDEN,
        planId,
        sequence: 2,
        type: 'activated',
        occurredOn: '2025-03-05',
      },
    ]),
  );
  // The oldest of them was escalated to youth care, and de-escalated again.
  await db.insert(tables.planEvents).values([
    {
      municipalityId: LEEUWARDEN,
      planId: PLANS[2],
      sequence: 3,
      type: 'escalated',
      occurredOn: '2025-04-01',
      payload: { target: 'youth-care' },
    },
    {
      municipalityId: LEEUWARDEN,
      planId: PLANS[2],
      sequence: 4,
      type: 'de-escalated',
      occurredOn: '2025-06-01',
    },
  ]);
  // Two assessments of one day: the latest is the one with the higher ID.
  await db
    .insert(tables.assessments)
    .values([
      assessment('d0000000-0000-4000-8000-000000000001', LEEUWARDEN_HOUSEHOLD, '2025-02-10', 2),
      assessment('d0000000-0000-4000-8000-000000000002', HOUSEHOLDS[0], '2025-03-02', 1),
      assessment('d0000000-0000-4000-8000-000000000003', HOUSEHOLDS[0], '2025-03-02', 4),
      assessment('d0000000-0000-4000-8000-000000000004', HOUSEHOLDS[0], '2025-01-02', 5),
    ]);
}

const assessment = (id: string, householdId: string, assessedOn: string, finances: number) => ({
  municipalityId: LEEUWARDEN,
  id,
  householdId,
  assessedOn,
  moment: 'follow-up',
  finances,
});

const PLAN_FIELDS = `id teamId status openedOn activatedOn closedOn closureReason
  events { sequence type occurredOn payload }
  latestAssessment { id planId assessedOn moment finances housing parenting }`;

const caseloadQuery = (nodeFields: string, args = '') => `query ($teamId: String) {
  plans(teamId: $teamId, status: ACTIVE${args}) {
    edges { cursor node { ${nodeFields} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface PlanPage {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

type Pick = (node: Record<string, unknown>) => unknown;

/** Every field of a type without required arguments, objects with their own such fields, two deep. */
function everyField(type: GraphQLObjectType, depth = 2): string[] {
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => arg.type.toString().at(-1) !== '!'))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return [field.name];
      return depth > 0 ? [`${field.name} { ${everyField(named, depth - 1).join(' ')} }`] : [];
    });
}

/** Newest first, plans of one day by ID descending. */
const CASELOAD_ORDER = [PLANS[1], PLANS[0], LEEUWARDEN_PLAN, PLANS[2]];

describe.each(TEST_TARGETS)('on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;

  beforeAll(async () => {
    database = target === 'pglite' ? testDatabase : await createTestDatabase(target);
    const { leeuwardenDistrict } = await insertFixtures(database.db);
    await insertCaseload(database, leeuwardenDistrict);
    gateway = createTestGateway({ database: database.db });
  });

  afterAll(async () => {
    if (database !== testDatabase) await database.close();
  });

  const teamToken = (teamId: string, municipalityId = LEEUWARDEN) =>
    signDevelopmentToken({ role: 'team', municipalityId, teamId });

  async function readPage(query: string, token: string, variables: Record<string, unknown> = {}) {
    const response = await postGraphQL(gateway, query, { token, variables });
    expect(response.body.errors).toBeUndefined();
    return fieldOf<PlanPage>(response, 'plans');
  }

  /** The subjects a request's audit rows list, as `type:id`, sorted. */
  async function auditedBy(request: () => Promise<unknown>): Promise<string[]> {
    const before = await database.db.select().from(tables.auditLog);
    await request();
    const after = await database.db.select().from(tables.auditLog);
    const known = new Set(before.map((row) => row.id));
    return after
      .filter((row) => !known.has(row.id))
      .flatMap((row) => row.subjectIds.map((id) => `${row.subjectType}:${id}`))
      .sort();
  }

  it('answers a caseload page and audits every plan and every household whose assessment it shows', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    let page: PlanPage | undefined;
    const audited = await auditedBy(async () => {
      page = await readPage(caseloadQuery(PLAN_FIELDS), token, { teamId: LEEUWARDEN_TEAM });
    });
    expect(page?.edges.map(({ node }) => node.id)).toEqual(CASELOAD_ORDER);
    expect(page?.edges.map(({ node }) => node.latestAssessment)).toMatchObject([
      null,
      { id: 'd0000000-0000-4000-8000-000000000003', finances: 4 },
      { id: 'd0000000-0000-4000-8000-000000000001', finances: 2 },
      null,
    ]);
    expect(page?.edges[1]?.node.events).toEqual([
      {
        sequence: 1,
        type: 'OPENED',
        occurredOn: '2025-03-01',
        payload: JSON.stringify({ householdId: HOUSEHOLDS[0] }),
      },
      { sequence: 2, type: 'ACTIVATED', occurredOn: '2025-03-05', payload: '{}' },
    ]);
    expect(audited).toEqual(
      [
        ...[...PLANS, LEEUWARDEN_PLAN].map((id) => `plan:${id}`),
        `household:${HOUSEHOLDS[0]}`,
        `household:${LEEUWARDEN_HOUSEHOLD}`,
      ].sort(),
    );
    // Without the assessments, no household's read is recorded.
    const plansOnly = await auditedBy(() => readPage(caseloadQuery('id'), token));
    expect(plansOnly).toEqual([...PLANS, LEEUWARDEN_PLAN].map((id) => `plan:${id}`).sort());
  });

  it('answers aliases, type names, fragments, goals and the household with the same page', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    const response = await postGraphQL(
      gateway,
      `query ($teamId: String) {
        __typename
        caseload: plans(teamId: $teamId, status: ACTIVE, first: 2) {
          __typename
          edges { __typename cursor plan: node { __typename id ...Opened
            events { __typename sequence } goals { id } actions { kind } household { id } } }
          info: pageInfo { __typename hasNextPage hasPreviousPage }
        }
      }
      fragment Opened on Plan { opened: openedOn latest: latestAssessment { finances } }`,
      { token, variables: { teamId: LEEUWARDEN_TEAM } },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({
      __typename: 'Query',
      caseload: {
        __typename: 'QueryPlansConnection',
        edges: [
          {
            __typename: 'QueryPlansConnectionEdge',
            plan: {
              __typename: 'Plan',
              id: PLANS[1],
              opened: '2025-03-01',
              latest: null,
              events: [{ __typename: 'PlanEvent', sequence: 1 }, { sequence: 2 }],
              goals: [],
              actions: [],
              household: { id: HOUSEHOLDS[1] },
            },
          },
          { plan: { id: PLANS[0], latest: { finances: 4 } } },
        ],
        info: { __typename: 'PageInfo', hasNextPage: true, hasPreviousPage: false },
      },
    });
  });

  it('pages forward and back without repeating or skipping a plan', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    const first = await readPage(caseloadQuery('id', ', first: 2'), token);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await readPage(
      `query ($after: String) { plans(status: ACTIVE, first: 10, after: $after) {
        edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      token,
      { after: first.pageInfo.endCursor },
    );
    expect([...first.edges, ...rest.edges].map(({ node }) => node.id)).toEqual(CASELOAD_ORDER);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await readPage(
      `query ($before: String) { plans(status: ACTIVE, last: 2, before: $before) {
        edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      token,
      { before: rest.pageInfo.endCursor },
    );
    expect(back.edges.map(({ node }) => node.id)).toEqual(CASELOAD_ORDER.slice(1, 3));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('reads one plan, and a household’s plans, as the caseload does', async () => {
    const token = await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
    const one = await postGraphQL(
      gateway,
      `query ($id: String!) { plan(id: $id) { id events { type } latestAssessment { finances } } }`,
      { token, variables: { id: PLANS[0] } },
    );
    expect(fieldOf(one, 'plan')).toEqual({
      id: PLANS[0],
      events: [{ type: 'OPENED' }, { type: 'ACTIVATED' }],
      latestAssessment: { finances: 4 },
    });
    const households = await postGraphQL(
      gateway,
      '{ households { edges { node { id plans { id status } } } } }',
      { token },
    );
    expect(households.body.errors).toBeUndefined();
    const byHousehold = fieldOf<{ edges: { node: { id: string; plans: { id: string }[] } }[] }>(
      households,
      'households',
    );
    const plansOf = (household: string) =>
      byHousehold.edges
        .find(({ node }) => node.id === household)
        ?.node.plans.map((plan) => plan.id);
    // One open plan per household (the database refuses a second).
    expect(plansOf(HOUSEHOLDS[1])).toEqual([PLANS[1]]);
    expect(plansOf(HOUSEHOLDS[2])).toEqual([PLANS[2]]);
  });

  it('reads no plan outside the token’s team or municipality, whatever the arguments', async () => {
    const otherTeam = await readPage(
      caseloadQuery(PLAN_FIELDS),
      await teamToken(OTHER_LEEUWARDEN_TEAM),
      { teamId: LEEUWARDEN_TEAM },
    );
    expect(otherTeam.edges).toEqual([]);
    expect(otherTeam.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
    const amsterdam = await readPage(
      caseloadQuery(PLAN_FIELDS),
      await signDevelopmentToken({ role: 'municipality', municipalityId: AMSTERDAM }),
      { teamId: LEEUWARDEN_TEAM },
    );
    expect(amsterdam.edges).toEqual([]);
    const institute = await postGraphQL(gateway, caseloadQuery('id'), {
      token: await signDevelopmentToken({ role: 'institute' }),
    });
    expect(institute.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives every field of a plan the same value asked alone as asked with all the others', async () => {
    // A page reads only the columns its fields name: a field computed from other columns that
    // were not read would come back wrong when asked without them.
    const token = await teamToken(LEEUWARDEN_TEAM);
    const plan = schema.getType('Plan') as GraphQLObjectType;
    const fields = everyField(plan);
    const all = await readPage(caseloadQuery(fields.join(' ')), token);
    expect(all.edges.length).toBe(CASELOAD_ORDER.length);
    // Each field of a plan alone, then each field of its events and of its latest assessment.
    const nested = (relation: string, type: string) =>
      everyField(schema.getType(type) as GraphQLObjectType).map((field): [string, Pick] => [
        `${relation} { ${field} }`,
        (node) => {
          const key = field.split(' ')[0] as string;
          const only = (item: unknown) => item && { [key]: (item as Record<string, unknown>)[key] };
          const value = node[relation];
          return Array.isArray(value) ? value.map(only) : only(value);
        },
      ]);
    const alone: [string, Pick][] = [
      ...fields.map((field): [string, Pick] => [
        field,
        (node) => node[field.split(' ')[0] as string],
      ]),
      ...nested('events', 'PlanEvent'),
      ...nested('latestAssessment', 'Assessment'),
    ];
    for (const [selection, pick] of alone) {
      const page = await readPage(caseloadQuery(selection), token);
      expect(
        page.edges.map(({ node }) => pick(node)),
        selection,
      ).toEqual(all.edges.map(({ node }) => pick(node)));
    }
  });

  it('refuses an invalid page size, team or period as bad input', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    for (const [query, variables] of [
      [caseloadQuery('id', ', first: 101'), {}],
      [caseloadQuery('id', ', first: -1'), {}],
      [caseloadQuery('id', ', first: 1, last: 1'), {}],
      [caseloadQuery('id'), { teamId: 'not-a-uuid' }],
      [caseloadQuery('id', ', period: "2025-Q5"'), {}],
    ] as const) {
      const response = await postGraphQL(gateway, query, { token, variables });
      expect(response.status, query).toBe(200);
      expect(response.body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});
