import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from './database.js';
import {
  households,
  indicatorRollups,
  publicationSettings,
  teamDistricts,
  teams,
} from './schema/index.js';
import { readInScope, ScopeError, withScope } from './tenancy.js';
import { createTestDatabase, TEST_TARGETS } from './testing.js';

const LEEUWARDEN = 'GM0080';
const AMSTERDAM = 'GM0363';
const TEAM_NORTH = '00000000-0000-4000-8000-000000000001';
const TEAM_SOUTH = '00000000-0000-4000-8000-000000000002';

async function insertFixture(handle: DatabaseHandle) {
  await handle.db.insert(teams).values([
    {
      municipalityId: LEEUWARDEN,
      id: TEAM_NORTH,
      name: 'Noord',
      kind: 'all-ages',
      mandate: 'own-mandate',
      startedOn: '2015-01-01',
    },
    {
      municipalityId: LEEUWARDEN,
      id: TEAM_SOUTH,
      name: 'Zuid',
      kind: 'all-ages',
      mandate: 'own-mandate',
      startedOn: '2016-01-01',
    },
  ]);
  await handle.db.insert(teamDistricts).values([
    { municipalityId: LEEUWARDEN, teamId: TEAM_NORTH, districtId: 'WK008010' },
    { municipalityId: LEEUWARDEN, teamId: TEAM_SOUTH, districtId: 'WK008020' },
  ]);
  const household = (municipalityId: string, districtId: string, referenceHash: string) => ({
    municipalityId,
    districtId,
    referenceHash,
    size: 2,
    adults: 2,
    minors: 0,
    eldestAgeBand: '45-64',
    registeredOn: '2024-02-01',
    intakeChannel: 'self',
  });
  await handle.db
    .insert(households)
    .values([
      household(LEEUWARDEN, 'WK008010', 'a'),
      household(LEEUWARDEN, 'WK008020', 'b'),
      household(AMSTERDAM, 'WK0363AA', 'c'),
    ]);
  await handle.db.insert(indicatorRollups).values([
    {
      municipalityId: LEEUWARDEN,
      level: 'municipality',
      unitId: LEEUWARDEN,
      period: '2025-Q1',
      indicatorCode: 'plans-escalated',
      numerator: 3,
      denominator: 40,
      n: 40,
    },
    {
      municipalityId: AMSTERDAM,
      level: 'municipality',
      unitId: AMSTERDAM,
      period: '2025-Q1',
      indicatorCode: 'plans-escalated',
      numerator: 9,
      denominator: 90,
      n: 90,
    },
  ]);
  await handle.db
    .insert(publicationSettings)
    .values({ municipalityId: AMSTERDAM, indicatorGroup: 'outcomes', isPublished: true });
}

