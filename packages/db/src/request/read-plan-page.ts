import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.js';
import { assessments } from '../schema/household.js';
import { planEvents, plans } from '../schema/plan.js';
import { readPrepared } from './prepared-statement.js';

/**
 * A plan as the page reads it: its columns, its events and its household's latest assessment;
 * every column of each, or those `PlanPageOptions.columns` names.
 */
export type PlanPageRow = typeof plans.$inferSelect & {
  /** The plan's events, by sequence. */
  readonly events: (typeof planEvents.$inferSelect)[];
  /** The household's latest assessment (by date, then ID, descending), or none. */
  readonly householdAssessments: (typeof assessments.$inferSelect)[];
};

/** Which plans a page holds. Plans outside the request's scope are never read (row-level security). */
export interface PlanPageFilter {
  /** The scope's municipality (CBS code): the key every index of a tenant table starts with. */
  readonly municipalityId: string;
  readonly teamId?: string | undefined;
  /** Only plans of households living in this district (wijk). */
  readonly districtId?: string | undefined;
  readonly status?: string | undefined;
  /** Only plans opened on or between these days (YYYY-MM-DD). */
  readonly openedBetween?: { readonly from: string; readonly until: string } | undefined;
}

/** The columns (by their TypeScript names) a page holds of each table; every column when absent. */
export interface PlanPageColumns {
  readonly plans?: readonly string[] | undefined;
  readonly events?: readonly string[] | undefined;
  readonly assessments?: readonly string[] | undefined;
}

export interface PlanPageOptions {
  /** Plan columns (by their TypeScript names) and directions, most significant first. */
  readonly orderBy: Readonly<Record<string, 'asc' | 'desc'>>;
  readonly limit: number;
  /**
   * Only these columns: what the caller's fields read. A page of a team's caseload asks a few of
   * each table, and the JSON the database builds and the gateway parses shrinks to a third. The
   * plans' order columns are always held (a connection's cursors are made of them).
   */
  readonly columns?: PlanPageColumns | undefined;
}

/**
 * Columns as `json_build_object` pairs, keyed by their TypeScript names as drizzle's rows are:
 * all of the table's, or those named.
 */
function jsonPairsOf(table: PgTable, alias: string, names?: Iterable<string>): SQL {
  const columns = getTableColumns(table);
  const keys = names === undefined ? Object.keys(columns) : [...new Set(names)];
  const pairs = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} have no column ${key}`);
    return `'${key}', ${alias}."${column.name}"`;
  });
  return sql.raw(pairs.join(', '));
}

const PLAN_COLUMNS = getTableColumns(plans);

/**
 * The plans of a page as a subquery (to be aliased): those the filter admits, in the order, up
 * to the limit. The municipality comes first, as in the caseload index (municipality, team,
 * status, opened on, ID).
 */
export function planPageSource(
  filter: PlanPageFilter,
  options: Pick<PlanPageOptions, 'orderBy' | 'limit'>,
): SQL {
  const conditions = [sql`p.municipality_id = ${filter.municipalityId}`];
  if (filter.teamId !== undefined) conditions.push(sql`p.team_id = ${filter.teamId}::uuid`);
  if (filter.status !== undefined) conditions.push(sql`p.status = ${filter.status}`);
  if (filter.openedBetween !== undefined)
    conditions.push(
      sql`p.opened_on between ${filter.openedBetween.from}::date and ${filter.openedBetween.until}::date`,
    );
  if (filter.districtId !== undefined)
    conditions.push(sql`exists (select 1 from households h
        where h.municipality_id = p.municipality_id and h.id = p.household_id
          and h.district_id = ${filter.districtId})`);
  return sql`(select * from plans p where ${sql.join(conditions, sql` and `)}
    order by ${orderOf(options.orderBy)} limit ${options.limit})`;
}

function orderOf(orderBy: PlanPageOptions['orderBy']): SQL {
  const terms = Object.entries(orderBy).map(([key, direction]) => {
    const column = PLAN_COLUMNS[key as keyof typeof PLAN_COLUMNS];
    if (!column) throw new Error(`plans have no column ${key} to order by`);
    return `p."${column.name}" ${direction === 'asc' ? 'asc' : 'desc'}`;
  });
  return sql.raw(terms.join(', '));
}

/**
 * One page of plans, each with its events and its household's latest assessment, in one SQL
 * statement that answers with one JSON text: the rows have the shape drizzle's relational query
 * gives them, without building that query for every request nor decoding a JSON value per plan.
 *
 * Run it in the request's scope (`withScope`): row-level security narrows the plans, events and
 * assessments it reads as it does every other read. The filter's municipality comes first, as in
 * the caseload index (municipality, team, status, opened on, ID). The text depends only on which
 * filters are given, on the order and on the columns, so on Postgres it is prepared once per
 * connection.
 */
export async function readPlanPage(
  db: Database,
  filter: PlanPageFilter,
  options: PlanPageOptions,
): Promise<PlanPageRow[]> {
  const order = orderOf(options.orderBy);
  const { columns } = options;
  const planPairs = jsonPairsOf(
    plans,
    'p',
    columns?.plans && [...columns.plans, ...Object.keys(options.orderBy)],
  );
  const eventPairs = jsonPairsOf(planEvents, 'e', columns?.events);
  const assessmentPairs = jsonPairsOf(assessments, 'a', columns?.assessments);
  // Events by sequence, and the latest assessment by date then ID, as the Plan type's `events`
  // and `latestAssessment` order them.
  const statement = sql`select coalesce(json_agg(json_build_object(${planPairs},
        'events', (select coalesce(json_agg(json_build_object(${eventPairs}) order by e.sequence), '[]')
          from plan_events e where e.municipality_id = p.municipality_id and e.plan_id = p.id),
        'householdAssessments', (select coalesce(json_agg(json_build_object(${assessmentPairs})), '[]')
          from (select * from assessments a
                 where a.municipality_id = p.municipality_id and a.household_id = p.household_id
                 order by a.assessed_on desc, a.id desc limit 1) a)
      ) order by ${order})::text, '[]') as plans
    from ${planPageSource(filter, options)} p`;
  const [row] = await readPrepared<{ plans: string }>(db, statement);
  return JSON.parse(row?.plans ?? '[]') as PlanPageRow[];
}
