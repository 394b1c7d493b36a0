import type { DatabaseHandle } from '@wijknet/db';
import { queryRows } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { AMSTERDAM, LEEUWARDEN } from './fixtures.js';
import {
  codesOf,
  createTestGateway,
  fieldOf,
  postGraphQL,
  TEST_TARGETS,
  testDatabase,
} from './harness.js';

const REGISTER_TEAM = /* GraphQL */ `
  mutation ($input: TeamInput!) {
    registerTeam(input: $input) { id name districts { code } }
  }
`;
const REGISTER_MEMBER = /* GraphQL */ `
  mutation ($input: MemberInput!) { registerMember(input: $input) { id ring hoursInWijk } }
`;
const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id districtCode size } }
`;
const RECORD_PLAN_EVENT = /* GraphQL */ `
  mutation ($input: PlanEventInput!) {
    recordPlanEvent(input: $input) { id status firstEscalatedOn events { sequence type } }
  }
`;
const RECORD_ASSESSMENT = /* GraphQL */ `
  mutation ($input: AssessmentInput!) {
    recordAssessment(input: $input) { id assessments { moment finances housing } }
  }
`;
const RECORD_REGISTERED_EVENT = /* GraphQL */ `
  mutation ($input: RegisteredEventInput!) {
    recordRegisteredEvent(input: $input) { id registeredEvents { type occurredOn } }
  }
`;
const SET_PUBLICATION = /* GraphQL */ `
  mutation ($group: IndicatorGroup!, $published: Boolean!) {
    setPublication(indicatorGroup: $group, isPublished: $published) { indicatorGroup isPublished }
  }
