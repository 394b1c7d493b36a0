import type { DisclosureControlReason } from './small-number-suppression.js';

// The rolled-up figures the benchmark rules work on, in the shape the database reads them.

/**
 * One municipality's rolled-up counts for one indicator and period (gemeentecijfer), as far as
 * the caller's scope may read it: published rollups of every municipality, plus all rollups of
 * the scope's own municipality.
 */
export interface MunicipalityRollup {
  readonly municipalityId: string;
  readonly period: string;
  readonly indicatorCode: string;
  /** The publication group (publicatiegroep) the indicator belongs to. */
  readonly indicatorGroup: string;
  readonly numerator: number;
  readonly denominator: number;
  /** The count the small-number rule looks at. */
  readonly n: number;
  /** Value = numerator / denominator × scale. */
  readonly scale: number;
  /** Whether the municipality publishes this indicator's group to the national benchmark. */
  readonly isPublished: boolean;
}

/** Rolled-up counts of one unit below a municipality (a district or a team) for one indicator and period. */
export interface UnitRollup {
  /** `district` (wijk) or `team`, or `municipality` for the total the units add up to. */
  readonly level: 'municipality' | 'district' | 'team';
  /** District code (wijkcode) or team id. */
  readonly unitId: string;
  readonly period: string;
  readonly indicatorCode: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly n: number;
  readonly scale: number;
}

/**
 * One municipality's figure for one indicator and period as a comparison reads it
 * (benchmarkcijfer): another municipality's published figure as everyone sees it, or the scope's
 * own municipality's rollup in full together with how everyone else sees it.
 */
export interface ComparisonFigure {
  readonly municipalityId: string;
  /** The municipality's name (gemeentenaam), so a list of every municipality needs no second read. */
  readonly municipalityName: string;
  readonly period: string;
  readonly indicatorCode: string;
  /** The publication group (publicatiegroep) the indicator belongs to. */
  readonly indicatorGroup: string;
  /**
   * Numerator / denominator × scale; null without a denominator. Another municipality's value is
   * also null when withheld; the own municipality's is there all the same.
   */
  readonly value: number | null;
  /** The count behind the value; null where the value is withheld from this scope. */
  readonly n: number | null;
  /** Why everyone but the owner gets no value (small number, derivable); null when shown. */
  readonly suppressionReason: DisclosureControlReason | null;
  /** Whether the municipality publishes this indicator's group to the national benchmark. */
  readonly isPublished: boolean;
}

/**
 * A municipality that publishes a group (publicerende gemeente): listed with its figures, and
 * with NO_DATA where it has none, never as not published.
 */
export interface GroupPublisher {
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly indicatorGroup: string;
}
