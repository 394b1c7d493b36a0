import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { insertBenchmarkFixture, LEEUWARDEN, PREVENTED } from './benchmark-fixtures.js';
import { codesOf, createTestGateway, fieldOf, postGraphQL, testDatabase } from './harness.js';

// Before a municipality publishes a group it sees exactly what everyone else will see: the
// preview and, after publishing, an institute's comparison hold the same figures.

const gateway = createTestGateway();

beforeAll(async () => {
  // Leeuwarden publishes nothing; its prevented evictions of 2025 are 40, 3, 42 and 43.
  await insertBenchmarkFixture(testDatabase.db);
});

const PREVIEW = `query ($group: IndicatorGroup!) {
  publicationPreview(indicatorGroup: $group, from: "2025-Q1", to: "2025-Q4") {
    indicatorGroup isPublished
    figures { indicator { code } period value n suppression { reason threshold } }
  } }`;
const PUBLISH = `mutation ($group: IndicatorGroup!, $isPublished: Boolean!) {
  setPublication(indicatorGroup: $group, isPublished: $isPublished) { indicatorGroup isPublished } }`;
const COMPARE = `query ($input: CompareInput!) { compare(input: $input) { indicators { periods {
  period figures { municipality { code } value n suppression { reason threshold } } } } } }`;

interface Shown {
  period: string;
  value: number | null;
  n: number | null;
  suppression: { reason: string; threshold: number | null } | null;
}

const leeuwarden = () => signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });

/** Leeuwarden's prevented evictions of 2025 as an institute's comparison shows them. */
async function comparedByInstitute(): Promise<Shown[]> {
  const token = await signDevelopmentToken({ role: 'institute' });
  const shown: Shown[] = [];
  for (const [granularity, from, to] of [
    ['QUARTER', '2025-Q1', '2025-Q4'],
    ['YEAR', '2025', '2025'],
  ] as const) {
    const response = await postGraphQL(gateway, COMPARE, {
      token,
      variables: {
        input: {
          indicatorCodes: [PREVENTED],
          municipalityCodes: [LEEUWARDEN],
          granularity,
          from,
          to,
        },
      },
    });
    const periods =
      fieldOf<{
        indicators: {
          periods: ({ period: string } & {
            figures: (Shown & { municipality: { code: string } })[];
          })[];
        }[];
      }>(response, 'compare').indicators[0]?.periods ?? [];
    for (const period of periods) {
      const figure = period.figures.find((entry) => entry.municipality.code === LEEUWARDEN);
      if (figure)
        shown.push({
          period: period.period,
          value: figure.value,
          n: figure.n,
          suppression: figure.suppression,
        });
    }
  }
  return shown.sort((a, b) => a.period.localeCompare(b.period));
}

describe('the publication preview', () => {
  it('shows before publishing exactly what an institute sees after it', async () => {
    const token = await leeuwarden();
    const preview = fieldOf<{
      indicatorGroup: string;
      isPublished: boolean;
      figures: (Shown & { indicator: { code: string } })[];
    }>(
      await postGraphQL(gateway, PREVIEW, { token, variables: { group: 'SAFETY' } }),
      'publicationPreview',
    );
    expect(preview).toMatchObject({ indicatorGroup: 'SAFETY', isPublished: false });
    const prevented = preview.figures
      .filter((figure) => figure.indicator.code === PREVENTED)
      .map(({ indicator: _indicator, ...figure }) => figure);
    // Three households in 2025-Q2 is a small number; as the year is published, one more
    // quarter (the smallest) must go too, or 2025 minus the other quarters would give it away.
    expect(prevented.map((figure) => [figure.period, figure.suppression?.reason ?? null])).toEqual([
      ['2025', null],
      ['2025-Q1', 'DERIVABLE'],
      ['2025-Q2', 'SMALL_NUMBER'],
      ['2025-Q3', null],
      ['2025-Q4', null],
    ]);
    expect(prevented.find((figure) => figure.period === '2025-Q2')).toMatchObject({
      value: null,
      n: null,
    });

    // Not published yet: an institute sees none of it.
    expect((await comparedByInstitute()).map((figure) => figure.suppression?.reason)).toEqual(
      Array(5).fill('NOT_PUBLISHED'),
    );
    const published = await postGraphQL(gateway, PUBLISH, {
      token,
      variables: { group: 'SAFETY', isPublished: true },
    });
    expect(published.body.errors).toBeUndefined();
    expect(await comparedByInstitute()).toEqual(prevented);
  });

  it('is only for the municipality that chooses: a team, an institute and a visitor are refused', async () => {
    for (const token of [
      await signDevelopmentToken({
        role: 'team',
        municipalityId: LEEUWARDEN,
        teamId: '11111111-1111-4111-8111-111111111111',
      }),
      await signDevelopmentToken({ role: 'institute' }),
      undefined,
    ]) {
      const refused = await postGraphQL(gateway, PREVIEW, {
        ...(token ? { token } : {}),
        variables: { group: 'SAFETY' },
      });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
  });
});
