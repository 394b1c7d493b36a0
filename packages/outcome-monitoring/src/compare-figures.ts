import type { BenchmarkAccess } from './benchmark-access.js';
import {
  type BenchmarkFigure,
  type Suppression,
  suppressionOf,
  withheldFigure,
} from './benchmark-figure.js';
import {
  type BenchmarkStatistics,
  benchmarkStatistics,
  type MunicipalityValue,
} from './benchmark-statistics.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import { formatPeriod, previousPeriod } from './period.js';
import type { ComparisonFigure, GroupPublisher } from './rollup-figures.js';
import type { SuppressionReason } from './small-number-suppression.js';

/** The national distribution (landelijke spreiding) of one indicator in one period. */
export type NationalDistribution = Omit<BenchmarkStatistics, 'entries' | 'count'> & {
  readonly municipalityCount: number;
};

/** A municipality's entry in the list of every municipality (gemeentewaarde): no placing. */
export interface ListedValue {
  readonly municipalityCode: string;
  readonly municipalityName: string;
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: Suppression | null;
}

export interface PeriodComparison {
  readonly period: string;
  readonly national: NationalDistribution;
  readonly figures: readonly BenchmarkFigure[];
  readonly allMunicipalities: readonly ListedValue[];
}

export interface IndicatorComparison {
  readonly indicator: IndicatorDefinition;
  readonly periods: readonly PeriodComparison[];
}

export interface CompareRequest {
  readonly indicators: readonly IndicatorDefinition[];
  /** The periods asked for, oldest first. */
  readonly periods: readonly string[];
  /** Municipalities the caller named: always listed, with NOT_PUBLISHED where that applies. */
  readonly namedMunicipalities: readonly string[];
  /** Municipalities of a list the server drew up (a peer group): unpublished ones are left out. */
  readonly listedMunicipalities: readonly string[];
  /**
   * The finished figures of the periods asked for and the period before each, as the viewer's
   * scope may read them: public suppression was planned when the rollups were written.
   */
  readonly figures: readonly ComparisonFigure[];
  /**
   * Who publishes each group, from the publication settings: a publisher with no figure in a
   * period is listed with NO_DATA, not as not published.
   */
  readonly publishers: readonly GroupPublisher[];
  readonly access: BenchmarkAccess;
  readonly threshold: number;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A figure the viewer may see, not yet placed in the national distribution. */
function shownFigure(
  municipalityCode: string,
  value: number,
  n: number | null,
  suppressedForOthers: Suppression | null,
): BenchmarkFigure {
  return {
    municipalityCode,
    value,
    n,
    suppression: null,
    suppressedForOthers,
    zScore: null,
    rank: null,
    rankOutOf: null,
    changeOnPreviousPeriod: null,
  };
}

/** One indicator's finished figures, by municipality and period. */
class IndicatorFigures {
  private readonly figures: Map<string, Map<string, ComparisonFigure>>;
  private readonly names = new Map<string, string>();
  private readonly national = new Map<string, readonly MunicipalityValue[]>();
  /** One suppression object per reason: thousands of figures share a handful of them. */
  private readonly suppressions = new Map<SuppressionReason, Suppression>();

  constructor(
    figures: readonly ComparisonFigure[],
    private readonly publishers: ReadonlyMap<string, string>,
    private readonly request: CompareRequest,
  ) {
    this.figures = new Map(
      [...groupBy(figures, (figure) => figure.municipalityId)].map(([code, rows]) => [
        code,
        new Map(rows.map((row) => [row.period, row])),
      ]),
    );
    for (const [code, name] of publishers) this.names.set(code, name);
    for (const figure of figures) this.names.set(figure.municipalityId, figure.municipalityName);
  }

  /** The figure as it stands in the list of every municipality. */
  listed(code: string, period: string): ListedValue {
    const { value, n, suppression } = this.visible(code, period);
    return {
      municipalityCode: code,
      municipalityName: this.names.get(code) ?? code,
      value,
      n,
      suppression,
    };
  }

  private suppression(reason: SuppressionReason): Suppression {
    let suppression = this.suppressions.get(reason);
    if (!suppression) {
      suppression = suppressionOf(reason, this.request.threshold);
      this.suppressions.set(reason, suppression);
    }
    return suppression;
  }

  /** Every municipality the viewer may find in a list for this indicator: publishers and itself. */
  listable(): string[] {
    const own = this.request.access.ownMunicipalityId;
    const codes = new Set(this.publishers.keys());
    if (own !== null && this.figures.has(own)) codes.add(own);
    return [...codes].sort();
  }

  isListable(code: string): boolean {
    return this.publishers.has(code) || code === this.request.access.ownMunicipalityId;
  }

  /** Every municipality with a published figure in the period (its value null when withheld). */
  nationalValues(period: string): readonly MunicipalityValue[] {
    // Each period is asked for twice: as itself and as the previous period of the next one.
    const known = this.national.get(period);
    if (known) return known;
    const values: MunicipalityValue[] = [];
    for (const [code, periods] of this.figures) {
      const figure = periods.get(period);
      if (figure?.isPublished)
        values.push({
          municipalityCode: code,
          value: figure.suppressionReason === null ? figure.value : null,
        });
    }
    this.national.set(period, values);
    return values;
  }

