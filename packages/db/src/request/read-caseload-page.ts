import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../query-rows.js';
import { assessments } from '../schema/household.js';
import { actions, goals, planEvents, plans } from '../schema/plan.js';
import { members } from '../schema/team.js';
import { readInScope, type Scope } from '../tenancy.js';
import {
  type CaseloadPosition,
  decodeCaseloadCursor,
  encodeCaseloadCursor,
  PageRequestError,
} from './caseload-cursor.js';
import { readPrepared } from './prepared-statement.js';
import { type AuditActor, auditRowsInsert } from './write-audit-rows.js';

/**
 * A plan as a caseload page holds it: its columns, its events (by sequence) and, when asked, its
 * goals, its actions and its household's latest assessment (by date, then ID).
 */
export type CaseloadPlan = typeof plans.$inferSelect & {
  /** Where the plan stands in the page's order; pass it as `after` or `before`. */
  readonly cursor: string;
  readonly events: readonly (typeof planEvents.$inferSelect)[];
  readonly goals?: readonly (typeof goals.$inferSelect)[];
  readonly actions?: readonly (typeof actions.$inferSelect)[];
  readonly latestAssessment?: typeof assessments.$inferSelect | null;
  /** The name of the lead worker's team (teamnaam). */
  readonly teamName?: string;
  /** The lead worker (regievoerder), null during intake. */
  readonly lead?: typeof members.$inferSelect | null;
};

/** Which plans a page holds; rows outside the reader's scope are never read (row-level security). */
export interface CaseloadFilter {
  readonly teamId?: string | undefined;
  /** Only plans of households living in this district (wijk). */
  readonly districtId?: string | undefined;
  readonly status?: string | undefined;
  /** Only plans opened on or between these days (YYYY-MM-DD). */
  readonly openedBetween?: { readonly from: string; readonly until: string } | undefined;
  readonly planId?: string | undefined;
  readonly householdId?: string | undefined;
}

/** A page of a caseload, as a Relay connection asks for it. */
export interface CaseloadPageRequest {
  /** The reader's municipality (CBS code): the key every index of a tenant table starts with. */
  readonly municipalityId: string;
  readonly filter: CaseloadFilter;
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
  readonly last?: number | null | undefined;
  readonly before?: string | null | undefined;
  /** What each plan holds besides its columns and events. */
  readonly include?: {
    readonly goals?: boolean;
    readonly actions?: boolean;
    readonly latestAssessment?: boolean;
    readonly teamName?: boolean;
    readonly lead?: boolean;
    /**
     * The fields asked for, by name, at any depth: of a plan, its events and its latest
     * assessment, a column is read only when its field is named here, besides the keys (see
     * ALWAYS_READ). A page of fifty plans builds half the JSON when a caseload shows a few columns.
     * Undefined reads every column. Rows hold only what was read, whatever their type says: the
     * caller names every field whose resolver reads a column.
     */
    readonly fields?: ReadonlySet<string> | undefined;
  };
  /**
   * Who reads: the plans shown, and the households whose assessment is shown, are written to the
   * audit log by the page's own statement. Without one, the caller records them (a request that
   * writes its audit rows together at its end).
   */
  readonly actor?: AuditActor | undefined;
}

