import {
  formatPeriod,
  parsePeriod,
  previousPeriod,
  quantile,
  quarterOf as quarterOfDate,
} from '@wijknet/outcome-monitoring';

/**
 * The benchmark comparison: every municipality, one indicator, twelve quarters, with the national
 * distribution per quarter. Evictions per 1,000 households: an indicator whose numerator can be
 * counted from a base table by PostGraphile's aggregates, so all four contenders give one answer:
 * the published figures, after small-number and complementary suppression. The gateway, the peer
 * and the limit read the figures the rollup write path published; peerBase's client plans the
 * suppression itself, with the same outcome-monitoring code, from the counts it gets.
 */
export const COMPARE_INDICATOR = 'evictions-per-1000-households';
/** The indicator group whose publication settings say which municipalities publish it. */
export const INDICATOR_GROUP = 'safety';
const QUARTERS = 12;
/** Below this n a figure is suppressed (the domain's default threshold). */
export const SMALL_NUMBER_THRESHOLD = 10;

/** Published values by `municipality|period`, and the national median per period. */
export interface CompareAnswer {
  readonly values: ReadonlyMap<string, number>;
  readonly medians: ReadonlyMap<string, number | null>;
}

/** The twelve quarters ending with `last` (`2025-Q2`), oldest first. */
export function quartersEndingWith(last: string, count = QUARTERS): string[] {
  let quarter = parsePeriod(last);
  if (quarter.kind !== 'quarter') throw new Error(`"${last}" is not a quarter`);
  const quarters: string[] = [];
  for (let i = 0; i < count; i++, quarter = previousPeriod(quarter))
    quarters.unshift(formatPeriod(quarter));
  return quarters;
}

export function quarterOf(date: string): string {
  return formatPeriod(quarterOfDate(date));
}

/** Values and national medians from published values (null: withheld), as a client computes them. */
export function answerFromValues(
  rows: readonly { municipality: string; period: string; value: number | null }[],
  periods: readonly string[],
): CompareAnswer {
  const values = new Map<string, number>();
  const byPeriod = new Map<string, number[]>(periods.map((period) => [period, []]));
  for (const row of rows) {
    const bucket = byPeriod.get(row.period);
    if (!bucket || row.value === null) continue;
    values.set(`${row.municipality}|${row.period}`, row.value);
    bucket.push(row.value);
  }
  const medians = new Map<string, number | null>();
  for (const [period, bucket] of byPeriod)
    medians.set(
      period,
      quantile(
        bucket.sort((a, b) => a - b),
        0.5,
      ),
    );
  return { values, medians };
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compareCompareAnswers(
  expected: CompareAnswer,
  actual: CompareAnswer,
): string | null {
  let differing = 0;
  for (const [key, value] of expected.values)
    if (!sameNumber(value, actual.values.get(key))) differing++;
  for (const key of actual.values.keys()) if (!expected.values.has(key)) differing++;
  const medians = [...expected.medians].filter(
    ([period, median]) => !sameNumber(median, actual.medians.get(period)),
  );
  if (differing === 0 && medians.length === 0) return null;
  return `${differing} of ${expected.values.size} values and ${medians.length} of ${expected.medians.size} national medians differ`;
}
