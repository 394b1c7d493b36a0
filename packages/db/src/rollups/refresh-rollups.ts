import type { CalendarDate } from '@wijknet/household';
import {
  getIndicator,
  type IndicatorsReached,
  parsePeriod,
  periodStart,
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
   * The periods to recompute, every indicator in each. When absent (and `reached` too): every
   * period the municipality's rollups are kept for (from its first data through today's quarter),
   * and rows of any other period are removed.
   */
  periods?: readonly string[] | undefined;
  /**
   * Instead of `periods`: a write's reach, groups of indicators each with the periods to recompute
   * them in (`refreshScopeOf`). The ZRM change per life domain goes with `zrm-mean-change`, whose
   * plans it counts; only the reached indicators' public figures are planned again.
   */
  reached?: readonly IndicatorsReached[] | undefined;
  /** The day whose quarter the kept periods end with; the clock's `today()` when absent. */
  today?: CalendarDate | undefined;
}

/** One recomputation: these indicators (every one when undefined) in these periods. */
interface Recomputation {
  readonly indicators: readonly string[] | undefined;
  readonly periods: readonly string[];
}

/**
 * Recomputes one municipality's indicator rollups from its base tables, in the caller's
 * transaction, so a write and its effect on the benchmark become visible together. Every write
 * path calls this before it commits. Only kept periods are computed (from the first data through
 * today's quarter); when a period asked for lies before the kept ones (the first data moved
 * later), or none were asked for, rows of periods no longer kept are removed; one after today's
 * quarter is left out. Returns the number of rollup rows written or removed.
 */
export async function refreshRollups(
  tx: Database,
  options: RefreshRollupsOptions,
): Promise<number> {
  const { municipalityId } = options;
  const asked: readonly Recomputation[] | undefined =
    options.reached ??
    (options.periods === undefined
      ? undefined
      : [{ indicators: undefined, periods: options.periods }]);
  for (const group of asked ?? []) {
    // Refuses a period that is not a quarter or a year, or an unknown indicator, before any SQL.
    for (const period of group.periods) parsePeriod(period);
    for (const code of group.indicators ?? []) getIndicator(code);
  }
  const wanted = asked?.filter(
    (group) => group.periods.length > 0 && group.indicators?.length !== 0,
  );
  if (wanted?.length === 0) return 0;
  // One refresh of a municipality at a time, held until the caller's transaction ends. Without it
  // two writers refresh at once, each from a snapshot without the other's rows, and the one that
  // commits last leaves figures that miss the other's write. Waiting here, the second refresh
  // starts after the first committed and so reads its rows.
  await queryRows(
    tx,
    sql`select pg_advisory_xact_lock(hashtextextended(${`wijknet.refresh_rollups:${municipalityId}`}, 0))`,
  );
  const today = options.today ?? clockToday();
  const kept = await keptPeriods(tx, municipalityId, today);
  const keptSet = new Set(kept);
  const groups = (wanted ?? [{ indicators: undefined, periods: kept }]).map((group) => ({
    indicators: group.indicators,
    periods: group.periods.filter((period) => keptSet.has(period)),
  }));
  const isBeforeKept = (period: string) => !keptSet.has(period) && periodStart(period) <= today;
  const removed =
    wanted === undefined || wanted.some((group) => group.periods.some(isBeforeKept))
      ? await removeUnkeptPeriods(tx, municipalityId, kept)
      : 0;
  let written = removed;
  for (const group of groups) {
    if (group.periods.length > 0) written += await recompute(tx, municipalityId, group);
  }
  // A write dated after today's quarter may reach no kept period: then nothing changed.
  if (written === 0 && groups.every((group) => group.periods.length === 0)) return 0;
  // Rows of unkept periods were removed for every indicator: every public series is planned again.
  const indicators =
    groups.some((group) => group.indicators === undefined) || removed > 0
      ? undefined
      : [...new Set(groups.flatMap((group) => group.indicators ?? []))];
  await refreshPublicFigures(tx, municipalityId, indicators);
  return written;
}

/** Runs refresh_rollups (and the ZRM change per life domain with zrm-mean-change) for a group. */
async function recompute(
  tx: Database,
  municipalityId: string,
  { indicators, periods }: Recomputation,
): Promise<number> {
  const byDomain = indicators === undefined || indicators.includes(ZRM_DOMAIN_CHANGE_INDICATOR);
  const chosen = indicators === undefined ? sql`null` : sql`${textArray(indicators)}::text[]`;
  const domains = byDomain
    ? sql`refresh_zrm_domain_rollups(${municipalityId}, ${textArray(periods)}::text[])`
    : sql`0`;
  const [row] = await queryRows<{ written: number; written_by_domain: number }>(
    tx,
    sql`select refresh_rollups(${municipalityId}, ${textArray(periods)}::text[], ${chosen}) as written,
               ${domains} as written_by_domain`,
  );
  return Number(row?.written ?? 0) + Number(row?.written_by_domain ?? 0);
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
