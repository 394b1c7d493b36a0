/**
 * Registration completeness (registratievolledigheid): how much of a municipality's caseload is
 * registered well enough for a figure to describe practice rather than registration. A ZRM outcome
 * figure counts only closed plans with both an intake and a closure ZRM; when many closed plans
 * lack one, the figure describes the plans that happened to be measured (often those that went
 * well, since plans that stop early or move away rarely get a closure ZRM), and a difference
 * between municipalities may be one of registration, not of practice.
 */

/**
 * Below this share of complete registration a figure carries a completeness flag: 80%, so that at
 * most a fifth of the plans a figure is about may be missing from it. A fifth is where a
 * selection of the measured plans can move a mean ZRM change by as much as the spread between
 * municipalities' medians (P25 to P75) does, so beneath it a ranking says more about registration.
 */
export const COMPLETENESS_THRESHOLD = 0.8;

/**
 * The registration a figure depends on (volledigheidsmaat):
 * - `zrm-intake-and-closure`: the share of plans closed in the period with both an intake and a
 *   closure ZRM (the plans a ZRM outcome figure can count).
 */
export const COMPLETENESS_MEASURES = ['zrm-intake-and-closure'] as const;
export type CompletenessMeasure = (typeof COMPLETENESS_MEASURES)[number];

/** A part of a whole (deel van het geheel): e.g. closed plans with both ZRMs of all closed plans. */
export interface CompletenessCount {
  readonly part: number;
  readonly whole: number;
}

/** The share part / whole; null when there is nothing to count (whole 0). */
export function completenessShare({ part, whole }: CompletenessCount): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Whether a figure's registration is too incomplete to read it as practice: its share is below
 * the threshold. Nothing to count (null) is no flag: the figure itself then has no value.
 */
export function isBelowCompletenessThreshold(
  share: number | null,
  threshold: number = COMPLETENESS_THRESHOLD,
): boolean {
  return share !== null && share < threshold;
}

/** A registration share as a viewer may see it (registratieaandeel). */
export interface RegistrationShare {
  /** The part (e.g. plans with an intake ZRM); null for anyone but the municipality itself. */
  readonly part: number | null;
  /** The whole it is a share of; null for anyone but the municipality itself. */
  readonly whole: number | null;
  /** part / whole; null when withheld or when there is nothing to count. */
  readonly share: number | null;
  /** Why there is no share: nothing to count, or a whole below the threshold for others. */
  readonly suppression: 'NO_DATA' | 'SMALL_NUMBER' | null;
}

/**
 * A registration share for a viewer: the municipality itself sees its counts and every share;
 * others (institutes, other municipalities) see only the share, and not when the whole is below
 * the small-number threshold, as for every figure that crosses a municipality's boundary.
 */
export function registrationShare(
  count: CompletenessCount,
  options: { readonly seesCounts: boolean; readonly threshold: number },
): RegistrationShare {
  const share = completenessShare(count);
  if (options.seesCounts)
    return { ...count, share, suppression: share === null ? 'NO_DATA' : null };
  if (share === null) return { part: null, whole: null, share: null, suppression: 'NO_DATA' };
  if (count.whole < options.threshold)
    return { part: null, whole: null, share: null, suppression: 'SMALL_NUMBER' };
  return { part: null, whole: null, share, suppression: null };
}
