import type { Suppression } from '../format/suppression';
import { SuppressionFields } from '../format/suppression.graphql';
import {
  type FragmentOf,
  type IndicatorGroup,
  type ResultOf,
  readFragment,
} from '../graphql/graphql';
import type { PageName } from '../url-state/view-state';
import {
  BenchmarkFigureFields,
  type CompareIndicatorQuery,
  type CompareSectionsQuery,
  NationalFields,
} from './compare.graphql';

/** The chosen indicator over the period range (the time series). */
export type SeriesComparison = ResultOf<
  typeof CompareIndicatorQuery
>['series']['indicators'][number];
/** One municipality's value in the last period, for the map and its table. */
export type MunicipalValue = ResultOf<
  typeof CompareIndicatorQuery
>['latest']['indicators'][number]['periods'][number]['allMunicipalities'][number];
/** One indicator of a compare page in the last period: its strip plot and its table. */
export type SectionComparison = ResultOf<
  typeof CompareSectionsQuery
>['compare']['indicators'][number];
export type National = ResultOf<typeof NationalFields>;

/** A period of any compare document that asks for the named municipalities' figures. */
export interface PeriodWithFigures {
  readonly period: string;
  readonly figures: readonly FragmentOf<typeof BenchmarkFigureFields>[];
}

/** A benchmark figure with its fragments read: what tables and charts use. */
export interface Figure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: Suppression | null;
  readonly suppressedForOthers: Suppression | null;
  readonly zScore: number | null;
  readonly rank: number | null;
  readonly rankOutOf: number | null;
  readonly change: number | null;
}

/** The indicator groups each compare page shows (the outcomes page takes every household one). */
export const PAGE_GROUPS: Partial<Record<PageName, readonly IndicatorGroup[]>> = {
  'team-composition': ['COMPOSITION'],
  'hours-in-wijk': ['HOURS'],
  outcomes: ['OUTCOMES', 'ACCESS', 'SAFETY'],
};

export function readSuppression(
  suppression: FragmentOf<typeof SuppressionFields> | null | undefined,
): Suppression | null {
  return suppression ? readFragment(SuppressionFields, suppression) : null;
}

export function readFigure(fragment: FragmentOf<typeof BenchmarkFigureFields>): Figure {
  const figure = readFragment(BenchmarkFigureFields, fragment);
  return {
    code: figure.municipality.code,
    name: figure.municipality.name,
    value: figure.value ?? null,
    n: figure.n ?? null,
    suppression: readSuppression(figure.suppression),
    suppressedForOthers: readSuppression(figure.suppressedForOthers),
    zScore: figure.zScore ?? null,
    rank: figure.rank ?? null,
    rankOutOf: figure.rankOutOf ?? null,
    change: figure.changeOnPreviousPeriod ?? null,
  };
}

export function readNational(fragment: FragmentOf<typeof NationalFields>): National {
  return readFragment(NationalFields, fragment);
}

/** The figures of one period, fragments read. */
export function figuresOf(period: PeriodWithFigures): Figure[] {
  return period.figures.map(readFigure);
}

/** The municipalities the periods show, in the gateway's order (named first, then peers). */
export function municipalitiesOf(
  periods: readonly PeriodWithFigures[],
): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const period of periods) {
    for (const figure of figuresOf(period)) {
      if (!seen.has(figure.code)) seen.set(figure.code, figure.name);
    }
  }
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** Names of every municipality the periods mention, for chips and pickers. */
export function municipalityNames(periods: readonly PeriodWithFigures[]): Map<string, string> {
  return new Map(municipalitiesOf(periods).map(({ code, name }) => [code, name]));
}
