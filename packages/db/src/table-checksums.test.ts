import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from './query-rows.js';
import { checksumTables } from './table-checksums.js';
import { createTestDatabase, TEST_TARGETS } from './testing.js';

describe.each(TEST_TARGETS)('table checksums on %s', (target) => {
  it('cover every table of every schema, one made after the migration included', async () => {
    await using database = await createTestDatabase(target);
    const tables = await queryRows<{ name: string }>(
      database.db,
      sql`select case when schemaname = 'public' then tablename
                      else schemaname || '.' || tablename end as name
            from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    const before = await checksumTables(database.db);
    expect(Object.keys(before).sort()).toEqual(tables.map((table) => table.name).sort());
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['access.memberships', 'access.api_keys', 'access.sessions']),
    );

    await database.db.execute(sql`create schema later`);
    await database.db.execute(sql`create table later.notes (body text)`);
    const empty = await checksumTables(database.db);
    expect(empty['later.notes']).toBe(`0:${md5Empty}`);
    await database.db.execute(sql`insert into later.notes values ('a row no test named')`);
    const after = await checksumTables(database.db);
    expect(after['later.notes']).not.toBe(empty['later.notes']);
    const { 'later.notes': _notes, ...rest } = after;
    expect(rest).toEqual(before);
  });

  it('see a changed membership, and sum only one municipality when asked to', async () => {
    await using database = await createTestDatabase(target);
    const before = await checksumTables(database.db);
    const elsewhereBefore = await checksumTables(database.db, 'GM0363');
    await database.db.execute(
      sql`insert into access.memberships (issuer, subject, role, municipality_id, created_by)
          values ('https://idp.example', 'someone', 'municipality', 'GM0080', 'a test')`,
    );
    const after = await checksumTables(database.db);
    expect(after['access.memberships']).not.toBe(before['access.memberships']);
    expect(after['access.memberships']).toMatch(/^1:/);
    // Amsterdam's rows are as they were: Leeuwarden's new membership is not among them.
    expect(await checksumTables(database.db, 'GM0363')).toEqual(elsewhereBefore);
    expect(elsewhereBefore['access.memberships']).toBe(`0:${md5Empty}`);
  });
});

/** The md5 of the empty text: what a table without rows sums to. */
const md5Empty = 'd41d8cd98f00b204e9800998ecf8427e';
