import {
  BenchmarkFigureFields,
  type CompareLatestQuery,
  type CompareQuery,
  NationalFields,
  SuppressionFields,
  TeamFigureFields,
} from '../graphql/documents';
import {
  type FragmentOf,
  type IndicatorGroup,
  type ResultOf,
  readFragment,
} from '../graphql/graphql';
import type { PageName } from '../url-state/view-state';

export type Comparison = ResultOf<typeof CompareQuery>['compare'];
export type IndicatorComparison = Comparison['indicators'][number];
export type PeriodComparison = IndicatorComparison['periods'][number];
export type LatestComparison = ResultOf<typeof CompareLatestQuery>['compare'];
export type MunicipalValue =
  LatestComparison['indicators'][number]['periods'][number]['allMunicipalities'][number];
export type Suppression = ResultOf<typeof SuppressionFields>;
export type National = ResultOf<typeof NationalFields>;

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
export function figuresOf(period: PeriodComparison): Figure[] {
  return period.figures.map(readFigure);
}

/** The municipalities a comparison shows, in the gateway's order (named first, then peers). */
export function municipalitiesOf(
  comparison: IndicatorComparison,
): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const period of comparison.periods) {
    for (const figure of figuresOf(period)) {
      if (!seen.has(figure.code)) seen.set(figure.code, figure.name);
    }
  }
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** Names of every municipality the comparison mentions, for chips and pickers. */
export function municipalityNames(comparison: Comparison | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const indicator of comparison?.indicators ?? []) {
    for (const { code, name } of municipalitiesOf(indicator)) names.set(code, name);
  }
  return names;
}

/** One municipality's value per period, with null where it is suppressed. */
export function seriesOf(comparison: IndicatorComparison, code: string) {
  return comparison.periods.map((period) => ({
    period: period.period,
    value: figuresOf(period).find((figure) => figure.code === code)?.value ?? null,
  }));
}

/** A team-profile figure of one municipality, read into the same shape as a compare figure. */
export function readTeamFigure(
  fragment: FragmentOf<typeof TeamFigureFields>,
  municipality: { code: string; name: string },
): Figure {
  const figure = readFragment(TeamFigureFields, fragment);
  return {
    ...municipality,
    value: figure.value ?? null,
    n: figure.n ?? null,
    suppression: readSuppression(figure.suppression),
    suppressedForOthers: null,
    zScore: null,
    rank: figure.rank ?? null,
    rankOutOf: figure.rankOutOf ?? null,
    change: figure.changeOnPreviousPeriod ?? null,
  };
}
