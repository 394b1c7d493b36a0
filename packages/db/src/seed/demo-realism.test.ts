import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { INDICATOR_DEFINITIONS } from '../rollups/indicator-definitions.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { seed } from './seed.js';

/** The last complete year of the demo: what the compare page shows a newcomer by the year. */
const YEAR = '2025';

/**
 * The whole demo, as `pnpm start` seeds it (seed 1), on Postgres when there is one (faster) and
 * on PGlite otherwise: what an institute sees of it must look like the country.
 */
describe('the demo seed', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(TEST_TARGETS.at(-1));
    await seed(handle.db, { scale: 'demo', seed: 1 });
  }, 1_200_000);
  afterAll(() => handle?.close());

  const published = (indicatorCode: string) =>
    queryRows<{ municipality_id: string; value: number; n: number }>(
      handle.db,
      sql`select municipality_id, value::float8 as value, n::int as n
            from published_indicator_figures
           where period = ${YEAR} and indicator_code = ${indicatorCode} and value is not null`,
    );

  it('gives about 80 % of the municipalities teams, as Movisie counted', async () => {
    const [row] = await queryRows<{ share: number }>(
      handle.db,
      sql`select (select count(distinct municipality_id) from teams)::float8
                 / (select count(*) from municipalities where valid_until is null) as share`,
    );
    expect(Number(row?.share)).toBeGreaterThan(0.74);
    expect(Number(row?.share)).toBeLessThan(0.86);
  });

  it('publishes the reach of at least 200 municipalities, with a national median of 10-200 per 1,000', async () => {
    const figures = await published('reach-per-1000-households');
    expect(figures.length).toBeGreaterThanOrEqual(200);
    const values = figures.map((figure) => figure.value).sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(10);
    expect(median).toBeLessThan(200);
  });

  it('fills the national distribution of every indicator with at least 10 municipalities', async () => {
    for (const { code } of INDICATOR_DEFINITIONS) {
      const figures = await published(code);
      expect(figures.length, code).toBeGreaterThanOrEqual(10);
    }
  });

  it('withholds the evictions of most municipalities, as their yearly count is below 10', async () => {
    const [row] = await queryRows<{ withheld: number; shown: number }>(
      handle.db,
      sql`select count(*) filter (where value is null)::int as withheld,
                 count(*) filter (where value is not null)::int as shown
            from published_indicator_figures
           where period = ${YEAR} and indicator_code = 'evictions-per-1000-households'`,
    );
    expect(Number(row?.withheld)).toBeGreaterThan(Number(row?.shown));
  });

  it('publishes evictions that are recomputable from the registered events and CBS households', async () => {
    const recomputed = await queryRows<{ municipality_id: string; value: number }>(
      handle.db,
      sql`select m.id as municipality_id,
                 (count(e.id) * 1000.0 / m.households)::float8 as value
            from municipalities m
            join registered_events e on e.municipality_id = m.id and e.type = 'eviction'
             and e.occurred_on between '2025-01-01' and '2025-12-31'
           group by m.id, m.households`,
    );
    const byMunicipality = new Map(recomputed.map((row) => [row.municipality_id, row.value]));
    const figures = await published('evictions-per-1000-households');
    for (const figure of figures)
      expect(figure.value).toBeCloseTo(byMunicipality.get(figure.municipality_id) ?? -1, 9);
  });
});
