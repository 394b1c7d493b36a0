import { assertNoOtherActivePlan, type PlanRuleError, type PlanSummary } from '@wijknet/plan';
import type { ImportSession } from './import-kind.js';
import type { PlanningContext } from './plan-context-loader.js';
import { nameIds } from './plan-messages.js';
import type { PlanOutcome } from './plan-writes.js';

interface Span {
  readonly planId: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

/**
 * "One household, one plan" (één huishouden, één plan), judged at the day each new plan opens:
 * the household's other plans opened by then and not closed by then must be none. The plans'
 * statuses on that day come from the file and the stored plans; the rule itself is the plan
 * package's `assertNoOtherActivePlan`.
 */
export function checkOnePlanPerHousehold(
  outcomes: readonly PlanOutcome[],
  context: PlanningContext,
  session: ImportSession,
  names: ReadonlyMap<string, string>,
): void {
  const spans = new Map<string, Map<string, Span>>();
  const spansOf = (householdId: string) => {
    let list = spans.get(householdId);
    if (list === undefined) {
      list = new Map(
        (context.plansOfHousehold.get(householdId) ?? []).map((plan) => [
          plan.id,
          { planId: plan.id, openedOn: plan.openedOn, closedOn: plan.closedOn },
        ]),
      );
      spans.set(householdId, list);
    }
    return list;
  };
  for (const outcome of outcomes) {
    const { state } = outcome;
    spansOf(outcome.householdId).set(outcome.planId, {
      planId: outcome.planId,
      openedOn: state.openedOn,
      closedOn: state.closure?.closedOn ?? null,
    });
  }
  for (const outcome of outcomes) {
    if (outcome.openedLine === undefined) continue;
    const day = outcome.state.openedOn;
    const others: PlanSummary[] = [...spansOf(outcome.householdId).values()]
      .filter((span) => span.planId !== outcome.planId && span.openedOn <= day)
      .map((span) => ({
        planId: span.planId,
        householdId: outcome.householdId,
        status: span.closedOn !== null && span.closedOn <= day ? 'closed' : 'active',
      }));
    try {
      assertNoOtherActivePlan(outcome.householdId, others, outcome.planId);
    } catch (error) {
      const { code, message } = error as PlanRuleError;
      session.problems.add(
        outcome.openedLine,
        'household_reference',
        nameIds(message, names),
        code,
      );
    }
  }
}
