import type { CalendarDate } from '@wijknet/household';
import { dayBefore } from './calendar-date.js';
import { MonitoringError } from './monitoring-error.js';

/**
 * A reporting period (periode): a calendar quarter (kwartaal, written `2025-Q3`) or a calendar
 * year (jaar, written `2025`). Figures are always computed for one period.
 */
export type Period =
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'year'; readonly year: number };

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;
const PERIOD_PATTERN = /^(\d{4})(?:-Q(\d))?$/;

function refuse(text: string, why: string): never {
  throw new MonitoringError(
    'invalid-period',
    `${JSON.stringify(text)} is not a period: ${why} Write a quarter as 2025-Q3 or a year as 2025.`,
  );
}

/**
 * Reads a period written as `2025-Q3` (quarter) or `2025` (year). This is the only place period
 * strings are parsed; everything else takes a `Period` or passes the string through here.
 */
export function parsePeriod(text: string): Period {
  if (typeof text !== 'string') refuse(String(text), 'it is not text.');
  const match = PERIOD_PATTERN.exec(text);
  if (match === null) {
    if (/^\d{4}-q\d$/.test(text)) refuse(text, 'the quarter needs a capital Q.');
    if (text.trim() !== text) refuse(text, 'it has spaces around it.');
    refuse(text, 'it does not look like a quarter or a year.');
  }
  const year = Number(match[1]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    refuse(text, `the year must lie between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`);
  }
  if (match[2] === undefined) return { kind: 'year', year };
  const quarter = Number(match[2]);
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    refuse(text, `a year has quarters 1 to 4, not ${quarter}.`);
  }
  return { kind: 'quarter', year, quarter };
}

/** Accepts a period or its written form, so callers may pass either. */
export function toPeriod(period: Period | string): Period {
  return typeof period === 'string' ? parsePeriod(period) : period;
}

/** Writes a period the way it is stored and shown: `2025-Q3` or `2025`. */
export function formatPeriod(period: Period): string {
  return period.kind === 'year' ? String(period.year) : `${period.year}-Q${period.quarter}`;
}

/** The period of the same kind just before: 2025-Q1 → 2024-Q4, 2025 → 2024. */
export function previousPeriod(period: Period | string): Period {
  const current = toPeriod(period);
  if (current.kind === 'year') return { kind: 'year', year: current.year - 1 };
  if (current.quarter === 1) return { kind: 'quarter', year: current.year - 1, quarter: 4 };
  return { kind: 'quarter', year: current.year, quarter: (current.quarter - 1) as 1 | 2 | 3 };
}

/** The period of the same kind just after: 2024-Q4 → 2025-Q1, 2024 → 2025. */
export function nextPeriod(period: Period | string): Period {
  const current = toPeriod(period);
  if (current.kind === 'year') return { kind: 'year', year: current.year + 1 };
  if (current.quarter === 4) return { kind: 'quarter', year: current.year + 1, quarter: 1 };
  return { kind: 'quarter', year: current.year, quarter: (current.quarter + 1) as 2 | 3 | 4 };
}

function firstMonth(period: Period): number {
  return period.kind === 'year' ? 1 : (period.quarter - 1) * 3 + 1;
}

/** The first day of the period (inclusive). */
export function periodStart(period: Period | string): CalendarDate {
  const current = toPeriod(period);
  return `${current.year}-${String(firstMonth(current)).padStart(2, '0')}-01`;
}

/** The last day of the period (inclusive): 2025-Q1 ends on 2025-03-31. */
export function periodEnd(period: Period | string): CalendarDate {
  return dayBefore(periodStart(nextPeriod(period)));
}

/** Whether `date` falls on or between the period's first and last day. */
export function isDateInPeriod(date: CalendarDate, period: Period | string): boolean {
  return date >= periodStart(period) && date <= periodEnd(period);
}

function ordinal(period: Period): number {
  return period.kind === 'year' ? period.year : period.year * 4 + period.quarter - 1;
}

/**
 * Every period from `from` to `to`, both included, in order. Both must be of the same kind
 * (two quarters or two years), and `from` must not come after `to`.
 */
export function periodsBetween(from: Period | string, to: Period | string): Period[] {
  const first = toPeriod(from);
  const last = toPeriod(to);
  if (first.kind !== last.kind) {
    throw new MonitoringError(
      'invalid-period',
      `${formatPeriod(first)} and ${formatPeriod(last)} are not of the same kind: give two quarters or two years.`,
    );
  }
  if (ordinal(first) > ordinal(last)) {
    throw new MonitoringError(
      'invalid-period',
      `${formatPeriod(first)} comes after ${formatPeriod(last)}: give the earlier period first.`,
    );
  }
  const periods: Period[] = [];
  for (let current = first; ordinal(current) <= ordinal(last); current = nextPeriod(current)) {
    periods.push(current);
  }
  return periods;
}

/** The four quarters of a year, e.g. to publish a year beside its quarters. */
export function quartersOf(year: number): Period[] {
  return periodsBetween(`${year}-Q1`, `${year}-Q4`);
}
