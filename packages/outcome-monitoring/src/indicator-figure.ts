/**
 * A computed figure (kengetal) for one indicator, area and period. `n` is the count behind the
 * figure (plans, households, events, teams or core members, as the indicator's counting unit
 * says); small-number suppression compares it with the threshold.
 */
export interface IndicatorFigure {
  readonly code: string;
  readonly period: string;
  /** The figure itself; null when there is nothing to compute it from (denominator 0). */
  readonly value: number | null;
  /** Null when the figure is not a ratio (a median). */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly n: number;
}

/** Common shape of a calculation before the code and period are attached. */
export type Calculation = Omit<IndicatorFigure, 'code' | 'period'>;

/** numerator / denominator × scale, with n; no value when the denominator is 0. */
export function ratio(numerator: number, denominator: number, n: number, scale = 1): Calculation {
  return {
    value: denominator === 0 ? null : (numerator / denominator) * scale,
    numerator,
    denominator,
    n,
  };
}

/** The median of numbers, the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const ascending = [...values].sort((a, b) => a - b);
  const middle = Math.floor(ascending.length / 2);
  const upper = ascending[middle] as number;
  return ascending.length % 2 === 1 ? upper : ((ascending[middle - 1] as number) + upper) / 2;
}
