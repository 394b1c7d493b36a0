import { schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { GRONINGEN, insertBenchmarkFixture, LEEUWARDEN, PREVENTED } from './benchmark-fixtures.js';
import { createTestGateway, type GraphQLResponse, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
const PERIODS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024'];
/** Groningen's prevented evictions in 2024 by district; each column adds up to the fixture's total. */
const COUNTS = [
  [12, 12, 14, 16],
  [5, 6, 6, 6],
  [3, 4, 4, 4],
];
let districtIds: string[] = [];

beforeAll(async () => {
  await insertBenchmarkFixture(testDatabase.db);
  const districts = await testDatabase.db.query.districts.findMany({
    where: { municipalityId: GRONINGEN },
    orderBy: { id: 'asc' },
    limit: 3,
  });
  districtIds = districts.map((district) => district.id);
  await testDatabase.db.insert(schema.indicatorRollups).values(
    districts.flatMap((district, index) => {
      const quarters = COUNTS[index] as number[];
      return [...quarters, quarters.reduce((sum, n) => sum + n, 0)].map((n, period) => ({
        municipalityId: GRONINGEN,
        level: 'district',
        unitId: district.id,
        period: PERIODS[period] as string,
        indicatorCode: PREVENTED,
        numerator: n,
        denominator: 2000,
        n,
      }));
    }),
  );
});

const QUERY = `query ($code: String!, $period: String!) { municipality(code: $code) {
  districtFigures(indicatorCode: "${PREVENTED}", period: $period) {
    district { code } value n suppression { reason } suppressedForOthers { reason }
  } } }`;

type Figure = {
  district: { code: string };
  value: number | null;
  n: number | null;
  suppression: { reason: string } | null;
  suppressedForOthers: { reason: string } | null;
};
const figuresOf = (response: GraphQLResponse) =>
  (response.body.data?.municipality as { districtFigures: Figure[] } | undefined)
    ?.districtFigures ?? [];

async function districtFigures(token: string, code: string, period: string) {
  const response = await postGraphQL(gateway, QUERY, { token, variables: { code, period } });
  expect(response.body.errors).toBeUndefined();
  return figuresOf(response).filter(
    (figure) => code !== GRONINGEN || districtIds.includes(figure.district.code),
  );
}

describe('district figures', () => {
  it('withholds small districts and enough others that none follows from the municipality’s total', async () => {
    const token = await signDevelopmentToken({ role: 'institute' });
    const table = await Promise.all(
      PERIODS.map((period) => districtFigures(token, GRONINGEN, period)),
    );
    expect(table[0]?.map((figure) => figure.suppression?.reason ?? 'shown')).toEqual([
      'DERIVABLE',
      'SMALL_NUMBER',
      'SMALL_NUMBER',
    ]);
    // No period and no district has exactly one withheld cell beside published totals.
    for (const row of table) {
      expect(row.filter((figure) => figure.value === null)).not.toHaveLength(1);
    }
    for (const [column] of districtIds.entries()) {
      expect(table.filter((row) => row[column]?.value === null)).not.toHaveLength(1);
    }
  });

  it('shows the municipality its own districts in full, with how others see them', async () => {
    const token = await signDevelopmentToken({ role: 'municipality', municipalityId: GRONINGEN });
    const figures = await districtFigures(token, GRONINGEN, '2024-Q1');
    expect(figures.map((figure) => figure.n)).toEqual([12, 5, 3]);
    expect(figures.map((figure) => figure.suppressedForOthers?.reason)).toEqual([
      'DERIVABLE',
      'SMALL_NUMBER',
      'SMALL_NUMBER',
    ]);
  });

  it('names no figure of a municipality that does not publish', async () => {
    const token = await signDevelopmentToken({ role: 'institute' });
    const figures = await districtFigures(token, LEEUWARDEN, '2024-Q1');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures)
      expect(figure).toMatchObject({ value: null, suppression: { reason: 'NOT_PUBLISHED' } });
  });
});
