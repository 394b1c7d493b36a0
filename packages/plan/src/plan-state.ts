import type { CalendarDate, LifeDomain, ZrmScore } from '@wijknet/household';
import type { ActionKind } from './action-kinds.js';
import type { ClosureReason } from './closure-reasons.js';
import type { EscalationTarget } from './escalation-targets.js';
import type { GoalIntent } from './goal.js';

/** The life-cycle stage of a plan (planstatus): intake, active or closed. */
export const PLAN_STATUSES = ['intake', 'active', 'closed'] as const;

/** The life-cycle stage of a plan (planstatus). */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** One escalation (opschaling) and, once it ended, its de-escalation (afschaling). */
export interface Escalation {
  readonly target: EscalationTarget;
  readonly escalatedOn: CalendarDate;
  /** The day the plan was de-escalated, or null while the specialist help continues. */
  readonly deEscalatedOn: CalendarDate | null;
}

/** A goal (doel) on one life domain (leefgebied); one per domain, the latest revision. */
export interface PlanGoal {
  readonly lifeDomain: LifeDomain;
  readonly startLevel: ZrmScore;
  readonly targetLevel: ZrmScore;
  readonly intent: GoalIntent;
  readonly setOn: CalendarDate;
}

/** An action taken in the plan (inzet). */
export interface PlanAction {
  readonly kind: ActionKind;
  readonly lifeDomain: LifeDomain | null;
  /** Whether a second-line referral had a warm handover (warme overdracht); null otherwise. */
  readonly warmHandover: boolean | null;
  readonly addedOn: CalendarDate;
}

/** A period in which a member led the plan (regievoering). */
export interface LeadAssignment {
  readonly memberId: string;
  readonly from: CalendarDate;
}

/** How and when the plan ended (afsluiting). */
export interface PlanClosure {
  readonly reason: ClosureReason;
  readonly closedOn: CalendarDate;
}

/**
 * A plan (plan) as derived from its events: "één huishouden, één plan, één hulpverlener".
 * Immutable; every accepted event yields a new state.
 */
export interface PlanState {
  readonly planId: string;
  readonly householdId: string;
  readonly status: PlanStatus;
  /** The day intake started (aanmelddatum). */
  readonly openedOn: CalendarDate;
  /** The day the plan became active, or null during intake. */
  readonly activatedOn: CalendarDate | null;
  /** The current lead worker (regievoerder), or null during intake. */
  readonly leadMemberId: string | null;
  /** Every lead in order, the current one last. */
  readonly leadHistory: readonly LeadAssignment[];
  /** Every escalation in order; only the last can still be open. */
  readonly escalations: readonly Escalation[];
  readonly goals: readonly PlanGoal[];
  readonly actions: readonly PlanAction[];
  /** The closure, or null while the plan is open. */
  readonly closure: PlanClosure | null;
  /** The date of the latest event; a next event may not be earlier. */
  readonly lastEventOn: CalendarDate;
}

/** Whether the plan is still running (in intake or active), i.e. not closed. */
export function isPlanOpen(state: Pick<PlanState, 'status'>): boolean {
  return state.status !== 'closed';
}

/** Whether specialist help is in the plan right now (opgeschaald). */
export function isPlanEscalated(state: Pick<PlanState, 'status' | 'escalations'>): boolean {
  return state.status === 'active' && state.escalations.at(-1)?.deEscalatedOn === null;
}
