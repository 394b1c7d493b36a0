import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, queryRows } from '../database.js';
import {
  households,
  indicatorRollups,
  planEvents,
  plans,
  registeredEvents,
  teamDistricts,
  teams,
} from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { refreshRollups } from './refresh-rollups.js';

const GM = 'GM0080';
const TEAM = '00000000-0000-4000-8000-0000000000aa';
const DISTRICT = 'WK008010';
const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
const QUARTER_START = ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01'];

interface PlanSpec {
  openedQuarter: number;
  closedQuarter: number | null;
  goalsAchieved: boolean;
  escalatedQuarter: number | null;
}

async function rollup(db: Database, indicatorCode: string, period: string) {
  const [row] = await db
    .select()
    .from(indicatorRollups)
    .where(
      and(
        eq(indicatorRollups.municipalityId, GM),
        eq(indicatorRollups.level, 'municipality'),
        eq(indicatorRollups.period, period),
        eq(indicatorRollups.indicatorCode, indicatorCode),
      ),
    );
  return row ? { numerator: row.numerator, denominator: row.denominator } : undefined;
}

async function writePlans(db: Database, specs: PlanSpec[], evictionQuarters: number[]) {
  await withScope(db, { role: 'municipality', municipalityId: GM }, async (tx) => {
    for (const [index, spec] of specs.entries()) {
      const [household] = await tx
        .insert(households)
        .values({
          municipalityId: GM,
          districtId: DISTRICT,
          referenceHash: `h${index}`,
          size: 1,
          adults: 1,
          minors: 0,
          eldestAgeBand: '25-44',
          registeredOn: '2023-12-01',
          intakeChannel: 'self',
        })
        .returning({ id: households.id });
      if (!household) throw new Error('no household');
      const closedOn =
        spec.closedQuarter === null
          ? null
          : `2024-${String(spec.closedQuarter * 3 + 2).padStart(2, '0')}-15`;
      const [plan] = await tx
        .insert(plans)
        .values({
          municipalityId: GM,
          householdId: household.id,
          teamId: TEAM,
          status: closedOn ? 'closed' : 'active',
          openedOn: QUARTER_START[spec.openedQuarter] ?? '',
          closedOn,
          closureReason: closedOn ? (spec.goalsAchieved ? 'goals-achieved' : 'moved') : null,
        })
        .returning({ id: plans.id });
      if (!plan) throw new Error('no plan');
      if (spec.escalatedQuarter !== null) {
        await tx.insert(planEvents).values({
          municipalityId: GM,
          planId: plan.id,
          sequence: 3,
          type: 'escalated',
          occurredOn: QUARTER_START[spec.escalatedQuarter] ?? '',
          payload: { target: 'youth-care' },
        });
      }
    }
    for (const quarter of evictionQuarters) {
      await tx.insert(registeredEvents).values({
        municipalityId: GM,
        type: 'eviction',
        occurredOn: QUARTER_START[quarter] ?? '',
        districtId: DISTRICT,
        teamId: TEAM,
      });
    }
    await refreshRollups(tx, { municipalityId: GM, periods: QUARTERS });
  });
}

/**
 * The same four figures, counted in TypeScript straight from the specifications. Before the
 * municipality's first data (its earliest plan opening or registered event) there is no figure.
 */
function expected(specs: PlanSpec[], evictionQuarters: number[], households: number, q: number) {
  const first = Math.min(...specs.map((s) => s.openedQuarter), ...evictionQuarters);
  if (q < first)
    return { reach: undefined, achieved: undefined, escalated: undefined, evictions: undefined };
  const closed = specs.filter((s) => s.closedQuarter === q);
  const open = specs.filter(
    (s) => s.openedQuarter <= q && (s.closedQuarter === null || s.closedQuarter >= q),
  );
  return {
    reach: { numerator: open.length, denominator: households },
    achieved: closed.length
      ? { numerator: closed.filter((s) => s.goalsAchieved).length, denominator: closed.length }
      : undefined,
    escalated: open.length
      ? { numerator: open.filter((s) => s.escalatedQuarter === q).length, denominator: open.length }
      : undefined,
    evictions: {
      numerator: evictionQuarters.filter((e) => e === q).length,
      denominator: households,
    },
  };
}

