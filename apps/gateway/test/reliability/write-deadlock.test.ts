import { createDatabase, type Database, type DatabaseHandle, queryRows } from '@wijknet/db';
import { createTestDatabase, TEST_TARGETS } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { ask, codesOf, createGatewayUnderTest } from './support/gateway-under-test.js';
import { householdIdOf, planIdOf } from './support/household-writes.js';
import {
  HOUSEHOLD_INPUT,
  HOUSEHOLD_REFERENCE,
  MEMBER_REFERENCE,
  MUTATIONS,
  memberInput,
  TEAM_INPUT,
  TEAM_REFERENCE,
} from './support/write-schedule.js';

// A real deadlock between a write through the API and another transaction, on Postgres. PGlite
// has one connection and runs one transaction at a time, so no two can wait for each other there.
//
// The API's plan event locks its household, writes the event, and then takes the municipality's
// refresh lock, as every write does. The other transaction takes the refresh lock first and the
// household's lock second, the opposite order. A third transaction holds the plan's row for a
// moment, so the API's write is sure to hold the household before the other asks for it; the
// other waits with a long deadlock_timeout, so it is the API's write that finds the cycle and is
// ended by Postgres (SQLSTATE 40P01). Its answer must be UNAVAILABLE, with nothing of it stored,
// and the same write sent again must succeed.
const MUNICIPALITY = 'GM0080';
const PLAN_REFERENCE = 'DEADLOCK-PLAN';
const REFRESH_LOCK = `wijknet.refresh_rollups:${MUNICIPALITY}`;

/** A promise and the function that settles it: a gate a transaction waits at. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe.skipIf(!TEST_TARGETS.includes('postgres'))(
  'a deadlock of an API write on Postgres',
  () => {
    let database: DatabaseHandle;
    let others: DatabaseHandle;
    let token: string;
    const gateway = () => createGatewayUnderTest(database.db);
    const opening = {
      planReference: PLAN_REFERENCE,
      date: '2026-04-01',
      type: 'OPENED',
      householdReference: HOUSEHOLD_REFERENCE,
      teamReference: TEAM_REFERENCE,
    };
    const activation = {
      planReference: PLAN_REFERENCE,
      date: '2026-04-02',
      type: 'ACTIVATED',
      leadMemberReference: MEMBER_REFERENCE,
    };

    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      const [{ name } = { name: '' }] = await queryRows<{ name: string }>(
        database.db,
        sql`select current_database() as name`,
      );
      const url = new URL(process.env.TEST_DATABASE_URL ?? '');
      url.pathname = `/${name}`;
      // The other transactions' own connections, apart from the gateway's pool.
      others = await createDatabase({ url: url.toString(), maxConnections: 3 });
      token = await signDevelopmentToken({ role: 'municipality', municipalityId: MUNICIPALITY });
      const api = gateway();
      const writes: Array<[string, Record<string, unknown>]> = [
        [MUTATIONS.team, { input: TEAM_INPUT }],
        [MUTATIONS.member, { input: memberInput(24) }],
        [
          'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
          { input: HOUSEHOLD_INPUT },
        ],
        [MUTATIONS.planEvent, { input: opening }],
      ];
      for (const [query, variables] of writes) {
        const answer = await ask(api, { query, variables, token });
        expect(codesOf(answer), query).toEqual([]);
      }
    }, 120_000);
    afterAll(async () => {
      await others?.close();
      await database?.close();
    });

    it('answers UNAVAILABLE, stores nothing of the write, and takes it when sent again', async () => {
      const householdId = householdIdOf(MUNICIPALITY, HOUSEHOLD_REFERENCE);
      const planId = planIdOf(MUNICIPALITY, PLAN_REFERENCE);
      const deadlocksBefore = await deadlocks(others.db);
      const planHeld = gate();
      const askForHousehold = gate();
      const releaseHolder = gate();
      const pids: { holder?: number; other?: number } = {};

      // Holds the plan's row until told: the API's write waits there, its household locked.
      const holder = others.db.transaction(async (tx) => {
        pids.holder = await backendPid(tx);
        await tx.execute(
          sql`select id from plans where municipality_id = ${MUNICIPALITY} and id = ${planId} for update`,
        );
        planHeld.open();
        await releaseHolder.opened;
      });
      await planHeld.opened;

      // The refresh lock first, the household's second: the opposite order of the API's write.
      const other = others.db.transaction(async (tx) => {
        pids.other = await backendPid(tx);
        await tx.execute(sql`set local deadlock_timeout = '60s'`);
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${REFRESH_LOCK}, 0))`);
        await askForHousehold.opened;
        await tx.execute(
          sql`select id from households where municipality_id = ${MUNICIPALITY} and id = ${householdId}
             for no key update`,
        );
      });

      const write = ask(gateway(), {
        query: MUTATIONS.planEvent,
        variables: { input: activation },
        token,
      });
      // The API's write waits for the plan's row, holding its household.
      await waitUntilWaiting(others.db, (pid) => pid !== pids.holder && pid !== pids.other);
      askForHousehold.open();
      await waitUntilWaiting(others.db, (pid) => pid === pids.other);
      // Now the API's write goes on to the refresh lock, which the other holds: a cycle.
      releaseHolder.open();

      const answer = await write;
      await Promise.all([holder, other]);
      expect(codesOf(answer)).toEqual(['UNAVAILABLE']);
      console.info(`write deadlock: answered HTTP ${answer.status}, ${codesOf(answer).join(', ')}`);
      expect(answer.text).toMatch(/Send it again/);
      expect(answer.text).not.toMatch(/deadlock|40P01|households|plans/i);
      // Postgres counts it (its statistics arrive within a second or so).
      await expectEventually(async () => (await deadlocks(others.db)) === deadlocksBefore + 1);
      expect(await eventTypes(others.db, planId)).toEqual(['opened']);

      const again = await ask(gateway(), {
        query: MUTATIONS.planEvent,
        variables: { input: activation },
        token,
      });
      expect(codesOf(again)).toEqual([]);
      expect(await eventTypes(others.db, planId)).toEqual(['opened', 'activated']);
    }, 120_000);
  },
);

async function backendPid(tx: Database): Promise<number> {
  const [row] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
  return row?.pid ?? 0;
}

/** Waits until a backend of this database that `isOne` picks waits for a lock. */
async function waitUntilWaiting(db: Database, isOne: (pid: number) => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const waiting = await queryRows<{ pid: number }>(
      db,
      sql`select l.pid from pg_locks l join pg_stat_activity a on a.pid = l.pid
           where not l.granted and a.datname = current_database()`,
    );
    if (waiting.some((row) => isOne(row.pid))) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no transaction came to wait for the lock in 30 s');
}

async function expectEventually(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await check()).toBe(true);
}

/** Deadlocks Postgres detected in this database so far. */
async function deadlocks(db: Database): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select deadlocks::int as count from pg_stat_database where datname = current_database()`,
  );
  return row?.count ?? 0;
}

async function eventTypes(db: Database, planId: string): Promise<string[]> {
  const rows = await queryRows<{ type: string }>(
    db,
    sql`select type from plan_events where municipality_id = ${MUNICIPALITY} and plan_id = ${planId}
         order by sequence`,
  );
  return rows.map((row) => row.type);
}
