import { createDatabase, type DatabaseHandle, migrate, readPublicReadCounts } from '@wijknet/db';
import {
  findPostgresBinaries,
  startThrowawayCluster,
  type ThrowawayCluster,
} from '@wijknet/pg-cluster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { type HttpGateway, listenOnLoopback, post } from './support/http-gateway.js';

// A real primary and a streaming replica of it (pg_basebackup), each a throwaway cluster of the
// test's own on loopback; the machine's shared cluster is never touched.
const binaries = findPostgresBinaries();
if (!binaries) {
  console.warn(
    '\n!!! SKIPPED: the PostgreSQL server programs are missing, so public reads from a streaming replica were not tested. !!!\n',
  );
}

const NAME = '{ municipality(code: "GM0080") { name } }';
const VERSION = 'select coalesce(sum(version), 0)::text as version from publication_versions';

let primary: ThrowawayCluster;
let replica: ThrowawayCluster;
let handle: DatabaseHandle;
let gateway: HttpGateway;
/** Plain connections as the clusters' superuser, beside the gateway's own. */
let primaryAdmin: DatabaseHandle;
let replicaAdmin: DatabaseHandle;
let onPrimary: NonNullable<DatabaseHandle['postgresClient']>;
let onReplica: NonNullable<DatabaseHandle['postgresClient']>;
let token: string;

async function leeuwardenAsInstitutesSeeIt(): Promise<string | undefined> {
  const answer = await post(gateway.url, { query: NAME, token });
  expect(answer).toMatchObject({ status: 200, codes: [] });
  return (answer.data as { municipality: { name: string } | null }).municipality?.name;
}

async function untilReplicaHolds(version: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const [row] = await onReplica.unsafe(VERSION);
    if (BigInt(row?.version ?? -1) >= BigInt(version)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the replica did not reach publication version ${version} within 10 s`);
}

/** Renames Leeuwarden on the primary: a change to a municipality raises the publication version. */
async function renameOnPrimary(name: string): Promise<string> {
  await onPrimary`update municipalities set name = ${name} where id = 'GM0080'`;
  const [row] = await onPrimary.unsafe(VERSION);
  return String(row?.version);
}

describe.skipIf(!binaries)('public reads from a streaming replica', () => {
  beforeAll(async () => {
    primary = await startThrowawayCluster();
    const admin = await createDatabase({ url: primary.url, maxConnections: 1 });
    await admin.postgresClient?.unsafe('create database wijknet');
    await admin.close();
    const migrating = await createDatabase({ url: primary.urlFor('wijknet'), maxConnections: 2 });
    await migrate(migrating);
    await migrating.close();
    replica = await startThrowawayCluster({ replicaOf: primary });
    handle = await createDatabase({
      url: primary.urlFor('wijknet'),
      replicaUrls: [replica.urlFor('wijknet')],
      maxConnections: 4,
    });
    gateway = await listenOnLoopback(handle.db);
    primaryAdmin = await createDatabase({ url: primary.urlFor('wijknet'), maxConnections: 1 });
    replicaAdmin = await createDatabase({ url: replica.urlFor('wijknet'), maxConnections: 1 });
    const clientOf = (each: DatabaseHandle) => {
      if (!each.postgresClient) throw new Error('not a Postgres database');
      return each.postgresClient;
    };
    onPrimary = clientOf(primaryAdmin);
    onReplica = clientOf(replicaAdmin);
    token = await signDevelopmentToken({ role: 'institute' });
  }, 240_000);

  afterAll(async () => {
    await gateway?.close();
    await handle?.close();
    await Promise.all([primaryAdmin?.close(), replicaAdmin?.close()]);
    await replica?.destroy();
    await primary?.destroy();
  });

  it('answers from the replica once it holds the primary’s publication version', async () => {
    await untilReplicaHolds(await renameOnPrimary('Leeuwarden (first)'));
    const before = readPublicReadCounts();
    expect(await leeuwardenAsInstitutesSeeIt()).toBe('Leeuwarden (first)');
    const after = readPublicReadCounts();
    expect(after.replica).toBeGreaterThan(before.replica);
    expect(after.primary).toBe(before.primary);
  });

  it('never answers from a replica behind the primary: it falls back to the primary until the replica catches up', async () => {
    await onReplica`select pg_wal_replay_pause()`;
    try {
      const version = await renameOnPrimary('Leeuwarden (while the replica lags)');
      const [held] = await onReplica.unsafe(VERSION);
      expect(BigInt(held?.version ?? 0)).toBeLessThan(BigInt(version));
      const before = readPublicReadCounts();
      expect(await leeuwardenAsInstitutesSeeIt()).toBe('Leeuwarden (while the replica lags)');
      expect(readPublicReadCounts().primary).toBeGreaterThan(before.primary);
    } finally {
      await onReplica`select pg_wal_replay_resume()`;
    }
    await untilReplicaHolds(await renameOnPrimary('Leeuwarden (caught up)'));
    const before = readPublicReadCounts();
    expect(await leeuwardenAsInstitutesSeeIt()).toBe('Leeuwarden (caught up)');
    expect(readPublicReadCounts().replica).toBeGreaterThan(before.replica);
  });
});
