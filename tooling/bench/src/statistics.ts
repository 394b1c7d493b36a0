import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The value below which `fraction` of the sorted samples lie (nearest rank, as load tools report). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Below this many samples a p99 is one of the slowest few requests, not a percentile: not printed. */
export const MIN_SAMPLES_FOR_P99 = 100;

/** A 95 % interval: the range the true value lies in, judged from the samples. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Latency samples summed up: the median with its 95 % bootstrap interval, and the p99 when there are enough. */
export interface LatencySummary {
  readonly medianMs: number;
  readonly medianInterval: Interval;
  /** Null below MIN_SAMPLES_FOR_P99 samples. */
  readonly p99Ms: number | null;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const interval = bootstrapInterval([samples], ([drawn]) => medianOfSorted(drawn as Float64Array));
  return {
    medianMs: round(percentile(samples, 0.5)),
    medianInterval: { low: round(interval.low), high: round(interval.high) },
    p99Ms: samples.length >= MIN_SAMPLES_FOR_P99 ? round(percentile(samples, 0.99)) : null,
  };
}

/**
 * The 95 % interval of median(a) / median(b) by the percentile bootstrap: both sample sets are
 * drawn again with replacement, independently, RESAMPLES times. Null when either side has none.
 */
export function medianRatioInterval(a: readonly number[], b: readonly number[]): Interval | null {
  if (a.length === 0 || b.length === 0) return null;
  const interval = bootstrapInterval(
    [a, b],
    ([drawnA, drawnB]) =>
      medianOfSorted(drawnA as Float64Array) / medianOfSorted(drawnB as Float64Array),
  );
  return { low: round(interval.low), high: round(interval.high) };
}

const RESAMPLES = 2_000;

/** The median by nearest rank of sorted samples, as `percentile(samples, 0.5)` gives it. */
function medianOfSorted(sorted: Float64Array): number {
  return sorted[Math.max(0, Math.ceil(0.5 * sorted.length) - 1)] as number;
}

/**
 * The 2.5th and 97.5th percentiles of `statistic` over resamples of `sets`, each resample handed
 * over sorted. The generator is seeded, so the same samples always give the same interval and a
 * report can be checked again.
 */
function bootstrapInterval(
  sets: readonly (readonly number[])[],
  statistic: (drawn: Float64Array[]) => number,
): Interval {
  const generator = xoroshiro128plus(0x5eed);
  const drawn = sets.map((set) => new Float64Array(set.length));
  const values = new Float64Array(RESAMPLES);
  for (let round = 0; round < RESAMPLES; round++) {
    sets.forEach((set, index) => {
      const target = drawn[index] as Float64Array;
      // A 32-bit draw modulo a few hundred samples: a bias below one in ten million.
      for (let i = 0; i < set.length; i++)
        target[i] = set[(generator.next() >>> 0) % set.length] as number;
      target.sort();
    });
    values[round] = statistic(drawn);
  }
  values.sort();
  return {
    low: values[Math.ceil(0.025 * RESAMPLES) - 1] as number,
    high: values[Math.ceil(0.975 * RESAMPLES) - 1] as number,
  };
}

/** a / b rounded to 0.01; null when either side is missing, so a ratio is never invented. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round(a / b);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
