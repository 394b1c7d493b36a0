import { refreshPublicFigures, schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { AMSTERDAM, insertBenchmarkFixture, LEEUWARDEN } from './benchmark-fixtures.js';
import { createTestGateway, type GraphQLResponse, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();

beforeAll(async () => {
  await insertBenchmarkFixture(testDatabase.db);
  await testDatabase.db.insert(schema.indicatorRollups).values({
    municipalityId: LEEUWARDEN,
    level: 'municipality',
    unitId: LEEUWARDEN,
    period: '2025-Q1',
    indicatorCode: 'core-size',
    numerator: 30,
    denominator: 4,
    n: 4,
  });
  await refreshPublicFigures(testDatabase.db, LEEUWARDEN);
});

const PROFILE = `query ($code: String!) { municipality(code: $code) {
  teamProfile(granularity: QUARTER, from: "2025-Q1", to: "2025-Q2") {
    period
    coreSize { value n rank rankOutOf suppression { reason threshold } suppressedForOthers { reason } }
    teamsWithLead { value suppression { reason } }
  } } }`;

type Figure = Record<string, unknown>;
const profileOf = (response: GraphQLResponse) =>
  (response.body.data?.municipality as { teamProfile: Array<Record<string, Figure>> } | undefined)
    ?.teamProfile ?? [];

describe('team profile over time', () => {
  it('shows an institute the published composition, withholding n = 9 teams and showing n = 10', async () => {
    const response = await postGraphQL(gateway, PROFILE, {
      token: await signDevelopmentToken({ role: 'institute' }),
      variables: { code: AMSTERDAM },
    });
    expect(response.body.errors).toBeUndefined();
    const [q1, q2] = profileOf(response);
    expect(q1?.coreSize).toMatchObject({
      value: null,
      n: null,
      suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
    });
    expect(q2?.coreSize).toMatchObject({ n: 10, suppression: null });
    expect(typeof q2?.coreSize?.value).toBe('number');
    expect(q2?.teamsWithLead).toMatchObject({ value: null, suppression: { reason: 'NO_DATA' } });
  });

  it('shows a municipality its own unpublished small figures, and nobody else', async () => {
    const own = await postGraphQL(gateway, PROFILE, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      variables: { code: LEEUWARDEN },
    });
    expect(profileOf(own)[0]?.coreSize).toMatchObject({
      value: 7.5,
      n: 4,
      suppression: null,
      suppressedForOthers: { reason: 'NOT_PUBLISHED' },
    });
    const other = await postGraphQL(gateway, PROFILE, {
      token: await signDevelopmentToken({ role: 'institute' }),
      variables: { code: LEEUWARDEN },
    });
    expect(profileOf(other)[0]?.coreSize).toMatchObject({
      value: null,
      n: null,
      suppression: { reason: 'NOT_PUBLISHED' },
    });
  });
});
