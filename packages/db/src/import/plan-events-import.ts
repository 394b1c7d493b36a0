import {
  applyPlanEvent,
  foldPlanEvents,
  type PlanContext,
  type PlanEvent,
  PlanRuleError,
  type PlanRuleErrorCode,
  type PlanState,
  planEventSchema,
} from '@wijknet/plan';
import { booleanOrText, numberOrText, optionalText } from './cell-values.js';
import { hashReference } from './households-import.js';
import type { ImportKind, ImportSession, LineRow } from './import-kind.js';
import { reportDuplicates } from './import-kind.js';
import { memberIdOf } from './members-import.js';
import { loadPlanningContext, type PlanningContext } from './plan-context-loader.js';
import type { PlanEventRow } from './plan-event-row.js';
import { planIdOf } from './plan-ids.js';
import { nameIds } from './plan-messages.js';
import { checkOnePlanPerHousehold } from './plan-one-per-household.js';
import { type PlanOutcome, writePlanOutcomes } from './plan-writes.js';
import { reachOfPlanEvents } from './rollup-reach.js';
import { reportIssues } from './schema-problems.js';
import { teamIdOf } from './teams-import.js';

const COLUMNS = [
  'plan_reference',
  'household_reference',
  'team_reference',
  'type',
  'date',
  'lead_member_reference',
  'escalation_target',
  'life_domain',
  'start_level',
  'target_level',
  'intent',
  'action_kind',
  'warm_handover',
  'closure_reason',
] as const;

const COLUMN_OF: Record<string, string> = {
  planId: 'plan_reference',
  householdId: 'household_reference',
  type: 'type',
  date: 'date',
  leadMemberId: 'lead_member_reference',
  target: 'escalation_target',
  lifeDomain: 'life_domain',
  startLevel: 'start_level',
  targetLevel: 'target_level',
  intent: 'intent',
  kind: 'action_kind',
  warmHandover: 'warm_handover',
  reason: 'closure_reason',
};

const COLUMN_OF_RULE: Partial<Record<PlanRuleErrorCode, string>> = {
  'lead-not-eligible': 'lead_member_reference',
  'lead-unchanged': 'lead_member_reference',
  'life-domain-not-applicable': 'life_domain',
  'goal-levels-invalid': 'target_level',
  'date-before-previous-event': 'date',
  'other-active-plan': 'household_reference',
};

function eventInput(
  cells: readonly string[],
  row: { planId: string; householdHash: string | undefined; separator: ',' | ';' },
) {
  const [
    ,
    household = '',
    ,
    type = '',
    date = '',
    lead = '',
    target = '',
    domain = '',
    start = '',
    goal = '',
  ] = cells;
  const [, , , , , , , , , , intent = '', kind = '', handover = '', reason = ''] = cells;
  const input: Record<string, unknown> = { type: type.trim(), date: date.trim() };
  const optional: Record<string, unknown> = {
    leadMemberId: optionalText(lead),
    target: optionalText(target),
    lifeDomain: optionalText(domain),
    startLevel: numberOrText(start, row.separator),
    targetLevel: numberOrText(goal, row.separator),
    intent: optionalText(intent),
    kind: optionalText(kind),
    warmHandover: booleanOrText(handover),
    reason: optionalText(reason),
  };
  if (input.type === 'opened') {
    input.planId = row.planId;
    input.householdId = row.householdHash;
  } else if (optionalText(household) !== undefined) input.householdId = household;
  for (const [field, value] of Object.entries(optional))
    if (value !== undefined) input[field] = value;
  return input;
}

function storedEventsOf(planId: string, context: PlanningContext): PlanEvent[] {
  return (context.storedEvents.get(planId) ?? []).map((stored) =>
    planEventSchema.parse({ type: stored.type, date: stored.occurredOn, ...stored.payload }),
  );
}

const canonical = (event: PlanEvent) => JSON.stringify(event);

