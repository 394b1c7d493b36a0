import { z } from 'zod';
import type { IndicatorDirection } from './indicator-definition.js';
import { parseInput } from './monitoring-error.js';

const municipalityValueSchema = z.object({
  municipalityCode: z.string().min(1, 'A municipality code is required.'),
  value: z.number().finite('A value must be a finite number.').nullable(),
});

const benchmarkInputSchema = z
  .object({
    values: z.array(municipalityValueSchema),
    previousValues: z.array(municipalityValueSchema).default([]),
    direction: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    for (const { municipalityCode } of input.values) {
      if (seen.has(municipalityCode)) {
        context.addIssue({
          code: 'custom',
          path: ['values'],
          message: `${municipalityCode} appears twice; give one value per municipality.`,
        });
      }
      seen.add(municipalityCode);
    }
  });

type BenchmarkInput = z.output<typeof benchmarkInputSchema>;

const isMunicipalityValue = (entry: unknown): entry is MunicipalityValue =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as MunicipalityValue).municipalityCode === 'string' &&
  (entry as MunicipalityValue).municipalityCode.length > 0 &&
  ((entry as MunicipalityValue).value === null ||
    Number.isFinite((entry as MunicipalityValue).value));

/**
 * The input as given when it is already what the schema accepts: a comparison of every
 * municipality passes thousands of values, and copying each through the schema was most of
 * the work. Anything else goes through the schema, for its messages.
 */
function wellFormedInput(input: {
  values: readonly unknown[];
  previousValues?: readonly unknown[] | undefined;
  direction: unknown;
}): BenchmarkInput | undefined {
  const { values, previousValues = [], direction } = input;
  if (!Array.isArray(values) || !Array.isArray(previousValues)) return undefined;
  if (
    direction !== 'higher-is-better' &&
    direction !== 'lower-is-better' &&
    direction !== 'neutral'
  )
    return undefined;
  const seen = new Set<string>();
  for (const entry of values) {
    if (!isMunicipalityValue(entry) || seen.has(entry.municipalityCode)) return undefined;
    seen.add(entry.municipalityCode);
  }
  if (!previousValues.every(isMunicipalityValue)) return undefined;
  return { values, previousValues, direction } as BenchmarkInput;
}

/** One municipality's value (waarde) for an indicator in a period; null when suppressed. */
export type MunicipalityValue = z.infer<typeof municipalityValueSchema>;

/** A municipality's place in the national distribution (plaats in de landelijke verdeling). */
export interface BenchmarkEntry {
  readonly municipalityCode: string;
  readonly value: number;
  /** (value − mean) / standard deviation; null when all values are equal. */
  readonly zScore: number | null;
  /** 1 = best by the indicator's direction; null for neutral indicators. */
  readonly rank: number | null;
  /** value − previous period's value; null without a previous value. */
  readonly change: number | null;
}

/** The national distribution (landelijke verdeling) of one indicator over municipalities. */
export interface BenchmarkStatistics {
  /** Municipalities with a value (suppressed ones are left out). */
  readonly count: number;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p25: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
  readonly mean: number | null;
  /** Sample standard deviation (divides by count − 1); null below two values. */
  readonly standardDeviation: number | null;
  readonly entries: readonly BenchmarkEntry[];
}

/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R's `quantile` and of PostgreSQL's
 * `percentile_cont`): h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function quantile(ascending: readonly number[], p: number): number | null {
  if (ascending.length === 0) return null;
  const h = (ascending.length - 1) * p;
  const lower = Math.floor(h);
  const lowerValue = ascending[lower] as number;
  const upperValue = ascending[Math.min(lower + 1, ascending.length - 1)] as number;
  return lowerValue + (h - lower) * (upperValue - lowerValue);
}

/** Sum in ascending order, so the floating-point result does not depend on input order. */
function sumAscending(ascending: readonly number[]): number {
  let total = 0;
  for (const value of ascending) total += value;
  return total;
}

/** How many of the ascending values are below `value` (strictly), or at most `value`: binary search. */
function countBelow(ascending: readonly number[], value: number, orEqual: boolean): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = ascending[middle] as number;
    if (other < value || (orEqual && other === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Competition rank ("1224"): tied values share the best rank of their group and the next
 * value skips the shared places, so a rank says how many municipalities did strictly better.
 * Found by binary search, so ranking every municipality stays n log n.
 */
function rankOf(value: number, ascending: readonly number[], direction: IndicatorDirection) {
  if (direction === 'neutral') return null;
  const better =
    direction === 'higher-is-better'
      ? ascending.length - countBelow(ascending, value, true)
      : countBelow(ascending, value, false);
  return better + 1;
}

/**
 * National benchmark statistics (landelijke benchmark) over municipality values: median,
 * P10/P25/P75/P90 (type 7), mean, sample standard deviation, and per municipality its
 * z-score, rank and change on the previous period. Suppressed (null) values take no part.
 * The result does not depend on the order of the input; entries are sorted by municipality code.
 */
export function benchmarkStatistics(input: {
  values: readonly MunicipalityValue[];
  previousValues?: readonly MunicipalityValue[];
  direction: IndicatorDirection;
}): BenchmarkStatistics {
  const { values, previousValues, direction } =
    wellFormedInput(input) ?? parseInput(benchmarkInputSchema, input, 'benchmark values');
  const present = values.filter(
    (entry): entry is { municipalityCode: string; value: number } => entry.value !== null,
  );
  const ascending = present.map((entry) => entry.value).sort((a, b) => a - b);
  const count = ascending.length;
  const mean = count === 0 ? null : sumAscending(ascending) / count;
  const standardDeviation =
    mean === null || count < 2
      ? null
      : Math.sqrt(
          sumAscending(ascending.map((value) => (value - mean) ** 2).sort((a, b) => a - b)) /
            (count - 1),
        );
  const previousByCode = new Map(
    previousValues.map((entry) => [entry.municipalityCode, entry.value]),
  );
  const entries = present
    .map(({ municipalityCode, value }): BenchmarkEntry => {
      const previous = previousByCode.get(municipalityCode);
      return {
        municipalityCode,
        value,
        zScore:
          mean === null || standardDeviation === null || standardDeviation === 0
            ? null
            : (value - mean) / standardDeviation,
        rank: rankOf(value, ascending, direction),
        change: previous === undefined || previous === null ? null : value - previous,
      };
    })
    .sort((a, b) => (a.municipalityCode < b.municipalityCode ? -1 : 1));
  return {
    count,
    median: quantile(ascending, 0.5),
    p10: quantile(ascending, 0.1),
    p25: quantile(ascending, 0.25),
    p75: quantile(ascending, 0.75),
    p90: quantile(ascending, 0.9),
    mean,
    standardDeviation,
    entries,
  };
}
