import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from './database.js';
import { migrate } from './migrate.js';

export { checksumTables } from './table-checksums.js';

/** The engines a database test runs on: PGlite always, Postgres when `TEST_DATABASE_URL` is set. */
export type TestTarget = 'pglite' | 'postgres';

export const TEST_TARGETS: readonly TestTarget[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * Starting PGlite and migrating costs seconds, so each test file migrates once and starts every
 * further database from a dump of that data folder (measured faster than `clone()` here).
 */
function migratedPgliteTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const pglite = await PGlite.create();
    await migrate(await createDatabase({ pglite }));
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    return dump;
  })();
  return pgliteTemplate;
}

/**
 * A freshly migrated database with the reference data loaded, of its own: a clone of a migrated
 * PGlite, or a new database on the `TEST_DATABASE_URL` server with a unique name that `close()`
 * drops again. Use it with `await using`.
 */
export async function createTestDatabase(target: TestTarget = 'pglite'): Promise<DatabaseHandle> {
  if (target === 'pglite') {
    const pglite = await PGlite.create({ loadDataDir: await migratedPgliteTemplate() });
    return createDatabase({ pglite });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl)
    throw new Error('TEST_DATABASE_URL is not set, so there is no Postgres to test on.');
  const name = `wijknet_test_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 4 });
  await migrate(handle);
  const close = async () => {
    await handle.close();
    const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  };
  return { ...handle, close, [Symbol.asyncDispose]: close };
}
