import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from './database.js';
import { createTestDatabase, TEST_TARGETS } from './testing.js';

/** Tables Citus would replicate to every node (create_reference_table): small and shared. */
const REFERENCE_TABLES = [
  'districts',
  'indicator_definitions',
  'municipalities',
  'municipality_mergers',
];

interface KeyRow {
  table_name: string;
  constraint_name: string;
  constraint_type: 'p' | 'u';
  first_column: string;
}

describe.each(TEST_TARGETS)('the Citus rule on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());

  async function tablesOfPublicSchema(): Promise<string[]> {
    const rows = await queryRows<{ relname: string }>(
      handle.db,
      sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    return rows.map((row) => row.relname);
  }

  it('leads every primary key and unique constraint of a tenant table with municipality_id', async () => {
    const keys = await queryRows<KeyRow>(
      handle.db,
      sql`select c.relname as table_name, k.conname as constraint_name, k.contype as constraint_type,
                 a.attname as first_column
          from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum = k.conkey[1]
          where n.nspname = 'public' and k.contype in ('p', 'u')`,
    );
    const uniqueIndexes = await queryRows<{
      table_name: string;
      index_name: string;
      first_column: string;
    }>(
      handle.db,
      sql`select c.relname as table_name, i.relname as index_name, a.attname as first_column
          from pg_index x
          join pg_class c on c.oid = x.indrelid
          join pg_class i on i.oid = x.indexrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[0]
          where n.nspname = 'public' and x.indisunique`,
    );
    const tenantTables = (await tablesOfPublicSchema()).filter(
      (table) => !REFERENCE_TABLES.includes(table),
    );
    expect(tenantTables.length).toBeGreaterThanOrEqual(14);
    const offenders = [
      ...keys.filter(
        (key) => tenantTables.includes(key.table_name) && key.first_column !== 'municipality_id',
      ),
      ...uniqueIndexes.filter(
        (index) =>
          tenantTables.includes(index.table_name) && index.first_column !== 'municipality_id',
      ),
    ];
    expect(offenders).toEqual([]);
    for (const table of tenantTables) {
      expect(
        keys.some((key) => key.table_name === table && key.constraint_type === 'p'),
        `${table} has a primary key`,
      ).toBe(true);
    }
  });

  it('knows every table without municipality_id as a reference table', async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped)`,
    );
    for (const row of rows)
      expect(REFERENCE_TABLES, `${row.table_name} is a known reference table`).toContain(
        row.table_name,
      );
  });

  // Memberships, sessions, sign-ins and API keys are the platform's, not a municipality's: they
  // live in the schema `access`, which the request role cannot even look into, and stay on the
  // Citus coordinator, undistributed, where the gateway's own connection asks them.
  it('keeps the access tables out of the public schema and out of the request role’s reach', async () => {
    const rows = await queryRows<{ table_name: string; app_usage: boolean }>(
      handle.db,
      sql`select c.relname as table_name, has_schema_privilege('wijknet_app', 'access', 'usage') as app_usage
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'access' and c.relkind = 'r' order by 1`,
    );
    expect(rows.map((row) => row.table_name)).toEqual([
      'api_keys',
      'memberships',
      'sessions',
      'sign_in_attempts',
    ]);
    expect(rows.every((row) => !row.app_usage)).toBe(true);
  });

  it('keeps row-level security on every tenant table and off the reference tables', async () => {
    const rows = await queryRows<{ relname: string; relrowsecurity: boolean }>(
      handle.db,
      sql`select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    for (const row of rows) {
      expect(row.relrowsecurity, `row-level security on ${row.relname}`).toBe(
        !REFERENCE_TABLES.includes(row.relname),
      );
    }
  });
});
