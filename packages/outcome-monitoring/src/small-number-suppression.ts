import { z } from 'zod';
import type { IndicatorFigure } from './indicator-figure.js';
import { parseInput } from './monitoring-error.js';

/** The default threshold (drempel): a figure behind fewer than 10 counts is not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

/**
 * Why a figure has no value (reden van onderdrukking), one name in every layer (SQL, GraphQL,
 * web app): `SMALL_NUMBER` fewer than the threshold behind it; `DERIVABLE` it would follow from
 * published figures by subtraction; `NOT_PUBLISHED` the municipality does not publish the
 * indicator's group; `NO_DATA` it publishes the group but nothing was registered to count.
 */
export const SUPPRESSION_REASONS = [
  'SMALL_NUMBER',
  'DERIVABLE',
  'NOT_PUBLISHED',
  'NO_DATA',
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/**
 * The reasons disclosure control gives a figure (small numbers and what they would reveal); the
 * rollup write path stores them with the public figure.
 */
export const DISCLOSURE_CONTROL_REASONS = ['SMALL_NUMBER', 'DERIVABLE'] as const;
export type DisclosureControlReason = (typeof DISCLOSURE_CONTROL_REASONS)[number];

export const suppressionOptionsSchema = z.object({
  threshold: z
    .number()
    .int('The threshold is a whole number.')
    .min(1, 'The threshold is at least 1.')
    .default(DEFAULT_SUPPRESSION_THRESHOLD),
  /**
   * Round published counts to a multiple of this number (afronden, CBS practice: 5); null
   * leaves counts exact.
   */
  roundTo: z.number().int().min(2, 'Round to a multiple of at least 2.').nullable().default(null),
});

/** Options for small-number suppression, as a caller writes them. */
export type SuppressionOptions = z.input<typeof suppressionOptionsSchema>;

/** A figure that may be published (publiceerbaar kengetal). */
export type PublishedFigure = IndicatorFigure & { readonly isSuppressed: false };

/** A withheld figure (onderdrukt kengetal): no value, no counts, only the reason. */
export interface SuppressedFigure {
  readonly code: string;
  readonly period: string;
  readonly value: null;
  readonly numerator: null;
  readonly denominator: null;
  readonly n: null;
  readonly isSuppressed: true;
  readonly reason: DisclosureControlReason;
  readonly message: string;
}

/** A figure after disclosure control: published or withheld with its reason. */
export type ControlledFigure = PublishedFigure | SuppressedFigure;

export function describeSuppression(reason: DisclosureControlReason, threshold: number): string {
  return reason === 'SMALL_NUMBER'
    ? `Not shown: fewer than ${threshold} behind this figure, so it could point to individual households.`
    : `Not shown: together with the published figures beside it, this figure would reveal another one that is too small to publish (fewer than ${threshold}).`;
}

/** Withholds a figure: the result carries the reason and never a number, not even zero. */
export function withhold(
  figure: Pick<IndicatorFigure, 'code' | 'period'>,
  reason: DisclosureControlReason,
  threshold: number,
): SuppressedFigure {
  return {
    code: figure.code,
    period: figure.period,
    value: null,
    numerator: null,
    denominator: null,
    n: null,
    isSuppressed: true,
    reason,
    message: describeSuppression(reason, threshold),
  };
}

function roundCount(count: number | null, multiple: number): number | null {
  if (count === null || !Number.isInteger(count) || count === 0) return count;
  return Math.max(multiple, Math.round(count / multiple) * multiple);
}

/** Rounds the counts of a published figure to a multiple (CBS practice); the value stays exact. */
export function publish(figure: IndicatorFigure, roundTo: number | null): PublishedFigure {
  if (roundTo === null) return { ...figure, isSuppressed: false };
  return {
    ...figure,
    numerator: roundCount(figure.numerator, roundTo),
    denominator: roundCount(figure.denominator, roundTo),
    n: roundCount(figure.n, roundTo) ?? 0,
    isSuppressed: false,
  };
}

/**
 * Small-number suppression (onderdrukking van kleine aantallen): a figure whose `n` is below
 * the threshold (default 10) comes back without value or counts and with the reason. With
 * `roundTo` (e.g. 5), published counts are rounded to that multiple and never to zero; the
 * value is kept as computed from exact counts, as CBS publishes percentages.
 */
export function suppress(
  figure: IndicatorFigure,
  options: SuppressionOptions = {},
): ControlledFigure {
  const { threshold, roundTo } = parseInput(
    suppressionOptionsSchema,
    options,
    'suppression options',
  );
  if (figure.n < threshold) return withhold(figure, 'SMALL_NUMBER', threshold);
  return publish(figure, roundTo);
}
