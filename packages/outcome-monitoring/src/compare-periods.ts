import { MonitoringError } from './monitoring-error.js';
import { formatPeriod, parsePeriod, periodsBetween, previousPeriod, quartersOf } from './period.js';

/** The most periods one comparison covers: ten years of quarters. */
export const MAX_COMPARE_PERIODS = 40;

export type PeriodGranularity = 'quarter' | 'year';

/**
 * The periods of a range (`2024-Q1` to `2025-Q4`, or `2020` to `2025`), oldest first. Both
 * ends must be of the granularity asked for.
 */
export function periodsOfRange(granularity: PeriodGranularity, from: string, to: string): string[] {
  for (const end of [from, to]) {
    if (parsePeriod(end).kind !== granularity) {
      throw new MonitoringError(
        'invalid-period',
        `${end} is not a ${granularity}; with granularity ${granularity.toUpperCase()} write ${
          granularity === 'quarter' ? 'quarters such as 2025-Q3' : 'years such as 2025'
        }.`,
      );
    }
  }
  const periods = periodsBetween(from, to).map(formatPeriod);
  if (periods.length > MAX_COMPARE_PERIODS) {
    throw new MonitoringError(
      'invalid-input',
      `${from} to ${to} spans ${periods.length} periods; compare at most ${MAX_COMPARE_PERIODS} at once.`,
    );
  }
  return periods;
}

/**
 * The periods whose rollups a comparison reads: the range, the period before each (for the
 * change), and every year touched together with its four quarters. Complete years matter:
 * complementary suppression between a year and its quarters must come out the same whichever
 * range was asked for, or two requests together could reveal what each hides.
 */
export function periodsToRead(periods: readonly string[]): string[] {
  const years = new Set<number>();
  for (const period of periods) {
    years.add(parsePeriod(period).year);
    years.add(previousPeriod(period).year);
  }
  const read = new Set<string>();
  for (const year of years) {
    read.add(String(year));
    for (const quarter of quartersOf(year)) read.add(formatPeriod(quarter));
  }
  return [...read].sort();
}

/**
 * The periods whose finished figures a comparison reads: the range and the period before each
 * (for the change). Public suppression was planned over each municipality's whole series when
 * its rollups were written, so it comes out the same whichever range is asked for.
 */
export function periodsWithPrevious(periods: readonly string[]): string[] {
  const read = new Set(periods);
  for (const period of periods) read.add(formatPeriod(previousPeriod(period)));
  return [...read].sort();
}

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
