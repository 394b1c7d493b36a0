import type { DatabaseHandle } from '@wijknet/db';
import { schema as tables } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import {
  AMSTERDAM,
  AMSTERDAM_HOUSEHOLD,
  insertFixtures,
  LEEUWARDEN,
  LEEUWARDEN_HOUSEHOLD,
  LEEUWARDEN_PLAN,
  LEEUWARDEN_TEAM,
  OTHER_LEEUWARDEN_TEAM,
} from './fixtures.js';
import {
  codesOf,
  createTestGateway,
  fieldOf,
  postGraphQL,
  TEST_TARGETS,
  testDatabase,
} from './harness.js';

const tokens = {
  leeuwarden: () => signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
  amsterdam: () => signDevelopmentToken({ role: 'municipality', municipalityId: AMSTERDAM }),
  team: (teamId: string) =>
    signDevelopmentToken({ role: 'team', municipalityId: LEEUWARDEN, teamId }),
  institute: () => signDevelopmentToken({ role: 'institute' }),
};

describe.each(TEST_TARGETS)('on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let leeuwardenDistrict: string;

  beforeAll(async () => {
    database = target === 'pglite' ? testDatabase : await createTestDatabase(target);
    ({ leeuwardenDistrict } = await insertFixtures(database.db));
    gateway = createTestGateway({ database: database.db });
  });

  afterAll(async () => {
    if (database !== testDatabase) await database.close();
  });

  describe('public reference data', () => {
    it('lets anyone look up a municipality with its districts', async () => {
      const response = await postGraphQL(
        gateway,
        '{ municipality(code: "GM0080") { code name province districts { code name } } }',
      );
      const municipality = response.body.data?.municipality as {
        name: string;
        province: string;
        districts: Array<{ code: string }>;
      };
      expect(municipality.name).toBe('Leeuwarden');
      expect(municipality.province).toBe('Fryslân');
      expect(municipality.districts.length).toBeGreaterThan(0);
      expect(municipality.districts.every((d) => d.code.startsWith('WK0080'))).toBe(true);
    });

    it('pages through current municipalities of a province', async () => {
      const first = await postGraphQL(
        gateway,
        '{ municipalities(province: "Fryslân", first: 5) { edges { node { code } } pageInfo { hasNextPage endCursor } } }',
      );
      const page = first.body.data?.municipalities as {
        edges: Array<{ node: { code: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      expect(page.edges).toHaveLength(5);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await postGraphQL(
        gateway,
        'query ($after: String) { municipalities(province: "Fryslân", first: 5, after: $after) { edges { node { code } } } }',
        { variables: { after: page.pageInfo.endCursor } },
      );
      const nextCodes = fieldOf<{ edges: Array<{ node: { code: string } }> }>(
        next,
        'municipalities',
      ).edges.map((edge) => edge.node.code);
      const lastOfFirstPage = page.edges.at(-1)?.node.code ?? '';
      expect(nextCodes[0]?.localeCompare(lastOfFirstPage)).toBe(1);
    });

    it('finds municipalities by part of the name or the start of the CBS code', async () => {
      const codesFor = async (search: string) => {
        const response = await postGraphQL(
          gateway,
          'query ($search: String) { municipalities(search: $search, first: 20) { edges { node { code name } } } }',
          { variables: { search } },
        );
        return fieldOf<{ edges: Array<{ node: { code: string; name: string } }> }>(
          response,
          'municipalities',
        ).edges.map((edge) => edge.node);
      };
      expect((await codesFor('leeuw')).map((m) => m.code)).toEqual(['GM0080']);
      expect((await codesFor('gm0080')).map((m) => m.name)).toEqual(['Leeuwarden']);
      const byCodePrefix = await codesFor('GM036');
      expect(byCodePrefix.length).toBeGreaterThan(1);
      expect(byCodePrefix.every((m) => m.code.startsWith('GM036'))).toBe(true);
      // LIKE wildcards are matched literally, not as patterns.
      expect(await codesFor('%')).toEqual([]);
      expect(await codesFor('_')).toEqual([]);
    });

    it('refuses a malformed municipality code with a message that says what to send', async () => {
      const response = await postGraphQL(gateway, '{ municipality(code: "Leeuwarden") { name } }');
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.message).toMatch(
        /not a CBS municipality code .*"GM" and 4 digits/,
      );
    });

    it('lists the indicator registry with Dutch and English names', async () => {
      const response = await postGraphQL(gateway, '{ indicators { code name { nl en } unit } }');
      const indicators = response.body.data?.indicators as Array<{
        code: string;
        name: { nl: string };
      }>;
      expect(indicators.length).toBeGreaterThan(5);
      expect(indicators.every((indicator) => indicator.name.nl.length > 0)).toBe(true);
    });

    it('refuses tenant data to an anonymous caller', async () => {
      const response = await postGraphQL(gateway, '{ teams { edges { node { name } } } }');
      expect(codesOf(response)).toEqual(['FORBIDDEN']);
      expect(response.body.data).toBeNull();
    });
  });

  describe("a municipality's own data", () => {
    const TEAMS = '{ teams { edges { node { id name members { discipline hoursInWijk } } } } }';

    it('shows a municipality its own teams only', async () => {
      const response = await postGraphQL(gateway, TEAMS, { token: await tokens.leeuwarden() });
      const names = fieldOf<{ edges: Array<{ node: { name: string } }> }>(
        response,
        'teams',
      ).edges.map((edge) => edge.node.name);
      expect(names).toEqual(['Wijkteam Noord', 'Wijkteam Zuid']);
    });

    it('runs the basic-model composition checks from @wijknet/team', async () => {
      const response = await postGraphQL(
        gateway,
        `{ team(id: "${LEEUWARDEN_TEAM}") { compositionChecks(asOf: "2025-06-01", locale: "en") { check verdict reason } } }`,
        { token: await tokens.leeuwarden() },
      );
      const checks = fieldOf<{ compositionChecks: Array<{ check: string; verdict: string }> }>(
        response,
        'team',
      ).compositionChecks;
      expect(checks).toHaveLength(5);
      expect(checks.find((c) => c.check === 'core-covers-generalist-domains')?.verdict).toBe(
        'pass',
      );
    });

    it('keeps another municipality’s rows out of reach even by ID', async () => {
      const response = await postGraphQL(
        gateway,
        `{ team(id: "${LEEUWARDEN_TEAM}") { name } households { edges { node { id } } } }`,
        { token: await tokens.amsterdam() },
      );
      expect(response.body.data?.team).toBeNull();
      const ids = fieldOf<{ edges: Array<{ node: { id: string } }> }>(
        response,
        'households',
      ).edges.map((edge) => edge.node.id);
      expect(ids).toEqual([AMSTERDAM_HOUSEHOLD]);
    });

    it('gives an institute no household, not even through the schema', async () => {
      const response = await postGraphQL(gateway, '{ households { edges { node { id } } } }', {
        token: await tokens.institute(),
      });
      expect(codesOf(response)).toEqual(['FORBIDDEN']);
    });

    it('narrows a team token to its own caseload', async () => {
      const query = '{ plans { edges { node { id status events { type } } } } }';
      const own = await postGraphQL(gateway, query, { token: await tokens.team(LEEUWARDEN_TEAM) });
      expect(own.body.data?.plans).toEqual({
        edges: [
          {
            node: {
              id: LEEUWARDEN_PLAN,
              status: 'ACTIVE',
              events: [{ type: 'OPENED' }, { type: 'ACTIVATED' }],
            },
          },
        ],
      });
      const other = await postGraphQL(gateway, query, {
        token: await tokens.team(OTHER_LEEUWARDEN_TEAM),
      });
      expect(other.body.data?.plans).toEqual({ edges: [] });
    });

    it('gives each plan its household’s latest assessment, read with the plans', async () => {
      await database.db.insert(tables.assessments).values([
        {
          municipalityId: LEEUWARDEN,
          householdId: LEEUWARDEN_HOUSEHOLD,
          planId: LEEUWARDEN_PLAN,
          assessedOn: '2025-01-10',
          moment: 'intake',
          finances: 2,
        },
        {
          municipalityId: LEEUWARDEN,
          householdId: LEEUWARDEN_HOUSEHOLD,
          planId: LEEUWARDEN_PLAN,
          assessedOn: '2025-04-10',
          moment: 'follow-up',
          finances: 3,
        },
      ]);
      const response = await postGraphQL(
        gateway,
        '{ plans { edges { node { id latestAssessment { assessedOn moment finances housing } } } } }',
        { token: await tokens.team(LEEUWARDEN_TEAM) },
      );
      expect(response.body.data?.plans).toEqual({
        edges: [
          {
            node: {
              id: LEEUWARDEN_PLAN,
              latestAssessment: {
                assessedOn: '2025-04-10',
                moment: 'follow-up',
                finances: 3,
                housing: null,
              },
            },
          },
        ],
      });
    });

    it('filters plans by status, period and district', async () => {
      const token = await tokens.leeuwarden();
      const count = async (args: string) => {
        const response = await postGraphQL(
          gateway,
          `{ plans(${args}) { edges { node { id } } } }`,
          {
            token,
          },
        );
        return fieldOf<{ edges: unknown[] }>(response, 'plans').edges.length;
      };
      expect(await count('status: ACTIVE, period: "2025-Q1"')).toBe(1);
      expect(await count('period: "2025-Q2"')).toBe(0);
      expect(await count('status: CLOSED')).toBe(0);
      expect(await count(`districtCode: "${leeuwardenDistrict}"`)).toBe(1);
      expect(await count('districtCode: "WK008099"')).toBe(0);
    });

    it('audits every household read: who, what and when', async () => {
      const readsOfHousehold = async () =>
        (await database.db.query.auditLog.findMany()).filter((row) =>
          row.subjectIds.includes(LEEUWARDEN_HOUSEHOLD),
        );
      const before = await readsOfHousehold();
      await postGraphQL(gateway, '{ households { edges { node { id size } } } }', {
        token: await tokens.leeuwarden(),
      });
      const after = await readsOfHousehold();
      expect(after.length).toBe(before.length + 1);
      const row = after.find((candidate) => !before.some((seen) => seen.id === candidate.id));
      expect(row).toMatchObject({
        municipalityId: LEEUWARDEN,
        actor: `development:municipality:${LEEUWARDEN}`,
        role: 'municipality',
        action: 'read',
        subjectType: 'household',
      });
      expect(row?.occurredAt).toBeTruthy();
      expect(tables.auditLog).toBeDefined();
    });

    it('lists plans opened on one day by ID, descending, and pages on without repeating one', async () => {
      const ids = [
        'a0000000-0000-4000-8000-000000000001',
        'a0000000-0000-4000-8000-000000000002',
        'a0000000-0000-4000-8000-000000000003',
      ];
      await database.db.insert(tables.plans).values(
        ids.map((id) => ({
          municipalityId: LEEUWARDEN,
          id,
          householdId: LEEUWARDEN_HOUSEHOLD,
          teamId: OTHER_LEEUWARDEN_TEAM,
          // Closed the day they opened: a household has one open plan at most.
          status: 'closed',
          openedOn: '2024-06-03',
          closedOn: '2024-06-03',
          closureReason: 'moved',
        })),
      );
      const token = await tokens.team(OTHER_LEEUWARDEN_TEAM);
      const page = async (after: string | null) => {
        const response = await postGraphQL(
          gateway,
          `query ($after: String) { plans(teamId: "${OTHER_LEEUWARDEN_TEAM}", first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { token, variables: { after } },
        );
        return fieldOf<{
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        }>(response, 'plans');
      };
      const first = await page(null);
      expect(first.edges.map(({ node }) => node.id)).toEqual([ids[2], ids[1]]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await page(first.pageInfo.endCursor);
      expect(second.edges.map(({ node }) => node.id)).toEqual([ids[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });
  });
});
