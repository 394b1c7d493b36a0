import type { DatabaseHandle } from '@wijknet/db';
import { schema as tables } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { type FieldNode, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { plannedColumns } from '../src/execution/planned-page.js';
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
import {
  createTestGateway,
  fieldOf,
  type GraphQLResponse,
  postGraphQL,
  TEST_TARGETS,
  testDatabase,
} from './harness.js';

// A team's caseload: a first page of plans with their columns, events and latest assessment is
// read by one planned statement (readPlanPage) and executed compiled; any other selection or page
// as the drizzle plugin plans it. Both must answer, and audit, alike.

const HOUSEHOLDS = [
  'b0000000-0000-4000-8000-000000000001',
  'b0000000-0000-4000-8000-000000000002',
] as const;
const PLANS = [
  'c0000000-0000-4000-8000-000000000001',
  'c0000000-0000-4000-8000-000000000002',
  'c0000000-0000-4000-8000-000000000003',
] as const;

/** Two more households of the team, three more active plans, events and assessments. */
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
  // Two plans opened on one day (ordered by ID, descending) and one household with two plans.
  const householdOf = [HOUSEHOLDS[0], HOUSEHOLDS[1], HOUSEHOLDS[1]];
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

/** A team's caseload as the page shows it: no payloads, a few scores. */
const CASELOAD_FIELDS = `id status openedOn
  events { sequence type occurredOn }
  latestAssessment { assessedOn moment finances housing mentalHealth }`;

interface PlanPage {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

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

  /**
   * A team's first page with these fields, read planned and (with goals, which the planned read
   * does not hold) by the drizzle plugin, goals left out again; with what each audited.
   */
  async function plannedAndDrizzle(nodeFields: string) {
    const token = await teamToken(LEEUWARDEN_TEAM);
    const variables = { teamId: LEEUWARDEN_TEAM };
    let planned: PlanPage | undefined;
    let drizzle: PlanPage | undefined;
    const plannedAudit = await auditedBy(async () => {
      planned = await readPage(caseloadQuery(nodeFields), token, variables);
    });
    const drizzleAudit = await auditedBy(async () => {
      drizzle = await readPage(caseloadQuery(`${nodeFields} goals { id }`), token, variables);
    });
    for (const edge of drizzle?.edges ?? []) delete edge.node.goals;
    return { planned, drizzle, plannedAudit, drizzleAudit };
  }

  it('answers and audits a page of only some columns as the drizzle plugin does', async () => {
    const { planned, drizzle, plannedAudit, drizzleAudit } =
      await plannedAndDrizzle(CASELOAD_FIELDS);
    expect(planned?.edges).toHaveLength(4);
    expect(planned).toEqual(drizzle);
    expect(plannedAudit).toEqual(drizzleAudit);
  });

  it('answers and audits a caseload page as the drizzle plugin does', async () => {
    const { planned, drizzle, plannedAudit, drizzleAudit } = await plannedAndDrizzle(PLAN_FIELDS);
    expect(planned).toEqual(drizzle);
    expect(planned?.edges.map(({ node }) => node.id)).toEqual([
      PLANS[1],
      PLANS[0],
      LEEUWARDEN_PLAN,
      PLANS[2],
    ]);
    const latest = planned?.edges.map(({ node }) => node.latestAssessment);
    expect(latest).toMatchObject([
      null,
      { id: 'd0000000-0000-4000-8000-000000000003', finances: 4 },
      { id: 'd0000000-0000-4000-8000-000000000001', finances: 2 },
      null,
    ]);
    expect(planned?.edges[1]?.node.events).toEqual([
      {
        sequence: 1,
        type: 'opened',
        occurredOn: '2025-03-01',
        payload: JSON.stringify({ householdId: HOUSEHOLDS[0] }),
      },
      { sequence: 2, type: 'activated', occurredOn: '2025-03-05', payload: '{}' },
    ]);
    // Every plan read, and every household whose assessment was read.
    expect(plannedAudit).toEqual(
      [
        ...[...PLANS, LEEUWARDEN_PLAN].map((id) => `plan:${id}`),
        `household:${HOUSEHOLDS[0]}`,
        `household:${LEEUWARDEN_HOUSEHOLD}`,
      ].sort(),
    );
    expect(plannedAudit).toEqual(drizzleAudit);
  });

  it('answers aliases, type names and page info as the usual execution does', async () => {
    // `@include(if: true)` changes nothing but leaves the query to the usual execution.
    const query = (directive: string) => `query ($teamId: String) {
      __typename
      caseload: plans(teamId: $teamId, status: ACTIVE, first: 2) {
        __typename
        edges { __typename cursor plan: node ${directive} { __typename id opened: openedOn status
          events { __typename sequence occurredOn } latest: latestAssessment { __typename finances } } }
        info: pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    for (const teamId of [LEEUWARDEN_TEAM, OTHER_LEEUWARDEN_TEAM]) {
      const token = await teamToken(teamId);
      const variables = { teamId };
      let compiled: GraphQLResponse['body'] | undefined;
      let usual: GraphQLResponse['body'] | undefined;
      const compiledAudit = await auditedBy(async () => {
        compiled = (await postGraphQL(gateway, query(''), { token, variables })).body;
      });
      const usualAudit = await auditedBy(async () => {
        usual = (await postGraphQL(gateway, query('@include(if: true)'), { token, variables }))
          .body;
      });
      expect(compiled?.errors).toBeUndefined();
      expect(compiled).toEqual(usual);
      expect(compiledAudit).toEqual(usualAudit);
    }
    // The other team's page is empty: no edges, no cursors, nothing audited.
    const empty = await postGraphQL(gateway, query(''), {
      token: await teamToken(OTHER_LEEUWARDEN_TEAM),
      variables: { teamId: OTHER_LEEUWARDEN_TEAM },
    });
    expect(fieldOf(empty, 'caseload')).toMatchObject({
      edges: [],
      info: { hasNextPage: false, startCursor: null, endCursor: null },
    });
  });

  it('pages on from a planned first page without repeating or skipping a plan', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    const first = await readPage(caseloadQuery('id', ', first: 2'), token);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await readPage(
      `query ($after: String) { plans(status: ACTIVE, first: 10, after: $after) {
        edges { node { id } } pageInfo { hasNextPage } } }`,
      token,
      { after: first.pageInfo.endCursor },
    );
    expect([...first.edges, ...rest.edges].map(({ node }) => node.id)).toEqual([
      PLANS[1],
      PLANS[0],
      LEEUWARDEN_PLAN,
      PLANS[2],
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('reads no plan outside the token’s team or municipality, whatever the arguments', async () => {
    const otherTeam = await readPage(
      caseloadQuery(PLAN_FIELDS),
      await teamToken(OTHER_LEEUWARDEN_TEAM),
      { teamId: LEEUWARDEN_TEAM },
    );
    expect(otherTeam.edges).toEqual([]);
    const amsterdam = await readPage(
      caseloadQuery(PLAN_FIELDS),
      await signDevelopmentToken({ role: 'municipality', municipalityId: AMSTERDAM }),
      { teamId: LEEUWARDEN_TEAM },
    );
    expect(amsterdam.edges).toEqual([]);
  });

  it('refuses an invalid page size or team as the drizzle plugin does', async () => {
    const token = await teamToken(LEEUWARDEN_TEAM);
    const tooMany = await postGraphQL(gateway, caseloadQuery('id', ', first: 101'), { token });
    const badTeam = await postGraphQL(gateway, caseloadQuery('id'), {
      token,
      variables: { teamId: 'not-a-uuid' },
    });
    const uncompiled = await postGraphQL(
      gateway,
      caseloadQuery('id goals { id }', ', first: 101'),
      {
        token,
      },
    );
    expect(tooMany.body.errors?.map((error) => error.extensions?.code)).toEqual(
      uncompiled.body.errors?.map((error) => error.extensions?.code),
    );
    expect(tooMany.body.errors?.[0]?.message).toBe(uncompiled.body.errors?.[0]?.message);
    expect(badTeam.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the columns of a planned page', () => {
  const columnsOf = (nodeFields: string) => {
    const operation = parse(caseloadQuery(nodeFields)).definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const plans = schema.getQueryType()?.getFields().plans;
    if (!plans) throw new Error('the schema has no plans field');
    return plannedColumns({ returnType: plans.type, fieldNodes: [field] });
  };

  it('are what the fields read, with what authorisation and audit need', () => {
    const columns = columnsOf(CASELOAD_FIELDS);
    expect(new Set(columns.plans)).toEqual(new Set(['id', 'status', 'openedOn']));
    expect(new Set(columns.events)).toEqual(new Set(['sequence', 'type', 'occurredOn']));
    expect(new Set(columns.assessments)).toEqual(
      new Set(['householdId', 'assessedOn', 'moment', 'finances', 'housing', 'mentalHealth']),
    );
  });

  it('are all of a table one of whose fields reads the row its own way, none of one not asked', () => {
    const columns = columnsOf('id events { type payload }');
    expect(columns.events).toBeUndefined();
    expect(columns.assessments).toEqual([]);
  });
});
