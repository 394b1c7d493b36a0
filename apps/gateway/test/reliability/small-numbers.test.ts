import { queryRows, refreshPublicFigures, schema as tables } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { AMSTERDAM, GRONINGEN, insertBenchmarkFixture, LEEUWARDEN } from '../benchmark-fixtures.js';
import { ask, createGatewayUnderTest, problemsWithAnswer } from './support/gateway-under-test.js';

// Small numbers: for every indicator, period range, granularity and municipality filter the API
// offers, no figure of another municipality with n below the threshold leaves the server, and no
// such figure follows from subtracting published ones (a year against its quarters, a
// municipality's total against its districts).
const THRESHOLD = 10;
const QUARTERS = [
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
];

const database = await createTestDatabase('pglite');
afterAll(() => database.close());
const gateway = createGatewayUnderTest(database.db);

interface Published {
  readonly municipality: string;
  readonly indicator: string;
  readonly period: string;
  readonly n: number | null;
  readonly value: number | null;
}

/**
 * Splits Groningen's 2024 totals over five of its districts, two of them small. The totals are
 * raised first (60 more a quarter, 240 a year, so a year stays the sum of its quarters), so the
 * three other districts are large enough to be shown.
 */
async function insertDistrictRollups(): Promise<void> {
  await database.db.execute(
    sql`update indicator_rollups
        set n = n + case when period = '2024' then 240 else 60 end,
            numerator = numerator + case when period = '2024' then 240 else 60 end
        where municipality_id = ${GRONINGEN} and level = 'municipality' and period like '2024%'`,
  );
  await refreshPublicFigures(database.db, GRONINGEN);
  const totals = await queryRows<{ indicator_code: string; period: string; n: number }>(
    database.db,
    sql`select indicator_code, period, n from indicator_rollups
        where municipality_id = ${GRONINGEN} and level = 'municipality' and period like '2024-Q%'`,
  );
  const districts = await database.db.query.districts.findMany({
    where: { municipalityId: GRONINGEN },
    orderBy: { id: 'asc' },
    limit: 5,
  });
  const rows = totals.flatMap((total) => {
    const small = Math.min(3, total.n);
    const smaller = Math.min(4, Math.max(0, total.n - 3));
    const shares = [small, smaller];
    const rest = Math.max(0, total.n - small - smaller);
    const split = [
      ...shares,
      Math.ceil(rest / 3),
      Math.floor(rest / 3),
      rest - Math.ceil(rest / 3) - Math.floor(rest / 3),
    ];
    return districts.map((district, index) => ({
      municipalityId: GRONINGEN,
      level: 'district',
      unitId: district.id,
      period: total.period,
      indicatorCode: total.indicator_code,
      numerator: split[index] ?? 0,
      denominator: district.households || 1,
      n: split[index] ?? 0,
    }));
  });
  if (rows.length > 0) await database.db.insert(tables.indicatorRollups).values(rows);
}

let indicatorCodes: string[] = [];
const tokens: Record<string, string> = {};

beforeAll(async () => {
  await insertBenchmarkFixture(database.db);
  await insertDistrictRollups();
  tokens.institute = await signDevelopmentToken({ role: 'institute' });
  tokens.leeuwarden = await signDevelopmentToken({
    role: 'municipality',
    municipalityId: LEEUWARDEN,
  });
  tokens.amsterdam = await signDevelopmentToken({
    role: 'municipality',
    municipalityId: AMSTERDAM,
  });
  const answer = await ask(gateway, { query: '{ indicators { code } }', token: tokens.institute });
  indicatorCodes = ((answer.body?.data?.indicators ?? []) as Array<{ code: string }>).map(
    (i) => i.code,
  );
});

const COMPARE = `query ($input: CompareInput!) { compare(input: $input) { indicators {
  indicator { code }
  periods { period
    figures { municipality { code } n value }
    allMunicipalities { municipalityCode n value } } } } }`;

/** Every combination of range, granularity and municipality filter the compare input offers. */
function compareInputs(indicators: readonly string[]): Array<Record<string, unknown>> {
  const ranges: Array<[string, string, 'QUARTER' | 'YEAR']> = [
    ...QUARTERS.map((quarter) => [quarter, quarter, 'QUARTER'] as [string, string, 'QUARTER']),
    ['2024-Q1', '2025-Q4', 'QUARTER'],
    ['2024', '2024', 'YEAR'],
    ['2025', '2025', 'YEAR'],
    ['2024', '2025', 'YEAR'],
  ];
  const filters: Array<string[] | undefined> = [
    undefined,
    [GRONINGEN],
    [AMSTERDAM, GRONINGEN],
    [LEEUWARDEN],
  ];
  return ranges.flatMap(([from, to, granularity]) =>
    filters.map((municipalityCodes) => ({
      indicatorCodes: indicators,
      from,
      to,
      granularity,
      ...(municipalityCodes ? { municipalityCodes } : {}),
    })),
  );
}

