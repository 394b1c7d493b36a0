/**
 * Every reason a plan event can be refused. A closed set, so an API layer can map each to its
 * own response with an exhaustive switch.
 */
export const PLAN_RULE_ERROR_CODES = [
  'plan-not-opened',
  'plan-already-opened',
  'plan-already-active',
  'plan-not-active',
  'plan-already-closed',
  'event-after-closure',
  'date-before-previous-event',
  'escalation-during-intake',
  'already-escalated',
  'not-escalated',
  'lead-not-eligible',
  'lead-unchanged',
  'life-domain-not-applicable',
  'goal-levels-invalid',
  'other-active-plan',
] as const;

/** Why a plan event was refused. */
export type PlanRuleErrorCode = (typeof PLAN_RULE_ERROR_CODES)[number];

/**
 * A plan event refused by the plan rules (planregels), saying which transition was attempted
 * and why it is not allowed.
 */
export class PlanRuleError extends Error {
  override readonly name = 'PlanRuleError';
  readonly code: PlanRuleErrorCode;

  constructor(code: PlanRuleErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
