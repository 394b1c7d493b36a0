import {
  formatPeriod,
  MonitoringError,
  parsePeriod,
  periodsBetween,
} from '@wijknet/outcome-monitoring';
import { MAX_COMPARE_PERIODS } from './compare-periods.js';

/**
 * Every period that lies within a range of quarters or years: the quarters, and the years
 * wholly inside it (2024-Q1 to 2025-Q4 holds 2024 and 2025; 2024 to 2025 holds their quarters).
 */
export function periodsWithin(from: string, to: string): string[] {
  const first = parsePeriod(from);
  const last = parsePeriod(to);
  const firstQuarter = first.kind === 'year' ? `${first.year}-Q1` : from;
  const lastQuarter = last.kind === 'year' ? `${last.year}-Q4` : to;
  const quarters = periodsBetween(firstQuarter, lastQuarter).map(formatPeriod);
  if (quarters.length > MAX_COMPARE_PERIODS) {
    throw new MonitoringError(
      'invalid-input',
      `${from} to ${to} is longer than ${MAX_COMPARE_PERIODS} quarters; ask for a shorter range.`,
    );
  }
  const years = [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))].filter(
    (year) => quarters.includes(`${year}-Q1`) && quarters.includes(`${year}-Q4`),
  );
  return [...quarters, ...years];
}
