import {
  findPostgresBinaries,
  startThrowawayCluster,
  type ThrowawayCluster,
} from '@wijknet/pg-cluster';
import postgres from 'postgres';
import { NotAvailableError } from './availability.js';
import { raisePublicationVersion } from './cases/compare.js';
import { COMPARE_INDICATOR } from './cases/compare-answer.js';
import { migrateAndSeed } from './database.js';
import { graphqlRequest } from './graphql-client.js';
import { type LoadResult, runLoad } from './load.js';
import type { BenchOptions } from './options.js';
import { BENCH_JWT_SECRET, startGateway } from './servers/gateway.js';

/** Read throughput of the gateway with the primary alone, and with one and two streaming replicas. */
export interface ReplicaPoint {
  /** Streaming replicas the gateway reads from (0: the primary alone). */
  readonly replicas: number;
  readonly load: LoadResult;
}

/** The publication version is raised this often during a run: kept answers never last long. */
const VERSION_RAISES_PER_SECOND = 10;

const COMPARE = /* GraphQL */ `
  query BenchReplicaCompare($input: CompareInput!) {
    compare(input: $input) {
      indicators { periods { period national { median } allMunicipalities { municipalityCode value } } }
    }
  }`;

/**
 * Public reads (an institute's comparison) from the gateway on a cluster of its own: a primary
 * seeded at the demo scale and two streaming replicas of it (pg_basebackup), all on this machine.
 * While twenty connections read, the publication version is raised ten times a second on the
 * primary, as writes would, so the gateway computes answers anew and checks each replica's
 * version before it reads there. One run with the primary alone, one with one replica, one with
 * two. On one machine the replicas share its cores with the primary: what this shows is the cost
 * of the routing, and that reads spread, not the capacity of separate servers.
 */
export async function measureReplicaThroughput(options: BenchOptions): Promise<ReplicaPoint[]> {
  if (!findPostgresBinaries())
    throw new NotAvailableError('no PostgreSQL server programs (initdb, pg_basebackup) here');
  const clusters: ThrowawayCluster[] = [];
  try {
    const primary = await startThrowawayCluster();
    clusters.push(primary);
    const admin = postgres(primary.url, { max: 1, onnotice: () => {} });
    await admin`create database wijknet`;
    await admin.end({ timeout: 5 });
    const url = primary.urlFor('wijknet');
    console.log('  seeding the primary (demo scale)');
    await migrateAndSeed(url, 'demo', options.seed);
    for (const _ of [1, 2]) clusters.push(await startThrowawayCluster({ replicaOf: primary }));
    const replicaUrls = clusters.slice(1).map((replica) => replica.urlFor('wijknet'));
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ period } = { period: null }] = await sql`
      select max(period) as period from published_indicator_rollups where period like '%-Q%'`;
    const points: ReplicaPoint[] = [];
    try {
      for (const replicas of [0, 1, 2]) {
        const gateway = await startGateway({
          databaseUrl: url,
          replicaUrls: replicaUrls.slice(0, replicas),
        });
        const { signDevelopmentToken } = await import('@wijknet/gateway');
        const token = await signDevelopmentToken({
          role: 'institute',
          secret: BENCH_JWT_SECRET,
          expiresIn: '1h',
        });
        const request = graphqlRequest(
          gateway.url,
          COMPARE,
          {
            input: {
              indicatorCodes: [COMPARE_INDICATOR],
              granularity: 'QUARTER',
              from: period,
              to: period,
            },
          },
          token,
        );
        const raising = setInterval(
          () => void raisePublicationVersion(sql).catch(() => {}),
          1000 / VERSION_RAISES_PER_SECOND,
        );
        try {
          console.log(`  ${replicas} replica(s)`);
          points.push({
            replicas,
            load: await runLoad(request, { ...options.load, pid: gateway.pid }),
          });
        } finally {
          clearInterval(raising);
          await gateway.stop();
        }
      }
    } finally {
      await sql.end({ timeout: 5 });
    }
    return points;
  } finally {
    for (const cluster of clusters.reverse()) await cluster.destroy().catch(() => {});
  }
}