/**
 * Plans and their life cycle as plan events (planmutaties), one row per event in order: an
 * `opened` row creates the plan for a household and team; every later row is checked by the plan
 * rules (`applyPlanEvent`) against the plan's stored events and the rows before it. Rows that
 * repeat stored events are recognised and skipped, so a full history can be imported again.
 */
export const planEventsImport: ImportKind<PlanEventRow> = {
  name: 'plan-events',
  columns: COLUMNS,
  parseRow({ line, cells }, session) {
    const [planReference = '', household = '', team = '', type = ''] = cells;
    const isOpening = type.trim() === 'opened';
    if (optionalText(planReference) === undefined) {
      session.problems.add(line, 'plan_reference', 'the plan reference is required on every row');
      return undefined;
    }
    const householdHash = isOpening
      ? hashReference(household, line, 'household_reference', session)
      : undefined;
    if (isOpening !== (optionalText(team) !== undefined)) {
      const reason = isOpening
        ? 'the team that takes the intake is required on an "opened" row'
        : 'the team belongs only on the "opened" row of a plan';
      session.problems.add(line, 'team_reference', reason);
    }
    const planId = planIdOf(session.secret, planReference);
    const result = planEventSchema.safeParse(
      eventInput(cells, { planId, householdHash, separator: session.layout.separator }),
    );
    if (!result.success) {
      reportIssues(session.problems, line, result.error.issues, COLUMN_OF);
      return undefined;
    }
    if (session.problems.hasProblemOn(line)) return undefined;
    const leadReference = optionalText(cells[5] ?? '');
    const event =
      leadReference !== undefined && 'leadMemberId' in result.data
        ? { ...result.data, leadMemberId: memberIdOf(session.secret, leadReference) }
        : result.data;
    return {
      planId,
      planReference: planReference.trim(),
      event,
      householdReference: optionalText(household),
      householdHash,
      teamReference: optionalText(team),
      leadReference,
    };
  },
  /** Per event, what it changes and from which day (see reachOfPlanEvents). */
  rollupReach: (rows, session) =>
    reachOfPlanEvents(
      session,
      rows.map((row) => row.value),
    ),
  async check(rows, session) {
    reportDuplicates(
      rows,
      (row) => `${row.planId}|${canonical(row.event)}`,
      session,
      'type',
      'plan event',
    );
    const context = await loadPlanningContext(session, rows);
    const names = new Map<string, string>();
    for (const { value } of rows) {
      names.set(value.planId, value.planReference);
      if (value.leadReference && 'leadMemberId' in value.event)
        names.set(value.event.leadMemberId, value.leadReference);
    }
    const byPlan = new Map<string, LineRow<PlanEventRow>[]>();
    for (const row of rows) {
      const group = byPlan.get(row.value.planId);
      if (group) group.push(row);
      else byPlan.set(row.value.planId, [row]);
    }
    const outcomes: PlanOutcome[] = [];
    for (const [planId, planRows] of byPlan) {
      const outcome = foldPlan(planId, planRows, context, session, names);
      if (outcome !== undefined) outcomes.push(outcome);
    }
    checkOnePlanPerHousehold(outcomes, context, session, names);
    return () => writePlanOutcomes(session, outcomes, context);
  },
};

type PlanRows = readonly { line: number; value: PlanEventRow }[];

/** The household of a plan: the stored plan's, or the one its `opened` row names; else a problem. */
function householdOfPlan(
  planId: string,
  planRows: PlanRows,
  context: PlanningContext,
  session: ImportSession,
) {
  const first = planRows[0];
  const stored = context.storedPlans.get(planId);
  const opening = planRows.find((row) => row.value.event.type === 'opened');
  const household = stored
    ? context.householdsById.get(stored.householdId)
    : opening?.value.householdHash === undefined
      ? undefined
      : context.householdsByHash.get(opening.value.householdHash);
  if (household !== undefined || stored !== undefined) return { household, opening };
  if (opening !== undefined) {
    session.problems.add(
      opening.line,
      'household_reference',
      'there is no household with this reference; import the households file first',
    );
  } else if (first !== undefined) {
    session.problems.add(
      first.line,
      'plan_reference',
      `there is no plan "${first.value.planReference}" yet: its first row must be an "opened" row`,
    );
  }
  return { household, opening };
}