describe.each(TEST_TARGETS)('tenancy in the database on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    await insertFixture(handle);
  });
  afterAll(() => handle.close());

  it('shows a municipality only its own households, even to a query without any filter', async () => {
    const seen = await withScope(
      handle.db,
      { role: 'municipality', municipalityId: LEEUWARDEN },
      (tx) => tx.select({ municipalityId: households.municipalityId }).from(households),
    );
    expect(seen.map((row) => row.municipalityId)).toEqual([LEEUWARDEN, LEEUWARDEN]);
  });

  it('shows nothing of any tenant to a scope without a municipality (institute)', async () => {
    const counts = await withScope(handle.db, { role: 'institute' }, async (tx) => ({
      households: (await tx.select().from(households)).length,
      teams: (await tx.select().from(teams)).length,
      rollups: (await tx.select().from(indicatorRollups)).length,
    }));
    expect(counts).toEqual({ households: 0, teams: 0, rollups: 0 });
  });

  it('shows an institute only the rollups a municipality chose to publish', async () => {
    const rows = await withScope(handle.db, { role: 'institute' }, (tx) =>
      queryRows<{ municipality_id: string }>(
        tx,
        sql`select municipality_id from published_indicator_rollups`,
      ),
    );
    expect(rows.map((row) => row.municipality_id)).toEqual([AMSTERDAM]);
  });

  it('refuses to write a row into another municipality', async () => {
    const write = withScope(handle.db, { role: 'municipality', municipalityId: LEEUWARDEN }, (tx) =>
      tx.insert(teams).values({
        municipalityId: AMSTERDAM,
        name: 'Indringer',
        kind: 'all-ages',
        mandate: 'referral-only',
        startedOn: '2020-01-01',
      }),
    );
    await expect(write).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/row-level security/) },
    });
  });

  it.each([
    ['refresh_rollups', sql`select refresh_rollups(${AMSTERDAM}, array['2024'], null)`],
    [
      'refresh_zrm_domain_rollups',
      sql`select refresh_zrm_domain_rollups(${AMSTERDAM}, array['2024'])`,
    ],
    ['wijknet_first_data_day', sql`select wijknet_first_data_day(${AMSTERDAM})`],
  ])("refuses %s of another municipality than the scope's", async (name, call) => {
    const scope = { role: 'municipality', municipalityId: LEEUWARDEN } as const;
    const refused = withScope(handle.db, scope, (tx) => tx.execute(call));
    await expect(refused, name).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/A scope of GM0080 cannot .* of GM0363/) },
    });
    // Its own municipality it may.
    const own = sql`select wijknet_first_data_day(${LEEUWARDEN}) as day`;
    await expect(withScope(handle.db, scope, (tx) => tx.execute(own))).resolves.toBeDefined();
  });

  it("narrows a team's scope to the households of the districts it serves", async () => {
    const seen = await withScope(
      handle.db,
      { role: 'team', municipalityId: LEEUWARDEN, teamId: TEAM_NORTH },
      (tx) => tx.select({ districtId: households.districtId }).from(households),
    );
    expect(seen).toEqual([{ districtId: 'WK008010' }]);
  });

  it('reads one statement in the scope and keeps what it wrote, or nothing when it fails', async () => {
    const scope = { role: 'team', municipalityId: LEEUWARDEN, teamId: TEAM_NORTH } as const;
    const team = (name: string) =>
      sql`insert into teams (municipality_id, name, kind, mandate, started_on)
        values (${LEEUWARDEN}, ${name}, 'all-ages', 'own-mandate', '2020-01-01')`;
    const [read] = await readInScope<{ districts: string[] }>(
      handle.db,
      scope,
      sql`with added as (${team('Kept')})
        select array_agg(district_id order by district_id) as districts from households`,
    );
    // Row-level security narrowed the read to the team's districts.
    expect(read?.districts).toEqual(['WK008010']);
    const failing = readInScope(
      handle.db,
      scope,
      sql`with added as (${team('Lost')}) select 1 / 0 as never`,
    );
    await expect(failing).rejects.toThrow();
    const names = await queryRows<{ name: string }>(
      handle.db,
      sql`select name from teams where name in ('Kept', 'Lost')`,
    );
    expect(names).toEqual([{ name: 'Kept' }]);
  });

  it.runIf(target === 'postgres')(
    'fails a read whose connection the server closed, and reads on the next connection',
    async () => {
      const scope = { role: 'team', municipalityId: LEEUWARDEN, teamId: TEAM_NORTH } as const;
      const reading = readInScope(handle.db, scope, sql`select pg_sleep(5)`);
      reading.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Every other session of this test's database ends, the reading one among them.
      await queryRows(
        handle.db,
        sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
      );
      await expect(reading).rejects.toMatchObject({ code: expect.any(String) });
      for (let read = 0; read < 3; read++) {
        const [row] = await readInScope<{ districts: string[] }>(
          handle.db,
          scope,
          sql`select array_agg(district_id) as districts from households`,
        );
        expect(row?.districts).toEqual(['WK008010']);
      }
    },
  );

  it('leaves the scope behind when the transaction ends', async () => {
    await withScope(handle.db, { role: 'municipality', municipalityId: AMSTERDAM }, async () => {});
    const [row] = await queryRows<{ role: string; municipality: string | null }>(
      handle.db,
      sql`select current_user as role, current_setting('wijknet.municipality_id', true) as municipality`,
    );
    expect(row?.role).not.toBe('wijknet_app');
    expect(row?.municipality ?? '').toBe('');
  });

  it('refuses a scope with a malformed municipality code before touching the database', async () => {
    await expect(
      withScope(
        handle.db,
        { role: 'municipality', municipalityId: "GM0080' or true" },
        async () => 1,
      ),
    ).rejects.toBeInstanceOf(ScopeError);
  });
});
