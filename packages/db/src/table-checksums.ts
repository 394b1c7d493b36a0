import { sql } from 'drizzle-orm';
import { type Database, queryRows } from './query-rows.js';

/**
 * A checksum per table of the database, every schema but the system's (`public`, `access`, the
 * migrations' own): a row count and an md5 over every row's text, in order, read as the owner so
 * row-level security hides nothing. The tables come from the catalogue, so a table added later is
 * covered without anyone naming it. Two equal maps mean no row was written, changed or removed.
 * A table of `public` is named alone (`households`), any other with its schema (`access.sessions`).
 * With `municipalityId`, only that municipality's rows of tables that have the column are summed.
 */
export async function checksumTables(
  db: Database,
  municipalityId?: string,
): Promise<Record<string, string>> {
  const tables = await queryRows<{ schema: string; name: string; isTenant: boolean }>(
    db,
    sql`select n.nspname as schema, c.relname as name,
               exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped) as "isTenant"
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and not c.relispartition
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
        order by n.nspname, c.relname`,
  );
  const sums: Record<string, string> = {};
  for (const { schema, name, isTenant } of tables) {
    const only =
      municipalityId !== undefined && isTenant
        ? sql` where t.municipality_id = ${municipalityId}`
        : sql``;
    const [row] = await queryRows<{ sum: string | null; count: number }>(
      db,
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum,
                 count(*)::int as count
          from ${sql.identifier(schema)}.${sql.identifier(name)} t${only}`,
    );
    sums[schema === 'public' ? name : `${schema}.${name}`] = `${row?.count ?? 0}:${row?.sum ?? ''}`;
  }
  return sums;
}
