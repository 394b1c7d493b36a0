import type { CompareQuery } from '../graphql/documents';
import type { ResultOf } from '../graphql/graphql';

export type Comparison = ResultOf<typeof CompareQuery>['compare'];
export type IndicatorComparison = Comparison['indicators'][number];
export type PeriodComparison = IndicatorComparison['periods'][number];
export type Figure = PeriodComparison['figures'][number];

/** The latest period of an indicator's comparison, the one tables and the strip plot show. */
export function latestPeriod(comparison: IndicatorComparison): PeriodComparison | undefined {
  return comparison.periods.at(-1);
}

/** Names of every municipality the comparison mentions, for chips and pickers. */
export function municipalityNames(comparison: Comparison | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const indicator of comparison?.indicators ?? []) {
    for (const period of indicator.periods) {
      for (const figure of period.figures)
        names.set(figure.municipality.code, figure.municipality.name);
    }
  }
  return names;
}

/** One municipality's value per period, with null where it is suppressed. */
export function seriesOf(comparison: IndicatorComparison, code: string) {
  return comparison.periods.map((period) => ({
    period: period.period,
    value: period.figures.find((figure) => figure.municipality.code === code)?.value ?? null,
  }));
}
