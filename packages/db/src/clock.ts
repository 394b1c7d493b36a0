import type { CalendarDate } from '@wijknet/household';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's date (UTC, `YYYY-MM-DD`), which decides the latest period figures are kept for. Set
 * `WIJKNET_TODAY` to run everything as on another day (tests, demos, a replay); this is the only
 * place wijknet reads the clock for periods.
 */
export function today(): CalendarDate {
  const fixed = process.env.WIJKNET_TODAY;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  const parsed = new Date(`${fixed}T00:00:00Z`);
  if (
    !CALENDAR_DATE.test(fixed) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== fixed
  ) {
    throw new RangeError(
      `WIJKNET_TODAY=${JSON.stringify(fixed)} is not a date; write it as YYYY-MM-DD, e.g. 2031-03-04.`,
    );
  }
  return fixed;
}
