import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { migrate } from './migrate.js';
import { queryRows } from './query-rows.js';
import { SQL_FILES, SQL_FOLDER } from './sql-files.js';
import { createTestDatabase, TEST_TARGETS } from './testing.js';

interface FunctionRow {
  name: string;
  arguments: string;
  body: string;
  settings: string | null;
  security_definer: boolean;
  privileges: string | null;
}

/** What the files of packages/db/sql make in a database, as the catalog describes it. */
async function sqlObjects(handle: DatabaseHandle) {
  const functions = await queryRows<FunctionRow>(
    handle.db,
    sql`select p.proname as name, pg_get_function_identity_arguments(p.oid) as arguments,
               p.prosrc as body, p.proconfig::text as settings, p.prosecdef as security_definer,
               p.proacl::text as privileges
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'public' order by 1, 2`,
  );
  const views = await queryRows<{ name: string; query: string; privileges: string | null }>(
    handle.db,
    sql`select c.relname as name, pg_get_viewdef(c.oid) as query, c.relacl::text as privileges
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('v', 'm') order by 1`,
  );
  const triggers = await queryRows<{ name: string; function: string; definition: string }>(
    handle.db,
    sql`select t.tgname as name, p.proname as function, pg_get_triggerdef(t.oid) as definition
          from pg_trigger t join pg_proc p on p.oid = t.tgfoid
         where not t.tgisinternal order by 1`,
  );
  const tables = await queryRows<{ name: string; privileges: string | null }>(
    handle.db,
    sql`select c.relname as name, c.relacl::text as privileges
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  return { functions, views, triggers, tables };
}

function fileText(name: string): string {
  return readFileSync(join(SQL_FOLDER, `${name}.sql`), 'utf8');
}

describe('the SQL files', () => {
  it('are all applied, each once, and none is listed without a file', () => {
    const files = readdirSync(SQL_FOLDER)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => file.slice(0, -'.sql'.length))
      .sort();
    expect([...SQL_FILES].sort()).toEqual(files);
    expect(new Set(SQL_FILES).size).toBe(SQL_FILES.length);
  });

  it('leave function bodies out of the migrations', () => {
    const migrations = join(SQL_FOLDER, '../drizzle');
    for (const folder of readdirSync(migrations)) {
      const text = readFileSync(join(migrations, folder, 'migration.sql'), 'utf8');
      expect(text, folder).not.toMatch(/create\s+(or\s+replace\s+)?(function|view|trigger)/i);
    }
  });
});

describe.each(TEST_TARGETS)('migrate and the SQL files on %s', (target) => {
  it('make every function, view and trigger from a file named after it, as the file says', async () => {
    await using handle = await createTestDatabase(target);
    const { functions, views, triggers } = await sqlObjects(handle);
    expect(functions.map((f) => f.name).sort()).toEqual(
      SQL_FILES.filter((name) => /create or replace function/i.test(fileText(name))).sort(),
    );
    for (const fn of functions) expect(fileText(fn.name)).toContain(`$$${fn.body}$$`);
    expect(views.map((v) => v.name).sort()).toEqual(
      SQL_FILES.filter((name) =>
        /create (or replace|materialized) view/i.test(fileText(name)),
      ).sort(),
    );
    expect(triggers.length).toBeGreaterThan(0);
    for (const trigger of triggers) {
      expect(fileText(trigger.function)).toContain(`CREATE TRIGGER ${trigger.name} `);
    }
  });

  it('change nothing when migrate runs again', async () => {
    await using handle = await createTestDatabase(target);
    const first = await sqlObjects(handle);
    await migrate(handle);
    await migrate(handle);
    expect(await sqlObjects(handle)).toEqual(first);
  });

  it('bring back what drifted from the files: a body, a trigger, a grant', async () => {
    await using handle = await createTestDatabase(target);
    const expected = await sqlObjects(handle);
    await handle.db.execute(
      sql.raw(`create or replace function refresh_rollups(p_municipality_id text, p_periods text[])
                 returns integer language sql as 'select 0'`),
    );
    await handle.db.execute(sql`drop trigger municipalities_inserted on municipalities`);
    await handle.db.execute(sql`revoke select on municipality_lineage from wijknet_app`);
    await handle.db.execute(sql`revoke insert on households from wijknet_app`);
    expect(await sqlObjects(handle)).not.toEqual(expected);
    await migrate(handle);
    expect(await sqlObjects(handle)).toEqual(expected);
  });
});
