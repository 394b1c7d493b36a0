/** The value below which `fraction` of the sorted samples lie (nearest rank, as load tools report). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Median and p99 of latency samples, in milliseconds rounded to 0.01. */
export function summarise(samples: readonly number[]): { medianMs: number; p99Ms: number } {
  return { medianMs: round(percentile(samples, 0.5)), p99Ms: round(percentile(samples, 0.99)) };
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
