import type { CalendarDate, LifeDomain } from '@wijknet/household';
import { addMonths, daysBetween } from './calendar-date.js';
import { type Calculation, median, ratio } from './indicator-figure.js';
import { MonitoringError } from './monitoring-error.js';
import type { AssessmentRecord, MonitoringRecords, PlanRecord } from './monitoring-records.js';
import {
  type DateRange,
  isClosedWithin,
  isOpenDuring,
  isOpenOn,
  isWithin,
} from './period-rules.js';

export type { DateRange } from './period-rules.js';

type Scores = AssessmentRecord['scores'];

/** Intake scores (earliest intake assessment) and closure scores (latest closure assessment). */
export function intakeAndClosureScores(records: MonitoringRecords) {
  const byPlan = new Map<string, { intake?: AssessmentRecord; closure?: AssessmentRecord }>();
  for (const assessment of records.assessments) {
    const entry = byPlan.get(assessment.planId) ?? {};
    if (assessment.moment === 'intake') {
      if (entry.intake === undefined || assessment.assessedOn < entry.intake.assessedOn) {
        entry.intake = assessment;
      }
    } else if (assessment.moment === 'closure') {
      if (entry.closure === undefined || assessment.assessedOn > entry.closure.assessedOn) {
        entry.closure = assessment;
      }
    }
    byPlan.set(assessment.planId, entry);
  }
  return (planId: string): { intake: Scores; closure: Scores } | undefined => {
    const entry = byPlan.get(planId);
    if (entry?.intake === undefined || entry.closure === undefined) return undefined;
    return { intake: entry.intake.scores, closure: entry.closure.scores };
  };
}

/** Score changes (closure − intake) on the given domains scored in both assessments. */
function changesOn(domains: readonly LifeDomain[], intake: Scores, closure: Scores): number[] {
  const changes: number[] = [];
  for (const domain of domains) {
    const before = intake[domain];
    const after = closure[domain];
    if (before !== undefined && after !== undefined) changes.push(after - before);
  }
  return changes;
}

export function zrmMeanChange(records: MonitoringRecords, range: DateRange): Calculation {
  const scoresOf = intakeAndClosureScores(records);
  let total = 0;
  let plans = 0;
  for (const plan of records.plans) {
    if (!isClosedWithin(plan, range)) continue;
    const scores = scoresOf(plan.id);
    if (scores === undefined) continue;
    const domains = Object.keys(scores.intake) as LifeDomain[];
    const changes = changesOn(domains, scores.intake, scores.closure);
    if (changes.length === 0) continue;
    total += changes.reduce((sum, change) => sum + change, 0) / changes.length;
    plans += 1;
  }
  return ratio(total, plans, plans);
}

export function closedPlansImprovedOnGoals(
  records: MonitoringRecords,
  range: DateRange,
): Calculation {
  const scoresOf = intakeAndClosureScores(records);
  let improved = 0;
  let plans = 0;
  for (const plan of records.plans) {
    if (!isClosedWithin(plan, range)) continue;
    const scores = scoresOf(plan.id);
    if (scores === undefined) continue;
    const changes = changesOn(plan.goalDomains, scores.intake, scores.closure);
    if (changes.length === 0) continue;
    plans += 1;
    if (changes.some((change) => change > 0) && changes.every((change) => change >= 0)) {
      improved += 1;
    }
  }
  return ratio(improved, plans, plans);
}

export function closedPlansGoalsAchieved(
  records: MonitoringRecords,
  range: DateRange,
): Calculation {
  const closed = records.plans.filter((plan) => isClosedWithin(plan, range));
  const achieved = closed.filter((plan) => plan.closureReason === 'goals-achieved').length;
  return ratio(achieved, closed.length, closed.length);
}

export function plansEscalated(records: MonitoringRecords, range: DateRange): Calculation {
  const open = records.plans.filter((plan) => isOpenDuring(plan, range));
  const escalated = open.filter((plan) =>
    plan.escalations.some((escalation) => isWithin(escalation.escalatedOn, range)),
  ).length;
  return ratio(escalated, open.length, open.length);
}

export function escalationsDeEscalatedWithin12Months(
  records: MonitoringRecords,
  range: DateRange,
): Calculation {
  let due = 0;
  let deEscalated = 0;
  for (const plan of records.plans) {
    for (const escalation of plan.escalations) {
      const deadline = addMonths(escalation.escalatedOn, 12);
      if (!isWithin(deadline, range)) continue;
      due += 1;
      if (escalation.deEscalatedOn !== null && escalation.deEscalatedOn <= deadline) {
        deEscalated += 1;
      }
    }
  }
  return ratio(deEscalated, due, due);
}

/** Whether the plan had its lead worker (regievoerder) on a day: from its activation on. */
function hasLeadOn(plan: PlanRecord, day: CalendarDate): boolean {
  return plan.leadWorkerId !== null && (plan.leadSince ?? plan.openedOn) <= day;
}

export function onePlanCompliance(records: MonitoringRecords, range: DateRange): Calculation {
  const openPlansByHousehold = new Map<string, PlanRecord[]>();
  for (const plan of records.plans) {
    if (!isOpenOn(plan, range.end)) continue;
    const plans = openPlansByHousehold.get(plan.householdId) ?? [];
    plans.push(plan);
    openPlansByHousehold.set(plan.householdId, plans);
  }
  let compliant = 0;
  for (const plans of openPlansByHousehold.values()) {
    const [only] = plans;
    if (plans.length === 1 && only !== undefined && hasLeadOn(only, range.end)) compliant += 1;
  }
  const households = openPlansByHousehold.size;
  return ratio(compliant, households, households);
}

export function reachPer1000Households(
  records: MonitoringRecords,
  range: DateRange,
  areaHouseholds: number,
): Calculation {
  const reached = new Set(
    records.plans.filter((plan) => isOpenDuring(plan, range)).map((plan) => plan.householdId),
  );
  return ratio(reached.size, areaHouseholds, reached.size, 1000);
}

export function medianDaysToFirstPlan(records: MonitoringRecords, range: DateRange): Calculation {
  const firstOpened = new Map<string, CalendarDate>();
  for (const plan of records.plans) {
    const earliest = firstOpened.get(plan.householdId);
    if (earliest === undefined || plan.openedOn < earliest) {
      firstOpened.set(plan.householdId, plan.openedOn);
    }
  }
  const registeredOn = new Map(records.households.map((h) => [h.id, h.registeredOn]));
  const waits: number[] = [];
  for (const [householdId, openedOn] of firstOpened) {
    if (!isWithin(openedOn, range)) continue;
    const registered = registeredOn.get(householdId);
    if (registered === undefined) {
      throw new MonitoringError(
        'missing-context',
        `The days to a first plan need the registration date of household ${householdId}, which is not among the households.`,
      );
    }
    waits.push(Math.max(0, daysBetween(registered, openedOn)));
  }
  return { value: median(waits), numerator: null, denominator: waits.length, n: waits.length };
}
