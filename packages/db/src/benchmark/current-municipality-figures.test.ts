import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { exportBenchmarkCsv } from '../export/benchmark-export.js';
import { refreshPublicFigures } from '../rollups/refresh-public-figures.js';
import { indicatorRollups, publicationSettings } from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { readComparisonFigures } from './comparison-figures.js';
import { readMunicipalityRollups } from './municipality-rollups.js';

const EVICTIONS = 'evictions-per-1000-households';
const WEESP = 'GM0457';
const AMSTERDAM = 'GM0363';
const LEEUWARDEN = 'GM0080';

/*
 * Weesp (GM0457) became part of Amsterdam (GM0363) on 2022-03-24. Its counts of 2021 are
 * Amsterdam's history now: comparisons, profiles and exports show them under GM0363.
 */
describe.each(TEST_TARGETS)("figures on today's municipalities on %s", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    const rollup = (municipalityId: string, period: string, n: number) => ({
      municipalityId,
      level: 'municipality',
      unitId: municipalityId,
      period,
      indicatorCode: EVICTIONS,
      numerator: n,
      denominator: 10_000,
      n,
    });
    await handle.db
      .insert(indicatorRollups)
      .values([rollup(WEESP, '2021', 12), rollup(AMSTERDAM, '2023', 30)]);
    await handle.db.insert(publicationSettings).values([
      { municipalityId: AMSTERDAM, indicatorGroup: 'safety', isPublished: true },
      { municipalityId: LEEUWARDEN, indicatorGroup: 'safety', isPublished: true },
    ]);
    await refreshPublicFigures(handle.db, AMSTERDAM);
  });
  afterAll(() => handle.close());

  const read = (scope: Parameters<typeof withScope>[1]) =>
    withScope(handle.db, scope, (tx) =>
      readComparisonFigures(tx, {
        indicatorCodes: [EVICTIONS],
        periods: ['2021', '2023'],
        ownMunicipalityId: scope.role === 'institute' ? null : scope.municipalityId,
      }),
    );

  it("shows a merged municipality's history under its current code in a comparison", async () => {
    const { figures } = await read({ role: 'institute' });
    const amsterdam = figures
      .filter((figure) => figure.municipalityId === AMSTERDAM)
      .map(({ period, value, n }) => ({ period, value, n }))
      .sort((a, b) => a.period.localeCompare(b.period));
    expect(amsterdam).toEqual([
      { period: '2021', value: 1.2, n: 12 },
      { period: '2023', value: 3, n: 30 },
    ]);
    expect(figures.some((figure) => figure.municipalityId === WEESP)).toBe(false);
  });

  it("gives a municipality its predecessors' history among its own figures", async () => {
    const { figures } = await read({ role: 'municipality', municipalityId: AMSTERDAM });
    expect(
      figures.find((figure) => figure.municipalityId === AMSTERDAM && figure.period === '2021'),
    ).toMatchObject({ value: 1.2, n: 12, isPublished: true });
  });

  it('names every publisher of the group, also one without any figure', async () => {
    const { publishers } = await read({ role: 'institute' });
    expect(publishers.map((publisher) => publisher.municipalityId).sort()).toEqual([
      LEEUWARDEN,
      AMSTERDAM,
    ]);
  });

  it('exports the history under the current code', async () => {
    const csv = await exportBenchmarkCsv(handle.db, {
      scope: { role: 'institute' },
      indicatorCodes: [EVICTIONS],
    });
    const lines = csv.trim().split('\n').slice(1);
    expect(lines.filter((line) => line.startsWith(`${AMSTERDAM},`)).length).toBe(2);
    expect(lines.some((line) => line.includes(',2021,') && line.startsWith(`${AMSTERDAM},`))).toBe(
      true,
    );
    expect(lines.some((line) => line.startsWith(`${WEESP},`))).toBe(false);
  });

  it("counts a predecessor's rollups under the current code where raw counts are read (cost-benefit)", async () => {
    const rollupsFor = (scope: Parameters<typeof withScope>[1], own: string | null) =>
      withScope(handle.db, scope, (tx) =>
        readMunicipalityRollups(tx, {
          indicatorCodes: [EVICTIONS],
          periods: ['2021', '2023'],
          ownMunicipalityId: own,
        }),
      );
    for (const [scope, own] of [
      [{ role: 'institute' }, null],
      [{ role: 'municipality', municipalityId: AMSTERDAM }, AMSTERDAM],
    ] as const) {
      const rows = await rollupsFor(scope, own);
      expect(
        rows
          .filter((row) => row.municipalityId === AMSTERDAM)
          .map(({ period, numerator, n }) => ({ period, numerator, n }))
          .sort((a, b) => a.period.localeCompare(b.period)),
      ).toEqual([
        { period: '2021', numerator: 12, n: 12 },
        { period: '2023', numerator: 30, n: 30 },
      ]);
      expect(rows.some((row) => row.municipalityId === WEESP)).toBe(false);
    }
  });
});
