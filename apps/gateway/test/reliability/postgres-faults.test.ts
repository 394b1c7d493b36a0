import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createDatabase,
  type DatabaseHandle,
  migrate,
  queryRows,
  schema,
  withScope,
} from '@wijknet/db';
import {
  findPostgresBinaries,
  startThrowawayCluster,
  type ThrowawayCluster,
} from '@wijknet/pg-cluster';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import {
  type HttpGateway,
  listenOnLoopback,
  post,
  type TimedAnswer,
} from './support/http-gateway.js';
import { checksumTables } from './support/table-checksums.js';

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
    readonly before: TimedAnswer[];
    readonly outage: TimedAnswer[];
    readonly after: TimedAnswer[];
    readonly all: TimedAnswer[];
    readonly recoveryMs: number | undefined;
    readonly acknowledged: ReadonlySet<string>;
    readonly refused: ReadonlySet<string>;
    readonly stored: ReadonlySet<string>;
    readonly driverCrashes: readonly Error[];
  }
  let run: OutageRun;

  /**
   * Under load (three readers through the HTTP gateway, two writers), Postgres stops as
   * abruptly as a crash for three seconds and starts again; the gateway keeps running.
   */
  async function runOutage(): Promise<OutageRun> {
    const acknowledged = new Set<string>();
    const refused = new Set<string>();
    let serial = 0;
    /** A write as a mutation's resolver makes it: one team row, in the municipality's scope. */
    const write = async () => {
      serial += 1;
      const name = `Outage team ${String(serial).padStart(5, '0')}`;
      try {
        await withScope(handle.db, { role: 'municipality', municipalityId: MUNICIPALITY }, (tx) =>
          tx.insert(schema.teams).values({
            municipalityId: MUNICIPALITY,
            name,
            kind: 'all-ages',
            mandate: 'derived-mandate',
            startedOn: '2024-01-01',
          }),
        );
        acknowledged.add(name);
      } catch {
        refused.add(name);
      }
    };
    const answers: Array<TimedAnswer & { startedAt: number; endedAt: number }> = [];
    let running = true;
    const read = async () => {
      while (running) {
        const startedAt = performance.now();
        const answer = await post(gateway.url, READ, token, 60_000);
        answers.push({ ...answer, startedAt, endedAt: performance.now() });
      }
    };
    const writeOn = async () => {
      while (running) await write();
    };
    // The driver (postgres.js 3.4.9) can throw from a timer when the server goes away under
    // it; collected here so the run shows how often, instead of ending the test process.
    const driverCrashes: Error[] = [];
    const onUncaught = (error: Error) => driverCrashes.push(error);
    process.on('uncaughtException', onUncaught);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const workers = Promise.all([read(), read(), read(), writeOn(), writeOn()]);

    await sleep(2000);
    const stopBegan = performance.now();
    await cluster.stop('immediate');
    const stopDone = performance.now();
    await sleep(3000);
    const startBegan = performance.now();
    await cluster.start();
    const restartedAt = performance.now();
    let servedAgainAt: number | undefined;
    while (performance.now() - restartedAt < 60_000 && servedAgainAt === undefined) {
      const answer = await post(gateway.url, READ, token, 60_000);
      if (answer.status === 200 && answer.codes.length === 0) servedAgainAt = performance.now();
      else await sleep(50);
    }
    await sleep(2000);
    running = false;
    await workers;
    process.off('uncaughtException', onUncaught);

    const rows = await queryRows<{ name: string }>(
      handle.db,
      sql`select name from teams where name like 'Outage team %'`,
    );
    return {
      before: answers.filter((a) => a.endedAt < stopBegan),
      outage: answers.filter((a) => a.startedAt > stopDone && a.startedAt < startBegan),
      after: answers.filter((a) => a.startedAt > (servedAgainAt ?? Number.POSITIVE_INFINITY)),
      all: answers,
      recoveryMs: servedAgainAt === undefined ? undefined : servedAgainAt - restartedAt,
      acknowledged,
      refused,
      stored: new Set(rows.map((row) => row.name)),
      driverCrashes,
    };
  }

  const failures = (list: readonly TimedAnswer[]) =>
    list.filter((a) => a.status !== 200 || a.codes.length > 0).map((a) => `${a.status} ${a.codes}`);

  it('keeps every write acknowledged before, during or after an outage, and none refused', async () => {
    run = await runOutage();
    expect([...run.acknowledged].filter((name) => !run.stored.has(name))).toEqual([]);
    expect([...run.refused].filter((name) => run.stored.has(name))).toEqual([]);
    expect(run.acknowledged.size).toBeGreaterThan(0);
    expect(run.refused.size).toBeGreaterThan(0);
    const slowest = Math.max(...run.outage.map((a) => a.milliseconds));
    console.info(
      `database outage: ${run.all.length} requests (${run.outage.length} sent during the 3 s outage, slowest ${Math.round(slowest)} ms), served again ${Math.round(run.recoveryMs ?? -1)} ms after Postgres started; writes ${run.acknowledged.size} acknowledged, ${run.refused.size} refused, 0 lost, 0 refused-but-stored; uncaught driver errors ${run.driverCrashes.length}`,
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
    // Only the known driver fault may have been thrown from a timer (reported, see above).
    expect(
      run.driverCrashes.filter(
        (error) => !/Cannot read properties of null \(reading 'write'\)/.test(error.message),
      ),
    ).toEqual([]);
  });

  // BUG (db/gateway): while Postgres is down, the first requests are refused with UNAVAILABLE
  // quickly, but then requests wait for postgres.js to reconnect (its default connect_timeout
  // is 30 s, with growing back-off) instead of being refused; measured: answers after 10 s and
  // more, and the gateway serves again 8-10 s after Postgres is back. createDatabase() sets no
  // connect_timeout and the gateway no request deadline. When fixed, this passes: drop `.fails`.
  it.fails('refuses within a second during the outage and serves again within 5 s of Postgres', () => {
    expect(Math.max(...run.outage.map((a) => a.milliseconds))).toBeLessThan(1000);
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
