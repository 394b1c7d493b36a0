import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createDatabase, type DatabaseHandle, migrate, queryRows } from '@wijknet/db';
import { checksumTables } from '@wijknet/db/testing';
import {
  findPostgresBinaries,
  startThrowawayCluster,
  type ThrowawayCluster,
} from '@wijknet/pg-cluster';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { householdIdOf, registerHousehold } from './support/household-writes.js';
import {
  type HttpGateway,
  listenOnLoopback,
  post,
  type TimedAnswer,
} from './support/http-gateway.js';

// Faults against a PostgreSQL cluster the test starts itself (initdb/pg_ctl, own port and data
// folder, loopback only). The machine's shared cluster is never stopped or touched.
const binaries = findPostgresBinaries();
if (!binaries) {
  console.warn(
    '\n!!! SKIPPED: the PostgreSQL server programs (initdb, pg_ctl) are missing, so the database outage and import crash tests did not run. Install postgresql (Debian) or set WIJKNET_PG_BIN. !!!\n',
  );
}

const MUNICIPALITY = 'GM0080';
const READ = '{ teams(first: 5) { edges { node { id } } } }';
/** A first page of plans: answered by one statement on a reserved connection (useCompiledPlans). */
const PLANS_READ = '{ plans(first: 5) { edges { node { id status } } } }';
const PSEUDONYM_KEY = 'fault-test-key-that-is-long-enough-for-hmac-0123456789';

let cluster: ThrowawayCluster;
let handle: DatabaseHandle;
let gateway: HttpGateway;
let token: string;

