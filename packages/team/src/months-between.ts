import type { CalendarDate } from '@wijknet/household';

function partsOf(date: CalendarDate): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

/**
 * Whole months from `from` to `to` (0 when `to` is earlier): a month counts once its day of
 * the month is reached, so 2021-01-15 to 2021-02-14 is 0 months and to 2021-02-15 is 1.
 */
export function fullMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fromYear, fromMonth, fromDay] = partsOf(from);
  const [toYear, toMonth, toDay] = partsOf(to);
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
  return Math.max(0, months);
}
