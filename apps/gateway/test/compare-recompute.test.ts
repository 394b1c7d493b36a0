import { refreshRollups, schema, withScope } from '@wijknet/db';
import {
  benchmarkStatistics,
  computeIndicator,
  getIndicator,
  type MonitoringRecordsInput,
  suppressRelatedFigures,
} from '@wijknet/outcome-monitoring';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
const INDICATORS = ['evictions-prevented-per-1000-households', 'evictions-per-1000-households'];
const YEARS = ['2024', '2025'];
const quartersOf = (year: string) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`);
const PERIODS = YEARS.flatMap((year) => [...quartersOf(year), year]);

/** Base rows: registered events per municipality, as plain records outcome-monitoring reads. */
const records = new Map<string, MonitoringRecordsInput>();
let codes: string[] = [];

/** A deterministic, varied number of events; one municipality has a quarter below the threshold. */
function eventCount(
  municipalityIndex: number,
  quarterIndex: number,
  kind: 'eviction' | 'eviction-prevented',
) {
  if (municipalityIndex === 3 && quarterIndex === 5 && kind === 'eviction-prevented') return 4;
  const base = kind === 'eviction' ? 10 : 12;
  return base + ((municipalityIndex * 7 + quarterIndex * 3) % 11);
}

beforeAll(async () => {
  const db = testDatabase.db;
  const municipalities = await db.query.municipalities.findMany({
    where: { validUntil: { isNull: true }, households: { gt: 0 } },
    orderBy: { id: 'asc' },
    limit: 12,
  });
  codes = municipalities.map((row) => row.id);
  for (const [index, municipality] of municipalities.entries()) {
    const events = YEARS.flatMap(quartersOf).flatMap((quarter, quarterIndex) => {
      const [year, q] = quarter.split('-Q');
      const month = String((Number(q) - 1) * 3 + 2).padStart(2, '0');
      return (['eviction', 'eviction-prevented'] as const).flatMap((kind) =>
        Array.from({ length: eventCount(index, quarterIndex, kind) }, (_, day) => ({
          kind,
          occurredOn: `${year}-${month}-${String((day % 28) + 1).padStart(2, '0')}`,
        })),
      );
    });
    records.set(municipality.id, {
      events,
      area: {
        households: municipality.households,
        inhabitants: municipality.inhabitants,
        minors: null,
      },
    });
    // The write path: base rows and their rollups in one transaction, in the municipality's scope.
    await withScope(db, { role: 'municipality', municipalityId: municipality.id }, async (tx) => {
      await tx.insert(schema.registeredEvents).values(
        events.map((event) => ({
          municipalityId: municipality.id,
          type: event.kind,
          occurredOn: event.occurredOn,
        })),
      );
      await refreshRollups(tx, { municipalityId: municipality.id, periods: PERIODS });
    });
  }
  await db.insert(schema.publicationSettings).values(
    codes.map((municipalityId) => ({
      municipalityId,
      indicatorGroup: 'safety',
      isPublished: true,
    })),
  );
});

/** The published value of every municipality, recomputed from the records by outcome-monitoring. */
function recompute(code: string) {
  const relations = YEARS.map((year) => ({ total: year, parts: quartersOf(year) }));
  const byMunicipality = new Map<string, Record<string, number | null>>();
  for (const municipality of codes) {
    const figures = Object.fromEntries(
      PERIODS.map((period) => [
        period,
        computeIndicator(code, records.get(municipality) ?? {}, period),
      ]),
    );
    const controlled = suppressRelatedFigures(figures, relations);
    byMunicipality.set(
      municipality,
      Object.fromEntries(PERIODS.map((period) => [period, controlled[period]?.value ?? null])),
    );
  }
  return (period: string) =>
    codes.map((municipality) => ({
      municipalityCode: municipality,
      value: byMunicipality.get(municipality)?.[period] ?? null,
    }));
}

describe('compare equals a recomputation from the base rows', () => {
  it.each(INDICATORS)('%s: national statistics, z-scores, ranks and changes', async (code) => {
    const response = await postGraphQL(
      gateway,
      `query ($input: CompareInput!) { compare(input: $input) { indicators { periods {
        period
        national { median p10 p25 p75 p90 municipalityCount }
        figures { municipality { code } value zScore rank rankOutOf changeOnPreviousPeriod suppression { reason } }
      } } } }`,
      {
        token: await signDevelopmentToken({ role: 'institute' }),
        variables: {
          input: {
            indicatorCodes: [code],
            municipalityCodes: codes,
            granularity: 'QUARTER',
            from: '2025-Q1',
            to: '2025-Q4',
          },
        },
      },
    );
    expect(response.body.errors).toBeUndefined();
    const valuesIn = recompute(code);
    type Periods = Array<{
      period: string;
      national: unknown;
      figures: Array<Record<string, unknown>>;
    }>;
    const compared = response.body.data?.compare as
      | { indicators: Array<{ periods: Periods }> }
      | undefined;
    const periods = compared?.indicators[0]?.periods;
    expect(periods).toHaveLength(4);
    for (const period of periods ?? []) {
      const previous =
        period.period === '2025-Q1' ? '2024-Q4' : `2025-Q${Number(period.period.slice(-1)) - 1}`;
      const expected = benchmarkStatistics({
        values: valuesIn(period.period),
        previousValues: valuesIn(previous),
        direction: getIndicator(code).direction,
      });
      expect(period.national).toEqual({
        median: expected.median,
        p10: expected.p10,
        p25: expected.p25,
        p75: expected.p75,
        p90: expected.p90,
        municipalityCount: expected.count,
      });
      const shown = period.figures.filter((figure) => figure.value !== null);
      expect(shown).toHaveLength(expected.entries.length);
      for (const entry of expected.entries) {
        const figure = period.figures.find(
          (candidate) =>
            (candidate.municipality as { code: string }).code === entry.municipalityCode,
        );
        expect(figure).toMatchObject({
          value: entry.value,
          zScore: entry.zScore,
          rank: entry.rank,
          rankOutOf: entry.rank === null ? null : expected.count,
          changeOnPreviousPeriod: entry.change,
        });
      }
    }
  });

  it('withholds the small quarter and one beside it, as outcome-monitoring plans it', () => {
    const values = recompute('evictions-prevented-per-1000-households');
    const fourth = codes[3] as string;
    const hidden = quartersOf('2025').filter(
      (period) => values(period).find((entry) => entry.municipalityCode === fourth)?.value === null,
    );
    expect(hidden).toHaveLength(2);
  });
});
