// ADAPTER (gateway side, until @wijknet/db exports a ping): the cheapest question the
// database can answer through drizzle's query builder, one row of a small reference table.
import type { Database } from '@wijknet/db';

export async function pingDatabase(db: Database): Promise<void> {
  await db.query.indicatorDefinitions.findFirst({ columns: { code: true } });
}
