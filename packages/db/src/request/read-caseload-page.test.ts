import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, queryRows } from '../database.js';
import { auditLog } from '../schema/index.js';
import { seed } from '../seed/seed.js';
import { type Scope, withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { decodeCaseloadCursor, encodeCaseloadCursor, PageRequestError } from './caseload-cursor.js';
import {
  type CaseloadFilter,
  type CaseloadPageRequest,
  readCaseloadPage,
} from './read-caseload-page.js';

const MUNICIPALITY = 'GM0088';
const ACTOR = {
  municipalityId: MUNICIPALITY,
  actor: 'tester',
  actorIssuer: 'https://wijknet.test',
  actorName: null,
  role: 'municipality',
  requestId: 'r1',
  operation: 'query Caseload (plans)',
};
const EVERYTHING = { goals: true, actions: true, latestAssessment: true };

/** The same plans as drizzle's relational query reads them, newest first, ID as tie-breaker. */
function drizzlePlans(db: Database, filter: CaseloadFilter, limit: number) {
  const { openedBetween } = filter;
  return db.query.plans.findMany({
    with: {
      events: { orderBy: { sequence: 'asc' } },
      goals: { orderBy: { id: 'asc' } },
      actions: { orderBy: { startedOn: 'asc', id: 'asc' } },
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

describe.each(TEST_TARGETS)('readCaseloadPage on %s', (target) => {
  let handle: DatabaseHandle;
  let team: { id: string; district: string };
  const scope: Scope = { role: 'municipality', municipalityId: MUNICIPALITY };

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

  const page = (request: Partial<CaseloadPageRequest>, on: Scope = scope) =>
    readCaseloadPage(
      { db: handle.db, scope: on },
      { municipalityId: MUNICIPALITY, filter: {}, actor: ACTOR, ...request },
    );

  it('reads the rows drizzle’s relational query reads, with everything asked for', async () => {
    const filters: [string, CaseloadFilter][] = [
      ['a municipality', {}],
      ['a team’s active plans', { teamId: team.id, status: 'active' }],
      ['a district', { districtId: team.district }],
      ['a period', { openedBetween: { from: '2024-01-01', until: '2025-12-31' } }],
    ];
    for (const [name, filter] of filters) {
      const read = await page({ filter, first: 20, include: EVERYTHING });
      const expected = await withScope(handle.db, scope, (tx) => drizzlePlans(tx, filter, 21));
      expect(read.plans.length, name).toBeGreaterThan(0);
      expect(read.hasNextPage, name).toBe(expected.length > 20);
      expect(
        read.plans.map(({ cursor, ...plan }) => plan),
        name,
      ).toEqual(
        JSON.parse(
          JSON.stringify(
            expected.slice(0, 20).map(({ householdAssessments, ...plan }) => ({
              ...plan,
              latestAssessment: householdAssessments[0] ?? null,
            })),
          ),
        ),
      );
    }
  });

  it('pages forward and back over every plan once, in order', async () => {
    const all = await page({ first: 100 });
    expect(all.plans.length).toBeGreaterThanOrEqual(6);
    const ids = all.plans.map((plan) => plan.id);
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const next = await page({ first: 3, after });
      forward.push(...next.plans.map((plan) => plan.id));
      if (!next.hasNextPage) break;
      after = next.plans.at(-1)?.cursor;
    }
    expect(forward).toEqual(ids);
    const backward = await page({ last: 3, before: all.plans[5]?.cursor });
    expect(backward.plans.map((plan) => plan.id)).toEqual(ids.slice(2, 5));
    expect(backward.hasPreviousPage).toBe(true);
    const tail = await page({ last: 2 });
    expect(tail.plans.map((plan) => plan.id)).toEqual(ids.slice(-2));
  });

  it('writes the plans it shows, and the households whose assessment it shows, to the audit log', async () => {
    const before = await handle.db.select({ id: auditLog.id }).from(auditLog);
    const read = await page({
      filter: { teamId: team.id },
      first: 5,
      include: { latestAssessment: true },
    });
    const known = new Set(before.map((row) => row.id));
    const rows = (await handle.db.select().from(auditLog)).filter((row) => !known.has(row.id));
    const subjects = Object.fromEntries(
      rows.map((row) => [row.subjectType, [...row.subjectIds].sort()]),
    );
    expect(subjects.plan).toEqual(read.plans.map((plan) => plan.id).sort());
    const households = read.plans.flatMap((plan) =>
      plan.latestAssessment ? [plan.householdId] : [],
    );
    expect(subjects.household).toEqual([...new Set(households)].sort());
    expect(
      rows.every(
        (row) =>
          row.details === 'request r1' &&
          row.actor === 'tester' &&
          row.operation === 'query Caseload (plans)',
      ),
    ).toBe(true);
  });

  it('reads only what the scope’s row-level security shows', async () => {
    const ofTeam = await page(
      { first: 100 },
      { role: 'team', municipalityId: MUNICIPALITY, teamId: team.id },
    );
    expect(ofTeam.plans.length).toBeGreaterThan(0);
    expect(ofTeam.plans.every((plan) => plan.teamId === team.id)).toBe(true);
    const elsewhere = await page(
      { first: 100 },
      { role: 'municipality', municipalityId: 'GM0080' },
    );
    expect(elsewhere.plans).toEqual([]);
  });
});

describe('a caseload cursor', () => {
  const position = { openedOn: '2025-03-01', id: 'c0000000-0000-4000-8000-000000000001' };
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('reads back the position it was written from', () => {
    expect(decodeCaseloadCursor(encodeCaseloadCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64', 'not base64!'],
    ['a day that does not exist', base64(`plan:2025-02-30:${position.id}`)],
    ['a month that does not exist', base64(`plan:2025-13-01:${position.id}`)],
    ['an ID that is no UUID', base64('plan:2025-03-01:not-a-uuid')],
    ['a NUL inside', base64(`plan:2025-03-01:${position.id}\u0000`)],
    ['another shape', base64(JSON.stringify(position))],
    ['an empty text', ''],
  ])('is refused when it is %s', (_name, cursor) => {
    expect(() => decodeCaseloadCursor(cursor)).toThrow(PageRequestError);
  });
});
