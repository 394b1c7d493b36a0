import type { CalendarDate } from '@wijknet/household';

/**
 * The period rules of the indicator registry (PERIOD_RULES in indicator-definition.ts), written
 * once. The SQL rollup (packages/db/sql/refresh_rollups.sql) applies the same comparisons, and a
 * property test over generated data holds the two together.
 */

/** The first and last day of a period, both inclusive. */
export interface DateRange {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Whether a day lies on or between the first and last day of the period. */
export function isWithin(date: CalendarDate, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

interface PlanDates {
  readonly openedOn: CalendarDate;
  readonly closedOn: CalendarDate | null;
}

/** Closed in the period: the closing date lies on or between its first and last day. */
export function isClosedWithin(plan: PlanDates, range: DateRange): boolean {
  return plan.closedOn !== null && isWithin(plan.closedOn, range);
}

/**
 * Open on a day: opened on or before it and not closed before it. A plan is open from its
 * opening date through its closing date, both included, so a plan closed on a day was still
 * open that day.
 */
export function isOpenOn(plan: PlanDates, day: CalendarDate): boolean {
  return plan.openedOn <= day && (plan.closedOn === null || plan.closedOn >= day);
}

/** Open during the period: open on at least one of its days (opened by the last, not closed before the first). */
export function isOpenDuring(plan: PlanDates, range: DateRange): boolean {
  return plan.openedOn <= range.end && (plan.closedOn === null || plan.closedOn >= range.start);
}

interface Tenure {
  readonly startedOn: CalendarDate;
  readonly endedOn: CalendarDate | null;
}

/**
 * Active on a day, for teams and members: started on or before it and not yet ended. The end
 * date is the first day a team or member no longer works, so it is not active on that day.
 */
export function isActiveOn(tenure: Tenure, day: CalendarDate): boolean {
  return tenure.startedOn <= day && (tenure.endedOn === null || tenure.endedOn > day);
}
