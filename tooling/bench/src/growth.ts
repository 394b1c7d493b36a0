import postgres from 'postgres';
import { createScratchDatabase, migrateAndSeed } from './database.js';
import type { BenchOptions } from './options.js';
import type { CaseResult, GrowthPoint } from './results.js';
import { caseContext, measureCases } from './run-cases.js';
import { startFleet } from './servers/fleet.js';

export function growthPoint(
  scale: string,
  seed: { seedSeconds: number; counts: Record<string, number> },
  result: CaseResult | undefined,
): GrowthPoint {
  const { counts, seedSeconds } = seed;
  const median = (server: 'gateway' | 'limit') => {
    const figure = result?.servers[server];
    return figure?.status === 'measured' ? figure.medianMs : null;
  };
  return {
    scale,
    municipalities: counts.municipalitiesWithData ?? counts.municipalities ?? 0,
    households: counts.households ?? 0,
    gatewayMedianMs: median('gateway'),
    limitMedianMs: median('limit'),
    seedSeconds: Number.isFinite(seedSeconds) ? Math.round(seedSeconds) : null,
  };
}

/** Municipalities that have households: the ones a comparison returns figures for. */
export async function municipalitiesWithData(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select count(distinct municipality_id)::int as n from households`;
    return Number(row?.n ?? 0);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The comparison's gateway latency, computed anew for every request (`compare`: a kept
 * answer would take the same time at any scale), on a database of its own seeded at `scale`.
 */
export async function measureGrowthAt(
  scale: 'demo' | 'small' | 'national',
  options: BenchOptions,
): Promise<GrowthPoint> {
  const database = await createScratchDatabase(`growth_${scale}`);
  try {
    const seeded = await migrateAndSeed(database.url, scale, options.seed);
    const { counts } = seeded;
    counts.municipalitiesWithData = await municipalitiesWithData(database.url);
    const fleet = await startFleet(database.url, ['gateway']);
    const sql = postgres(database.url, { max: 2, onnotice: () => {} });
    try {
      const { results } = await measureCases(
        caseContext(fleet, sql, options.requestTimeoutMs),
        options,
        ['compare'],
      );
      const fresh = results.compare;
      if (fresh.status !== 'measured') throw new Error(fresh.reason);
      return growthPoint(scale, seeded, fresh.value);
    } finally {
      await fleet.stop();
      await sql.end({ timeout: 5 });
    }
  } finally {
    await database.drop();
  }
}
