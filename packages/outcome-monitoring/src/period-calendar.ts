import type { CalendarDate } from '@wijknet/household';
import { MonitoringError } from './monitoring-error.js';
import {
  formatPeriod,
  type Period,
  periodEnd,
  periodsBetween,
  previousPeriod,
  toPeriod,
} from './period.js';

// Which periods exist on a given day. Figures are kept from a municipality's first data through
// the quarter that holds today, so the calendar grows as time passes and as data arrives; "today"
// is always passed in, so the same rules serve a clock set to any day.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Quarter = Extract<Period, { kind: 'quarter' }>;

/** The quarter that holds `date` (`YYYY-MM-DD`). */
export function quarterOf(date: CalendarDate): Quarter {
  const match = CALENDAR_DATE.exec(date);
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12) {
    throw new MonitoringError(
      'invalid-period',
      `${JSON.stringify(date)} is not a YYYY-MM-DD date.`,
    );
  }
  return {
    kind: 'quarter',
    year: Number(match[1]),
    quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4,
  };
}

/**
 * The quarters from the one holding `first` through the one holding `today`, then the years they
 * touch, each written as stored (`2025-Q3`, `2025`). Empty when `first` lies after today's quarter.
 */
export function periodsFromTo(first: CalendarDate, today: CalendarDate): string[] {
  const from = quarterOf(first);
  const to = quarterOf(today);
  if (from.year * 4 + from.quarter > to.year * 4 + to.quarter) return [];
  const quarters = periodsBetween(from, to).map(formatPeriod);
  const years = [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))];
  return [...quarters, ...years];
}

/** Whether the period has ended by `today`: its last day lies before it. */
export function isPeriodComplete(period: Period | string, today: CalendarDate): boolean {
  return periodEnd(period) < today;
}

/** The latest period of a granularity that has ended by `today`: the quarter or year before. */
export function latestCompletePeriod(granularity: Period['kind'], today: CalendarDate): Period {
  const current = quarterOf(today);
  return granularity === 'quarter'
    ? previousPeriod(current)
    : { kind: 'year', year: current.year - 1 };
}

/**
 * How far a year still running is complete: the last of its quarters that has ended by `today`
 * (0 when none has). Null for a year that has ended, or a quarter.
 */
export function yearCompleteThroughQuarter(
  period: Period | string,
  today: CalendarDate,
): 0 | 1 | 2 | 3 | null {
  const year = toPeriod(period);
  if (year.kind !== 'year' || isPeriodComplete(year, today)) return null;
  const current = quarterOf(today);
  if (current.year > year.year) return null;
  if (current.year < year.year) return 0;
  return (current.quarter - 1) as 0 | 1 | 2 | 3;
}

/**
 * The Dutch label of a period as the benchmark shows it: `K3 2026` for a quarter, `2026` for a
 * year that has ended, `2026 t/m K3` for a year still running through its last complete quarter,
 * and `2027 (lopend)` for a year of which no quarter has ended yet.
 */
export function periodLabel(period: Period | string, today: CalendarDate): string {
  const current = toPeriod(period);
  if (current.kind === 'quarter') return `K${current.quarter} ${current.year}`;
  const through = yearCompleteThroughQuarter(current, today);
  if (through === null) return String(current.year);
  return through === 0 ? `${current.year} (lopend)` : `${current.year} t/m K${through}`;
}
