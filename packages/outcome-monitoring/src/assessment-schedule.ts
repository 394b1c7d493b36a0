import type { AssessmentMoment, CalendarDate } from '@wijknet/household';
import { addMonths } from './calendar-date.js';

/** The follow-up rhythms teams work to: every three months, or every six. */
export const FOLLOW_UP_INTERVALS_MONTHS = [3, 6] as const;
export type FollowUpInterval = (typeof FOLLOW_UP_INTERVALS_MONTHS)[number];

/** The assessment a plan waits for next, and the day it is due (volgende meting). */
export interface AssessmentDue {
  readonly moment: AssessmentMoment;
  readonly dueOn: CalendarDate;
}

/** What the schedule reads of a plan: where it is in its life cycle, and when it opened and closed. */
export interface ScheduledPlan {
  readonly status: 'intake' | 'active' | 'closed';
  readonly openedOn: CalendarDate;
  readonly closedOn: CalendarDate | null;
}

/**
 * The next assessment a plan is due, from the day of the household's latest assessment (null
 * before the first). An open plan without an assessment since it opened waits for its intake
 * assessment, due the day it opened; after one, the follow-up is due `intervalMonths` after the
 * latest. A closed plan waits for its closure assessment, due the day it closed, until one is
 * taken on or after that day; then nothing more is due (null).
 */
export function nextAssessmentDue(
  plan: ScheduledPlan,
  latestAssessedOn: CalendarDate | null,
  intervalMonths: FollowUpInterval = 3,
): AssessmentDue | null {
  if (plan.status === 'closed') {
    const closedOn = plan.closedOn ?? plan.openedOn;
    return latestAssessedOn !== null && latestAssessedOn >= closedOn
      ? null
      : { moment: 'closure', dueOn: closedOn };
  }
  if (latestAssessedOn === null || latestAssessedOn < plan.openedOn) {
    return { moment: 'intake', dueOn: plan.openedOn };
  }
  return { moment: 'follow-up', dueOn: addMonths(latestAssessedOn, intervalMonths) };
}

/** Whether an assessment due on `dueOn` is late (te laat) on `today`: its day has passed. */
export function isAssessmentOverdue(due: AssessmentDue, today: CalendarDate): boolean {
  return due.dueOn < today;
}
