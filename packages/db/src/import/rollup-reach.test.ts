import { readFileSync } from 'node:fs';
import { INDICATORS, periodsFromTo, quarterOf } from '@wijknet/outcome-monitoring';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { today as clockToday } from '../clock.js';
import { type DatabaseHandle, queryRows } from '../database.js';
import { refreshRollups } from '../rollups/refresh-rollups.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { type ImportRow, writeRows } from './import-csv.js';
import { ImportError } from './import-error.js';
import { NO_REACH, refreshScopeOf } from './rollup-reach.js';
import { importText, TEST_SECRET } from './test-support.js';

const GM = 'GM0080';
const EXAMPLES = new URL('../../examples/', import.meta.url);
const KINDS = ['teams', 'members', 'households', 'plan-events', 'assessments', 'registered-events'];

describe('the reach of a write', () => {
  const today = '2031-03-04';
  it('reaches the indicators reading what it changed, in the periods their rules count it', () => {
    const scope = refreshScopeOf(
      { changes: [{ inputs: ['registered-events'], dates: ['2025-05-02'] }] },
      '2020-01-01',
      today,
    );
    expect(scope).toEqual({
      indicators: [
        'evictions-per-1000-households',
        'evictions-prevented-per-1000-households',
        'supervision-orders-per-1000-minors',
      ],
      periods: ['2025-Q2', '2025'],
    });
    const closed = refreshScopeOf(
      { changes: [{ inputs: ['plans'], dates: ['2029-08-09'] }] },
      '2020-01-01',
      today,
    );
    if (closed === 'all') throw new Error('a closing reaches some indicators, not all');
    expect(closed.indicators).toContain('zrm-mean-change');
    expect(closed.indicators).not.toContain('core-size');
    // Open during the period: the quarter holding the day and every later one through today's.
    expect(closed.periods).toEqual(expect.arrayContaining(periodsFromTo('2029-08-09', today)));
    expect(closed.periods).not.toContain('2029-Q2');
  });

  it('reaches nothing kept from a day after today’s quarter, except periods holding it', () => {
    const ahead = refreshScopeOf(
      { changes: [{ inputs: ['members'], dates: ['2033-01-01'] }] },
      '2020-01-01',
      today,
    );
    expect(ahead).toEqual({ indicators: [], periods: [] });
  });

  it('recomputes every indicator when a write makes earlier periods kept', () => {
    const earlier = refreshScopeOf(
      { changes: [{ inputs: ['registered-events'], dates: ['2019-05-02'] }] },
      '2020-01-01',
      today,
    );
    if (earlier === 'all') throw new Error('an earlier day reaches periods, not all');
    expect(earlier.indicators).toHaveLength(INDICATORS.length);
    expect(earlier.periods).toEqual(expect.arrayContaining(['2019-Q2', '2019', '2020-Q1']));
    expect(refreshScopeOf('all', null, today)).toBe('all');
    expect(refreshScopeOf(NO_REACH, null, today)).toEqual({ indicators: [], periods: [] });
  });
});

const CLOCK_TODAY = clockToday();
const RUNNING_QUARTER = quarterOf(CLOCK_TODAY);
/** Days of past periods, of the running quarter, and of next year (writes may lie ahead). */
const day = fc.oneof(
  fc
    .integer({ min: 0, max: 4 * 365 })
    .map((offset) => new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10)),
  fc
    .integer({ min: 0, max: 91 })
    .map((offset) =>
      new Date(Date.UTC(RUNNING_QUARTER.year, (RUNNING_QUARTER.quarter - 1) * 3, 1 + offset))
        .toISOString()
        .slice(0, 10),
    ),
  fc
    .integer({ min: 0, max: 364 })
    .map((offset) =>
      new Date(Date.UTC(RUNNING_QUARTER.year + 1, 0, 1 + offset)).toISOString().slice(0, 10),
    ),
);
const householdRef = fc.integer({ min: 1, max: 6 }).map((i) => `ZK-R-${i}`);
const planRef = fc.integer({ min: 1, max: 6 }).map((i) => `P-R-${i}`);

