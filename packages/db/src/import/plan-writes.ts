import { derivePlanFacts, type PlanEvent, type PlanState } from '@wijknet/plan';
import { sql } from 'drizzle-orm';
import { queryRows } from '../database.js';
import { ONE_OPEN_PLAN_PER_HOUSEHOLD } from '../schema/plan.js';
import {
  type BatchTarget,
  type CellValue,
  type WriteCounts,
  writeBatches,
} from './batch-writes.js';
import { isUniqueViolation } from './constraint-violation.js';
import type { ImportSession } from './import-kind.js';
import type { PlanningContext } from './plan-context-loader.js';
import { textArray } from './reference-lookups.js';
import { idOfKey } from './stable-id.js';

/** A plan the file adds events to: its state after them, and the events to store. */
export interface PlanOutcome {
  readonly planId: string;
  readonly householdId: string;
  readonly state: PlanState;
  /** The team that took the intake; the plan moves to its lead's team once it has a lead. */
  readonly openingTeamId: string;
  /** How many events the plan already had; new ones are numbered after them. */
  readonly storedCount: number;
  readonly added: readonly { line: number; event: PlanEvent }[];
  /** The line of the plan's `opened` row, when the file opens it. */
  readonly openedLine: number | undefined;
}

function payloadOf(event: PlanEvent): string {
  const { type: _type, date: _date, ...payload } = event;
  return JSON.stringify(payload);
}

const PLAN_TARGET: BatchTarget = {
  table: 'plans',
  columns: [
    { name: 'municipality_id', type: 'text' },
    { name: 'id', type: 'uuid' },
    { name: 'household_id', type: 'uuid' },
    { name: 'team_id', type: 'uuid' },
    { name: 'lead_member_id', type: 'uuid' },
    { name: 'status', type: 'text' },
    { name: 'opened_on', type: 'date' },
    { name: 'activated_on', type: 'date' },
    { name: 'closed_on', type: 'date' },
    { name: 'closure_reason', type: 'text' },
    { name: 'first_escalated_on', type: 'date' },
    { name: 'deescalated_on', type: 'date' },
  ],
  conflictColumns: ['municipality_id', 'id'],
  updateColumns: [
    'team_id',
    'lead_member_id',
    'status',
    'opened_on',
    'activated_on',
    'closed_on',
    'closure_reason',
    'first_escalated_on',
    'deescalated_on',
  ],
};

const EVENT_TARGET: BatchTarget = {
  table: 'plan_events',
  columns: [
    { name: 'municipality_id', type: 'text' },
    { name: 'plan_id', type: 'uuid' },
    { name: 'sequence', type: 'integer' },
    { name: 'type', type: 'text' },
    { name: 'occurred_on', type: 'date' },
    { name: 'payload', type: 'jsonb' },
  ],
  // Never `on conflict do nothing`: the events are numbered after the stored ones under the
  // household's lock, so a number already taken is a bug to fail on, not an event to drop.
  conflictColumns: [],
  updateColumns: [],
};

/** The plan rows as their events leave them, status and dates by `derivePlanFacts`. */
async function writePlanRows(
  session: ImportSession,
  outcomes: readonly PlanOutcome[],
  context: PlanningContext,
): Promise<void> {
  const rows = outcomes.map((outcome) => {
    const facts = derivePlanFacts(outcome.state);
    const leadTeam =
      facts.leadMemberId === null ? undefined : context.teamOfMember.get(facts.leadMemberId);
    return [
      session.municipalityId,
      outcome.planId,
      outcome.householdId,
      leadTeam ?? outcome.openingTeamId,
      facts.leadMemberId,
      facts.status,
      facts.openedOn,
      facts.activatedOn,
      facts.closedOn,
      facts.closureReason,
      facts.escalationDates[0] ?? null,
      facts.deEscalationDates[0] ?? null,
    ];
  });
  // Plans that close are written before plans that open: a household's plan closed and its next
  // one opened by one file pass the one-open-plan index, which is checked row by row.
  const isClosed = (row: readonly CellValue[]) => row[5] === 'closed';
  try {
    await writeBatches(session.tx, PLAN_TARGET, rows.filter(isClosed));
    await writeBatches(
      session.tx,
      PLAN_TARGET,
      rows.filter((row) => !isClosed(row)),
    );
  } catch (error) {
    if (isUniqueViolation(error, ONE_OPEN_PLAN_PER_HOUSEHOLD))
      reportSecondOpenPlan(session, outcomes);
    throw error;
  }
}

