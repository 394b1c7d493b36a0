import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { findPostgresBinaries } from './postgres-binaries.js';
import { startThrowawayCluster } from './throwaway-cluster.js';

const binaries = findPostgresBinaries();
if (!binaries) {
  console.warn(
    '\n!!! SKIPPED: no PostgreSQL server programs (initdb, pg_ctl); the throwaway cluster is not tested. !!!\n',
  );
}

describe.skipIf(!binaries)('a throwaway cluster', () => {
  it('keeps committed rows across a stop and a start, on a port of its own', async () => {
    await using cluster = await startThrowawayCluster();
    expect(cluster.port).not.toBe(5432);
    const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
    try {
      await sql`create table kept (id int primary key)`;
      await sql`insert into kept values (1), (2)`;
      const [server] = await sql<
        [{ address: string | null }]
      >`select inet_server_addr()::text as address`;
      expect(server.address).toBe('127.0.0.1/32');

      await cluster.stop('immediate');
      expect(await cluster.isRunning()).toBe(false);
      await expect(sql`select 1`).rejects.toThrow();

      await cluster.start();
      const rows = await sql<{ id: number }[]>`select id from kept order by id`;
      expect(rows.map((row) => row.id)).toEqual([1, 2]);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it('removes its data folder when destroyed', async () => {
    const cluster = await startThrowawayCluster();
    await cluster.destroy();
    const { existsSync } = await import('node:fs');
    expect(existsSync(cluster.dataDir)).toBe(false);
  });
});

describe.skipIf(!binaries)('a streaming replica of a throwaway cluster', () => {
  it('answers reads of what the primary committed, and refuses writes', async () => {
    await using primary = await startThrowawayCluster();
    await using replica = await startThrowawayCluster({ replicaOf: primary });
    expect(replica.port).not.toBe(primary.port);
    const onPrimary = postgres(primary.url, { max: 1, onnotice: () => {} });
    const onReplica = postgres(replica.url, { max: 1, onnotice: () => {} });
    try {
      await onPrimary`create table kept (id int primary key)`;
      await onPrimary`insert into kept values (1), (2), (3)`;
      const [{ lsn }] = await onPrimary<
        [{ lsn: string }]
      >`select pg_current_wal_lsn()::text as lsn`;
      // The replica has replayed the insert once its replay position has passed the primary's.
      for (let tries = 0; tries < 100; tries++) {
        const [{ caught }] = await onReplica<[{ caught: boolean }]>`
          select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as caught`;
        if (caught) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const rows = await onReplica<{ id: number }[]>`select id from kept order by id`;
      expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
      const [{ standby }] = await onReplica<
        [{ standby: boolean }]
      >`select pg_is_in_recovery() as standby`;
      expect(standby).toBe(true);
      await expect(onReplica`insert into kept values (4)`).rejects.toThrow(/read-only/);
    } finally {
      await Promise.all([onPrimary.end({ timeout: 1 }), onReplica.end({ timeout: 1 })]);
    }
  });
});
