import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from './database.js';
import { migrate } from './migrate.js';
import { createTestDatabase, TEST_TARGETS } from './testing.js';

async function fingerprint(handle: Awaited<ReturnType<typeof createTestDatabase>>) {
  const [tables] = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from information_schema.tables where table_schema = 'public'`,
  );
  const [applied] = await queryRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  const [municipalities] = await queryRows<{ count: number; checksum: string }>(
    handle.db,
    sql`select count(*)::int as count, md5(string_agg(m::text, ',' order by id)) as checksum from municipalities m`,
  );
  return { tables: tables?.count, applied: applied?.count, municipalities };
}

describe.each(TEST_TARGETS)('migrate on %s', (target) => {
  it('creates every table from an empty database and changes nothing when run again', async () => {
    await using handle = await createTestDatabase(target);
    const first = await fingerprint(handle);
    expect(first.tables).toBeGreaterThanOrEqual(17);
    expect(first.applied).toBeGreaterThanOrEqual(3);
    await migrate(handle);
    await migrate(handle);
    expect(await fingerprint(handle)).toEqual(first);
  });

  it('loads all 342 current municipalities and the codes that merged away, with their periods', async () => {
    await using handle = await createTestDatabase(target);
    const rows = await queryRows<{
      id: string;
      valid_from: string | null;
      valid_until: string | null;
    }>(
      handle.db,
      sql`select id, valid_from::text, valid_until::text from municipalities order by id`,
    );
    const current = rows.filter((row) => row.valid_until === null);
    expect(current).toHaveLength(342);
    expect(rows.find((row) => row.id === 'GM0457')?.valid_until).toBe('2022-03-24');
    expect(rows.find((row) => row.id === 'GM1992')?.valid_from).toBe('2023-01-01');
    expect(rows.find((row) => row.id === 'GM0080')?.valid_from).toBeNull();
    const [districts] = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from districts`,
    );
    expect(districts?.count).toBe(3393);
  });
});