  /** How everyone but the owner sees the figure: null when shown, else why not. */
  private publicSuppression(figure: ComparisonFigure): Suppression | null {
    if (!figure.isPublished) return this.suppression('NOT_PUBLISHED');
    if (figure.suppressionReason) return this.suppression(figure.suppressionReason);
    return figure.value === null ? this.suppression('NO_DATA') : null;
  }

  /** The figure as this viewer may see it, before it is placed in the distribution. */
  visible(code: string, period: string): BenchmarkFigure {
    const { access } = this.request;
    const isOwn = code === access.ownMunicipalityId;
    if (!isOwn && !this.publishers.has(code))
      return withheldFigure(code, this.suppression('NOT_PUBLISHED'));
    const figure = this.figures.get(code)?.get(period);
    if (!figure) return withheldFigure(code, this.suppression('NO_DATA'));
    const { value, n } = figure;
    if (isOwn && access.seesOwnSmallNumbers) {
      const suppressedForOthers = this.publicSuppression(figure);
      if (value === null)
        return withheldFigure(code, this.suppression('NO_DATA'), n, suppressedForOthers);
      return shownFigure(code, value, n, suppressedForOthers);
    }
    // Another municipality's figures are all published (the view), but say so rather than trust it.
    if (!isOwn && !figure.isPublished)
      return withheldFigure(code, this.suppression('NOT_PUBLISHED'));
    if (figure.suppressionReason)
      return withheldFigure(code, this.suppression(figure.suppressionReason));
    if (value === null) return withheldFigure(code, this.suppression('NO_DATA'), n);
    return shownFigure(code, value, n, null);
  }
}

/** Places a figure the viewer may see in the national distribution: z-score, rank, change. */
function placeIn(
  statistics: BenchmarkStatistics,
  entries: ReadonlyMap<string, BenchmarkStatistics['entries'][number]>,
  nationalValues: readonly MunicipalityValue[],
  direction: IndicatorDefinition['direction'],
  seen: BenchmarkFigure,
  previous: () => BenchmarkFigure,
): BenchmarkFigure {
  const { municipalityCode: code, value } = seen;
  if (value === null) return seen;
  const entry = entries.get(code);
  if (entry && seen.suppressedForOthers === null) {
    return {
      ...seen,
      zScore: entry.zScore,
      rank: entry.rank,
      rankOutOf: entry.rank === null ? null : statistics.count,
      changeOnPreviousPeriod: entry.change,
    };
  }
  // The owner's own figure outside the national distribution (unpublished or small): placed
  // against the distribution without changing it.
  const others = nationalValues.filter((candidate) => candidate.municipalityCode !== code);
  const placed = benchmarkStatistics({
    values: [...others, { municipalityCode: code, value }],
    direction,
  });
  const own = placed.entries.find((candidate) => candidate.municipalityCode === code);
  const { mean, standardDeviation } = statistics;
  const previousValue = previous().value;
  return {
    ...seen,
    zScore: mean === null || !standardDeviation ? null : (value - mean) / standardDeviation,
    rank: own?.rank ?? null,
    rankOutOf: own?.rank == null ? null : placed.count,
    changeOnPreviousPeriod: previousValue === null ? null : value - previousValue,
  };
}

/**
 * The comparison (vergelijking): per indicator and period the national distribution over every
 * municipality with a published, unsuppressed value, and each municipality's figure as the
 * viewer may see it, with its z-score, rank and change on the previous period. National
 * statistics never include an unpublished or suppressed figure, so they are the same for
 * every viewer and reveal nothing a published figure does not.
 */
export function compareFigures(request: CompareRequest): IndicatorComparison[] {
  const byIndicator = groupBy(request.figures, (figure) => figure.indicatorCode);
  const publishersByGroup = new Map<string, Map<string, string>>();
  for (const publisher of request.publishers) {
    const publishers = publishersByGroup.get(publisher.indicatorGroup) ?? new Map<string, string>();
    publishers.set(publisher.municipalityId, publisher.municipalityName);
    publishersByGroup.set(publisher.indicatorGroup, publishers);
  }
  return request.indicators.map((indicator) => {
    const figures = new IndicatorFigures(
      byIndicator.get(indicator.code) ?? [],
      publishersByGroup.get(indicator.group) ?? new Map(),
      request,
    );
    const shown = [
      ...new Set([
        ...request.namedMunicipalities,
        ...request.listedMunicipalities.filter((code) => figures.isListable(code)),
      ]),
    ];
    const listable = figures.listable();
    return {
      indicator,
      periods: request.periods.map((period) => {
        const previous = formatPeriod(previousPeriod(period));
        const nationalValues = figures.nationalValues(period);
        const statistics = benchmarkStatistics({
          values: nationalValues,
          previousValues: figures.nationalValues(previous),
          direction: indicator.direction,
        });
        const { entries, count, ...distribution } = statistics;
        // By code, so placing every figure is linear in the municipalities, not quadratic.
        const entryOf = new Map(entries.map((entry) => [entry.municipalityCode, entry]));
        const place = (code: string) =>
          placeIn(
            statistics,
            entryOf,
            nationalValues,
            indicator.direction,
            figures.visible(code, period),
            () => figures.visible(code, previous),
          );
        return {
          period,
          national: { ...distribution, municipalityCount: count },
          figures: shown.map(place),
          allMunicipalities: listable.map((code) => figures.listed(code, period)),
        };
      }),
    };
  });
}
