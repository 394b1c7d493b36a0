import { z } from 'zod';

/**
 * A calendar date (datum) as `YYYY-MM-DD`, without a time or time zone: registrations,
 * assessments and plan events happen on a day, and ISO dates sort as text.
 */
export const calendarDateSchema = z.iso.date({
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a date: write it as YYYY-MM-DD, e.g. "2025-03-31".`,
});

/** A calendar date (datum) as `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof calendarDateSchema>;
