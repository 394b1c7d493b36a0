import { LIFE_DOMAINS, type LifeDomain } from '@wijknet/household';
import type { BenchmarkAccess } from './benchmark-access.js';
import { type Suppression, suppressionOf } from './benchmark-figure.js';
import { getIndicator } from './indicator-registry.js';
import { parseInput } from './monitoring-error.js';
import { type MonitoringRecordsInput, monitoringRecordsSchema } from './monitoring-records.js';
import { formatPeriod, type Period, periodEnd, periodStart, toPeriod } from './period.js';
import { isClosedWithin } from './period-rules.js';
import { intakeAndClosureScores } from './plan-calculations.js';
import { rememberedPublicSuppression } from './remembered-suppression.js';

/**
 * The indicator the figures per life domain belong to: the same plans (closed in the period,
 * scored at intake and at closure), the same period rule and the same publication group as the
 * mean ZRM change over all domains.
 */
export const ZRM_DOMAIN_CHANGE_INDICATOR = 'zrm-mean-change';

/**
 * The counts of one life domain (leefgebied) over the plans closed in a period that were scored
 * on it at intake and at closure: the summed change (closure − intake, whole ZRM steps, so
 * exact), how many plans, and how many of them improved, stayed the same or worsened on it.
 */
export interface ZrmDomainCounts {
  readonly lifeDomain: LifeDomain;
  readonly period: string;
  readonly changeSum: number;
  readonly n: number;
  readonly improved: number;
  readonly unchanged: number;
  readonly worsened: number;
}

type Tally = Omit<ZrmDomainCounts, 'lifeDomain' | 'period'>;

function addChange(tally: Tally, change: number): Tally {
  return {
    changeSum: tally.changeSum + change,
    n: tally.n + 1,
    improved: tally.improved + (change > 0 ? 1 : 0),
    unchanged: tally.unchanged + (change === 0 ? 1 : 0),
    worsened: tally.worsened + (change < 0 ? 1 : 0),
  };
}

const EMPTY_TALLY: Tally = { changeSum: 0, n: 0, improved: 0, unchanged: 0, worsened: 0 };

/**
 * ZRM change per life domain (ZRM-verandering per leefgebied) from intake to closure, over the
 * plans closed in the period, from plain records limited to the area. Domains no plan was scored
 * on twice are left out. The rollup write path computes the same counts in SQL.
 */
export function computeZrmChangeByDomain(
  records: MonitoringRecordsInput,
  period: Period | string,
): ZrmDomainCounts[] {
  const parsedPeriod = toPeriod(period);
  const parsed = parseInput(monitoringRecordsSchema, records, 'monitoring records');
  const range = { start: periodStart(parsedPeriod), end: periodEnd(parsedPeriod) };
  const scoresOf = intakeAndClosureScores(parsed);
  const tallies = new Map<LifeDomain, Tally>();
  for (const plan of parsed.plans) {
    if (!isClosedWithin(plan, range)) continue;
    const scores = scoresOf(plan.id);
    if (scores === undefined) continue;
    for (const lifeDomain of LIFE_DOMAINS) {
      const before = scores.intake[lifeDomain];
      const after = scores.closure[lifeDomain];
      if (before === undefined || after === undefined) continue;
      tallies.set(lifeDomain, addChange(tallies.get(lifeDomain) ?? EMPTY_TALLY, after - before));
    }
  }
  return LIFE_DOMAINS.flatMap((lifeDomain) => {
    const tally = tallies.get(lifeDomain);
    return tally ? [{ lifeDomain, period: formatPeriod(parsedPeriod), ...tally }] : [];
  });
}

/** One life domain's figure as a viewer may see it: the counts, or only why they are withheld. */
export type ZrmDomainFigure =
  | {
      readonly lifeDomain: LifeDomain;
      /** Mean change in ZRM steps (closure − intake); positive is better. */
      readonly meanChange: number;
      readonly n: number;
      readonly improved: number;
      readonly unchanged: number;
      readonly worsened: number;
      readonly suppression: null;
    }
  | {
      readonly lifeDomain: LifeDomain;
      readonly meanChange: null;
      readonly n: null;
      readonly improved: null;
      readonly unchanged: null;
      readonly worsened: null;
      readonly suppression: Suppression;
    };

function withheld(lifeDomain: LifeDomain, suppression: Suppression): ZrmDomainFigure {
  return {
    lifeDomain,
    meanChange: null,
    n: null,
    improved: null,
    unchanged: null,
    worsened: null,
    suppression,
  };
}

/**
 * Every life domain's figure of one municipality and period as the viewer may see it, under the
 * rules of the mean ZRM change: the owner sees its own counts whatever their size; a team of the
 * municipality sees them published or not, but not below the threshold; anyone else only when
 * the municipality publishes the indicator's group (NOT_PUBLISHED otherwise), after small-number
 * and complementary suppression of each domain's whole series (`series`: every period read).
 */
export function controlZrmChangeByDomain(options: {
  readonly series: readonly ZrmDomainCounts[];
  readonly period: string;
  readonly municipalityCode: string;
  readonly isPublished: boolean;
  readonly access: BenchmarkAccess;
  readonly threshold: number;
}): ZrmDomainFigure[] {
  const { series, period, municipalityCode, isPublished, access, threshold } = options;
  const isOwn = access.ownMunicipalityId === municipalityCode;
  const seesSmallNumbers = isOwn && access.seesOwnSmallNumbers;
  const { countingUnit } = getIndicator(ZRM_DOMAIN_CHANGE_INDICATOR);
  return LIFE_DOMAINS.map((lifeDomain) => {
    if (!isOwn && !isPublished)
      return withheld(lifeDomain, suppressionOf('NOT_PUBLISHED', threshold));
    const domainSeries = series.filter((counts) => counts.lifeDomain === lifeDomain);
    const counts = domainSeries.find((candidate) => candidate.period === period);
    if (counts === undefined || counts.n === 0) {
      return withheld(lifeDomain, suppressionOf('NO_DATA', threshold));
    }
    if (!seesSmallNumbers) {
      const reason = rememberedPublicSuppression(domainSeries, countingUnit, threshold).get(period);
      if (reason !== undefined) return withheld(lifeDomain, suppressionOf(reason, threshold));
    }
    const { changeSum, n, improved, unchanged, worsened } = counts;
    return {
      lifeDomain,
      meanChange: changeSum / n,
      n,
      improved,
      unchanged,
      worsened,
      suppression: null,
    };
  });
}
