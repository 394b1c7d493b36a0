import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { exportBenchmarkCsv } from '../export/benchmark-export.js';
import { writeRows } from '../import/import-csv.js';
import { importText, TEST_SECRET } from '../import/test-support.js';
import { queryRows } from '../query-rows.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { extendRollupsToToday } from './extend-to-today.js';
import { readPublishedPeriods } from './published-periods.js';
import { rebuildRollups, refreshRollups } from './refresh-rollups.js';

// The calendar after 2026: with the clock set in 2031, imports, writes, the rollup refresh, the
// export and the extension to a new quarter all keep figures for 2027 and later.

const GM = 'GM0080';
const EXAMPLES = new URL('../../examples/', import.meta.url);
const KINDS = ['teams', 'members', 'households', 'plan-events', 'assessments', 'registered-events'];
const TODAY = '2031-03-04';

describe.each(TEST_TARGETS)('the rollup calendar with the clock in 2031 on %s', (target) => {
  let handle: DatabaseHandle;
  const asLeeuwarden = <T>(work: Parameters<typeof withScope<T>>[2]) =>
    withScope(handle.db, { role: 'municipality', municipalityId: GM }, work);
  const periodsOf = async (indicator: string) =>
    (
      await queryRows<{ period: string }>(
        handle.db,
        sql`select period from indicator_rollups where municipality_id = ${GM}
             and level = 'municipality' and indicator_code = ${indicator} order by period`,
      )
    ).map((row) => row.period);
  const evictions = async (period: string) => {
    const [row] = await queryRows<{ numerator: number }>(
      handle.db,
      sql`select numerator::float8 as numerator from indicator_rollups
           where municipality_id = ${GM} and level = 'municipality' and period = ${period}
             and indicator_code = 'evictions-per-1000-households'`,
    );
    return row?.numerator;
  };

  beforeAll(async () => {
    vi.stubEnv('WIJKNET_TODAY', TODAY);
    handle = await createTestDatabase(target);
    for (const kind of KINDS) {
      await importText(handle, kind, readFileSync(new URL(`${kind}.csv`, EXAMPLES)));
    }
    await handle.db.execute(
      sql`insert into publication_settings (municipality_id, indicator_group, is_published)
          select ${GM}, indicator_group, true from indicator_definitions group by indicator_group
          on conflict do nothing`,
    );
    await rebuildRollups(handle.db);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
  });

  it('keeps the periods from the first data through the quarter of the clock', async () => {
    const periods = await periodsOf('reach-per-1000-households');
    expect(periods[0]).toBe('2024');
    expect(periods).toContain('2024-Q1');
    expect(periods).not.toContain('2023-Q4');
    expect(periods).toContain('2028-Q3');
    expect(periods.at(-1)).toBe('2031-Q1');
    expect(periods).not.toContain('2031-Q2');
    expect(await readPublishedPeriods(handle.db, TODAY)).toContain('2030');
  });

  it('rolls up a write dated in 2029 at once, and leaves nothing a full refresh would change', async () => {
    expect(await evictions('2029-Q2')).toBe(0);
    await asLeeuwarden((tx) =>
      writeRows(tx, {
        kind: 'registered-events',
        municipalityId: GM,
        secret: TEST_SECRET,
        rows: [
          { type: 'eviction', occurred_on: '2029-05-10', household_reference: 'ZK-2024-0001' },
        ],
      }),
    );
    expect(await evictions('2029-Q2')).toBe(1);
    expect(await evictions('2029')).toBe(1);
    expect(await asLeeuwarden((tx) => refreshRollups(tx, { municipalityId: GM }))).toBe(0);
  });

  it('exports the figures of 2029', async () => {
    const csv = await exportBenchmarkCsv(handle.db, {
      scope: { role: 'municipality', municipalityId: GM },
      indicatorCodes: ['evictions-per-1000-households'],
      periodFrom: '2029-Q1',
      periodTo: '2029',
    });
    const lines = csv.trim().split('\n');
    expect(lines.some((line) => line.includes(',2029-Q2,') && line.includes(GM))).toBe(true);
    expect(lines.some((line) => line.includes(',2028-Q4,'))).toBe(false);
  });

  it('extends the rollups when the clock reaches a new quarter, once', async () => {
    expect(await extendRollupsToToday(handle.db, '2031-08-01')).toBe(1);
    const periods = await periodsOf('reach-per-1000-households');
    expect(periods.at(-1)).toBe('2031-Q3');
    expect(periods).toContain('2031-Q2');
    expect(await extendRollupsToToday(handle.db, '2031-08-01')).toBe(0);
    // What the extension wrote is what a full refresh on that day writes.
    expect(
      await asLeeuwarden((tx) => refreshRollups(tx, { municipalityId: GM, today: '2031-08-01' })),
    ).toBe(0);
  });
});
