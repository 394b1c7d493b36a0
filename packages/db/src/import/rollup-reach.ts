import type { CalendarDate } from '@wijknet/household';
import {
  type DatedChange,
  formatPeriod,
  INDICATORS,
  type IndicatorInput,
  type IndicatorsReached,
  indicatorsReached,
  periodsFromTo,
  quarterOf,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { today as clockToday } from '../clock.js';
import { queryRows } from '../database.js';
import { textArray } from '../sql-values.js';
import type { ImportSession } from './import-session.js';

/**
 * What writing some rows can change of the municipality's rollups: everything (every indicator
 * in every kept period), or the changes it makes, each the inputs it changes and the days from
 * which the changed records count (`DatedChange` of @wijknet/outcome-monitoring). The registry
 * turns those into the indicators and periods to recompute.
 */
export type RollupReach = 'all' | { readonly changes: readonly DatedChange[] };

/** The reach of a write that changes nothing a figure reads. */
export const NO_REACH: RollupReach = { changes: [] };

/** The reach of two writes together. */
export function widerReach(a: RollupReach, b: RollupReach): RollupReach {
  if (a === 'all' || b === 'all') return 'all';
  return { changes: [...a.changes, ...b.changes] };
}

/** The reach of one change of these inputs, counting from these days (none when no day). */
export function reachOf(
  inputs: readonly IndicatorInput[],
  dates: Iterable<string | null | undefined>,
): RollupReach {
  const days = [...dates].filter((date): date is string => Boolean(date));
  return days.length === 0 ? NO_REACH : { changes: [{ inputs, dates: days }] };
}

/** What a refresh recomputes: every indicator in every kept period, or these groups. */
export type RefreshScope = 'all' | readonly IndicatorsReached[];

/**
 * The indicators and periods a write of this reach must recompute on `today`. A write dated before
 * the municipality's first data (`firstDataBefore`, read before the write) makes earlier periods
 * kept, which have no figures yet: then every indicator is recomputed from that day on.
 */
export function refreshScopeOf(
  reach: RollupReach,
  firstDataBefore: CalendarDate | null,
  today: CalendarDate = clockToday(),
): RefreshScope {
  if (reach === 'all') return 'all';
  const reached = indicatorsReached(reach.changes, today);
  const keptFrom = firstDataBefore !== null && firstDataBefore < today ? firstDataBefore : today;
  const earliest = reach.changes
    .flatMap((change) => change.dates)
    .reduce<string | undefined>(
      (soFar, date) => (soFar && soFar <= date ? soFar : date),
      undefined,
    );
  const quarter = (day: string) => formatPeriod(quarterOf(day));
  if (earliest === undefined || quarter(earliest) >= quarter(keptFrom)) return reached;
  const periods = new Set([
    ...reached.flatMap((group) => group.periods),
    ...periodsFromTo(earliest, today),
  ]);
  return [{ indicators: INDICATORS.map((definition) => definition.code), periods: [...periods] }];
}

/**
 * The reach of a change to households (their district or registration date) or to what is known
 * of their plans (assessments): the opening and closing days of every plan of theirs, since a
 * plan counts for its household's district from its opening, at its closing, and as the
 * household's first plan at its opening. `closedOnly` keeps the closing days alone: assessments
 * count only towards the outcomes of closed plans.
 */
export async function reachOfHouseholdPlans(
  session: ImportSession,
  householdIds: Iterable<string>,
  inputs: readonly IndicatorInput[],
  closedOnly = false,
): Promise<RollupReach> {
  const ids = [...new Set(householdIds)];
  if (ids.length === 0) return NO_REACH;
  const rows = await queryRows<{ opened_on: string; closed_on: string | null }>(
    session.tx,
    sql`select opened_on::text, closed_on::text from plans
        where municipality_id = ${session.municipalityId}
          and household_id = any(${textArray(ids)}::uuid[])`,
  );
  return reachOf(
    inputs,
    rows.flatMap((row) => (closedOnly ? [row.closed_on] : [row.opened_on, row.closed_on])),
  );
}

/** A plan event of a write, with the plan it is for (an opening's household as its hash). */
interface PlanEventChange {
  readonly planId: string;
  readonly event: { readonly type: string; readonly date: string; readonly householdId?: string };
}

/**
 * The reach of plan events. An opening adds a plan from its day (and may make it its household's
 * first, in place of a later one); a closing, an escalation or a de-escalation changes the plan
 * from its day; an activation or a change of lead may move the plan to another team, which
 * changes where it counted since its opening. Goals count only for closed plans, and a closed plan
 * takes no more events, so a goal or an action changes no figure by itself.
 */
export async function reachOfPlanEvents(
  session: ImportSession,
  rows: readonly PlanEventChange[],
): Promise<RollupReach> {
  const planIds = [...new Set(rows.map((row) => row.planId))];
  // An opening names its household by the keyed hash of its reference.
  const householdHashes = rows.flatMap((row) =>
    row.event.type === 'opened' && row.event.householdId ? [row.event.householdId] : [],
  );
  // One read of two kinds of rows: each stored plan's opening day, and the first opening day of
  // each household an opening names (keyed by its reference hash).
  const stored = await queryRows<{ kind: 'plan' | 'household'; key: string; day: string }>(
    session.tx,
    sql`select 'plan' as kind, p.id::text as key, p.opened_on::text as day from plans p
         where p.municipality_id = ${session.municipalityId} and p.id = any(${textArray(planIds)}::uuid[])
        union all
        select 'household', h.reference_hash, min(p.opened_on)::text
          from households h join plans p on p.municipality_id = h.municipality_id and p.household_id = h.id
         where h.municipality_id = ${session.municipalityId}
           and h.reference_hash = any(${textArray(householdHashes)}::text[])
         group by h.reference_hash`,
  );
  const openedOn = new Map<string, string>();
  const householdFirst = new Map<string, string>();
  for (const row of stored) (row.kind === 'plan' ? openedOn : householdFirst).set(row.key, row.day);
  for (const { planId, event } of rows)
    if (event.type === 'opened') openedOn.set(planId, event.date);
  let reach = NO_REACH;
  for (const { planId, event } of rows) {
    const change = (inputs: readonly IndicatorInput[], dates: (string | undefined)[]) => {
      reach = widerReach(reach, reachOf(inputs, dates));
    };
    if (event.type === 'opened')
      change(['plans', 'plan-leads'], [event.date, householdFirst.get(event.householdId ?? '')]);
    else if (event.type === 'activated' || event.type === 'lead-changed')
      change(['plans', 'plan-leads'], [openedOn.get(planId), event.date]);
    else if (event.type === 'escalated' || event.type === 'de-escalated')
      change(['escalations'], [event.date]);
    else if (event.type === 'closed') change(['plans'], [event.date]);
  }
  return reach;
}