/**
 * The plan's stored events and the state they fold to. Stored events that no longer pass the
 * rules (e.g. a member's dates were changed since) cannot be continued safely; say so instead of
 * guessing.
 */
function foldStoredEvents(
  planId: string,
  planRows: PlanRows,
  planContext: PlanContext,
  context: PlanningContext,
  session: ImportSession,
  names: Map<string, string>,
): { storedEvents: PlanEvent[]; state: PlanState | undefined } | undefined {
  try {
    const storedEvents = storedEventsOf(planId, context);
    const state = storedEvents.length > 0 ? foldPlanEvents(storedEvents, planContext) : undefined;
    return { storedEvents, state };
  } catch (error) {
    const reason = error instanceof Error ? nameIds(error.message, names) : String(error);
    session.problems.add(
      planRows[0]?.line ?? 1,
      'plan_reference',
      `the stored events of plan "${planRows[0]?.value.planReference}" no longer pass the plan rules: ${reason}`,
    );
    return undefined;
  }
}

function foldPlan(
  planId: string,
  planRows: PlanRows,
  context: PlanningContext,
  session: ImportSession,
  names: Map<string, string>,
): PlanOutcome | undefined {
  if (planRows[0] === undefined) return undefined;
  const stored = context.storedPlans.get(planId);
  const { household, opening } = householdOfPlan(planId, planRows, context, session);
  if (household === undefined) return undefined;
  if (opening?.value.householdReference) names.set(household.id, opening.value.householdReference);
  const planContext = {
    household: { districtCode: household.districtId, minors: household.minors },
    leadCandidates: context.leadCandidatesOf(household.districtId),
  };
  const folded = foldStoredEvents(planId, planRows, planContext, context, session, names);
  if (folded === undefined) return undefined;
  const { storedEvents } = folded;
  let { state } = folded;
  const unmatched = new Map<string, number>();
  for (const event of storedEvents)
    unmatched.set(canonical(event), (unmatched.get(canonical(event)) ?? 0) + 1);
  const added: { line: number; event: PlanEvent }[] = [];
  let openingTeamId = stored?.teamId;
  for (const { line, value } of planRows) {
    const event: PlanEvent =
      value.event.type === 'opened' ? { ...value.event, householdId: household.id } : value.event;
    const repeats = unmatched.get(canonical(event)) ?? 0;
    if (repeats > 0) {
      unmatched.set(canonical(event), repeats - 1);
      continue;
    }
    if (event.type === 'opened' && value.teamReference !== undefined && state === undefined) {
      openingTeamId = teamIdOf(session.secret, value.teamReference);
      if (!context.teams.has(openingTeamId)) {
        session.problems.add(
          line,
          'team_reference',
          `there is no team "${value.teamReference}" in ${session.municipalityId}; import the teams file first`,
        );
        return undefined;
      }
    }
    try {
      state = applyPlanEvent(state, event, planContext);
    } catch (error) {
      if (!(error instanceof PlanRuleError)) throw error;
      session.problems.add(
        line,
        COLUMN_OF_RULE[error.code] ?? 'type',
        nameIds(error.message, names),
        error.code,
      );
      return undefined;
    }
    added.push({ line, event });
  }
  if (state === undefined || added.length === 0 || openingTeamId === undefined) return undefined;
  const openedLine = added.find((entry) => entry.event.type === 'opened')?.line;
  return {
    planId,
    householdId: household.id,
    state,
    openingTeamId,
    storedCount: storedEvents.length,
    added,
    openedLine,
  };
}
