import postgres from 'postgres';
import { NotAvailableError } from './availability.js';

const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** A Postgres database of the harness's own, with a unique name; dropped by `drop()`. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

export function databaseUrl(name: string): string {
  return `${SERVER_URL}/${name}`;
}

/**
 * A database an earlier run kept (BENCH_KEEP_DATABASE=1), to measure again without seeding again.
 * Only the harness's own databases qualify, and a reused one is never dropped.
 */
export function reuseDatabase(name: string): ScratchDatabase {
  if (!/^wijknet_bench_[a-z0-9_]+$/.test(name)) {
    throw new Error(
      `BENCH_DATABASE must name a database of the harness (wijknet_bench_...), not "${name}".`,
    );
  }
  return { name, url: databaseUrl(name), drop: async () => {} };
}

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `wijknet_bench_${label}_${Date.now().toString(36)}_${process.pid}`;
  const admin = postgres(databaseUrl('postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      const again = postgres(databaseUrl('postgres'), { max: 1, onnotice: () => {} });
      try {
        // Only ever this run's own database, by its exact name.
        await again.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.end({ timeout: 5 });
      }
    },
  };
}

type DbModule = typeof import('@wijknet/db');
type SeedScale = 'demo' | 'small' | 'national';
type SeedFunction = (
  db: unknown,
  options: { scale: SeedScale; seed: number; onProgress?: (message: string) => void },
) => Promise<unknown>;

async function loadDbPackage(): Promise<DbModule & { seed?: SeedFunction }> {
  try {
    return (await import('@wijknet/db')) as DbModule & { seed?: SeedFunction };
  } catch (error) {
    throw new NotAvailableError(`@wijknet/db cannot be loaded (build it first): ${String(error)}`);
  }
}

/**
 * Migrates the database and seeds it with the db package's generator, timed. The generator is
 * expected as `seed(db, { scale, seed })` from @wijknet/db.
 */
export async function migrateAndSeed(
  url: string,
  scale: SeedScale,
  seedNumber: number,
): Promise<{ seedSeconds: number; counts: Record<string, number> }> {
  const db = await loadDbPackage();
  if (typeof db.seed !== 'function') {
    throw new NotAvailableError('@wijknet/db does not export seed(db, { scale, seed }) yet');
  }
  const handle = await db.createDatabase({ url, maxConnections: 4 });
  try {
    await db.migrate(handle);
    const started = performance.now();
    await db.seed(handle.db, {
      scale,
      seed: seedNumber,
      onProgress: (message) => console.log(`    ${message}`),
    });
    const seedSeconds = (performance.now() - started) / 1000;
    return { seedSeconds, counts: await countRows(url) };
  } finally {
    await handle.close();
  }
}

/** Row counts of the big tables, exact, so the report says what was measured on. */
export async function countRows(url: string): Promise<Record<string, number>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const counts: Record<string, number> = {};
    for (const table of [
      'municipalities',
      'teams',
      'households',
      'plans',
      'plan_events',
      'assessments',
      'registered_events',
      'indicator_rollups',
    ]) {
      const [row] = await sql.unsafe(`select count(*)::bigint as n from ${table}`);
      counts[table] = Number(row?.n ?? 0);
    }
    await sql.unsafe('analyze');
    return counts;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function postgresVersion(): Promise<string> {
  const sql = postgres(databaseUrl('postgres'), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select current_setting('server_version') as version`;
    return String(row?.version ?? 'unknown');
  } finally {
    await sql.end({ timeout: 5 });
  }
}
