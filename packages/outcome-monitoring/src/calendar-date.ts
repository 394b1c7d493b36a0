import type { CalendarDate } from '@wijknet/household';

// Date arithmetic on `YYYY-MM-DD` strings that matches SQL's date arithmetic, so the rollups in
// the database reproduce these figures exactly.

const MILLISECONDS_PER_DAY = 86_400_000;

function toUtcMilliseconds(date: CalendarDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMilliseconds(milliseconds: number): CalendarDate {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier), as SQL's `to - from` on dates. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMilliseconds(to) - toUtcMilliseconds(from)) / MILLISECONDS_PER_DAY);
}

/**
 * The same day `months` calendar months later; a day that does not exist in the target month
 * falls back to that month's last day (2025-01-31 + 1 month = 2025-02-28), as SQL's
 * `date + interval 'n months'` does.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtcMilliseconds(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
}

/** The day before `date`. */
export function dayBefore(date: CalendarDate): CalendarDate {
  return fromUtcMilliseconds(toUtcMilliseconds(date) - MILLISECONDS_PER_DAY);
}