/**
 * Stores what the plan events changed: new events after the stored ones, the plan row with the
 * status and dates derived from all its events (`derivePlanFacts`), and its goals and actions as
 * they now stand. Counts are of plan events: each new one is inserted, repeated ones are not.
 */
export async function writePlanOutcomes(
  session: ImportSession,
  outcomes: readonly PlanOutcome[],
  context: PlanningContext,
): Promise<WriteCounts> {
  if (outcomes.length === 0) return { inserted: 0, updated: 0 };
  await writePlanRows(session, outcomes, context);
  const eventCounts = await writeBatches(
    session.tx,
    EVENT_TARGET,
    outcomes.flatMap((outcome) =>
      outcome.added.map(({ event }, index) => [
        session.municipalityId,
        outcome.planId,
        outcome.storedCount + index + 1,
        event.type,
        event.date,
        payloadOf(event),
      ]),
    ),
  );
  await writeGoalsAndActions(session, outcomes);
  return eventCounts;
}

/**
 * The database refused a second open plan of a household (the one-open-plan index), which the
 * checks before the write let through only when another writer opened one in between: the
 * refusal names the opening row with the plan rule's own code and words.
 */
function reportSecondOpenPlan(session: ImportSession, outcomes: readonly PlanOutcome[]): void {
  for (const outcome of outcomes) {
    if (outcome.openedLine === undefined || outcome.state.status === 'closed') continue;
    session.problems.add(
      outcome.openedLine,
      'household_reference',
      'Cannot open another plan for this household: another plan of it is still in intake or active; one household has one plan (één huishouden, één plan), so close it first or continue it.',
      'other-active-plan',
    );
  }
}

/** Goals and actions are kept as the plan's events leave them: replaced for the plans touched. */
async function writeGoalsAndActions(
  session: ImportSession,
  outcomes: readonly PlanOutcome[],
): Promise<void> {
  const { tx, municipalityId } = session;
  const ids = textArray(outcomes.map((outcome) => outcome.planId));
  await queryRows(
    tx,
    sql`delete from goals where municipality_id = ${municipalityId} and plan_id = any(${ids}::uuid[])`,
  );
  await queryRows(
    tx,
    sql`delete from actions where municipality_id = ${municipalityId} and plan_id = any(${ids}::uuid[])`,
  );
  await writeBatches(
    tx,
    {
      table: 'goals',
      columns: [
        { name: 'municipality_id', type: 'text' },
        { name: 'id', type: 'uuid' },
        { name: 'plan_id', type: 'uuid' },
        { name: 'life_domain', type: 'text' },
        { name: 'start_level', type: 'smallint' },
        { name: 'target_level', type: 'smallint' },
      ],
      conflictColumns: ['municipality_id', 'id'],
      updateColumns: [],
    },
    outcomes.flatMap(({ planId, state }) =>
      state.goals.map((goal) => [
        municipalityId,
        idOfKey('goal', planId, goal.lifeDomain),
        planId,
        goal.lifeDomain,
        goal.startLevel,
        goal.targetLevel,
      ]),
    ),
  );
  await writeBatches(
    tx,
    {
      table: 'actions',
      columns: [
        { name: 'municipality_id', type: 'text' },
        { name: 'id', type: 'uuid' },
        { name: 'plan_id', type: 'uuid' },
        { name: 'goal_id', type: 'uuid' },
        { name: 'kind', type: 'text' },
        { name: 'started_on', type: 'date' },
      ],
      conflictColumns: ['municipality_id', 'id'],
      updateColumns: [],
    },
    outcomes.flatMap(({ planId, state }) =>
      state.actions.map((action, index) => {
        const goalId =
          action.lifeDomain !== null &&
          state.goals.some((goal) => goal.lifeDomain === action.lifeDomain)
            ? idOfKey('goal', planId, action.lifeDomain)
            : null;
        return [
          municipalityId,
          idOfKey('action', planId, String(index)),
          planId,
          goalId,
          action.kind,
          action.addedOn,
        ];
      }),
    ),
  );
}
