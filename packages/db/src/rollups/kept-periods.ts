import type { CalendarDate } from '@wijknet/household';
import { periodsFromTo } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../query-rows.js';

/**
 * The day of a municipality's first data (its earliest plan opening or registered event), or
 * null when it has none yet.
 */
export async function firstDataDay(
  tx: Database,
  municipalityId: string,
): Promise<CalendarDate | null> {
  const [row] = await queryRows<{ day: string | null }>(
    tx,
    sql`select wijknet_first_data_day(${municipalityId})::text as day`,
  );
  return row?.day ?? null;
}

/**
 * The periods a municipality's rollups are kept for on `today`: the quarters from the one holding
 * its first data through the one holding today, and their years. A municipality without data (or
 * whose data all lies ahead) keeps today's quarter and year, so its teams have figures from now.
 */
export function keptPeriodsFrom(first: CalendarDate | null, today: CalendarDate): string[] {
  return periodsFromTo(first !== null && first < today ? first : today, today);
}

/** The periods a municipality's rollups are kept for on `today`; see `keptPeriodsFrom`. */
export async function keptPeriods(
  tx: Database,
  municipalityId: string,
  today: CalendarDate,
): Promise<string[]> {
  return keptPeriodsFrom(await firstDataDay(tx, municipalityId), today);
}