describe.skipIf(!binaries)('PostgreSQL faults', () => {
  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    const admin = await createDatabase({ url: cluster.url, maxConnections: 1 });
    await admin.db.execute(sql`create database wijknet`);
    await admin.close();
    handle = await createDatabase({ url: cluster.urlFor('wijknet'), maxConnections: 6 });
    await migrate(handle);
    gateway = await listenOnLoopback(handle.db);
    token = await signDevelopmentToken({ role: 'municipality', municipalityId: MUNICIPALITY });
  }, 180_000);

  afterAll(async () => {
    await gateway?.close();
    await handle?.close();
    await cluster?.destroy();
  });

  interface OutageRun {
    /** Reads and writes, by when they were sent. */
    readonly before: TimedAnswer[];
    readonly outage: TimedAnswer[];
    readonly after: TimedAnswer[];
    readonly all: TimedAnswer[];
    readonly recoveryMs: number | undefined;
    readonly acknowledged: ReadonlySet<string>;
    readonly acknowledgedDuringOutage: number;
    readonly refused: ReadonlySet<string>;
    readonly unanswered: ReadonlySet<string>;
    /** Household ids the gateway returned for acknowledged writes that differ from the reference's. */
    readonly wrongIds: readonly string[];
    readonly stored: ReadonlySet<string>;
    readonly driverCrashes: readonly Error[];
  }
  let run: OutageRun;

  /**
   * Under load (four readers, two of them of plans pages, and two writers, all through the
   * gateway over HTTP), Postgres stops as abruptly as a crash for three seconds and starts again;
   * the gateway keeps running. Every write is a `registerHousehold` mutation with a reference of
   * its own, so what the API acknowledged or refused can be looked up afterwards.
   */
  async function runOutage(): Promise<OutageRun> {
    const [district] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from districts where municipality_id = ${MUNICIPALITY} order by id limit 1`,
    );
    if (!district) throw new Error(`no district of ${MUNICIPALITY} in the reference data`);
    const acknowledged = new Set<string>();
    const refused = new Set<string>();
    const unanswered = new Set<string>();
    const wrongIds: string[] = [];
    const answers: Array<TimedAnswer & { startedAt: number; endedAt: number }> = [];
    const acknowledgedAt: number[] = [];
    let serial = 0;
    let running = true;
    const read = async (query: string) => {
      while (running) {
        const startedAt = performance.now();
        const answer = await post(gateway.url, { query, token, timeoutMs: 60_000 });
        answers.push({ ...answer, startedAt, endedAt: performance.now() });
      }
    };
    const write = async () => {
      while (running) {
        serial += 1;
        const reference = `OUTAGE-${String(serial).padStart(6, '0')}`;
        const startedAt = performance.now();
        const written = await registerHousehold({
          url: gateway.url,
          token,
          reference,
          districtCode: district.id,
          timeoutMs: 60_000,
        });
        const endedAt = performance.now();
        answers.push({ ...written.answer, startedAt, endedAt });
        if (written.outcome === 'acknowledged') {
          acknowledged.add(reference);
          acknowledgedAt.push(startedAt);
          const { id } = (written.answer.data as { registerHousehold: { id: string } })
            .registerHousehold;
          if (id !== householdIdOf(MUNICIPALITY, reference)) wrongIds.push(reference);
        } else if (written.outcome === 'refused') refused.add(reference);
        else unanswered.add(reference);
      }
    };
    // postgres.js 3.4.9 threw from a timer when the server went away under a transaction
    // (patched, see patches/postgres@3.4.9.patch); collected here so a regression shows as a
    // failed assertion with the error, instead of ending the test process.
    const driverCrashes: Error[] = [];
    const onUncaught = (error: Error) => driverCrashes.push(error);
    process.on('uncaughtException', onUncaught);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const workers = Promise.all([
      read(READ),
      read(READ),
      read(PLANS_READ),
      read(PLANS_READ),
      write(),
      write(),
    ]);

    // A write through the API takes 1-2 s on this cluster (each refreshes the rollups), so the
    // phases before and after the outage are long enough for a few acknowledged writes each.
    await sleep(4000);
    const stopBegan = performance.now();
    await cluster.stop('immediate');
    const stopDone = performance.now();
    await sleep(3000);
    const startBegan = performance.now();
    await cluster.start();
    const restartedAt = performance.now();
    let servedAgainAt: number | undefined;
    while (performance.now() - restartedAt < 60_000 && servedAgainAt === undefined) {
      const answer = await post(gateway.url, { query: READ, token, timeoutMs: 60_000 });
      if (answer.status === 200 && answer.codes.length === 0) servedAgainAt = performance.now();
      else await sleep(50);
    }
    await sleep(4000);
    running = false;
    await workers;
    process.off('uncaughtException', onUncaught);

    const rows = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from households where municipality_id = ${MUNICIPALITY}`,
    );
    const storedIds = new Set(rows.map((row) => row.id));
    const sent = [...acknowledged, ...refused, ...unanswered];
    return {
      before: answers.filter((a) => a.endedAt < stopBegan),
      outage: answers.filter((a) => a.startedAt > stopDone && a.startedAt < startBegan),
      after: answers.filter((a) => a.startedAt > (servedAgainAt ?? Number.POSITIVE_INFINITY)),
      all: answers,
      recoveryMs: servedAgainAt === undefined ? undefined : servedAgainAt - restartedAt,
      acknowledged,
      acknowledgedDuringOutage: acknowledgedAt.filter((at) => at > stopDone && at < startBegan)
        .length,
      refused,
      unanswered,
      wrongIds,
      stored: new Set(
        sent.filter((reference) => storedIds.has(householdIdOf(MUNICIPALITY, reference))),
      ),
      driverCrashes,
    };
  }

  const failures = (list: readonly TimedAnswer[]) =>
    list.filter((a) => a.status !== 200 || a.codes.length > 0).map((a) => `${a.status} ${a.codes}`);

  it('keeps every write acknowledged before, during or after an outage, and none refused', async () => {
    run = await runOutage();
    expect([...run.acknowledged].filter((reference) => !run.stored.has(reference))).toEqual([]);
    expect([...run.refused].filter((reference) => run.stored.has(reference))).toEqual([]);
    expect([...run.unanswered]).toEqual([]);
    expect(run.wrongIds).toEqual([]);
    expect(run.acknowledged.size).toBeGreaterThan(0);
    expect(run.refused.size).toBeGreaterThan(0);
    const slowest = Math.max(...run.outage.map((a) => a.milliseconds));
    console.info(
      `database outage: ${run.all.length} requests (${run.outage.length} sent during the 3 s outage, slowest ${Math.round(slowest)} ms), served again ${Math.round(run.recoveryMs ?? -1)} ms after Postgres started; registerHousehold writes ${run.acknowledged.size} acknowledged (${run.acknowledgedDuringOutage} during the outage), ${run.refused.size} refused, ${run.unanswered.size} unanswered, ${[...run.acknowledged].filter((reference) => !run.stored.has(reference)).length} lost, ${[...run.refused].filter((reference) => run.stored.has(reference)).length} refused-but-stored; uncaught driver errors ${run.driverCrashes.length}`,
    );
  }, 180_000);

  it('answers every request during an outage with data or UNAVAILABLE, never a 500, and serves again without a restart', () => {
    expect(run.before.length).toBeGreaterThan(0);
    expect(failures(run.before)).toEqual([]);
    expect(run.outage.length).toBeGreaterThan(0);
    for (const answer of run.all) {
      expect(answer.codes.filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
      expect([200, 503]).toContain(answer.status);
    }
    expect(run.recoveryMs).toBeDefined();
    expect(run.after.length).toBeGreaterThan(0);
    expect(failures(run.after)).toEqual([]);
    expect(run.driverCrashes.map((error) => error.stack ?? error.message)).toEqual([]);
  });

  it('refuses within a second during the outage and serves again within 5 s of Postgres', () => {
    // A request sent in the last moments of the outage may instead wait for the database that is
    // starting again and be served: with data, which is no refusal. Every refusal is fast.
    const refusals = run.outage.filter((a) => a.codes.length > 0);
    expect(refusals.length).toBeGreaterThan(0);
    expect(Math.max(...refusals.map((a) => a.milliseconds))).toBeLessThan(1000);
    expect(run.outage.filter((a) => a.codes.length === 0 && a.status !== 200)).toEqual([]);
    expect(run.recoveryMs ?? Number.POSITIVE_INFINITY).toBeLessThan(5000);
  });

  it('leaves the database as before when the process running `wijknet import` is killed mid-import', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wijknet-import-crash-'));
    try {
      const [district] = await queryRows<{ id: string }>(
        handle.db,
        sql`select id from districts where municipality_id = ${MUNICIPALITY} order by id limit 1`,
      );
      const rows = [
        'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel',
      ];
      for (let i = 0; i < 120_000; i += 1) {
        rows.push(`CRASH-${i},${district?.id},2,1,1,27-44,2024-03-01,self`);
      }
      const file = join(folder, 'households.csv');
      await writeFile(file, `${rows.join('\n')}\n`);
      const before = await checksumTables(handle.db);

      const bin = join(
        dirname(createRequire(import.meta.url).resolve('@wijknet/db/package.json')),
        'bin',
        'wijknet-db.js',
      );
      const child = spawn(
        process.execPath,
        [bin, 'import', 'households', file, '--municipality', MUNICIPALITY],
        {
          env: {
            ...process.env,
            DATABASE_URL: cluster.urlFor('wijknet'),
            WIJKNET_PSEUDONYM_KEY: PSEUDONYM_KEY,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );

      // Kill it once it is writing: an insert into households is running on the server.
      const watcher = await createDatabase({ url: cluster.urlFor('wijknet'), maxConnections: 1 });
      let isWriting = false;
      const deadline = Date.now() + 60_000;
      while (!isWriting && Date.now() < deadline) {
        const [activity] = await queryRows<{ count: number }>(
          watcher.db,
          sql`
          select count(*)::int as count from pg_stat_activity
          where datname = 'wijknet' and state = 'active' and query ilike '%insert into households%'`,
        );
        isWriting = (activity?.count ?? 0) > 0;
        if (!isWriting) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(isWriting, `the import never started writing:\n${output}`).toBe(true);
      child.kill('SIGKILL');
      await exited;
      // The server notices the dead client and rolls its transaction back.
      const settled = Date.now() + 10_000;
      while (Date.now() < settled) {
        const [left] = await queryRows<{ count: number }>(
          watcher.db,
          sql`
          select count(*)::int as count from pg_stat_activity
          where datname = 'wijknet' and pid <> pg_backend_pid() and backend_type = 'client backend'
            and query ilike '%households%'`,
        );
        if ((left?.count ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await watcher.close();

      const after = await checksumTables(handle.db);
      expect(after).toEqual(before);
      console.info(
        'import crash: killed mid-import, 0 rows of 120000 written, every table unchanged',
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
