import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { insertFixtures, LEEUWARDEN, LEEUWARDEN_TEAM } from './fixtures.js';
import { codesOf, createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();

beforeAll(async () => {
  await insertFixtures(testDatabase.db);
});

const FIGURES = `{ team(id: "${LEEUWARDEN_TEAM}") { figures(asOf: "2025-06-01") {
  coreSize fte hoursInWijkMean shareCoreAtLeast24Hours ftePer10000Inhabitants
  membersPerDomain { domain count } disciplineMix { discipline label { nl } count }
} } }`;

describe('team figures (detail for the own municipality)', () => {
  it('computes core size, FTE and hours in the wijk with @wijknet/team', async () => {
    const response = await postGraphQL(gateway, FIGURES, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
    });
    expect(response.body.errors).toBeUndefined();
    const figures = (response.body.data?.team as { figures: Record<string, unknown> } | undefined)
      ?.figures;
    expect(figures).toMatchObject({
      coreSize: 3,
      fte: 2.56,
      hoursInWijkMean: 26,
      shareCoreAtLeast24Hours: 2 / 3,
    });
    expect(figures?.ftePer10000Inhabitants).toEqual(expect.any(Number));
    expect(
      ((figures?.disciplineMix ?? []) as Array<{ count: number }>).reduce(
        (sum, entry) => sum + entry.count,
        0,
      ),
    ).toBe(3);
  });

  it('keeps the detail from an institute', async () => {
    const response = await postGraphQL(gateway, FIGURES, {
      token: await signDevelopmentToken({ role: 'institute' }),
    });
    expect(codesOf(response)).toContain('FORBIDDEN');
    expect(response.body.data?.team ?? null).toBeNull();
  });
});
