import type { CalendarDate } from '@wijknet/household';
import {
  getIndicator,
  type IndicatorCode,
  parsePeriod,
  ZRM_DOMAIN_CHANGE_INDICATOR,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { today as clockToday } from '../clock.js';
import { type Database, queryRows } from '../query-rows.js';
import { textArray } from '../sql-values.js';
import { keptPeriods } from './kept-periods.js';
import { refreshPublicFigures } from './refresh-public-figures.js';

export interface RefreshRollupsOptions {
  municipalityId: string;
  /**
   * The periods to recompute. When absent: every period the municipality's rollups are kept for
   * (from its first data through today's quarter), and rows of any other period are removed.
   */
  periods?: readonly string[] | undefined;
  /**
   * The indicators to recompute (a write's reach: those reading what it changed); every indicator
   * when absent. The ZRM change per life domain goes with `zrm-mean-change`, whose plans it counts.
   */
  indicators?: readonly IndicatorCode[] | undefined;
  /** The day whose quarter the kept periods end with; the clock's `today()` when absent. */
  today?: CalendarDate | undefined;
}

/**
 * Recomputes one municipality's indicator rollups from its base tables, in the caller's
 * transaction, so a write and its effect on the benchmark become visible together. Every write
 * path calls this before it commits. Only kept periods are computed (from the first data through
 * today's quarter); when a period asked for is not kept (the first data moved later, or a write
 * dated before it), or none were asked for, rows of periods no longer kept are removed. Returns
 * the number of rollup rows written or removed.
 */
export async function refreshRollups(
  tx: Database,
  options: RefreshRollupsOptions,
): Promise<number> {
  const { municipalityId } = options;
  // Refuses a period that is not a quarter or a year before any SQL sees it.
  for (const period of options.periods ?? []) parsePeriod(period);
  // Refuses an unknown indicator with the list of known ones.
  for (const code of options.indicators ?? []) getIndicator(code);
  if (options.periods?.length === 0 || options.indicators?.length === 0) return 0;
  // One refresh of a municipality at a time, held until the caller's transaction ends. Without it
  // two writers refresh at once, each from a snapshot without the other's rows, and the one that
  // commits last leaves figures that miss the other's write. Waiting here, the second refresh
  // starts after the first committed and so reads its rows.
  await queryRows(
    tx,
    sql`select pg_advisory_xact_lock(hashtextextended(${`wijknet.refresh_rollups:${municipalityId}`}, 0))`,
  );
  const kept = await keptPeriods(tx, municipalityId, options.today ?? clockToday());
  const keptSet = new Set(kept);
  const periods = options.periods?.filter((period) => keptSet.has(period)) ?? kept;
  const removed =
    periods.length < (options.periods?.length ?? Number.POSITIVE_INFINITY)
      ? await removeUnkeptPeriods(tx, municipalityId, kept)
      : 0;
  // A write dated after today's quarter may reach no kept period: then nothing changes.
  if (periods.length === 0 && removed === 0) return 0;
  const { indicators } = options;
  const byDomain = indicators === undefined || indicators.includes(ZRM_DOMAIN_CHANGE_INDICATOR);
  const chosen = indicators === undefined ? sql`null` : sql`${textArray(indicators)}::text[]`;
  const [row] = await queryRows<{ written: number; written_by_domain: number }>(
    tx,
    sql`select refresh_rollups(${municipalityId}, ${textArray(periods)}::text[], ${chosen}) as written,
               ${byDomain ? sql`refresh_zrm_domain_rollups(${municipalityId}, ${textArray(periods)}::text[])` : sql`0`} as written_by_domain`,
  );
  // Rows of unkept periods were removed for every indicator, so every public series is planned again.
  await refreshPublicFigures(tx, municipalityId, removed > 0 ? undefined : indicators);
  return Number(row?.written ?? 0) + Number(row?.written_by_domain ?? 0) + removed;
}

/**
 * Removes a municipality's rollups (per indicator and per life domain) of every period but the
 * kept ones; returns the rows removed.
 */
async function removeUnkeptPeriods(
  tx: Database,
  municipalityId: string,
  kept: readonly string[],
): Promise<number> {
  const [row] = await queryRows<{ removed: number | string }>(
    tx,
    sql`with removed as (
          delete from indicator_rollups
           where municipality_id = ${municipalityId} and period <> all(${textArray(kept)}::text[])
          returning 1),
        removed_by_domain as (
          delete from zrm_domain_rollups
           where municipality_id = ${municipalityId} and period <> all(${textArray(kept)}::text[])
          returning 1)
        select (select count(*) from removed) + (select count(*) from removed_by_domain) as removed`,
  );
  return Number(row?.removed ?? 0);
}

/** Municipalities refreshed at the same time by a rebuild: one per core of a small server. */
const REBUILD_CONCURRENCY = 2;

/**
 * Recomputes the rollups of every municipality that has teams or households (after a seed), each
 * in its own transaction, two at a time where the database has the connections for it: the given
 * periods, or every kept period on `today` (the clock's by default).
 */
export async function rebuildRollups(
  db: Database,
  options: {
    periods?: readonly string[];
    today?: CalendarDate;
    /** Called after each municipality, with how many are done of how many. */
    onRefreshed?: (done: number, total: number) => void;
  } = {},
): Promise<void> {
  const { periods, today, onRefreshed } = options;
  const rows = await queryRows<{ municipality_id: string }>(
    db,
    sql`select municipality_id from teams union select municipality_id from households order by 1`,
  );
  const queue = rows.map((row) => row.municipality_id);
  let done = 0;
  const refreshNext = async (): Promise<void> => {
    for (let municipalityId = queue.shift(); municipalityId; municipalityId = queue.shift()) {
      await db.transaction((tx) =>
        refreshRollups(tx as unknown as Database, { municipalityId, periods, today }),
      );
      done += 1;
      onRefreshed?.(done, rows.length);
    }
  };
  await Promise.all(Array.from({ length: REBUILD_CONCURRENCY }, refreshNext));
}
