import { type Database, relations } from '@wijknet/db';
import { benchmarkStatistics, getIndicator } from '@wijknet/outcome-monitoring';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import {
  AMSTERDAM,
  type BenchmarkFixture,
  CORE_SIZE,
  GRONINGEN,
  HOUSEHOLDS,
  insertBenchmarkFixture,
  LEEUWARDEN,
  PREVENTED,
} from './benchmark-fixtures.js';
import { codesOf, createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
let fixture: BenchmarkFixture;

beforeAll(async () => {
  fixture = await insertBenchmarkFixture(testDatabase.db);
});

const COMPARE = `
  query Compare($input: CompareInput!) {
    compare(input: $input) {
      periods
      indicators {
        indicator { code }
        periods {
          period
          national { median p10 p25 p75 p90 mean standardDeviation municipalityCount }
          figures {
            municipality { code name }
            value n zScore rank rankOutOf changeOnPreviousPeriod
            suppression { reason threshold }
            suppressedForOthers { reason }
          }
          allMunicipalities { municipalityCode municipalityName value n suppression { reason } }
        }
      }
    }
  }
`;

interface Suppression {
  reason: string;
  threshold?: number | null;
}
interface Figure {
  municipality: { code: string; name: string };
  value: number | null;
  n: number | null;
  zScore: number | null;
  rank: number | null;
  rankOutOf: number | null;
  changeOnPreviousPeriod: number | null;
  suppression: Suppression | null;
  suppressedForOthers: Suppression | null;
}
interface MunicipalValue {
  municipalityCode: string;
  municipalityName: string;
  value: number | null;
  n: number | null;
  suppression: Suppression | null;
}
interface PeriodComparison {
  period: string;
  national: Record<string, number | null>;
  figures: Figure[];
  allMunicipalities: MunicipalValue[];
}
interface Comparison {
  periods: string[];
  indicators: Array<{ indicator: { code: string }; periods: PeriodComparison[] }>;
}

const tokens = {
  institute: () => signDevelopmentToken({ role: 'institute' }),
  leeuwarden: () => signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
  leeuwardenTeam: () =>
    signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: '11111111-1111-4111-8111-111111111111',
    }),
  amsterdam: () => signDevelopmentToken({ role: 'municipality', municipalityId: AMSTERDAM }),
};

async function compare(
  token: string | undefined,
  input: Record<string, unknown>,
  target = gateway,
) {
  const response = await postGraphQL(target, COMPARE, {
    ...(token ? { token } : {}),
    variables: { input },
  });
  return { response, comparison: response.body.data?.compare as Comparison | undefined };
}

const quarterInput = (indicatorCodes: string[], municipalityCodes: string[]) => ({
  indicatorCodes,
  municipalityCodes,
  granularity: 'QUARTER',
  from: '2025-Q1',
  to: '2025-Q4',
});

function periodOf(
  comparison: Comparison | undefined,
  code: string,
  period: string,
): PeriodComparison {
  const found = comparison?.indicators
    .find((entry) => entry.indicator.code === code)
    ?.periods.find((entry) => entry.period === period);
  if (!found) throw new Error(`no ${code} ${period} in the comparison`);
  return found;
}

const figureOf = (period: PeriodComparison, municipality: string) =>
  period.figures.find((figure) => figure.municipality.code === municipality);

/** What the fixture published for a municipality and period, as outcome-monitoring values it. */
function publishedValue(
  municipalityId: string,
  indicatorCode: string,
  period: string,
): number | undefined {
  const rollup = fixture.rollups.find(
    (row) =>
      row.municipalityId === municipalityId &&
      row.indicatorCode === indicatorCode &&
      row.period === period,
  );
  if (!rollup || !fixture.publishers.includes(municipalityId)) return undefined;
  const scale = indicatorCode === PREVENTED ? 1000 : 1;
  return ((rollup.numerator ?? rollup.n) / (rollup.denominator ?? HOUSEHOLDS)) * scale;
}

