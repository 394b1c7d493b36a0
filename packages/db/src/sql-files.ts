import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './database.js';

/**
 * The database's functions, views, triggers and grants, one file each, named after what it
 * defines. Migrations hold schema changes only; these files are applied after them.
 */
export const SQL_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../sql');

/**
 * Every file of SQL_FOLDER, in the order `migrate` applies them: a file comes after the files it
 * refers to where Postgres checks the reference on creation (a LANGUAGE sql function's body, a
 * view's query). plpgsql bodies are checked only when they run.
 */
export const SQL_FILES = [
  'wijknet_refuse_other_scope',
  'wijknet_period_first_day',
  'wijknet_period_last_day',
  'wijknet_first_data_day',
  'wijknet_zrm_scores',
  'refresh_rollups',
  'refresh_zrm_domain_rollups',
  'wijknet_grant_app_privileges',
  'wijknet_bump_publication_versions',
  'wijknet_bump_shared_publication_version',
  'published_indicator_rollups',
  'published_zrm_domain_rollups',
  'published_indicator_figures',
  'published_indicator_groups',
  'published_access_mandates',
  'municipality_lineage',
  'wijknet_refresh_municipality_lineage',
  'rollups_on_current_municipalities',
  'own_rollups_on_current_municipalities',
  'published_rollups_on_current_municipalities',
  'delivered_kinds',
  'data_quality',
  'published_stories',
] as const;

// Any 64-bit number of wijknet's own: two migrates of one database take turns.
const APPLY_LOCK = 7_466_736_012_345;

async function readSqlFiles(): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    SQL_FILES.map(async (name) => ({
      name,
      text: await readFile(join(SQL_FOLDER, `${name}.sql`), 'utf8'),
    })),
  );
}

function failedIn(name: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`packages/db/sql/${name}.sql failed: ${message}`, { cause: error });
}

/**
 * Applies every file of SQL_FOLDER in one transaction, in the order of SQL_FILES. Each file is
 * idempotent (CREATE OR REPLACE, triggers dropped if they exist and created again, grants given
 * again), so applying them again changes nothing. A file that fails rolls all of them back.
 */
export async function applySqlFiles(handle: DatabaseHandle): Promise<void> {
  const files = await readSqlFiles();
  // DROP ... IF EXISTS of something absent is a notice, not news.
  const quiet = 'SET LOCAL client_min_messages = warning';
  if (handle.kind === 'pglite') {
    const pglite = handle.pglite;
    if (!pglite) throw new Error('A PGlite database handle without its PGlite instance.');
    await pglite.transaction(async (tx) => {
      await tx.exec(quiet);
      for (const { name, text } of files) {
        await tx.exec(text).catch((error: unknown) => {
          throw failedIn(name, error);
        });
      }
    });
    return;
  }
  const client = handle.postgresClient;
  if (!client) throw new Error('A Postgres database handle without its postgres.js client.');
  await client.begin(async (tx) => {
    await tx.unsafe(quiet);
    await tx.unsafe(`SELECT pg_advisory_xact_lock(${APPLY_LOCK})`);
    for (const { name, text } of files) {
      await tx.unsafe(text).catch((error: unknown) => {
        throw failedIn(name, error);
      });
    }
  });
}
