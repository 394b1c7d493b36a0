import type { CalendarDate } from '@wijknet/household';
import { periodStart, periodsFromTo } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../query-rows.js';

/**
 * The periods the published figures cover on `today`: the quarters from the earliest quarter any
 * municipality publishes through today's quarter, then their years; empty when nothing is
 * published yet. Read from the reach figures, which every kept period of a municipality has.
 */
export async function readPublishedPeriods(db: Database, today: CalendarDate): Promise<string[]> {
  const [row] = await queryRows<{ first: string | null }>(
    db,
    sql`select min(period) as first from published_indicator_figures
         where indicator_code = 'reach-per-1000-households' and period like '%-Q%'`,
  );
  return row?.first ? periodsFromTo(periodStart(row.first), today) : [];
}
