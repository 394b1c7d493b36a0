import type { BenchmarkAccess } from './benchmark-access.js';
import { suppressionOf, WithheldFigureError } from './benchmark-figure.js';
import { getIndicator } from './indicator-registry.js';
import { rememberedPublicSuppression } from './remembered-suppression.js';
import type { MunicipalityRollup } from './rollup-figures.js';

/** The rolled-up counts a social cost-benefit analysis (MKBA) is built from. */
export const COST_BENEFIT_INDICATORS = {
  /** Evictions prevented (voorkomen uithuiszettingen): the numerator is the count. */
  preventedEvictions: 'evictions-prevented-per-1000-households',
  /**
   * Escalations brought back to the team within 12 months (afgeschaald): specialist help no
   * longer needed, the closest registered stand-in for a prevented escalation.
   */
  preventedEscalations: 'escalations-de-escalated-within-12-months',
  /** FTE of the teams on the last day of each quarter: the numerator is the sum of FTE. */
  fte: 'fte-per-10000-inhabitants',
} as const;

export interface CostBenefitCounts {
  readonly preventedEvictions: number;
  readonly preventedEscalations: number;
  /** FTE-quarters: the sum over the quarters of the teams' FTE at each quarter's end. */
  readonly fteQuarters: number;
}

/**
 * Sums the counts over the quarters of the range as the viewer may see them. The owner sees
 * its own counts whatever their size. Anyone else gets them only when every quarter summed is
 * published and clears small-number and complementary suppression, since a sum over shown and
 * withheld quarters would give the withheld ones away.
 */
export function sumCostBenefitCounts(
  rollups: readonly MunicipalityRollup[],
  options: {
    municipalityCode: string;
    quarters: readonly string[];
    access: BenchmarkAccess;
    threshold: number;
  },
): CostBenefitCounts {
  const { municipalityCode, quarters, access, threshold } = options;
  const isOwner = access.seesOwnSmallNumbers && access.ownMunicipalityId === municipalityCode;
  const isOwn = access.ownMunicipalityId === municipalityCode;
  const sum = (indicatorCode: string) => {
    const rows = rollups.filter(
      (row) => row.municipalityId === municipalityCode && row.indicatorCode === indicatorCode,
    );
    const control = rememberedPublicSuppression(
      rows,
      getIndicator(indicatorCode).countingUnit,
      threshold,
    );
    let total = 0;
    for (const quarter of quarters) {
      const row = rows.find((candidate) => candidate.period === quarter);
      if (!isOwner) {
        if (!isOwn && !row?.isPublished) {
          throw new WithheldFigureError(
            `${municipalityCode} does not publish the figures a cost-benefit analysis needs (${indicatorCode}).`,
            suppressionOf('NOT_PUBLISHED', threshold),
          );
        }
        if (row && control.has(quarter)) {
          throw new WithheldFigureError(
            `The cost-benefit analysis of ${municipalityCode} would reveal a figure of fewer than ${threshold} (${indicatorCode}, ${quarter}); choose a longer or other range.`,
            suppressionOf('SMALL_NUMBER', threshold),
          );
        }
      }
      total += row?.numerator ?? 0;
    }
    return total;
  };
  return {
    preventedEvictions: sum(COST_BENEFIT_INDICATORS.preventedEvictions),
    preventedEscalations: sum(COST_BENEFIT_INDICATORS.preventedEscalations),
    fteQuarters: sum(COST_BENEFIT_INDICATORS.fte),
  };
}
