import { MonitoringError } from './monitoring-error.js';
import type { SuppressionReason } from './small-number-suppression.js';

/** A withheld figure's reason, with the threshold when the reason is a small number. */
export interface Suppression {
  readonly reason: SuppressionReason;
  readonly threshold: number | null;
}

/** One municipality's figure for one indicator and period as the viewer may see it (benchmarkcijfer). */
export interface BenchmarkFigure {
  readonly municipalityCode: string;
  /** Null whenever `suppression` is set; never zero in place of a missing value. */
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: Suppression | null;
  /** For the owner's own figures: how everyone else sees this figure (null: shown to them too). */
  readonly suppressedForOthers: Suppression | null;
  readonly zScore: number | null;
  readonly rank: number | null;
  readonly rankOutOf: number | null;
  readonly changeOnPreviousPeriod: number | null;
}

export function suppressionOf(reason: SuppressionReason, threshold: number): Suppression {
  return { reason, threshold: reason === 'SMALL_NUMBER' ? threshold : null };
}

/**
 * A figure with no value, only the reason; for the owner's own figures also its n and how
 * everyone else sees it.
 */
export function withheldFigure(
  municipalityCode: string,
  suppression: Suppression,
  n: number | null = null,
  suppressedForOthers: Suppression | null = null,
): BenchmarkFigure {
  return {
    municipalityCode,
    value: null,
    n,
    suppression,
    suppressedForOthers,
    zScore: null,
    rank: null,
    rankOutOf: null,
    changeOnPreviousPeriod: null,
  };
}

/**
 * A request refused because its answer would show a withheld figure (a sum over a withheld
 * quarter, an unpublished group); `suppression` says which reason, as a withheld figure would.
 */
export class WithheldFigureError extends MonitoringError {
  constructor(
    message: string,
    readonly suppression: Suppression,
  ) {
    super('suppressed', message);
  }
}
