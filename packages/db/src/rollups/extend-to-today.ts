import type { CalendarDate } from '@wijknet/household';
import {
  formatPeriod,
  nextPeriod,
  periodStart,
  periodsFromTo,
  quarterOf,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { today as clockToday } from '../clock.js';
import { type Database, queryRows } from '../query-rows.js';
import { refreshRollups } from './refresh-rollups.js';

/**
 * Brings every municipality's rollups up to today's quarter: time passing alone starts a quarter
 * (and on 1 January a year) that no write has refreshed yet, though plans still open and teams at
 * work already count in it. A period's figures depend on the data only, never on the day they are
 * computed, so the periods already kept stay as they are. Each municipality is refreshed in its
 * own transaction; run again the same day it finds nothing to do. Returns the municipalities
 * refreshed.
 */
export async function extendRollupsToToday(
  db: Database,
  today: CalendarDate = clockToday(),
): Promise<number> {
  const rows = await queryRows<{ municipality_id: string; latest: string | null }>(
    db,
    sql`select m.municipality_id,
               (select max(r.period) from indicator_rollups r
                 where r.municipality_id = m.municipality_id and r.level = 'municipality'
                   and r.unit_id = m.municipality_id and r.period like '%-Q%') as latest
          from (select municipality_id from teams union select municipality_id from households) m
         order by 1`,
  );
  const current = quarterOf(today);
  let refreshed = 0;
  for (const { municipality_id: municipalityId, latest } of rows) {
    if (latest !== null && latest >= formatPeriod(current)) continue;
    // Never refreshed: every kept period. Else the quarters after the latest, and their years.
    const periods =
      latest === null ? undefined : periodsFromTo(periodStart(nextPeriod(latest)), today);
    await db.transaction((tx) =>
      refreshRollups(tx as unknown as Database, { municipalityId, periods, today }),
    );
    refreshed += 1;
  }
  return refreshed;
}
