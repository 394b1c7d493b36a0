import { readFileSync } from 'node:fs';
import { INDICATORS, periodsFromTo } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { refreshRollups } from '../rollups/refresh-rollups.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { writeRows } from './import-csv.js';
import { ImportError } from './import-error.js';
import { RANDOM_HOUSEHOLDS, randomWrite } from './random-writes.test-support.js';
import { NO_REACH, type RefreshScope, refreshScopeOf } from './rollup-reach.js';
import { importText, TEST_SECRET } from './test-support.js';

const GM = 'GM0080';
const EXAMPLES = new URL('../../examples/', import.meta.url);
const KINDS = ['teams', 'members', 'households', 'plan-events', 'assessments', 'registered-events'];

describe('the reach of a write', () => {
  const today = '2031-03-04';
  /** The periods each reached indicator is recomputed in. */
  const periodsByIndicator = (scope: RefreshScope) => {
    if (scope === 'all') throw new Error('expected some indicators, not all');
    return new Map(
      scope.flatMap((group) => group.indicators.map((code) => [code, group.periods] as const)),
    );
  };
  const scopeOf = (inputs: ('plans' | 'members' | 'registered-events')[], day: string) =>
    refreshScopeOf({ changes: [{ inputs, dates: [day] }] }, '2020-01-01', today);

  it('reaches the indicators reading what it changed, in the periods their rules count it', () => {
    expect(scopeOf(['registered-events'], '2025-05-02')).toEqual([
      {
        indicators: [
          'evictions-per-1000-households',
          'evictions-prevented-per-1000-households',
          'supervision-orders-per-1000-minors',
        ],
        periods: ['2025', '2025-Q2'],
      },
    ]);
    const closed = periodsByIndicator(scopeOf(['plans'], '2029-08-09'));
    expect(closed.has('core-size')).toBe(false);
    // Closed in the period: the quarter and the year holding the day.
    expect(closed.get('zrm-mean-change')).toEqual(['2029', '2029-Q3']);
    // Open during the period: those and every later quarter and year through today's quarter.
    expect(closed.get('reach-per-1000-households')).toEqual(
      [...periodsFromTo('2029-08-09', today)].sort(),
    );
  });

  it('reaches no kept period from a day after today’s quarter, but those holding a later day of it', () => {
    expect(scopeOf(['members'], '2033-01-01')).toEqual([]);
    const event = periodsByIndicator(scopeOf(['registered-events'], '2031-03-30'));
    expect(event.get('evictions-per-1000-households')).toEqual(['2031', '2031-Q1']);
  });

  it('recomputes every indicator when a write makes earlier periods kept', () => {
    const earlier = periodsByIndicator(scopeOf(['registered-events'], '2019-05-02'));
    expect(earlier.size).toBe(INDICATORS.length);
    expect(earlier.get('core-size')).toEqual(
      expect.arrayContaining(['2019-Q2', '2019', '2020-Q1']),
    );
    expect(refreshScopeOf('all', null, today)).toBe('all');
    expect(refreshScopeOf(NO_REACH, null, today)).toEqual([]);
  });
});

describe.each(TEST_TARGETS)('the rollup refresh after a write on %s', (target) => {
  let handle: DatabaseHandle;
  const asLeeuwarden = <T>(work: Parameters<typeof withScope<T>>[2]) =>
    withScope(handle.db, { role: 'municipality', municipalityId: GM }, work);
  const write = (kind: string, rows: Parameters<typeof writeRows>[1]['rows']) =>
    asLeeuwarden((tx) => writeRows(tx, { kind, municipalityId: GM, secret: TEST_SECRET, rows }));
  const publicFigures = () =>
    queryRows(
      handle.db,
      sql`select indicator_code, period, value, n, suppression_reason from public_indicator_figures
           where municipality_id = ${GM} order by indicator_code, period`,
    );
  /**
   * What a recomputation of every indicator in every kept period would still change of the
   * rollups and the ZRM change per life domain (nothing when all is current); the public figures
   * must come out of it as they went in.
   */
  const staleRollups = async () => {
    const before = await publicFigures();
    const written = await asLeeuwarden((tx) => refreshRollups(tx, { municipalityId: GM }));
    expect(await publicFigures(), 'the public figures after a full recomputation').toEqual(before);
    return written;
  };

  beforeAll(async () => {
    handle = await createTestDatabase(target);
    for (const kind of KINDS) {
      await importText(handle, kind, readFileSync(new URL(`${kind}.csv`, EXAMPLES)));
      expect(await staleRollups(), `after importing ${kind}.csv`).toBe(0);
    }
    await write('households', RANDOM_HOUSEHOLDS);
  });
  afterAll(() => handle.close());

  it('leaves rollups and public figures equal to a full recomputation after random writes', async () => {
    const accepted = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(randomWrite, { minLength: 1, maxLength: 8 }), async (writes) => {
        for (const { kind, rows } of writes) {
          try {
            await write(kind, rows);
            const names =
              kind === 'plan-events' ? rows.map((row) => `${kind} ${row.type}`) : [kind];
            for (const name of names) accepted.set(name, (accepted.get(name) ?? 0) + 1);
          } catch (error) {
            // A write the domain rules refuse changes nothing; the next one goes on from there.
            if (!(error instanceof ImportError)) throw error;
          }
          expect(await staleRollups(), `after ${kind} ${JSON.stringify(rows)}`).toBe(0);
        }
      }),
      { numRuns: 30, seed: 20261207 },
    );
    // The property means little unless writes of every kind were accepted, closings included.
    for (const kind of KINDS.filter((name) => name !== 'plan-events'))
      expect(accepted.get(kind) ?? 0, kind).toBeGreaterThan(2);
    for (const type of ['opened', 'activated', 'escalated', 'de-escalated', 'closed'])
      expect(accepted.get(`plan-events ${type}`) ?? 0, type).toBeGreaterThan(2);
  }, 300_000);
});