const planSpec = fc
  .record({
    openedQuarter: fc.integer({ min: 0, max: 3 }),
    duration: fc.option(fc.integer({ min: 0, max: 3 })),
    goalsAchieved: fc.boolean(),
    escalation: fc.option(fc.integer({ min: 0, max: 3 })),
  })
  .map(({ openedQuarter, duration, goalsAchieved, escalation }): PlanSpec => {
    const closedQuarter = duration === null ? null : Math.min(3, openedQuarter + duration);
    const last = closedQuarter ?? 3;
    const escalatedQuarter =
      escalation === null ? null : Math.min(last, openedQuarter + escalation);
    return { openedQuarter, closedQuarter, goalsAchieved, escalatedQuarter };
  });

describe.each(TEST_TARGETS)('rollups on %s', (target) => {
  let handle: DatabaseHandle;
  let municipalityHouseholds: number;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    await handle.db.insert(teams).values({
      municipalityId: GM,
      id: TEAM,
      name: 'Noord',
      kind: 'all-ages',
      mandate: 'own-mandate',
      startedOn: '2015-01-01',
    });
    await handle.db
      .insert(teamDistricts)
      .values({ municipalityId: GM, teamId: TEAM, districtId: DISTRICT });
    const [row] = await queryRows<{ households: number }>(
      handle.db,
      sql`select households from municipalities where id = ${GM}`,
    );
    municipalityHouseholds = Number(row?.households);
  });
  afterAll(() => handle.close());

  async function clear() {
    for (const table of ['plans', 'registered_events', 'households', 'indicator_rollups']) {
      await handle.db.execute(sql`delete from ${sql.identifier(table)}`);
    }
  }

  it('shows a write in the rollup at once, in the same transaction', async () => {
    await clear();
    await writePlans(
      handle.db,
      [{ openedQuarter: 1, closedQuarter: 2, goalsAchieved: true, escalatedQuarter: null }],
      [2],
    );
    expect(await rollup(handle.db, 'reach-per-1000-households', '2024-Q2')).toEqual({
      numerator: 1,
      denominator: municipalityHouseholds,
    });
    expect(await rollup(handle.db, 'closed-plans-goals-achieved', '2024-Q3')).toEqual({
      numerator: 1,
      denominator: 1,
    });
    expect(await rollup(handle.db, 'evictions-per-1000-households', '2024-Q3')).toEqual({
      numerator: 1,
      denominator: municipalityHouseholds,
    });
  });

  it('refuses to refresh another municipality from inside a scope', async () => {
    const refresh = withScope(handle.db, { role: 'municipality', municipalityId: GM }, (tx) =>
      refreshRollups(tx, { municipalityId: 'GM0363', periods: ['2024-Q1'] }),
    );
    await expect(refresh).rejects.toThrow();
  });

  it('equals a recomputation from the base tables after random writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(planSpec, { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
        async (specs, evictions) => {
          await clear();
          await writePlans(handle.db, specs, evictions);
          for (const [q, period] of QUARTERS.entries()) {
            const want = expected(specs, evictions, municipalityHouseholds, q);
            expect(await rollup(handle.db, 'reach-per-1000-households', period)).toEqual(
              want.reach,
            );
            expect(await rollup(handle.db, 'closed-plans-goals-achieved', period)).toEqual(
              want.achieved,
            );
            expect(await rollup(handle.db, 'plans-escalated', period)).toEqual(want.escalated);
            expect(await rollup(handle.db, 'evictions-per-1000-households', period)).toEqual(
              want.evictions,
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