`;

const TEAM = {
  teamReference: 'FLT-NOORD',
  name: 'Frontlijnteam Noord',
  kind: 'all-ages',
  districtCodes: ['WK008010', 'WK008011'],
  startedOn: '2016-03-01',
  accessMandate: 'own-mandate',
};
const member = (reference: string, discipline: string) => ({
  memberReference: reference,
  teamReference: 'FLT-NOORD',
  discipline,
  ring: 'core',
  contractedHours: 32,
  hoursInWijk: 26.5,
  secondingOrganisation: 'Amaryllis',
  startedOn: '2016-03-01',
});
const HOUSEHOLD = {
  householdReference: 'ZK-7001',
  districtCode: 'WK008010',
  size: 3,
  adults: 2,
  minors: 1,
  eldestAgeBand: '27-44',
  registeredOn: '2024-02-01',
  intakeChannel: 'SCHOOL',
};

describe.each(TEST_TARGETS)('mutations on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let leeuwarden: string;
  let amsterdam: string;
  let institute: string;

  const count = async (table: string, municipalityId = LEEUWARDEN) => {
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from ${sql.raw(table)} where municipality_id = ${municipalityId}`,
    );
    return row?.count ?? 0;
  };

  beforeAll(async () => {
    database = target === 'pglite' ? testDatabase : await createTestDatabase(target);
    gateway = createTestGateway({ database: database.db });
    leeuwarden = await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
    amsterdam = await signDevelopmentToken({ role: 'municipality', municipalityId: AMSTERDAM });
    institute = await signDevelopmentToken({ role: 'institute' });
  });
  afterAll(async () => {
    if (target !== 'pglite') await database.close();
  });

  it('registers a team with its members, and registering it again changes nothing', async () => {
    const first = await postGraphQL(gateway, REGISTER_TEAM, {
      token: leeuwarden,
      variables: { input: TEAM },
    });
    const team = fieldOf<{ id: string; districts: Array<{ code: string }> }>(first, 'registerTeam');
    expect(team.districts.map((district) => district.code).sort()).toEqual([
      'WK008010',
      'WK008011',
    ]);
    for (const [reference, discipline] of [
      ['M-1', 'SOCIAL_WORKER'],
      ['M-2', 'COMMUNITY_WORKER'],
      ['M-3', 'DISTRICT_NURSE'],
    ] as const) {
      const written = await postGraphQL(gateway, REGISTER_MEMBER, {
        token: leeuwarden,
        variables: { input: member(reference, discipline) },
      });
      expect(fieldOf<{ hoursInWijk: number }>(written, 'registerMember').hoursInWijk).toBe(26.5);
    }
    const again = await postGraphQL(gateway, REGISTER_TEAM, {
      token: leeuwarden,
      variables: { input: TEAM },
    });
    expect(fieldOf<{ id: string }>(again, 'registerTeam').id).toBe(team.id);
    expect(await count('teams')).toBe(1);
    expect(await count('members')).toBe(3);
  });

  it('carries a plan through its life cycle and refuses an invalid transition with the rule', async () => {
    const household = await postGraphQL(gateway, REGISTER_HOUSEHOLD, {
      token: leeuwarden,
      variables: { input: HOUSEHOLD },
    });
    expect(fieldOf<{ size: number }>(household, 'registerHousehold').size).toBe(3);
    const event = (input: Record<string, unknown>) =>
      postGraphQL(gateway, RECORD_PLAN_EVENT, {
        token: leeuwarden,
        variables: { input: { planReference: 'P-7001', ...input } },
      });
    await event({
      type: 'OPENED',
      date: '2024-02-02',
      householdReference: 'ZK-7001',
      teamReference: 'FLT-NOORD',
    });
    const escalatedInIntake = await event({
      type: 'ESCALATED',
      date: '2024-02-03',
      escalationTarget: 'YOUTH_CARE',
    });
    expect(codesOf(escalatedInIntake)).toEqual(['BAD_USER_INPUT']);
    expect(escalatedInIntake.body.errors?.[0]?.message).toMatch(/intake/i);
    // The plan rule's own code, as when the plan package refuses an event directly.
    expect(escalatedInIntake.body.errors?.[0]?.extensions?.reason).toBe('escalation-during-intake');
    await event({ type: 'ACTIVATED', date: '2024-02-10', leadMemberReference: 'M-1' });
    const escalated = await event({
      type: 'ESCALATED',
      date: '2024-03-01',
      escalationTarget: 'DEBT_RELIEF',
    });
    const plan = fieldOf<{ status: string; firstEscalatedOn: string; events: unknown[] }>(
      escalated,
      'recordPlanEvent',
    );
    expect(plan).toMatchObject({ status: 'ACTIVE', firstEscalatedOn: '2024-03-01' });
    expect(plan.events).toHaveLength(3);
    await event({ type: 'CLOSED', date: '2024-09-01', closureReason: 'GOALS_ACHIEVED' });
    const closedAgain = await event({
      type: 'CLOSED',
      date: '2024-09-02',
      closureReason: 'GOALS_ACHIEVED',
    });
    expect(codesOf(closedAgain)).toEqual(['BAD_USER_INPUT']);
    expect(closedAgain.body.errors?.[0]?.message).toMatch(/closed/i);
    expect(await count('plan_events')).toBe(4);
  });

  it('records assessments and registered events, and the rollups follow at once', async () => {
    const assessed = await postGraphQL(gateway, RECORD_ASSESSMENT, {
      token: leeuwarden,
      variables: {
        input: {
          householdReference: 'ZK-7001',
          planReference: 'P-7001',
          assessedOn: '2024-02-10',
          moment: 'intake',
          finances: 2,
          housing: 3,
        },
      },
    });
    expect(fieldOf<{ assessments: unknown[] }>(assessed, 'recordAssessment').assessments).toEqual([
      { moment: 'intake', finances: 2, housing: 3 },
    ]);
    const registered = await postGraphQL(gateway, RECORD_REGISTERED_EVENT, {
      token: leeuwarden,
      variables: {
        input: {
          type: 'eviction-prevented',
          occurredOn: '2024-05-02',
          householdReference: 'ZK-7001',
        },
      },
    });
    expect(fieldOf<{ registeredEvents: unknown[] }>(registered, 'recordRegisteredEvent')).toEqual(
      expect.objectContaining({
        registeredEvents: [{ type: 'eviction-prevented', occurredOn: '2024-05-02' }],
      }),
    );
    const [rollup] = await queryRows<{ numerator: number }>(
      database.db,
      sql`select numerator from indicator_rollups
           where municipality_id = ${LEEUWARDEN} and level = 'municipality'
             and indicator_code = 'evictions-prevented-per-1000-households' and period = '2024-Q2'`,
    );
    expect(rollup?.numerator).toBe(1);
  });

  it('refuses bad input by field and reason, and writes nothing', async () => {
    const before = await count('households');
    const bad = await postGraphQL(gateway, REGISTER_HOUSEHOLD, {
      token: leeuwarden,
      variables: {
        input: { ...HOUSEHOLD, householdReference: 'ZK-7002', districtCode: 'WK036300', size: 9 },
      },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.message).toMatch(/districtCode: /);
    expect(bad.body.errors?.[0]?.message).toMatch(/size: /);
    expect(await count('households')).toBe(before);
  });

  it('writes audit rows for household-level writes', async () => {
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from audit_log
           where municipality_id = ${LEEUWARDEN} and action = 'write'`,
    );
    expect(row?.count).toBeGreaterThanOrEqual(3);
  });

  it('sets the publication choice, which the published rollups follow', async () => {
    const published = await postGraphQL(gateway, SET_PUBLICATION, {
      token: leeuwarden,
      variables: { group: 'SAFETY', published: true },
    });
    const settings = fieldOf<Array<{ indicatorGroup: string; isPublished: boolean }>>(
      published,
      'setPublication',
    );
    expect(settings.filter((setting) => setting.isPublished)).toEqual([
      { indicatorGroup: 'SAFETY', isPublished: true },
    ]);
    const [visible] = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from published_indicator_rollups
           where municipality_id = ${LEEUWARDEN}`,
    );
    expect(visible?.count).toBeGreaterThan(0);
  });

  it('refuses writes by an institute, by no token, and by a team for team registration', async () => {
    const team = await signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: '11111111-1111-4111-8111-111111111111',
    });
    for (const token of [institute, undefined, team]) {
      const refused = await postGraphQL(gateway, REGISTER_TEAM, {
        ...(token ? { token } : {}),
        variables: { input: { ...TEAM, teamReference: 'FLT-X' } },
      });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
    expect(await count('teams')).toBe(1);
  });

  it('cannot write into another municipality: Amsterdam’s token with Leeuwarden’s districts', async () => {
    const refused = await postGraphQL(gateway, REGISTER_TEAM, {
      token: amsterdam,
      variables: { input: { ...TEAM, teamReference: 'AMS-1' } },
    });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(await count('teams', AMSTERDAM)).toBe(0);
    expect(await count('teams')).toBe(1);
  });
});
