import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { refreshPublicFigures } from '../rollups/refresh-public-figures.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { EXPORT_COLUMNS, ExportError, exportBenchmarkCsv } from './benchmark-export.js';
import { csvLine } from './csv-format.js';

const NUENEN = 'GM0820';
const THE_HAGUE = 'GM0518';
const LEEUWARDEN = 'GM0080';

/** Rollups written as the owner, as refreshRollups would: [municipality, indicator, period, numerator, denominator, n]. */
const ROLLUPS: [string, string, string, number, number, number][] = [
  [NUENEN, 'plans-escalated', '2024-Q1', 12, 40, 40],
  [NUENEN, 'plans-escalated', '2024-Q2', 2, 6, 6],
  [NUENEN, 'core-size', '2024-Q1', 21, 3, 3],
  [THE_HAGUE, 'plans-escalated', '2024-Q1', 150, 600, 600],
  [THE_HAGUE, 'plans-escalated', '2023-Q4', 140, 560, 560],
  [LEEUWARDEN, 'plans-escalated', '2024-Q1', 1, 4, 4],
  ['GM0363', 'plans-escalated', '2024-Q1', 500, 2000, 2000],
];

describe.each(TEST_TARGETS)('benchmark export on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    for (const [municipality, code, period, numerator, denominator, n] of ROLLUPS) {
      await handle.db.execute(
        sql`insert into indicator_rollups (municipality_id, level, unit_id, period, indicator_code, numerator, denominator, n)
            values (${municipality}, 'municipality', ${municipality}, ${period}, ${code}, ${numerator}, ${denominator}, ${n})`,
      );
    }
    // What everyone but the owner may see, as the rollup write path leaves it.
    for (const municipality of new Set(ROLLUPS.map(([municipality]) => municipality)))
      await refreshPublicFigures(handle.db, municipality);
    // Nuenen and The Hague publish their outcomes and composition; Amsterdam and Leeuwarden do not.
    for (const municipality of [NUENEN, THE_HAGUE]) {
      for (const group of ['outcomes', 'composition']) {
        await handle.db.execute(
          sql`insert into publication_settings (municipality_id, indicator_group, is_published) values (${municipality}, ${group}, true)`,
        );
      }
    }
  });
  afterAll(() => handle.close());

  const exportAs = async (options: Parameters<typeof exportBenchmarkCsv>[1]) =>
    parse(await exportBenchmarkCsv(handle.db, options), { columns: true }) as Record<
      string,
      string
    >[];

  it('gives an institute the published figures only, equal to the rollups, names with commas quoted', async () => {
    const csv = await exportBenchmarkCsv(handle.db, { scope: { role: 'institute' } });
    expect(csv.startsWith(csvLine(EXPORT_COLUMNS))).toBe(true);
    expect(csv).toContain(
      'GM0820,"Nuenen, Gerwen en Nederwetten",plans-escalated,2024-Q1,0.3,12,40,40,false,\r\n',
    );
    expect(csv).toContain(
      "GM0518,'s-Gravenhage,plans-escalated,2023-Q4,0.25,140,560,560,false,\r\n",
    );
    const rows = await exportAs({ scope: { role: 'institute' } });
    expect(rows.map((row) => row.municipality_code)).not.toContain('GM0363');
    expect(rows.map((row) => row.municipality_code)).not.toContain(LEEUWARDEN);
    const published = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from published_indicator_rollups where level = 'municipality'`,
    );
    expect(rows).toHaveLength(published[0]?.count ?? -1);
  });

  it('suppresses figures below the threshold as empty with the reason, never as zero', async () => {
    const rows = await exportAs({ scope: { role: 'institute' } });
    const small = rows.filter(
      (row) => row.municipality_code === NUENEN && row.period === '2024-Q2',
    );
    expect(small).toEqual([
      expect.objectContaining({
        value: '',
        numerator: '',
        denominator: '',
        n: '',
        is_suppressed: 'true',
        suppression_reason: 'SMALL_NUMBER',
      }),
    ]);
    expect(rows.find((row) => row.indicator_code === 'core-size')).toMatchObject({
      value: '',
      suppression_reason: 'SMALL_NUMBER',
    });
  });

  it('gives a municipality all of its own figures and the published figures of others', async () => {
    const rows = await exportAs({ scope: { role: 'municipality', municipalityId: LEEUWARDEN } });
    expect(rows.find((row) => row.municipality_code === LEEUWARDEN)).toMatchObject({
      value: '0.25',
      n: '4',
      is_suppressed: 'false',
    });
    expect(rows.map((row) => row.municipality_code)).not.toContain('GM0363');
  });

  it('filters by indicator and period range', async () => {
    const rows = await exportAs({
      scope: { role: 'institute' },
      indicatorCodes: ['plans-escalated'],
      periodFrom: '2024-Q1',
      periodTo: '2024',
    });
    expect(rows.map((row) => [row.municipality_code, row.period])).toEqual(
      [
        [THE_HAGUE, '2024-Q1'],
        [NUENEN, '2024-Q1'],
        [NUENEN, '2024-Q2'],
      ].sort(),
    );
    await expect(
      exportBenchmarkCsv(handle.db, {
        scope: { role: 'institute' },
        indicatorCodes: ['happiness'],
      }),
    ).rejects.toBeInstanceOf(ExportError);
    await expect(
      exportBenchmarkCsv(handle.db, { scope: { role: 'institute' }, periodFrom: 'Q3 2024' }),
    ).rejects.toMatchObject({ code: 'invalid-period' });
  });
});
