import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { queryRows } from '../database.js';
import { ROLLUP_PERIODS } from './periods.js';
import { refreshPublicFigures } from './refresh-public-figures.js';

const PERIOD = /^\d{4}(-Q[1-4])?$/;

export interface RefreshRollupsOptions {
  municipalityId: string;
  /** The periods to recompute; all kept periods when absent. */
  periods?: readonly string[] | undefined;
}

/**
 * Recomputes one municipality's indicator rollups from its base tables, in the caller's
 * transaction, so a write and its effect on the benchmark become visible together. Every write
 * path calls this before it commits. Returns the number of rollup rows written or removed.
 */
export async function refreshRollups(
  tx: Database,
  options: RefreshRollupsOptions,
): Promise<number> {
  const periods = options.periods ?? ROLLUP_PERIODS;
  const invalid = periods.find((period) => !PERIOD.test(period));
  if (invalid !== undefined)
    throw new RangeError(`"${invalid}" is not a period (YYYY or YYYY-Qn).`);
  if (periods.length === 0) return 0;
  const [row] = await queryRows<{ written: number }>(
    tx,
    sql`select refresh_rollups(${options.municipalityId}, string_to_array(${periods.join(',')}, ',')) as written`,
  );
  await refreshPublicFigures(tx, options.municipalityId);
  return Number(row?.written ?? 0);
}

/** Municipalities refreshed at the same time by a rebuild: one per core of a small server. */
const REBUILD_CONCURRENCY = 2;

/**
 * Recomputes the rollups of every municipality that has teams or households (after a seed), each
 * in its own transaction, two at a time where the database has the connections for it.
 */
export async function rebuildRollups(
  db: Database,
  periods: readonly string[] = ROLLUP_PERIODS,
  onRefreshed?: (done: number, total: number) => void,
): Promise<void> {
  const rows = await queryRows<{ municipality_id: string }>(
    db,
    sql`select municipality_id from teams union select municipality_id from households order by 1`,
  );
  const queue = rows.map((row) => row.municipality_id);
  let done = 0;
  const refreshNext = async (): Promise<void> => {
    for (let municipalityId = queue.shift(); municipalityId; municipalityId = queue.shift()) {
      await db.transaction((tx) =>
        refreshRollups(tx as unknown as Database, { municipalityId, periods }),
      );
      done += 1;
      onRefreshed?.(done, rows.length);
    }
  };
  await Promise.all(Array.from({ length: REBUILD_CONCURRENCY }, refreshNext));
}
