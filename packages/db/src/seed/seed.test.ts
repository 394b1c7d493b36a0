import { formatPeriod, periodsBetween } from '@wijknet/outcome-monitoring';
import { foldPlanEvents, planEventSchema } from '@wijknet/plan';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { seed } from './seed.js';

const SAMPLE = ['GM0080', 'GM0088'];

async function checksums(handle: DatabaseHandle): Promise<Record<string, string>> {
  const tables = await queryRows<{ relname: string }>(
    handle.db,
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  const sums: Record<string, string> = {};
  for (const { relname } of tables) {
    const [row] = await queryRows<{ checksum: string | null; count: number }>(
      handle.db,
      sql`select md5(string_agg(t::text, '|' order by t::text)) as checksum, count(*)::int as count from ${sql.identifier(relname)} t`,
    );
    sums[relname] = `${row?.count}:${row?.checksum}`;
  }
  return sums;
}

describe.each(TEST_TARGETS)('seed on %s', (target) => {
  let first: DatabaseHandle;
  beforeAll(async () => {
    first = await createTestDatabase(target);
    await seed(first.db, { scale: 'demo', seed: 7, municipalityIds: SAMPLE });
    // A fifth of a realistic demo's rows, on two shared cores: minutes, not seconds.
  }, 600_000);
  afterAll(() => first.close());

  it('gives the same rows in every table for the same seed number', async () => {
    await using second = await createTestDatabase(target);
    await seed(second.db, { scale: 'demo', seed: 7, municipalityIds: SAMPLE });
    const a = await checksums(first);
    expect(Number(a.plans?.split(':')[0])).toBeGreaterThan(100);
    expect(await checksums(second)).toEqual(a);
    await seed(second.db, { scale: 'demo', seed: 8, municipalityIds: SAMPLE });
    expect((await checksums(second)).plans).not.toEqual(a.plans);
  });

  it("reaches the households its drawn yearly reach promises, counted from the rows against CBS's households", async () => {
    const [row] = await queryRows<{ reached: number; households: number; rollup: number }>(
      first.db,
      sql`select (select count(distinct p.household_id) from plans p
                   where p.municipality_id = 'GM0080' and p.opened_on <= '2025-12-31'
                     and (p.closed_on is null or p.closed_on >= '2025-01-01'))::float8 as reached,
                 (select households from municipalities where id = 'GM0080')::float8 as households,
                 (select numerator / denominator * 1000 from indicator_rollups
                   where municipality_id = 'GM0080' and level = 'municipality' and period = '2025'
                     and indicator_code = 'reach-per-1000-households')::float8 as rollup`,
    );
    const perThousand = (Number(row?.reached) / Number(row?.households)) * 1000;
    expect(Number(row?.rollup)).toBeCloseTo(perThousand, 6);
    // A wijkteam supports a few percent of its households a year, not the 20 % the rule sees.
    expect(perThousand).toBeGreaterThan(4);
    expect(perThousand).toBeLessThan(80);
  });

  it('builds teams with a median core of 6 to 9, most core members at 24 hours or more, and some teams all', async () => {
    const [row] = await queryRows<{ median: number; share24: number; teamsAll24: number }>(
      first.db,
      sql`with cores as (select team_id, count(*) as size, bool_and(hours_in_wijk >= 24) as all24
                         from members where ring = 'core' group by team_id)
          select (select percentile_cont(0.5) within group (order by size) from cores)::float8 as median,
                 (select avg((hours_in_wijk >= 24)::int) from members where ring = 'core')::float8 as share24,
                 (select avg(all24::int) from cores)::float8 as "teamsAll24"`,
    );
    expect(Number(row?.median)).toBeGreaterThanOrEqual(6);
    expect(Number(row?.median)).toBeLessThanOrEqual(9);
    expect(Number(row?.share24)).toBeGreaterThan(0.65);
    expect(Number(row?.share24)).toBeLessThan(0.95);
    expect(Number(row?.teamsAll24)).toBeGreaterThan(0.15);
    expect(Number(row?.teamsAll24)).toBeLessThan(0.8);
  });

  it('writes plan event sequences that @wijknet/plan accepts, and mostly improving ZRM scores', async () => {
    const events = await queryRows<{
      plan_id: string;
      type: string;
      occurred_on: string;
      payload: unknown;
      district_id: string;
      minors: number;
    }>(
      first.db,
      sql`select e.plan_id, e.type, e.occurred_on::text, e.payload, h.district_id, h.minors
          from plan_events e join plans p on p.municipality_id = e.municipality_id and p.id = e.plan_id
          join households h on h.municipality_id = p.municipality_id and h.id = p.household_id
          order by e.plan_id, e.sequence`,
    );
    const candidates = await queryRows<{
      member_id: string;
      ring: 'core' | 'ring';
      district_id: string;
    }>(
      first.db,
      sql`select m.id as member_id, m.ring, td.district_id from members m
          join team_districts td on td.municipality_id = m.municipality_id and td.team_id = m.team_id`,
    );
    const byPlan = new Map<string, typeof events>();
    for (const event of events)
      byPlan.set(event.plan_id, [...(byPlan.get(event.plan_id) ?? []), event]);
    for (const planEvents of byPlan.values()) {
      const first = planEvents[0];
      if (!first) continue;
      const leadCandidates = candidates
        .filter((c) => c.district_id === first.district_id)
        .map((c) => ({ memberId: c.member_id, ring: c.ring, districtCodes: [c.district_id] }));
      const parsed = planEvents.map((e) =>
        planEventSchema.parse({
          type: e.type,
          date: e.occurred_on,
          ...(typeof e.payload === 'string' ? JSON.parse(e.payload) : (e.payload as object)),
        }),
      );
      expect(() =>
        foldPlanEvents(parsed, {
          household: { districtCode: first.district_id, minors: first.minors },
          leadCandidates,
        }),
      ).not.toThrow();
    }
    const [change] = await queryRows<{ improved: number; worsened: number }>(
      first.db,
      sql`select avg((c.finances > i.finances)::int)::float8 as improved, avg((c.finances < i.finances)::int)::float8 as worsened
          from assessments i join assessments c on c.municipality_id = i.municipality_id and c.plan_id = i.plan_id
          where i.moment = 'intake' and c.moment = 'closure'`,
    );
    expect(Number(change?.improved)).toBeGreaterThan(Number(change?.worsened) * 2);
  });

  it("fills the rollups for every seeded quarter, from the demo's first day on", async () => {
    const rows = await queryRows<{ period: string }>(
      first.db,
      sql`select distinct period from indicator_rollups
          where municipality_id = 'GM0080' and indicator_code = 'reach-per-1000-households'
            and period like '%-Q%' and numerator > 0 order by 1`,
    );
    const periods = rows.map((row) => row.period);
    expect(periods[0]).toBe('2024-Q1');
    expect(periods).toEqual(
      expect.arrayContaining(periodsBetween('2024-Q1', '2026-Q3').map(formatPeriod)),
    );
  });
});
