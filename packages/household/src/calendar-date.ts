import { z } from 'zod';

/** The first year a date of the social domain can fall in: no one registered before 1900. */
export const FIRST_PLAUSIBLE_YEAR = 1900;
/** How many years past this year a date may lie: planned ends of contracts, not typing slips. */
export const YEARS_AHEAD = 10;

/** The last year a date may fall in, counted from today's year. */
export const lastPlausibleYear = () => new Date().getUTCFullYear() + YEARS_AHEAD;

/**
 * A calendar date (datum) as `YYYY-MM-DD`, without a time or time zone: registrations,
 * assessments and plan events happen on a day, and ISO dates sort as text. Only years from
 * 1900 to ten years ahead are taken: 0001-01-01 or 2999-01-01 is a slip of the keyboard, and
 * would skew every duration and period computed from it.
 */
export const calendarDateSchema = z.iso
  .date({
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date: write it as YYYY-MM-DD, e.g. "2025-03-31".`,
  })
  .refine(
    (date) => {
      // A text that is no date at all has been refused above; its "year" is no number.
      const year = Number(date.slice(0, 4));
      return Number.isNaN(year) || (year >= FIRST_PLAUSIBLE_YEAR && year <= lastPlausibleYear());
    },
    {
      error: (issue) =>
        `${JSON.stringify(issue.input)} lies outside the years ${FIRST_PLAUSIBLE_YEAR} to ${lastPlausibleYear()}: check the year.`,
    },
  );

/** A calendar date (datum) as `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof calendarDateSchema>;