export interface CaseloadPage {
  readonly plans: readonly CaseloadPlan[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** A page's size without `first` or `last`, and the largest one served. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page's direction and size, and the position it starts from; refused when unanswerable. */
function pagingOf(request: CaseloadPageRequest): {
  size: number;
  isBackward: boolean;
  from: CaseloadPosition | undefined;
} {
  const { first, last, after, before } = request;
  if (first != null && last != null)
    throw new PageRequestError(
      'INVALID_PAGE_ARGUMENTS',
      'Ask for `first` or `last`, not both: one page runs in one direction.',
    );
  const isBackward = last != null || (before != null && first == null);
  const size = (isBackward ? last : first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw new PageRequestError(
      'INVALID_PAGE_SIZE',
      `A page holds 0 to ${MAX_PAGE_SIZE} plans; ask for fewer.`,
    );
  // Both cursors are checked, so a malformed one is refused whichever way the page runs.
  const afterPosition = after != null ? decodeCaseloadCursor(after) : undefined;
  const beforePosition = before != null ? decodeCaseloadCursor(before) : undefined;
  return { size, isBackward, from: isBackward ? beforePosition : afterPosition };
}

/**
 * The columns every page reads whatever fields are asked: a plan's keys and the cursor's, an
 * event's and an assessment's keys.
 */
const ALWAYS_READ = new Set(['municipalityId', 'id', 'householdId', 'openedOn', 'sequence']);

/**
 * Columns as `json_build_object` pairs, keyed by their TypeScript names as drizzle's rows are:
 * every column, or those `fields` names and the keys. json_build_object takes at most 100
 * arguments; no table here has more than 50 columns.
 */
function jsonPairsOf(table: PgTable, alias: string, fields?: ReadonlySet<string>): SQL {
  const pairs = Object.entries(getTableColumns(table))
    .filter(([key]) => fields === undefined || fields.has(key) || ALWAYS_READ.has(key))
    .map(([key, column]) => `'${key}', ${alias}."${column.name}"`);
  if (pairs.length > 50) throw new Error(`${getTableName(table)} have too many columns for JSON`);
  return sql.raw(pairs.join(', '));
}

const GOAL_PAIRS = jsonPairsOf(goals, 'g');
const ACTION_PAIRS = jsonPairsOf(actions, 'x');
const MEMBER_PAIRS = jsonPairsOf(members, 'm');

function conditionsOf(
  request: CaseloadPageRequest,
  from: CaseloadPosition | undefined,
  isBackward: boolean,
): SQL {
  const { filter } = request;
  const conditions = [sql`p.municipality_id = ${request.municipalityId}`];
  if (filter.teamId !== undefined) conditions.push(sql`p.team_id = ${filter.teamId}::uuid`);
  if (filter.status !== undefined) conditions.push(sql`p.status = ${filter.status}`);
  if (filter.planId !== undefined) conditions.push(sql`p.id = ${filter.planId}::uuid`);
  if (filter.householdId !== undefined)
    conditions.push(sql`p.household_id = ${filter.householdId}::uuid`);
  if (filter.openedBetween !== undefined)
    conditions.push(
      sql`p.opened_on between ${filter.openedBetween.from}::date and ${filter.openedBetween.until}::date`,
    );
  if (filter.districtId !== undefined)
    conditions.push(sql`exists (select 1 from households h
        where h.municipality_id = p.municipality_id and h.id = p.household_id
          and h.district_id = ${filter.districtId})`);
  // Newest first: a forward page goes on past older plans, a backward one back to newer ones.
  if (from !== undefined)
    conditions.push(
      isBackward
        ? sql`(p.opened_on, p.id) > (${from.openedOn}::date, ${from.id}::uuid)`
        : sql`(p.opened_on, p.id) < (${from.openedOn}::date, ${from.id}::uuid)`,
    );
  return sql.join(conditions, sql` and `);
}

/** What each plan's JSON holds, by `include`, with the laterals that read it. */
function relationsOf(include: CaseloadPageRequest['include']): { pairs: SQL; joins: SQL } {
  const fields = include?.fields;
  const pairs = [
    sql`'events', (select coalesce(json_agg(json_build_object(${jsonPairsOf(planEvents, 'e', fields)}) order by e.sequence), '[]')
      from plan_events e where e.municipality_id = p.municipality_id and e.plan_id = p.id)`,
  ];
  if (include?.goals)
    pairs.push(sql`'goals', (select coalesce(json_agg(json_build_object(${GOAL_PAIRS}) order by g.id), '[]')
      from goals g where g.municipality_id = p.municipality_id and g.plan_id = p.id)`);
  if (include?.actions)
    pairs.push(sql`'actions', (select coalesce(json_agg(json_build_object(${ACTION_PAIRS}) order by x.started_on, x.id), '[]')
      from actions x where x.municipality_id = p.municipality_id and x.plan_id = p.id)`);
  if (include?.teamName)
    pairs.push(sql`'teamName', (select t.name from teams t
      where t.municipality_id = p.municipality_id and t.id = p.team_id)`);
  if (include?.lead)
    pairs.push(sql`'lead', (select json_build_object(${MEMBER_PAIRS}) from members m
      where m.municipality_id = p.municipality_id and m.id = p.lead_member_id)`);
  if (!include?.latestAssessment) return { pairs: sql.join(pairs, sql`, `), joins: sql`` };
  pairs.push(
    sql`'latestAssessment', case when a.id is null then null else json_build_object(${jsonPairsOf(assessments, 'a', fields)}) end`,
  );
  return {
    pairs: sql.join(pairs, sql`, `),
    joins: sql`left join lateral (select * from assessments a
        where a.municipality_id = p.municipality_id and a.household_id = p.household_id
        order by a.assessed_on desc, a.id desc limit 1) a on true`,
  };
}

/**
 * One page as one statement: the plans the filter admits past the cursor (one more than the page,
 * to tell whether more follow), folded into one JSON text with what `include` asks; given an
 * actor, the plans it shows, and the households whose assessment it shows, are written to the
 * audit log in the same statement, one row per kind.
 */
function pageStatement(request: CaseloadPageRequest): SQL {
  const { size, isBackward, from } = pagingOf(request);
  const direction = sql.raw(isBackward ? 'asc' : 'desc');
  const { pairs, joins } = relationsOf(request.include);
  const households = request.include?.latestAssessment
    ? sql`array_agg(distinct a.household_id::text) filter (where a.id is not null)`
    : sql`null::text[]`;
  const audited = request.actor
    ? sql`, audited as (${auditRowsInsert(
        request.actor,
        sql`select 'read' as action, subject.subject_type, subject.subject_ids
          from shown, lateral (values ('plan', shown.plan_ids), ('household', shown.household_ids))
            as subject(subject_type, subject_ids)
          where subject.subject_ids is not null`,
      )})`
    : sql``;
  return sql`with read as (
      select p.* from plans p where ${conditionsOf(request, from, isBackward)}
      order by p.opened_on ${direction}, p.id ${direction} limit ${size + 1}),
    page as (select * from read order by opened_on ${direction}, id ${direction} limit ${size}),
    shown as (
      select coalesce(json_agg(json_build_object(${jsonPairsOf(plans, 'p', request.include?.fields)}, ${pairs})
          order by p.opened_on desc, p.id desc), '[]')::text as plans,
        array_agg(p.id::text) as plan_ids, ${households} as household_ids
      from page p ${joins})${audited}
    select shown.plans, (select count(*) from read) > ${size} as has_more from shown`;
}

type PageRow = { plans: string; has_more: boolean };

/** The page from its statement's row; cursors are written here, as they are read, once. */
function pageOf(request: CaseloadPageRequest, row: PageRow | undefined): CaseloadPage {
  const planRows = JSON.parse(row?.plans ?? '[]') as (Omit<CaseloadPlan, 'cursor'> & {
    cursor: string;
  })[];
  for (const plan of planRows) plan.cursor = encodeCaseloadCursor(plan);
  const hasMore = row?.has_more ?? false;
  const isBackward = request.last != null || (request.before != null && request.first == null);
  // A page knows what lies beyond it in its own direction; behind it lies at least the cursor's plan.
  return isBackward
    ? { plans: planRows, hasPreviousPage: hasMore, hasNextPage: request.before != null }
    : { plans: planRows, hasNextPage: hasMore, hasPreviousPage: request.after != null };
}

/**
 * A page of plans (a team's caseload, a household's plans, one plan), in one SQL statement that
 * answers with one JSON text and, given an actor, writes the page's audit rows. With a scope, it runs in a
 * transaction of its own that `readInScope` sends in one round trip; with a database only, on
 * that database, which must be a transaction already in the reader's scope.
 */
export async function readCaseloadPage(
  on: { readonly db: Database; readonly scope?: Scope },
  request: CaseloadPageRequest,
): Promise<CaseloadPage> {
  const statement = pageStatement(request);
  const [row] = on.scope
    ? await readInScope<PageRow>(on.db, on.scope, statement)
    : await readPrepared<PageRow>(on.db, statement);
  return pageOf(request, row);
}
