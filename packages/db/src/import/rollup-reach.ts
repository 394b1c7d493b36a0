import type { CalendarDate } from '@wijknet/household';
import { periodsFromTo } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { today as clockToday } from '../clock.js';
import { queryRows } from '../database.js';
import { textArray } from '../sql-values.js';
import type { ImportSession } from './import-session.js';

/**
 * How far back writing some rows can change the municipality's rollups: every kept period, only
 * the periods from a day onwards (the quarter and the year holding it, and every later one), or
 * none. Every indicator counts a record in the periods from one of its own dates onwards (a plan
 * from its opening, an event from its day, a member from their start), so the earliest such date
 * of every row a write touches, before and after the write, bounds what the write can change.
 */
export type RollupReach = 'all' | { readonly since: string } | 'none';

/**
 * The periods a write of this reach must recompute: undefined for every kept period of the
 * municipality, else the quarters from the one holding the day through today's quarter and their
 * years (a day before the first data extends the kept periods back to it).
 */
export function periodsOfReach(
  reach: RollupReach,
  today: CalendarDate = clockToday(),
): readonly string[] | undefined {
  if (reach === 'all') return undefined;
  if (reach === 'none') return [];
  return periodsFromTo(reach.since, today);
}

/** The reach of two writes together: the wider of the two. */
export function widerReach(a: RollupReach, b: RollupReach): RollupReach {
  if (a === 'all' || b === 'all') return 'all';
  if (a === 'none') return b;
  if (b === 'none') return a;
  return a.since <= b.since ? a : b;
}

/** The reach of the earliest of some ISO dates; none when there is none. */
export function reachSince(dates: Iterable<string | null | undefined>): RollupReach {
  let earliest: string | undefined;
  for (const date of dates)
    if (date && (earliest === undefined || date < earliest)) earliest = date;
  return earliest === undefined ? 'none' : { since: earliest };
}

/**
 * The reach of a write touching these plans, or the plans of these households: from the earliest
 * opening of any of them, since everything a plan adds to a figure (its time open, its outcome,
 * its escalations, its household's first plan, its team's caseload) lies on or after its
 * opening day. `alsoSince` adds dates of rows not stored yet (a plan opened by the write itself).
 */
export async function reachOfPlans(
  session: ImportSession,
  scope: { readonly planIds: Iterable<string> } | { readonly householdIds: Iterable<string> },
  alsoSince: Iterable<string | null | undefined> = [],
): Promise<RollupReach> {
  const [column, ids] =
    'planIds' in scope ? ['id', [...scope.planIds]] : ['household_id', [...scope.householdIds]];
  const [stored] =
    ids.length === 0
      ? []
      : await queryRows<{ earliest: string | null }>(
          session.tx,
          sql`select min(opened_on)::text as earliest from plans
              where municipality_id = ${session.municipalityId}
                and ${sql.raw(column)} = any(${textArray(ids)}::uuid[])`,
        );
  return reachSince([stored?.earliest, ...alsoSince]);
}
