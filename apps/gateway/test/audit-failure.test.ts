import type { DatabaseHandle } from '@wijknet/db';
import { queryRows } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { insertFixtures, LEEUWARDEN, LEEUWARDEN_TEAM } from './fixtures.js';
import { createTestGateway, postGraphQL, TEST_TARGETS } from './harness.js';

// The audit rows go out with the commit right behind them (and a caseload page writes its own in
// its statement), so nothing waits for the insert in between. Should the insert fail, nothing
// may be served and nothing the request wrote may stay.

const CASELOAD = /* GraphQL */ `
  query ($teamId: String) {
    plans(teamId: $teamId) { edges { node { id events { type } latestAssessment { finances } } } }
  }
`;
const UNCOMPILED_CASELOAD = /* GraphQL */ `
  query ($teamId: String) { plans(teamId: $teamId) { edges { node { id goals { id } } } } }
`;
const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }
`;

describe.each(TEST_TARGETS)('when the audit log refuses rows, on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;

  beforeAll(async () => {
    database = await createTestDatabase(target);
    await insertFixtures(database.db);
    await database.db.execute(sql`revoke insert on audit_log from wijknet_app`);
    gateway = createTestGateway({ database: database.db });
  });

  afterAll(() => database.close());

  it('serves no plan, whichever way the page is read', async () => {
    const token = await signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: LEEUWARDEN_TEAM,
    });
    for (const query of [CASELOAD, UNCOMPILED_CASELOAD]) {
      const response = await postGraphQL(gateway, query, {
        token,
        variables: { teamId: LEEUWARDEN_TEAM },
      });
      expect(response.body.errors).toHaveLength(1);
      expect(JSON.stringify(response.body.data ?? null)).not.toContain('edges');
    }
  });

  it('keeps no write whose audit row failed', async () => {
    const count = async () =>
      (
        await queryRows<{ count: number }>(
          database.db,
          sql`select count(*)::int as count from households where municipality_id = ${LEEUWARDEN}`,
        )
      )[0]?.count;
    const before = await count();
    const response = await postGraphQL(gateway, REGISTER_HOUSEHOLD, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      variables: {
        input: {
          householdReference: 'ZK-AUDIT',
          districtCode: 'WK008010',
          size: 1,
          adults: 1,
          minors: 0,
          eldestAgeBand: '27-44',
          registeredOn: '2024-02-01',
          intakeChannel: 'SCHOOL',
        },
      },
    });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.data?.registerHousehold ?? null).toBeNull();
    expect(await count()).toBe(before);
  });
});