/** One write a municipality could send: a single row of one kind, valid or not. */
const write: fc.Arbitrary<{ kind: string; row: ImportRow }> = fc.oneof(
  fc.record({
    kind: fc.constant('households'),
    row: fc.record({
      household_reference: householdRef,
      district_code: fc.constantFrom('WK008010', 'WK008020', 'WK008040'),
      size: fc.constant('2'),
      adults: fc.constant('2'),
      minors: fc.constant('0'),
      eldest_age_band: fc.constant('45-64'),
      registered_on: day,
      intake_channel: fc.constant('self'),
    }),
  }),
  fc.record({
    kind: fc.constant('plan-events'),
    row: fc.oneof(
      fc.record({
        plan_reference: planRef,
        household_reference: householdRef,
        team_reference: fc.constant('FLT-CENTRUM'),
        type: fc.constant('opened'),
        date: day,
      }),
      fc.record({
        plan_reference: planRef,
        type: fc.constant('activated'),
        date: day,
        lead_member_reference: fc.constantFrom('M-001', 'M-002'),
      }),
      fc.record({
        plan_reference: planRef,
        type: fc.constant('escalated'),
        date: day,
        escalation_target: fc.constant('housing'),
      }),
      fc.record({ plan_reference: planRef, type: fc.constant('de-escalated'), date: day }),
      fc.record({
        plan_reference: planRef,
        type: fc.constant('goal-set'),
        date: day,
        life_domain: fc.constantFrom('finances', 'housing'),
        start_level: fc.constant('2'),
        target_level: fc.constant('4'),
        intent: fc.constant('improve'),
      }),
      fc.record({
        plan_reference: planRef,
        type: fc.constant('closed'),
        date: day,
        closure_reason: fc.constantFrom('goals-achieved', 'moved'),
      }),
    ),
  }),
  fc.record({
    kind: fc.constant('assessments'),
    row: fc.record({
      household_reference: householdRef,
      plan_reference: planRef,
      assessed_on: day,
      moment: fc.constantFrom('intake', 'closure'),
      finances: fc.integer({ min: 1, max: 5 }).map(String),
      housing: fc.integer({ min: 1, max: 5 }).map(String),
    }),
  }),
  fc.record({
    kind: fc.constant('registered-events'),
    row: fc.record({
      type: fc.constantFrom('eviction', 'eviction-prevented', 'supervision-order'),
      occurred_on: day,
      household_reference: householdRef,
      plan_reference: fc.option(planRef, { nil: undefined }),
    }),
  }),
  fc.record({
    kind: fc.constant('members'),
    row: fc.record({
      member_reference: fc.constantFrom('M-001', 'M-002', 'M-R-1'),
      team_reference: fc.constant('FLT-CENTRUM'),
      discipline: fc.constantFrom('social-worker', 'district-nurse'),
      ring: fc.constant('core'),
      contracted_hours: fc.constant('32'),
      hours_in_wijk: fc.integer({ min: 8, max: 32 }).map(String),
      started_on: day,
      ended_on: fc.option(day, { nil: undefined }),
    }),
  }),
  fc.record({
    kind: fc.constant('teams'),
    row: fc.record({
      team_reference: fc.constantFrom('FLT-CENTRUM', 'WT-R-1'),
      name: fc.constant('Wijkteam'),
      kind: fc.constant('all-ages'),
      district_codes: fc.constantFrom('WK008010 WK008011 WK008020', 'WK008040', 'WK008010'),
      started_on: day,
      access_mandate: fc.constant('own-mandate'),
    }),
  }),
);

describe.each(TEST_TARGETS)('the rollup refresh after a write on %s', (target) => {
  let handle: DatabaseHandle;
  const asLeeuwarden = <T>(work: Parameters<typeof withScope<T>>[2]) =>
    withScope(handle.db, { role: 'municipality', municipalityId: GM }, work);
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
  });
  afterAll(() => handle.close());

  it('leaves the rollups equal to a recomputation of every period after random writes', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
        for (const { kind, row } of writes) {
          try {
            await asLeeuwarden((tx) =>
              writeRows(tx, { kind, municipalityId: GM, secret: TEST_SECRET, rows: [row] }),
            );
            written += 1;
          } catch (error) {
            // A write the domain rules refuse changes nothing; the next one goes on from there.
            if (!(error instanceof ImportError)) throw error;
          }
          expect(await staleRollups(), `after ${kind} ${JSON.stringify(row)}`).toBe(0);
        }
      }),
      { numRuns: 30, seed: 20261201 },
    );
    // The property means little unless many of the generated writes were accepted.
    expect(written).toBeGreaterThan(30);
    // Each of a hundred writes is followed by a recomputation of every kept period: about a
    // minute on PGlite on a small machine, more when it is shared.
  }, 240_000);
});
