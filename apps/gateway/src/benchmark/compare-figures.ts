import type { MunicipalityRollup } from '@wijknet/db';
import {
  type BenchmarkStatistics,
  benchmarkStatistics,
  formatPeriod,
  type IndicatorDefinition,
  type MunicipalityValue,
  previousPeriod,
  type SuppressionReasonCode,
} from '@wijknet/outcome-monitoring';
import type { BenchmarkAccess } from './benchmark-access.js';
import {
  type BenchmarkFigure,
  reasonOf,
  type Suppression,
  type SuppressionReason,
  suppressionOf,
  withheldFigure,
} from './benchmark-figure.js';
import { planPublicSuppression } from './public-control.js';

/** The national distribution (landelijke spreiding) of one indicator in one period. */
export type NationalDistribution = Omit<BenchmarkStatistics, 'entries' | 'count'> & {
  readonly municipalityCount: number;
};

export interface PeriodComparison {
  readonly period: string;
  readonly national: NationalDistribution;
  readonly figures: readonly BenchmarkFigure[];
  readonly allMunicipalities: readonly BenchmarkFigure[];
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
  /** The rollups of every period in `periodsToRead`, as the viewer's scope may read them. */
  readonly rollups: readonly MunicipalityRollup[];
  readonly access: BenchmarkAccess;
  readonly threshold: number;
}

/** Value = numerator / denominator × scale, as outcome-monitoring's ratio computes it. */
const rollupValue = (rollup: MunicipalityRollup) =>
  rollup.denominator === 0 ? null : (rollup.numerator / rollup.denominator) * rollup.scale;

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

/** One indicator's rollups, with what the public may see of each municipality's figures. */
class IndicatorFigures {
  private readonly rollups: Map<string, Map<string, MunicipalityRollup>>;
  private readonly controls = new Map<string, ReadonlyMap<string, SuppressionReasonCode>>();
  private readonly national = new Map<string, readonly MunicipalityValue[]>();

  constructor(
    private readonly indicator: IndicatorDefinition,
    rollups: readonly MunicipalityRollup[],
    private readonly publishers: ReadonlySet<string>,
    private readonly request: CompareRequest,
  ) {
    this.rollups = new Map(
      [...groupBy(rollups, (rollup) => rollup.municipalityId)].map(([code, rows]) => [
        code,
        new Map(rows.map((row) => [row.period, row])),
      ]),
    );
  }

  /** Every municipality the viewer may find in a list for this indicator: publishers and itself. */
  listable(): string[] {
    const own = this.request.access.ownMunicipalityId;
    const codes = new Set(this.publishers);
    if (own !== null && this.rollups.has(own)) codes.add(own);
    return [...codes].sort();
  }

  isListable(code: string): boolean {
    return this.publishers.has(code) || code === this.request.access.ownMunicipalityId;
  }

  private control(code: string) {
    let control = this.controls.get(code);
    if (!control) {
      const rows = [...(this.rollups.get(code)?.values() ?? [])];
      control = planPublicSuppression(rows, this.indicator.countingUnit, this.request.threshold);
      this.controls.set(code, control);
    }
    return control;
  }

  /** The published, unsuppressed value everyone sees; null otherwise. */
  publicValue(code: string, period: string): number | null {
    const rollup = this.rollups.get(code)?.get(period);
    if (!rollup?.isPublished || this.control(code).has(period)) return null;
    return rollupValue(rollup);
  }

  /** Every municipality with a published rollup in the period (its value null when suppressed). */
  nationalValues(period: string): readonly MunicipalityValue[] {
    // Each period is asked for twice: as itself and as the previous period of the next one.
    const known = this.national.get(period);
    if (known) return known;
    const values: MunicipalityValue[] = [];
    for (const [code, periods] of this.rollups) {
      if (periods.get(period)?.isPublished)
        values.push({ municipalityCode: code, value: this.publicValue(code, period) });
    }
    this.national.set(period, values);
    return values;
  }

  /** How everyone but the owner sees the figure: null when shown, else why not. */
  private publicSuppression(code: string, period: string): Suppression | null {
    const { threshold } = this.request;
    const rollup = this.rollups.get(code)?.get(period);
    if (!rollup) return suppressionOf('NO_DATA', threshold);
    if (!rollup.isPublished) return suppressionOf('NOT_PUBLISHED', threshold);
    const reason = this.control(code).get(period);
    if (reason) return suppressionOf(reasonOf(reason), threshold);
    return rollupValue(rollup) === null ? suppressionOf('NO_DATA', threshold) : null;
  }

  /** The figure as this viewer may see it, before it is placed in the distribution. */
  visible(code: string, period: string): BenchmarkFigure {
    const { access, threshold } = this.request;
    const withheld = (reason: SuppressionReason) =>
      withheldFigure(code, suppressionOf(reason, threshold));
    const isOwn = code === access.ownMunicipalityId;
    if (!isOwn && !this.publishers.has(code)) return withheld('NOT_PUBLISHED');
    const rollup = this.rollups.get(code)?.get(period);
    if (!rollup) return withheld('NO_DATA');
    const value = rollupValue(rollup);
    if (isOwn && access.seesOwnSmallNumbers) {
      const suppressedForOthers = this.publicSuppression(code, period);
      if (value === null) return { ...withheld('NO_DATA'), n: rollup.n, suppressedForOthers };
      return { ...withheld('NO_DATA'), value, n: rollup.n, suppression: null, suppressedForOthers };
    }
    // Another municipality's rows are all published (the view), but say so rather than trust it.
    if (!isOwn && !rollup.isPublished) return withheld('NOT_PUBLISHED');
    const reason = this.control(code).get(period);
    if (reason) return withheld(reasonOf(reason));
    if (value === null) return { ...withheld('NO_DATA'), n: rollup.n };
    return { ...withheld('NO_DATA'), value, n: rollup.n, suppression: null };
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
  const byIndicator = groupBy(request.rollups, (rollup) => rollup.indicatorCode);
  const publishersByGroup = new Map<string, Set<string>>();
  for (const rollup of request.rollups) {
    if (!rollup.isPublished) continue;
    const publishers = publishersByGroup.get(rollup.indicatorGroup) ?? new Set<string>();
    publishers.add(rollup.municipalityId);
    publishersByGroup.set(rollup.indicatorGroup, publishers);
  }
  return request.indicators.map((indicator) => {
    const figures = new IndicatorFigures(
      indicator,
      byIndicator.get(indicator.code) ?? [],
      publishersByGroup.get(indicator.group) ?? new Set(),
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
          allMunicipalities: listable.map((code) => figures.visible(code, period)),
        };
      }),
    };
  });
}
