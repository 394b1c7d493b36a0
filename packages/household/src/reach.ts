import { HouseholdError } from './household-error.js';

/**
 * The 80-20-5 rule (80-20-5-regel): 80% of residents manage on their own, 20% need support on
 * several life domains, 5% need specialist help. The wijkteam's work is the 20%.
 */
export const EIGHTY_TWENTY_FIVE = {
  selfReliantShare: 0.8,
  severalDomainsShare: 0.2,
  specialistShare: 0.05,
} as const;

/** How far from the 20% still counts as near it: within 20% of it, i.e. 160 to 240 per 1,000. */
export const DEFAULT_NEAR_MARGIN = 0.2;

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new HouseholdError(
      'invalid-figure',
      `The ${what} must be a whole number of 0 or more; got ${value}.`,
    );
  }
}

/**
 * Reach (bereik): households supported per 1,000 households in the area served.
 *
 * @throws {HouseholdError} `invalid-figure` when a count is not a whole number of 0 or more, the
 *   area has no households, or more households are reached than live there.
 */
export function reachPer1000Households(reachedHouseholds: number, households: number): number {
  assertCount(reachedHouseholds, 'number of households reached');
  assertCount(households, 'number of households');
  if (households === 0) {
    throw new HouseholdError('invalid-figure', 'Reach needs an area with at least one household.');
  }
  if (reachedHouseholds > households) {
    throw new HouseholdError(
      'invalid-figure',
      `${reachedHouseholds} households reached is more than the ${households} households that live in the area.`,
    );
  }
  return (reachedHouseholds / households) * 1000;
}

/** Whether reach falls short of, matches or exceeds the 20% of the 80-20-5 rule. */
export type TwentyPercentVerdict = 'below' | 'near' | 'above';

/** Reach set against the 20% of the 80-20-5 rule (vergelijking met de 20%). */
export interface TwentyPercentComparison {
  /** The reach per 1,000 households that was compared. */
  readonly reachPer1000: number;
  /** The 20% expressed per 1,000: 200. */
  readonly expectedPer1000: number;
  /** Reach divided by the expected 200; 1 means exactly the 20%. */
  readonly ratio: number;
  /** `near` when the ratio is within the margin of 1. */
  readonly verdict: TwentyPercentVerdict;
}

/**
 * Compares reach per 1,000 households with the 20% of residents who, by the 80-20-5 rule, need
 * support on several life domains. The rule speaks of residents and reach is counted in
 * households; wijknet applies the same share to households, as the indicator is per household.
 * Reach well below suggests the team misses people; well above suggests it carries what
 * residents or specialists could.
 *
 * @param nearMargin how far the ratio may lie from 1 and still count as near (default 0.2).
 */
export function compareWithTwentyPercent(
  reachPer1000: number,
  nearMargin: number = DEFAULT_NEAR_MARGIN,
): TwentyPercentComparison {
  if (!Number.isFinite(reachPer1000) || reachPer1000 < 0 || reachPer1000 > 1000) {
    throw new HouseholdError(
      'invalid-figure',
      `Reach per 1,000 households must lie between 0 and 1,000; got ${reachPer1000}.`,
    );
  }
  if (!Number.isFinite(nearMargin) || nearMargin < 0 || nearMargin >= 1) {
    throw new HouseholdError(
      'invalid-figure',
      `The margin for "near" must lie from 0 up to 1; got ${nearMargin}.`,
    );
  }
  const expectedPer1000 = EIGHTY_TWENTY_FIVE.severalDomainsShare * 1000;
  const ratio = reachPer1000 / expectedPer1000;
  const verdict: TwentyPercentVerdict =
    ratio < 1 - nearMargin ? 'below' : ratio > 1 + nearMargin ? 'above' : 'near';
  return { reachPer1000, expectedPer1000, ratio, verdict };
}
