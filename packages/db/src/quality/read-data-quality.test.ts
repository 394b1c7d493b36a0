import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { importText } from '../import/test-support.js';
import { type Scope, withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { readDataQuality, readLastDeliveries } from './read-data-quality.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const example = (kind: string) => readFileSync(resolve(EXAMPLES, `${kind}.csv`), 'utf8');
const LEEUWARDEN: Scope = { role: 'municipality', municipalityId: 'GM0080' };
const AMSTERDAM: Scope = { role: 'municipality', municipalityId: 'GM0363' };
const INSTITUTE: Scope = { role: 'institute' };

describe.each(TEST_TARGETS)('data quality on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    for (const kind of ['teams', 'members', 'households', 'plan-events', 'assessments']) {
      // A household in Leeuwarden's district WK008030, which none of the example teams serves.
      const text =
        kind === 'households'
          ? `${example(kind)}ZK-2024-0011,WK008030,2,2,0,27-44,2024-06-03,self\n`
          : example(kind);
      await importText(handle, kind, text);
    }
  });
  afterAll(() => handle.close());

  const read = (scope: Scope, periods: string[]) =>
    withScope(handle.db, scope, (tx) =>
      readDataQuality(tx, { municipalityIds: ['GM0080', 'GM0363'], periods }),
    );

  it('counts the registration of a year: ZRMs at intake and closure, leads, overdue ZRMs, districts', async () => {
    const [year] = await read(LEEUWARDEN, ['2024']);
    expect(year).toEqual({
      municipalityId: 'GM0080',
      period: '2024',
      // P-0003 was opened without an intake ZRM
      plansOpened: 5,
      plansOpenedWithIntakeZrm: 4,
      plansClosed: 2,
      plansClosedWithClosureZrm: 2,
      plansClosedWithBothZrm: 2,
      // open on 31 December: P-0002, P-0003 (no lead yet), P-0004; none measured since March
      openPlans: 3,
      openPlansWithoutLead: 1,
      openPlansOverdue3Months: 3,
      openPlansOverdue6Months: 3,
      households: 11,
      householdsOutsideTeamDistricts: 1,
    });
  });

  it('counts a quarter on its own last day: nothing overdue at the end of March', async () => {
    const [quarter] = await read(LEEUWARDEN, ['2024-Q1']);
    expect(quarter).toMatchObject({
      plansOpened: 4,
      plansOpenedWithIntakeZrm: 3,
      plansClosed: 0,
      openPlans: 4,
      openPlansWithoutLead: 1,
      openPlansOverdue3Months: 0,
      households: 6,
      householdsOutsideTeamDistricts: 0,
    });
  });

  it('counts a closure without its ZRM as incomplete', async () => {
    await withScope(handle.db, LEEUWARDEN, (tx) =>
      tx.execute(
        sql`delete from assessments where moment = 'closure' and assessed_on = '2024-08-01'`,
      ),
    );
    const [year] = await read(LEEUWARDEN, ['2024']);
    expect(year).toMatchObject({
      plansClosed: 2,
      plansClosedWithClosureZrm: 1,
      plansClosedWithBothZrm: 1,
    });
  });

  it('shows an unpublished municipality to nobody else, and a publishing one to every scope', async () => {
    expect((await read(LEEUWARDEN, ['2024'])).map((row) => row.municipalityId)).toEqual(['GM0080']);
    expect(await read(INSTITUTE, ['2024'])).toEqual([]);
    // Amsterdam reads its own (empty) registration, not Leeuwarden's
    expect((await read(AMSTERDAM, ['2024'])).map((row) => row.municipalityId)).toEqual(['GM0363']);
    await withScope(handle.db, LEEUWARDEN, (tx) =>
      tx.execute(sql`insert into publication_settings (municipality_id, indicator_group, is_published)
                     values ('GM0080', 'outcomes', true)`),
    );
    const published = await read(INSTITUTE, ['2024']);
    expect(published.map((row) => [row.municipalityId, row.plansOpened])).toEqual([['GM0080', 5]]);
    expect((await read(AMSTERDAM, ['2024'])).map((row) => row.municipalityId)).toEqual([
      'GM0080',
      'GM0363',
    ]);
  });

  it('gives the moment of the last delivery to the municipality only, the quarter to others', async () => {
    await withScope(handle.db, LEEUWARDEN, (tx) =>
      tx.execute(sql`insert into deliveries (municipality_id, kind, file_name, period, actor, role,
                       is_accepted, rows, inserted, updated, unchanged, problem_count)
                     values ('GM0080', 'teams', 'teams.csv', '2026-Q4', 'gm0080-datateam',
                       'municipality', true, 3, 3, 0, 0, 0)`),
    );
    const own = await withScope(handle.db, LEEUWARDEN, (tx) => readLastDeliveries(tx, 'GM0080'));
    expect(own).toEqual([
      { kind: 'teams', period: '2026-Q4', deliveredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    ]);
    const others = await withScope(handle.db, INSTITUTE, (tx) => readLastDeliveries(tx, 'GM0080'));
    expect(others).toEqual([{ kind: 'teams', period: '2026-Q4', deliveredAt: null }]);
  });
});