/** What a viewer may see of others, gathered over every request; its own figures excluded. */
async function publishedFor(
  token: string,
  own: string | undefined,
): Promise<{ figures: Published[]; requests: number }> {
  const figures: Published[] = [];
  let requests = 0;
  for (const input of compareInputs(indicatorCodes)) {
    const answer = await ask(gateway, { query: COMPARE, variables: { input }, token });
    requests += 1;
    expect(problemsWithAnswer(answer), JSON.stringify(input)).toEqual([]);
    const comparison = answer.body?.data?.compare as
      | {
          indicators: Array<{
            indicator: { code: string };
            periods: Array<{
              period: string;
              figures: Array<{
                municipality: { code: string };
                n: number | null;
                value: number | null;
              }>;
              allMunicipalities: Array<{
                municipalityCode: string;
                n: number | null;
                value: number | null;
              }>;
            }>;
          }>;
        }
      | undefined;
    for (const indicator of comparison?.indicators ?? []) {
      for (const period of indicator.periods) {
        const rows = [
          ...period.figures.map((f) => ({
            municipality: f.municipality.code,
            n: f.n,
            value: f.value,
          })),
          ...period.allMunicipalities.map((f) => ({
            municipality: f.municipalityCode,
            n: f.n,
            value: f.value,
          })),
        ];
        for (const row of rows) {
          if (row.municipality === own) continue;
          figures.push({ ...row, indicator: indicator.indicator.code, period: period.period });
        }
      }
    }
  }
  return { figures, requests };
}

const isSmall = (n: number) => n > 0 && n < THRESHOLD;

describe.each([
  ['an institute', 'institute', undefined],
  ['a municipality that does not publish', 'leeuwarden', LEEUWARDEN],
  ['a publishing municipality (others’ figures)', 'amsterdam', AMSTERDAM],
] as const)('small numbers as %s sees them', (_name, tokenName, own) => {
  let published: Published[] = [];

  beforeAll(async () => {
    const result = await publishedFor(tokens[tokenName] ?? '', own);
    published = result.figures;
    console.info(
      `small numbers (${tokenName}): ${result.requests} compare requests, ${published.length} figures checked`,
    );
  }, 120_000);

  it('publishes figures at all (so the sweep is not vacuous)', () => {
    expect(published.filter((figure) => figure.value !== null).length).toBeGreaterThan(0);
  });

  it('shows no figure below the threshold, and no n of a withheld one', () => {
    const leaks = published.filter(
      (figure) =>
        (figure.value !== null || figure.n !== null) && (figure.n === null || figure.n < THRESHOLD),
    );
    expect(leaks).toEqual([]);
  });

  it('lets no small number follow from a year minus its published quarters', () => {
    const byKey = new Map(
      published.map((f) => [`${f.municipality}|${f.indicator}|${f.period}`, f]),
    );
    const derived: string[] = [];
    let partlyWithheld = 0;
    for (const year of published.filter((f) => /^\d{4}$/.test(f.period) && f.n !== null)) {
      const quarters = [1, 2, 3, 4].map((q) =>
        byKey.get(`${year.municipality}|${year.indicator}|${year.period}-Q${q}`),
      );
      if (quarters.some((quarter) => quarter === undefined)) continue;
      const shown = quarters.filter((quarter) => quarter?.n !== null && quarter?.n !== undefined);
      const remainder = (year.n ?? 0) - shown.reduce((sum, quarter) => sum + (quarter?.n ?? 0), 0);
      if (shown.length < 4 && shown.length > 0) partlyWithheld += 1;
      if (shown.length < 4 && isSmall(remainder)) {
        derived.push(`${year.municipality} ${year.indicator} ${year.period}: ${remainder}`);
      }
    }
    expect(derived).toEqual([]);
    // Some years had quarters withheld and others shown: the subtraction was really tried.
    expect(partlyWithheld).toBeGreaterThan(0);
  });

  it('lets no small number follow from a municipality total minus its published districts', async () => {
    const derived: string[] = [];
    let withheldSome = 0;
    const totals = published.filter(
      (f) => f.municipality === GRONINGEN && f.n !== null && /Q/.test(f.period),
    );
    for (const total of totals) {
      const answer = await ask(gateway, {
        query: `{ municipality(code: "${GRONINGEN}") { districtFigures(indicatorCode: "${total.indicator}", period: "${total.period}") { n value } } }`,
        token: tokens[tokenName],
      });
      expect(problemsWithAnswer(answer)).toEqual([]);
      const districts =
        (
          answer.body?.data?.municipality as {
            districtFigures?: Array<{ n: number | null; value: number | null }>;
          } | null
        )?.districtFigures ?? [];
      for (const district of districts) {
        if (district.n !== null && district.n < THRESHOLD)
          derived.push(`district n ${district.n} shown`);
      }
      const shown = districts.filter((d) => d.n !== null);
      if (shown.length === 0 || shown.length === districts.length) continue;
      withheldSome += 1;
      const remainder = (total.n ?? 0) - shown.reduce((sum, d) => sum + (d.n ?? 0), 0);
      if (isSmall(remainder))
        derived.push(`${total.indicator} ${total.period}: remainder ${remainder}`);
    }
    expect(derived).toEqual([]);
    // Some totals had districts withheld and others shown: the subtraction was really tried.
    expect(withheldSome).toBeGreaterThan(0);
  }, 60_000);
});
