import { type Database, type RegistrationCounts, readDataQuality } from '@wijknet/db';
import type { IndicatorComparison } from '@wijknet/outcome-monitoring';
import {
  COMPLETENESS_THRESHOLD,
  type CompletenessCount,
  type CompletenessMeasure,
  completenessShare,
  type IndicatorDefinition,
  isBelowCompletenessThreshold,
} from '@wijknet/outcome-monitoring';

/**
 * How complete the registration behind a figure is (registratievolledigheid), for the figures of
 * indicators that depend on one: the flag says the figure may show a difference in registration
 * rather than in practice.
 */
export interface CompletenessFlag {
  readonly measure: CompletenessMeasure;
  readonly share: number;
  readonly threshold: number;
  readonly isBelowThreshold: boolean;
}

/** The counts behind each completeness measure of the registry. */
export const MEASURE_COUNTS: Record<
  CompletenessMeasure,
  (counts: RegistrationCounts) => CompletenessCount
> = {
  'zrm-intake-and-closure': (counts) => ({
    part: counts.plansClosedWithBothZrm,
    whole: counts.plansClosed,
  }),
};

const keyOf = (municipalityId: string, period: string) => `${municipalityId} ${period}`;

/**
 * The completeness of every shown figure of the comparison whose indicator depends on one, by
 * municipality and period, in one read. The database's `data_quality` gives only what the viewer
 * may see (its own municipality, and publishers), so a figure of another municipality it may not
 * see gets no flag, as it has no value either.
 */
export async function readCompletenessFlags(
  db: Database,
  comparisons: readonly IndicatorComparison[],
): Promise<
  (
    indicator: IndicatorDefinition,
    municipalityId: string,
    period: string,
  ) => CompletenessFlag | null
> {
  const municipalityIds = new Set<string>();
  const periods = new Set<string>();
  for (const { indicator, periods: periodComparisons } of comparisons) {
    if (indicator.completeness === undefined) continue;
    for (const { period, figures } of periodComparisons) {
      for (const figure of figures) {
        if (figure.value === null) continue;
        municipalityIds.add(figure.municipalityCode);
        periods.add(period);
      }
    }
  }
  const rows = await readDataQuality(db, {
    municipalityIds: [...municipalityIds],
    periods: [...periods],
  });
  const counts = new Map(rows.map((row) => [keyOf(row.municipalityId, row.period), row]));
  return (indicator, municipalityId, period) => {
    const { completeness: measure } = indicator;
    const row = counts.get(keyOf(municipalityId, period));
    if (measure === undefined || row === undefined) return null;
    const share = completenessShare(MEASURE_COUNTS[measure](row));
    if (share === null) return null;
    return {
      measure,
      share,
      threshold: COMPLETENESS_THRESHOLD,
      isBelowThreshold: isBelowCompletenessThreshold(share),
    };
  };
}
