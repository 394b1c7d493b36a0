import { type Database, queryRows } from '@wijknet/db';
import { derivePlanFacts, foldPlanEvents, type PlanContext, planEventSchema } from '@wijknet/plan';
import { sql } from 'drizzle-orm';
import { ERROR_CODES } from '../../../src/errors/error-codes.js';
import type { TimedAnswer } from './http-gateway.js';
import { DISTRICT, domainValue, type ScheduledWrite } from './write-schedule.js';

/** A write as it was sent and answered. */
export interface SentWrite {
  readonly write: ScheduledWrite;
  readonly answer: TimedAnswer;
}

const CLOSED_CODES = new Set<unknown>(ERROR_CODES);

/** Acknowledged: 200, data and no error. Refused: an answer with errors and no data. */
export const isAcknowledged = ({ answer }: SentWrite) =>
  answer.status === 200 && answer.codes.length === 0 && answer.data !== null;

/** What is wrong with an answer itself: a 5xx, no answer, or an error outside the closed set. */
export function answerProblems(sent: SentWrite): string[] {
  const { answer } = sent;
  const problems: string[] = [];
  if (answer.status === 0 || answer.status >= 500)
    problems.push(`HTTP ${answer.status}${answer.failure ? ` (${answer.failure})` : ''}`);
  for (const code of answer.codes)
    if (!CLOSED_CODES.has(code)) problems.push(`error code ${String(code)}`);
  return problems.map((problem) => `${sent.write.kind}: ${problem}`);
}

interface StoredEvent {
  plan_id: string;
  sequence: number;
  type: string;
  occurred_on: string;
  payload: Record<string, unknown>;
}

interface StoredPlan {
  id: string;
  status: string;
  lead_member_id: string | null;
  opened_on: string;
  activated_on: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  first_escalated_on: string | null;
  deescalated_on: string | null;
}

/** The household's plans and their events, as stored. */
export async function readPlans(db: Database, municipalityId: string, householdId: string) {
  const plans = await queryRows<StoredPlan>(
    db,
    sql`select id, status, lead_member_id, opened_on::text, activated_on::text, closed_on::text,
               closure_reason, first_escalated_on::text, deescalated_on::text
          from plans where municipality_id = ${municipalityId} and household_id = ${householdId}`,
  );
  const events = await queryRows<StoredEvent>(
    db,
    sql`select e.plan_id, e.sequence, e.type, e.occurred_on::text, e.payload from plan_events e
          join plans p on p.municipality_id = e.municipality_id and p.id = e.plan_id
         where p.municipality_id = ${municipalityId} and p.household_id = ${householdId}
         order by e.plan_id, e.sequence`,
  );
  const eventsOf = (planId: string) =>
    events
      .filter((event) => event.plan_id === planId)
      .map((event) => ({
        ...event,
        payload: (typeof event.payload === 'string'
          ? JSON.parse(event.payload)
          : event.payload) as Record<string, unknown>,
      }));
  return plans.map((plan) => ({ plan, events: eventsOf(plan.id) }));
}

export type StoredPlans = Awaited<ReturnType<typeof readPlans>>;

/**
 * Each plan row against the fold of its events: numbered 1..n without a gap, and status, lead,
 * dates and closure reason as `derivePlanFacts` makes them. Returns the disagreements.
 */
export function foldProblems(stored: StoredPlans, memberId: string, householdId: string) {
  const context: PlanContext = {
    household: { districtCode: DISTRICT, minors: 0 },
    leadCandidates: [{ memberId, ring: 'core', districtCodes: [DISTRICT] }],
  };
  const problems: string[] = [];
  for (const { plan, events } of stored) {
    if (events.some((event, index) => event.sequence !== index + 1))
      problems.push(`plan ${plan.id}: sequences ${events.map((e) => e.sequence).join(',')}`);
    const parsed = events.map((event) =>
      planEventSchema.parse({ type: event.type, date: event.occurred_on, ...event.payload }),
    );
    const facts = derivePlanFacts(foldPlanEvents(parsed, context));
    const expected = {
      status: facts.status,
      lead_member_id: facts.leadMemberId,
      opened_on: facts.openedOn,
      activated_on: facts.activatedOn,
      closed_on: facts.closedOn,
      closure_reason: facts.closureReason,
      first_escalated_on: facts.escalationDates[0] ?? null,
      deescalated_on: facts.deEscalationDates[0] ?? null,
    };
    const { id: _id, ...row } = plan;
    if (JSON.stringify(row) !== JSON.stringify(expected))
      problems.push(
        `plan ${plan.id} of household ${householdId}: row ${JSON.stringify(row)} but its events fold to ${JSON.stringify(expected)}`,
      );
  }
  return problems;
}

/** Whether a stored event is the one a plan write asked for. */
export function isEventOf(
  event: StoredEvent,
  write: Extract<ScheduledWrite, { kind: 'planEvent' }>,
  planId: string,
): boolean {
  return (
    event.plan_id === planId &&
    event.type === domainValue(String(write.input.type)) &&
    event.occurred_on === write.input.date &&
    Object.entries(write.payload).every(([field, value]) => event.payload[field] === value)
  );
}
