import type { DatabaseHandle } from '@wijknet/db';
import { schema as tables } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { LEEUWARDEN } from './fixtures.js';
import { createTestGateway, fieldOf, postGraphQL, TEST_TARGETS, testDatabase } from './harness.js';

// What a team lead (teamleider) reads of its caseload: team and lead by name, what is due next,
// where specialist help was brought in. Written through the mutations, as a municipality would.

const WRITES = {
  team: 'mutation ($input: TeamInput!) { registerTeam(input: $input) { id } }',
  member: 'mutation ($input: MemberInput!) { registerMember(input: $input) { id } }',
  household: 'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
  event: 'mutation ($input: PlanEventInput!) { recordPlanEvent(input: $input) { id } }',
  assessment: 'mutation ($input: AssessmentInput!) { recordAssessment(input: $input) { id } }',
};

const CASELOAD = `{ plans(first: 10) { edges { node {
  id teamName status openedOn
  lead { discipline secondingOrganisation }
  latestAssessment { assessedOn }
  nextAssessment { moment dueOn isOverdue }
  escalations { target escalatedOn deEscalatedOn }
} } } }`;

const household = (householdReference: string) => ({
  householdReference,
  districtCode: 'WK008010',
  size: 2,
  adults: 2,
  minors: 0,
  eldestAgeBand: '45-64',
  registeredOn: '2025-01-02',
  intakeChannel: 'SELF',
});

describe.each(TEST_TARGETS)('a team lead’s caseload on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let teamToken: string;
  const before = process.env.WIJKNET_TODAY;

  async function write(kind: keyof typeof WRITES, input: Record<string, unknown>, token: string) {
    const response = await postGraphQL(gateway, WRITES[kind], { token, variables: { input } });
    expect(response.body.errors, JSON.stringify(input)).toBeUndefined();
    return response;
  }

  beforeAll(async () => {
    database = target === 'pglite' ? testDatabase : await createTestDatabase(target);
    gateway = createTestGateway({ database: database.db });
    const municipality = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
    });
    const team = await write(
      'team',
      {
        teamReference: 'FLT-NOORD',
        name: 'Frontlijnteam Noord',
        kind: 'all-ages',
        districtCodes: ['WK008010'],
        startedOn: '2016-03-01',
        accessMandate: 'own-mandate',
      },
      municipality,
    );
    const teamId = fieldOf<{ id: string }>(team, 'registerTeam').id;
    await write(
      'member',
      {
        memberReference: 'M-1',
        teamReference: 'FLT-NOORD',
        discipline: 'SOCIAL_WORKER',
        ring: 'core',
        contractedHours: 32,
        hoursInWijk: 26.5,
        secondingOrganisation: 'Amaryllis',
        startedOn: '2016-03-01',
      },
      municipality,
    );
    teamToken = await signDevelopmentToken({ role: 'team', municipalityId: LEEUWARDEN, teamId });
    await write('household', household('ZK-1'), municipality);
    await write('household', household('ZK-2'), municipality);
    const event = (planReference: string, input: Record<string, unknown>) =>
      write('event', { planReference, ...input }, teamToken);
    const opened = { type: 'OPENED', teamReference: 'FLT-NOORD' };
    await event('P-1', { ...opened, date: '2025-01-06', householdReference: 'ZK-1' });
    await write(
      'assessment',
      {
        householdReference: 'ZK-1',
        planReference: 'P-1',
        assessedOn: '2025-01-10',
        moment: 'intake',
        finances: 2,
      },
      teamToken,
    );
    await event('P-1', { type: 'ACTIVATED', date: '2025-01-13', leadMemberReference: 'M-1' });
    await event('P-1', {
      type: 'ESCALATED',
      date: '2025-02-03',
      escalationTarget: 'MENTAL_HEALTH_CARE',
    });
    await event('P-1', { type: 'DE_ESCALATED', date: '2025-05-12' });
    await event('P-2', { ...opened, date: '2025-03-01', householdReference: 'ZK-2' });
  });

  afterEach(() => {
    if (before === undefined) delete process.env.WIJKNET_TODAY;
    else process.env.WIJKNET_TODAY = before;
  });
  afterAll(async () => {
    if (database !== testDatabase) await database.close();
  });

  it('names the team and the lead, says what is due next and lists the escalations', async () => {
    process.env.WIJKNET_TODAY = '2025-04-10';
    const response = await postGraphQL(gateway, CASELOAD, { token: teamToken });
    expect(response.body.errors).toBeUndefined();
    const plans = fieldOf<{ edges: { node: Record<string, unknown> }[] }>(response, 'plans').edges;
    expect(plans.map(({ node }) => ({ ...node, id: undefined }))).toEqual([
      {
        id: undefined,
        teamName: 'Frontlijnteam Noord',
        status: 'INTAKE',
        openedOn: '2025-03-01',
        lead: null,
        latestAssessment: null,
        nextAssessment: { moment: 'intake', dueOn: '2025-03-01', isOverdue: true },
        escalations: [],
      },
      {
        id: undefined,
        teamName: 'Frontlijnteam Noord',
        status: 'ACTIVE',
        openedOn: '2025-01-06',
        lead: { discipline: 'SOCIAL_WORKER', secondingOrganisation: 'Amaryllis' },
        latestAssessment: { assessedOn: '2025-01-10' },
        // Three months after the intake assessment, due today and so not yet late.
        nextAssessment: { moment: 'follow-up', dueOn: '2025-04-10', isOverdue: false },
        escalations: [
          {
            target: 'MENTAL_HEALTH_CARE',
            escalatedOn: '2025-02-03',
            deEscalatedOn: '2025-05-12',
          },
        ],
      },
    ]);
  });

  it('marks the follow-up late the day after it was due, and audits the households it reads', async () => {
    process.env.WIJKNET_TODAY = '2025-04-11';
    const audited = async () => (await database.db.select().from(tables.auditLog)).length;
    const rowsBefore = await audited();
    const response = await postGraphQL(
      gateway,
      '{ plans(status: ACTIVE) { edges { node { nextAssessment { isOverdue } } } } }',
      { token: teamToken },
    );
    expect(response.body.data).toEqual({
      plans: { edges: [{ node: { nextAssessment: { isOverdue: true } } }] },
    });
    const rows = (await database.db.select().from(tables.auditLog)).slice(rowsBefore);
    expect(rows.map((row) => row.subjectType).sort()).toEqual(['household', 'plan']);
  });
});
