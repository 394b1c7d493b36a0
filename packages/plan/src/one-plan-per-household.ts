import { PlanRuleError } from './plan-rule-error.js';
import { isPlanOpen, type PlanState } from './plan-state.js';

/** The parts of a plan's state the one-plan rule looks at. */
export type PlanSummary = Pick<PlanState, 'planId' | 'householdId' | 'status'>;

/**
 * The household's plans that are still running (in intake or active), other than `exceptPlanId`.
 */
export function findOtherOpenPlans(
  householdId: string,
  plans: readonly PlanSummary[],
  exceptPlanId?: string,
): readonly PlanSummary[] {
  return plans.filter(
    (plan) => plan.householdId === householdId && plan.planId !== exceptPlanId && isPlanOpen(plan),
  );
}

/**
 * Enforces "één huishouden, één plan": refuses a new plan for a household that already has one
 * running. Call it before storing an `opened` event, with the household's existing plans.
 *
 * A plan in intake counts as running too: two intakes for one household are the fragmentation
 * the rule exists to prevent, and activating either would break it anyway.
 *
 * @param exceptPlanId the plan being checked, when it is already among `plans`.
 * @throws {PlanRuleError} `other-active-plan`, naming the plan that is still running.
 */
export function assertNoOtherActivePlan(
  householdId: string,
  plans: readonly PlanSummary[],
  exceptPlanId?: string,
): void {
  const [running] = findOtherOpenPlans(householdId, plans, exceptPlanId);
  if (running !== undefined) {
    throw new PlanRuleError(
      'other-active-plan',
      `Cannot open another plan for household ${householdId}: plan ${running.planId} is still ${running.status === 'intake' ? 'in intake' : 'active'}; one household has one plan (één huishouden, één plan), so close it first or continue it.`,
    );
  }
}
