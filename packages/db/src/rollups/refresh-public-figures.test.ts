import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { migrate } from '../migrate.js';
import { indicatorRollups, publicationSettings } from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { fillMissingPublicFigures, refreshPublicFigures } from './refresh-public-figures.js';

const GM = 'GM0080';
const EVICTIONS = 'evictions-per-1000-households';
const HOUSEHOLDS = 10_000;

interface PublicRow {
  period: string;
  value: number | null;
  n: number | null;
  suppression_reason: string | null;
}

describe.each(TEST_TARGETS)('public figures on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await handle.db.execute(
      sql`truncate public_indicator_figures, indicator_rollups, publication_settings`,
    );
  });

  async function insertYear(municipalityId: string, quarters: number[]) {
    const cells = [
      ...quarters.map((n, index) => ({ period: `2025-Q${index + 1}`, n })),
      { period: '2025', n: quarters.reduce((sum, n) => sum + n, 0) },
    ];
    await handle.db.insert(indicatorRollups).values(
      cells.map(({ period, n }) => ({
        municipalityId,
        level: 'municipality',
        unitId: municipalityId,
        period,
        indicatorCode: EVICTIONS,
        numerator: n,
        denominator: HOUSEHOLDS,
        n,
      })),
    );
  }

  const publicFigures = (municipalityId: string) =>
    queryRows<PublicRow>(
      handle.db,
      sql`select period, value, n, suppression_reason from public_indicator_figures
          where municipality_id = ${municipalityId} and indicator_code = ${EVICTIONS}
          order by period`,
    );
  const refreshAs = (scope: string, municipalityId: string) =>
    withScope(handle.db, { role: 'municipality', municipalityId: scope }, (tx) =>
      refreshPublicFigures(tx, municipalityId),
    );

  it('withholds a small quarter and one more of its year, keeping neither value nor count', async () => {
    await insertYear(GM, [4, 30, 25, 40]);
    expect(await refreshAs(GM, GM)).toBe(5);
    const rows = new Map((await publicFigures(GM)).map((row) => [row.period, row]));
    expect(rows.get('2025-Q1')).toEqual({
      period: '2025-Q1',
      value: null,
      n: null,
      suppression_reason: 'SMALL_NUMBER',
    });
    expect(rows.get('2025-Q3')).toMatchObject({
      value: null,
      n: null,
      suppression_reason: 'DERIVABLE',
    });
    expect(rows.get('2025-Q2')).toEqual({
      period: '2025-Q2',
      value: 3,
      n: 30,
      suppression_reason: null,
    });
    expect(rows.get('2025')).toMatchObject({ n: 99, suppression_reason: null });
  });

  it('follows the rollups: a quarter grown past the threshold is shown, a removed rollup goes', async () => {
    await insertYear(GM, [4, 30, 25, 40]);
    await refreshAs(GM, GM);
    await handle.db.execute(
      sql`update indicator_rollups set n = n + 8, numerator = numerator + 8
          where municipality_id = ${GM} and period in ('2025-Q1', '2025')`,
    );
    await handle.db.execute(
      sql`delete from indicator_rollups where municipality_id = ${GM} and period = '2025-Q4'`,
    );
    expect(await refreshAs(GM, GM)).toBe(4);
    const rows = await publicFigures(GM);
    expect(rows.map((row) => [row.period, row.n, row.suppression_reason])).toEqual([
      ['2025', 107, null],
      ['2025-Q1', 12, null],
      ['2025-Q2', 30, null],
      ['2025-Q3', 25, null],
    ]);
    expect(await refreshAs(GM, GM)).toBe(0);
  });

  it('cannot be changed or wiped from another municipality’s scope', async () => {
    await insertYear(GM, [4, 30, 25, 40]);
    await refreshAs(GM, GM);
    const before = await publicFigures(GM);
    await handle.db.execute(
      sql`update indicator_rollups set n = 50, numerator = 50 where municipality_id = ${GM}`,
    );
    expect(await refreshAs('GM0014', GM)).toBe(0);
    expect(await publicFigures(GM)).toEqual(before);
  });

  it('publishes through the view only the groups a municipality opted in to', async () => {
    await insertYear(GM, [14, 30, 25, 40]);
    await insertYear('GM0014', [14, 30, 25, 40]);
    await refreshAs(GM, GM);
    await refreshAs('GM0014', 'GM0014');
    await handle.db.insert(publicationSettings).values([
      { municipalityId: GM, indicatorGroup: 'safety', isPublished: true },
      { municipalityId: 'GM0014', indicatorGroup: 'safety', isPublished: false },
    ]);
    const published = await queryRows<{ municipality_id: string }>(
      handle.db,
      sql`select distinct municipality_id from published_indicator_figures`,
    );
    expect(published).toEqual([{ municipality_id: GM }]);
  });

  it('is filled in by migrate for rollups that have none, and left alone the second time', async () => {
    await insertYear(GM, [4, 30, 25, 40]);
    await migrate(handle);
    expect((await publicFigures(GM)).map((row) => row.suppression_reason)).toEqual([
      null,
      'SMALL_NUMBER',
      null,
      'DERIVABLE',
      null,
    ]);
    expect(await fillMissingPublicFigures(handle.db)).toBe(0);
  });
});
