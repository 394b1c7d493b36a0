import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, queryRows } from '../database.js';
import { seed } from '../seed/seed.js';
import { type Scope, withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { type PlanPageFilter, readPlanPage } from './read-plan-page.js';

const MUNICIPALITY = 'GM0088';

/** The same page as drizzle's relational query reads it, as the gateway's Plan type asks for it. */
function drizzlePage(db: Database, filter: PlanPageFilter, limit: number) {
  const { openedBetween } = filter;
  return db.query.plans.findMany({
    with: {
      events: { orderBy: { sequence: 'asc' } },
      householdAssessments: { orderBy: { assessedOn: 'desc', id: 'desc' }, limit: 1 },
    },
    where: {
      ...(filter.teamId ? { teamId: filter.teamId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.districtId ? { household: { districtId: filter.districtId } } : {}),
      ...(openedBetween ? { openedOn: { gte: openedBetween.from, lte: openedBetween.until } } : {}),
    },
    orderBy: { openedOn: 'desc', id: 'desc' },
    limit,
  });
}

describe.each(TEST_TARGETS)('readPlanPage on %s', (target) => {
  let handle: DatabaseHandle;
  let team: { id: string; district: string };

  beforeAll(async () => {
    handle = await createTestDatabase(target);
    await seed(handle.db, { scale: 'demo', seed: 3, municipalityIds: [MUNICIPALITY] });
    const [busiest] = await queryRows<{ team_id: string; district_id: string }>(
      handle.db,
      sql`select p.team_id, min(h.district_id) as district_id from plans p
          join households h on h.municipality_id = p.municipality_id and h.id = p.household_id
          where p.municipality_id = ${MUNICIPALITY}
          group by p.team_id order by count(*) desc limit 1`,
    );
    if (!busiest) throw new Error('the seed made no plans');
    team = { id: busiest.team_id, district: busiest.district_id };
  });
  afterAll(() => handle.close());

  const filters = (): [string, PlanPageFilter][] => [
    ['a municipality', { municipalityId: MUNICIPALITY }],
    ['a team’s active plans', { municipalityId: MUNICIPALITY, teamId: team.id, status: 'active' }],
    ['a district', { municipalityId: MUNICIPALITY, districtId: team.district }],
    [
      'a period',
      { municipalityId: MUNICIPALITY, openedBetween: { from: '2024-01-01', until: '2025-12-31' } },
    ],
  ];

  it('reads the rows drizzle’s relational query reads, events and latest assessment included', async () => {
    const scope: Scope = { role: 'municipality', municipalityId: MUNICIPALITY };
    for (const [name, filter] of filters()) {
      const [planned, expected] = await withScope(handle.db, scope, async (tx) => [
        await readPlanPage(tx, filter, { orderBy: { openedOn: 'desc', id: 'desc' }, limit: 21 }),
        await drizzlePage(tx, filter, 21),
      ]);
      expect(planned.length, name).toBeGreaterThan(0);
      expect(planned, name).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('holds only the columns asked for, and the order’s, of the same rows', async () => {
    const scope: Scope = { role: 'municipality', municipalityId: MUNICIPALITY };
    const filter = { municipalityId: MUNICIPALITY, teamId: team.id, status: 'active' };
    const orderBy = { openedOn: 'desc', id: 'desc' } as const;
    const [narrow, whole] = await withScope(handle.db, scope, async (tx) => [
      await readPlanPage(tx, filter, {
        orderBy,
        limit: 21,
        columns: { plans: ['status'], events: ['type'], assessments: ['householdId', 'housing'] },
      }),
      await readPlanPage(tx, filter, { orderBy, limit: 21 }),
    ]);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow).toEqual(
      whole.map((plan) => ({
        status: plan.status,
        openedOn: plan.openedOn,
        id: plan.id,
        events: plan.events.map((event) => ({ type: event.type })),
        householdAssessments: plan.householdAssessments.map((assessment) => ({
          householdId: assessment.householdId,
          housing: assessment.housing,
        })),
      })),
    );
    await expect(
      withScope(handle.db, scope, (tx) =>
        readPlanPage(tx, filter, { orderBy, limit: 1, columns: { events: ['nonsense'] } }),
      ),
    ).rejects.toThrow('plan_events have no column nonsense');
  });

  it('reads only what the scope’s row-level security shows', async () => {
    const filter = { municipalityId: MUNICIPALITY };
    const page = { orderBy: { openedOn: 'desc' as const, id: 'desc' as const }, limit: 500 };
    const teamScope: Scope = {
      role: 'team',
      municipalityId: MUNICIPALITY,
      teamId: team.id,
    };
    const ofTeam = await withScope(handle.db, teamScope, (tx) => readPlanPage(tx, filter, page));
    expect(ofTeam.length).toBeGreaterThan(0);
    expect(ofTeam.every((plan) => plan.teamId === team.id)).toBe(true);
    const elsewhere = await withScope(
      handle.db,
      { role: 'municipality', municipalityId: 'GM0080' },
      (tx) => readPlanPage(tx, filter, page),
    );
    expect(elsewhere).toEqual([]);
  });
});
