import { type Database, queryRows } from '@wijknet/db';
import { sql } from 'drizzle-orm';

/**
 * A checksum per table of the public schema (md5 over every row's text, in order), read as the
 * owner so row-level security hides nothing. Two equal maps mean no row was written, changed or
 * removed. With `municipalityId`, only that municipality's rows of tenant tables are summed.
 */
export async function checksumTables(
  db: Database,
  municipalityId?: string,
): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string; isTenant: boolean }>(
    db,
    sql`select c.relname as name,
               exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped) as "isTenant"
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
        order by c.relname`,
  );
  const sums: Record<string, string> = {};
  for (const { name, isTenant } of tables) {
    const only =
      municipalityId !== undefined && isTenant
        ? sql` where t.municipality_id = ${municipalityId}`
        : sql``;
    const [row] = await queryRows<{ sum: string | null; count: number }>(
      db,
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum,
                 count(*)::int as count
          from ${sql.identifier(name)} t${only}`,
    );
    sums[name] = `${row?.count ?? 0}:${row?.sum ?? ''}`;
  }
  return sums;
}
