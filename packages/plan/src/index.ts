export {
  ACTION_KINDS,
  type ActionKind,
  actionKindLabel,
  actionKindSchema,
} from './action-kinds.js';
export { applyPlanEvent, foldPlanEvents } from './apply-plan-event.js';
export {
  CLOSURE_REASONS,
  type ClosureReason,
  closureReasonLabel,
  closureReasonSchema,
} from './closure-reasons.js';
export { escalationsOf } from './escalation-history.js';
export {
  ESCALATION_TARGETS,
  type EscalationTarget,
  escalationTargetLabel,
  escalationTargetSchema,
} from './escalation-targets.js';
export {
  describeGoalLevelProblem,
  GOAL_INTENTS,
  type GoalIntent,
  goalIntentSchema,
} from './goal.js';
export {
  assertNoOtherActivePlan,
  findOtherOpenPlans,
  type PlanSummary,
} from './one-plan-per-household.js';
export {
  describeLeadProblem,
  type LeadCandidate,
  leadCandidateSchema,
  type PlanContext,
  planContextSchema,
} from './plan-context.js';
export {
  PLAN_EVENT_TYPES,
  type PlanEvent,
  type PlanEventInput,
  type PlanEventOf,
  type PlanEventType,
  planEventSchema,
} from './plan-event.js';
export { derivePlanFacts, type PlanFacts } from './plan-facts.js';
export { PLAN_RULE_ERROR_CODES, PlanRuleError, type PlanRuleErrorCode } from './plan-rule-error.js';
export {
  type Escalation,
  isPlanEscalated,
  isPlanOpen,
  type LeadAssignment,
  PLAN_STATUSES,
  type PlanAction,
  type PlanClosure,
  type PlanGoal,
  type PlanState,
  type PlanStatus,
} from './plan-state.js';
