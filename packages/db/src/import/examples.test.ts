import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { IMPORT_KINDS } from './import-kind.js';
import { countRows, importText, rollupOf } from './test-support.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** The example files in the order they depend on each other. */
const ORDER = [
  'teams',
  'members',
  'households',
  'plan-events',
  'assessments',
  'registered-events',
] as const;

const read = (kind: string) => readFileSync(resolve(EXAMPLES, `${kind}.csv`));

describe.each(TEST_TARGETS)('example files on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());

  it('has one example per kind', () => {
    expect([...ORDER].sort()).toEqual([...IMPORT_KINDS].sort());
  });

  it('imports every example cleanly into an empty migrated database, in order, updating the rollups at once', async () => {
    const seen: Record<string, unknown> = {};
    for (const kind of ORDER) {
      const summary = await importText(handle, kind, read(kind));
      expect(summary, kind).toMatchObject({ kind, inserted: summary.rows, updated: 0 });
      seen[kind] = {
        teams: await rollupOf(handle, 'GM0080', 'teams-with-lead', '2024-Q1'),
        reach: (await rollupOf(handle, 'GM0080', 'reach-per-1000-households', '2024-Q1'))
          ?.numerator,
        prevented: (
          await rollupOf(handle, 'GM0080', 'evictions-prevented-per-1000-households', '2024')
        )?.numerator,
      };
    }
    // Figures start with the municipality's first data, its first plan: teams and members alone
    // give none for 2024 yet.
    expect(seen).toMatchObject({
      teams: { teams: undefined },
      members: { teams: undefined, reach: undefined },
      'plan-events': { teams: { numerator: 1, n: 3 }, reach: 4, prevented: 0 },
      'registered-events': { prevented: 2 },
    });
    expect(await countRows(handle, 'teams')).toBe(3);
    expect(await countRows(handle, 'team_districts')).toBe(7);
    expect(await countRows(handle, 'members')).toBe(10);
    expect(await countRows(handle, 'households')).toBe(10);
    expect(await countRows(handle, 'plans')).toBe(5);
    expect(await countRows(handle, 'plan_events')).toBe(20);
    expect(await countRows(handle, 'assessments')).toBe(7);
    expect(await countRows(handle, 'registered_events')).toBe(4);
  });

  it('derives each plan from its events: status, dates, lead team, goals and actions', async () => {
    const plans = await queryRows<{
      status: string;
      closed_on: string | null;
      closure_reason: string | null;
      first_escalated_on: string | null;
      deescalated_on: string | null;
    }>(
      handle.db,
      sql`select status, closed_on::text, closure_reason, first_escalated_on::text, deescalated_on::text from plans order by opened_on`,
    );
    expect(plans.map((plan) => plan.status)).toEqual([
      'closed',
      'active',
      'intake',
      'active',
      'closed',
    ]);
    expect(plans[0]).toMatchObject({
      closure_reason: 'goals-achieved',
      first_escalated_on: '2024-02-20',
      deescalated_on: '2024-06-18',
    });
    expect(await countRows(handle, 'goals')).toBe(4);
    expect(await countRows(handle, 'actions')).toBe(2);
  });

  it('changes nothing when every example is imported again', async () => {
    for (const kind of ORDER) {
      const summary = await importText(handle, kind, read(kind));
      expect(summary, kind).toMatchObject({ inserted: 0, updated: 0, unchanged: summary.rows });
    }
    expect(await countRows(handle, 'plan_events')).toBe(20);
    expect(await countRows(handle, 'team_districts')).toBe(7);
  });
});