describe('compare: who may see what', () => {
  it('shows an anonymous caller exactly what an institute sees: the published figures', async () => {
    const input = quarterInput([PREVENTED], [AMSTERDAM, LEEUWARDEN]);
    const anonymous = await compare(undefined, input);
    const institute = await compare(await tokens.institute(), input);
    expect(anonymous.response.body.errors).toBeUndefined();
    expect(anonymous.comparison).toEqual(institute.comparison);
    const q3 = periodOf(anonymous.comparison, PREVENTED, '2025-Q3');
    expect(figureOf(q3, LEEUWARDEN)).toMatchObject({
      value: null,
      suppression: { reason: 'NOT_PUBLISHED' },
    });
    expect(q3.allMunicipalities.map((entry) => entry.municipalityCode)).not.toContain(LEEUWARDEN);
  });

  it('shows an institute published figures and names an unpublished municipality only when asked', async () => {
    const { response, comparison } = await compare(
      await tokens.institute(),
      quarterInput([PREVENTED], [AMSTERDAM, LEEUWARDEN]),
    );
    expect(response.body.errors).toBeUndefined();
    expect(comparison?.periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const q3 = periodOf(comparison, PREVENTED, '2025-Q3');
    expect(figureOf(q3, AMSTERDAM)?.value).toBeCloseTo(
      publishedValue(AMSTERDAM, PREVENTED, '2025-Q3') as number,
    );
    expect(figureOf(q3, LEEUWARDEN)).toMatchObject({
      value: null,
      n: null,
      suppression: { reason: 'NOT_PUBLISHED' },
    });
    expect(q3.allMunicipalities.map((entry) => entry.municipalityCode)).not.toContain(LEEUWARDEN);
    expect(q3.allMunicipalities.map((entry) => entry.municipalityName)).not.toContain('Leeuwarden');
    expect(q3.allMunicipalities).toHaveLength(fixture.publishers.length);
    expect(q3.national.municipalityCount).toBe(fixture.publishers.length);
  });

  it('shows a municipality its own unpublished figures in full, small ones included, placed against the nation', async () => {
    const { comparison } = await compare(
      await tokens.leeuwarden(),
      quarterInput([PREVENTED], [LEEUWARDEN]),
    );
    const q2 = periodOf(comparison, PREVENTED, '2025-Q2');
    const own = figureOf(q2, LEEUWARDEN);
    expect(own).toMatchObject({
      n: 3,
      suppression: null,
      suppressedForOthers: { reason: 'NOT_PUBLISHED' },
    });
    expect(own?.value).toBeCloseTo((3 / HOUSEHOLDS) * 1000);
    // Last of the published values plus its own: it prevented fewest evictions.
    expect(own?.rankOutOf).toBe((q2.national.municipalityCount as number) + 1);
    expect(own?.rank).toBe(own?.rankOutOf);
    // Its own figure never enters the national distribution, so everyone sees the same one.
    const { comparison: asInstitute } = await compare(
      await tokens.institute(),
      quarterInput([PREVENTED], []),
    );
    expect(q2.national).toEqual(periodOf(asInstitute, PREVENTED, '2025-Q2').national);
    expect(q2.allMunicipalities.map((entry) => entry.municipalityCode)).toContain(LEEUWARDEN);
  });

  it('gives a team its municipality’s figures, but never one below the threshold', async () => {
    const { comparison } = await compare(
      await tokens.leeuwardenTeam(),
      quarterInput([PREVENTED], [LEEUWARDEN]),
    );
    const q2 = figureOf(periodOf(comparison, PREVENTED, '2025-Q2'), LEEUWARDEN);
    expect(q2).toMatchObject({
      value: null,
      n: null,
      suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
    });
    // With the year published to the team, the smallest other quarter goes as well.
    const q1 = figureOf(periodOf(comparison, PREVENTED, '2025-Q1'), LEEUWARDEN);
    expect(q1).toMatchObject({ value: null, suppression: { reason: 'DERIVABLE' } });
    const q3 = figureOf(periodOf(comparison, PREVENTED, '2025-Q3'), LEEUWARDEN);
    expect(q3?.value).toBeCloseTo((42 / HOUSEHOLDS) * 1000);
  });

  it('shows another municipality only the published aggregates of Leeuwarden, which are none', async () => {
    const { comparison } = await compare(
      await tokens.amsterdam(),
      quarterInput([PREVENTED], [LEEUWARDEN]),
    );
    for (const period of comparison?.indicators[0]?.periods ?? []) {
      expect(figureOf(period, LEEUWARDEN)?.suppression?.reason).toBe('NOT_PUBLISHED');
      expect(period.allMunicipalities.map((entry) => entry.municipalityCode)).not.toContain(
        LEEUWARDEN,
      );
    }
  });
});

describe('compare: small numbers and derivable figures', () => {
  it('withholds n = 9 and shows n = 10', async () => {
    const { comparison } = await compare(
      await tokens.institute(),
      quarterInput([CORE_SIZE], [AMSTERDAM]),
    );
    expect(figureOf(periodOf(comparison, CORE_SIZE, '2025-Q1'), AMSTERDAM)).toMatchObject({
      value: null,
      n: null,
      zScore: null,
      rank: null,
      suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
    });
    const shown = figureOf(periodOf(comparison, CORE_SIZE, '2025-Q2'), AMSTERDAM);
    expect(shown).toMatchObject({ n: 10, suppression: null });
    expect(shown?.value).toBe(publishedValue(AMSTERDAM, CORE_SIZE, '2025-Q2'));
    // The change needs the previous figure, which is withheld.
    expect(shown?.changeOnPreviousPeriod).toBeNull();
  });

  it('withholds a second quarter so no quarter follows from the year minus the others', async () => {
    const input = { indicatorCodes: [PREVENTED], municipalityCodes: [GRONINGEN] };
    const { comparison: quarters } = await compare(await tokens.institute(), {
      ...input,
      granularity: 'QUARTER',
      from: '2025-Q1',
      to: '2025-Q4',
    });
    const { comparison: years } = await compare(await tokens.institute(), {
      ...input,
      granularity: 'YEAR',
      from: '2025',
      to: '2025',
    });
    const year = figureOf(periodOf(years, PREVENTED, '2025'), GRONINGEN);
    const quarterFigures = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((period) =>
      figureOf(periodOf(quarters, PREVENTED, period), GRONINGEN),
    );
    const reasons = quarterFigures.map((figure) => figure?.suppression?.reason ?? 'shown');
    expect(reasons).toEqual(['shown', 'DERIVABLE', 'shown', 'SMALL_NUMBER']);
    expect(year?.n).toBe(60);
    // Year minus the shown quarters leaves two unknowns that together are at least the threshold.
    const shownSum = quarterFigures.reduce((sum, figure) => sum + (figure?.n ?? 0), 0);
    expect((year?.n ?? 0) - shownSum).toBeGreaterThanOrEqual(10);
  });

  it('never lists a value of zero in place of a withheld figure', async () => {
    const { comparison } = await compare(
      await tokens.institute(),
      quarterInput([PREVENTED, CORE_SIZE], []),
    );
    for (const indicator of comparison?.indicators ?? []) {
      for (const period of indicator.periods) {
        for (const entry of period.allMunicipalities) {
          expect(entry.suppression === null).toBe(entry.value !== null);
        }
      }
    }
  });
});

describe('compare: national statistics', () => {
  it('equal outcome-monitoring’s benchmarkStatistics over the published, unsuppressed values', async () => {
    const { comparison } = await compare(await tokens.institute(), {
      indicatorCodes: [PREVENTED],
      municipalityCodes: fixture.publishers,
      granularity: 'QUARTER',
      from: '2025-Q1',
      to: '2025-Q4',
    });
    const period = periodOf(comparison, PREVENTED, '2025-Q3');
    const values = fixture.publishers.map((code) => ({
      municipalityCode: code,
      value: publishedValue(code, PREVENTED, '2025-Q3') ?? null,
    }));
    const previousValues = fixture.publishers.map((code) => ({
      municipalityCode: code,
      value: code === GRONINGEN ? null : (publishedValue(code, PREVENTED, '2025-Q2') ?? null),
    }));
    const expected = benchmarkStatistics({
      values,
      previousValues,
      direction: getIndicator(PREVENTED).direction,
    });
    expect(period.national).toEqual({
      median: expected.median,
      p10: expected.p10,
      p25: expected.p25,
      p75: expected.p75,
      p90: expected.p90,
      mean: expected.mean,
      standardDeviation: expected.standardDeviation,
      municipalityCount: expected.count,
    });
    for (const entry of expected.entries) {
      expect(figureOf(period, entry.municipalityCode)).toMatchObject({
        value: entry.value,
        zScore: entry.zScore,
        rank: entry.rank,
        rankOutOf: expected.count,
        changeOnPreviousPeriod: entry.change,
      });
    }
  });
});

describe('compare: limits', () => {
  it('refuses more indicator-periods than one comparison holds, saying what to ask instead', async () => {
    const { response } = await compare(await tokens.institute(), {
      indicatorCodes: [
        PREVENTED,
        CORE_SIZE,
        'team-age-years',
        'teams-with-lead',
        'fte-per-10000-inhabitants',
      ],
      granularity: 'QUARTER',
      from: '2016-Q1',
      to: '2025-Q4',
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toMatch(/fewer indicators or a shorter range/);
  });
});

describe('compare: cost', () => {
  it('reads every municipality and twelve quarters in a handful of SQL statements', async () => {
    const statements: string[] = [];
    const logger = { logQuery: (query: string) => statements.push(query) };
    const counted = (testDatabase.pglite
      ? drizzlePglite({ client: testDatabase.pglite, relations, logger })
      : drizzlePostgres({
          client: testDatabase.postgresClient as never,
          relations,
          logger,
        })) as unknown as Database;
    const countingGateway = createTestGateway({ database: counted });
    const run = async (municipalityCodes: string[], from: string) => {
      statements.length = 0;
      const { response } = await compare(
        await tokens.leeuwarden(),
        {
          indicatorCodes: [PREVENTED, CORE_SIZE],
          municipalityCodes,
          granularity: 'QUARTER',
          from,
          to: '2025-Q4',
        },
        countingGateway,
      );
      expect(response.body.errors).toBeUndefined();
      return statements.length;
    };
    const few = await run([AMSTERDAM], '2025-Q4');
    const many = await run([...fixture.publishers, LEEUWARDEN], '2023-Q1');
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
    const householdTables =
      /\b(from|join)\s+"?(households|plans|plan_events|assessments|registered_events)\b/i;
    expect(statements.join('\n')).not.toMatch(householdTables);
  });
});
