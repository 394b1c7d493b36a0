import type { CalendarDate } from '@wijknet/household';
import type { ClosureReason } from './closure-reasons.js';
import type { PlanAction, PlanGoal, PlanState, PlanStatus } from './plan-state.js';
import { isPlanEscalated } from './plan-state.js';

/**
 * The facts about one plan that outcome monitoring counts (plankenmerken), flat and ready to
 * aggregate: e.g. "escalations de-escalated within 12 months" pairs `escalationDates[i]` with
 * `deEscalationDates[i]`.
 */
export interface PlanFacts {
  readonly planId: string;
  readonly householdId: string;
  readonly status: PlanStatus;
  /** Whether specialist help is in the plan right now (opgeschaald). */
  readonly isEscalated: boolean;
  /** How often the plan was escalated (aantal opschalingen). */
  readonly escalationCount: number;
  /** The start of each escalation, oldest first. */
  readonly escalationDates: readonly CalendarDate[];
  /** The end of each escalation, aligned with `escalationDates`; null while it continues. */
  readonly deEscalationDates: readonly (CalendarDate | null)[];
  /** The current lead worker (regievoerder), or null during intake. */
  readonly leadMemberId: string | null;
  /** How often the lead changed after activation (wissels van regievoerder). */
  readonly leadChangeCount: number;
  readonly goals: readonly PlanGoal[];
  readonly actions: readonly PlanAction[];
  /** The day intake started (aanmelddatum). */
  readonly openedOn: CalendarDate;
  /** The day the plan became active, or null when it never did. */
  readonly activatedOn: CalendarDate | null;
  readonly closureReason: ClosureReason | null;
  readonly closedOn: CalendarDate | null;
}

/** The facts about one plan that outcome monitoring counts (plankenmerken). */
export function derivePlanFacts(state: PlanState): PlanFacts {
  return {
    planId: state.planId,
    householdId: state.householdId,
    status: state.status,
    isEscalated: isPlanEscalated(state),
    escalationCount: state.escalations.length,
    escalationDates: state.escalations.map((escalation) => escalation.escalatedOn),
    deEscalationDates: state.escalations.map((escalation) => escalation.deEscalatedOn),
    leadMemberId: state.leadMemberId,
    leadChangeCount: Math.max(0, state.leadHistory.length - 1),
    goals: state.goals,
    actions: state.actions,
    openedOn: state.openedOn,
    activatedOn: state.activatedOn,
    closureReason: state.closure?.reason ?? null,
    closedOn: state.closure?.closedOn ?? null,
  };
}
