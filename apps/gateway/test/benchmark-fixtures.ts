import { type Database, refreshPublicFigures, schema } from '@wijknet/db';

/** Indicators the benchmark tests use: an event flow with a direction, and a team stock. */
export const PREVENTED = 'evictions-prevented-per-1000-households';
export const CORE_SIZE = 'core-size';

export const LEEUWARDEN = 'GM0080';
export const AMSTERDAM = 'GM0363';
export const GRONINGEN = 'GM0014';

export const QUARTERS_2025 = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
export const QUARTERS_2024 = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

/** The denominator of the hand-made rollups: households of the municipality. */
export const HOUSEHOLDS = 10_000;

export interface HandMadeRollup {
  readonly municipalityId: string;
  readonly indicatorCode: string;
  readonly period: string;
  readonly n: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

export interface BenchmarkFixture {
  /** Municipalities that publish the safety and composition groups. */
  readonly publishers: readonly string[];
  readonly rollups: readonly HandMadeRollup[];
}

/**
 * Hand-made rollups: twelve publishing municipalities (Amsterdam and Groningen among them) and
 * Leeuwarden, which publishes nothing. Quarters and years of 2024 and 2025, with a year's n the
 * sum of its quarters. Amsterdam has core size n = 9 in 2025-Q1 and n = 10 in 2025-Q2;
 * Groningen has 5 prevented evictions in 2025-Q4, so one more 2025 quarter must go too.
 */
export async function insertBenchmarkFixture(db: Database): Promise<BenchmarkFixture> {
  const current = await db.query.municipalities.findMany({
    where: { validUntil: { isNull: true } },
    orderBy: { id: 'asc' },
    limit: 10,
  });
  const publishers = [...new Set([...current.map((row) => row.id), AMSTERDAM, GRONINGEN])].filter(
    (code) => code !== LEEUWARDEN,
  );
  const rollups: HandMadeRollup[] = [];
  const addYear = (municipalityId: string, year: string, quarterNs: readonly number[]) => {
    quarterNs.forEach((n, index) => {
      rollups.push({
        municipalityId,
        indicatorCode: PREVENTED,
        period: `${year}-Q${index + 1}`,
        n,
      });
    });
    const n = quarterNs.reduce((sum, value) => sum + value, 0);
    rollups.push({ municipalityId, indicatorCode: PREVENTED, period: year, n });
  };
  publishers.forEach((code, index) => {
    if (code === GRONINGEN) {
      addYear(code, '2024', [20, 22, 24, 26]);
      addYear(code, '2025', [20, 15, 20, 5]);
    } else {
      addYear(code, '2024', [10 + index, 11 + index, 12 + index, 13 + index]);
      addYear(code, '2025', [12 + index, 14 + index, 16 + 2 * index, 18 + index]);
    }
    const teams = code === AMSTERDAM ? [9, 10, 12, 12] : [12 + (index % 3), 12, 13, 14];
    QUARTERS_2025.forEach((period, quarter) => {
      rollups.push({
        municipalityId: code,
        indicatorCode: CORE_SIZE,
        period,
        n: teams[quarter] as number,
        numerator: (teams[quarter] as number) * (6 + (index % 4)),
        denominator: teams[quarter] as number,
      });
    });
  });
  addYear(LEEUWARDEN, '2024', [30, 31, 32, 33]);
  addYear(LEEUWARDEN, '2025', [40, 3, 42, 43]);
  await db.insert(schema.indicatorRollups).values(
    rollups.map((rollup) => ({
      municipalityId: rollup.municipalityId,
      level: 'municipality',
      unitId: rollup.municipalityId,
      period: rollup.period,
      indicatorCode: rollup.indicatorCode,
      numerator: rollup.numerator ?? rollup.n,
      denominator: rollup.denominator ?? HOUSEHOLDS,
      n: rollup.n,
    })),
  );
  // What the public may see of them, as the rollup write path leaves it.
  for (const municipalityId of new Set(rollups.map((rollup) => rollup.municipalityId)))
    await refreshPublicFigures(db, municipalityId);
  await db.insert(schema.publicationSettings).values(
    publishers.flatMap((municipalityId) => [
      { municipalityId, indicatorGroup: 'safety', isPublished: true },
      { municipalityId, indicatorGroup: 'composition', isPublished: true },
    ]),
  );
  return { publishers, rollups };
}
