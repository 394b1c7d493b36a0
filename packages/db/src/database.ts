import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { usePublicReplicas } from './public-replicas.js';
import { type Database, queryRows } from './query-rows.js';
import * as schema from './schema/index.js';
import { relations } from './schema/relations.js';
import { sessionSettingsOf, useInstituteConnections } from './tenancy.js';

export { type Database, queryRows, schema };

/** An open database: the drizzle instance, which engine it runs on, and how to close it. */
export interface DatabaseHandle extends AsyncDisposable {
  readonly db: Database;
  readonly kind: 'postgres' | 'pglite';
  /** The postgres.js client, for bulk COPY; set only on Postgres. */
  readonly postgresClient?: postgres.Sql;
  /** The PGlite instance; set only on PGlite. */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** A Postgres connection URL; defaults to `DATABASE_URL`. Without one, PGlite is used. */
  url?: string | undefined;
  /** PGlite only: a folder that keeps the data across restarts; in memory when absent. */
  dataDir?: string | undefined;
  /** PGlite only: an existing instance to wrap (e.g. a clone of a migrated template). */
  pglite?: PGlite | undefined;
  /** Postgres only: the size of the connection pool. */
  maxConnections?: number | undefined;
  /**
   * Postgres only: streaming replicas of the database; public reads (the institute's scope) go to
   * one that has caught up with the primary's publication version, else to the primary.
   */
  replicaUrls?: readonly string[] | undefined;
}

/**
 * Opens the database: Postgres through postgres.js when a URL is given or `DATABASE_URL` is set,
 * otherwise an embedded PGlite (in memory, or in `dataDir`). Close it with `close()` or
 * `await using`.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? (options.pglite ? undefined : process.env.DATABASE_URL);
  if (url) return openPostgres(url, options.maxConnections ?? 10, options.replicaUrls ?? []);
  const pglite =
    options.pglite ?? (await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {}));
  const db = drizzlePglite({ client: pglite, relations }) as unknown as Database;
  const close = async () => {
    if (!pglite.closed) await pglite.close();
  };
  return { db, kind: 'pglite', pglite, close, [Symbol.asyncDispose]: close };
}

/**
 * How long a connection waits before it tries the server again after losing it, in seconds.
 * postgres.js by default grows this to 20 s (3^retries / 100) and keeps the count across the
 * pool, so after a short outage requests waited 10-36 s and the pool took 8-15 s to come back.
 * A gateway should refuse quickly while the database is away and serve as soon as it is back:
 * 25 ms doubling to at most 250 ms, with jitter, costs a stopped server a few refused
 * connections a second.
 */
function reconnectDelaySeconds(retries: number): number {
  return (0.5 + Math.random() / 2) * Math.min(0.025 * 2 ** retries, 0.25);
}

/** A connection the server does not accept within this many seconds counts as unavailable. */
const CONNECT_TIMEOUT_SECONDS = 5;

function openPostgres(url: string, max: number, replicaUrls: readonly string[]): DatabaseHandle {
  const options = {
    max,
    onnotice: () => {},
    backoff: reconnectDelaySeconds,
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
  };
  const client = postgres(url, options);
  const db = drizzlePostgres({ client, relations }) as unknown as Database;
  // A pool of its own for the institute's reads (published figures): opened in that scope, as
  // row-level security sees it, so those reads need no transaction. It connects on first use.
  const instituteClientOn = (server: string) =>
    postgres(server, { ...options, connection: sessionSettingsOf({ role: 'institute' }) });
  const instituteClient = instituteClientOn(url);
  const replicaClients = replicaUrls.map(instituteClientOn);
  const asDatabase = (each: postgres.Sql) =>
    drizzlePostgres({ client: each, relations }) as unknown as Database;
  const institute = asDatabase(instituteClient);
  useInstituteConnections(db, institute);
  usePublicReplicas(db, institute, replicaClients.map(asDatabase));
  const close = async () => {
    await Promise.all(
      [client, instituteClient, ...replicaClients].map((each) => each.end({ timeout: 5 })),
    );
  };
  return { db, kind: 'postgres', postgresClient: client, close, [Symbol.asyncDispose]: close };
}
