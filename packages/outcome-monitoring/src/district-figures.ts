import type { BenchmarkAccess } from './benchmark-access.js';
import { type Suppression, suppressionOf } from './benchmark-figure.js';
import { type AdditiveRelation, planSuppression } from './complementary-suppression.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import { FLOW_UNITS, yearRelations } from './public-suppression.js';
import { rememberedPublicSuppression } from './remembered-suppression.js';
import type { UnitRollup } from './rollup-figures.js';
import type { DisclosureControlReason } from './small-number-suppression.js';

/** A district's figure (wijkcijfer) as the viewer may see it. */
export interface DistrictFigureShape {
  readonly districtId: string;
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: Suppression | null;
  /** For the municipality itself: how others would see it (null: shown to them too). */
  readonly suppressedForOthers: Suppression | null;
}

export interface DistrictFiguresRequest {
  readonly municipalityCode: string;
  readonly period: string;
  readonly indicator: IndicatorDefinition;
  readonly districtIds: readonly string[];
  /** District and municipality rollups of every period of the period's year, as the scope may read them. */
  readonly rollups: readonly UnitRollup[];
  readonly access: BenchmarkAccess;
  readonly threshold: number;
}

const keyOf = (unit: string, period: string) => `${unit}|${period}`;

/**
 * The cells of one year that add up (a municipality is the sum of its districts in each period,
 * a year the sum of its quarters), planned together by outcome-monitoring's complementary
 * suppression. The municipality's own cells are withheld wherever compare withholds them, so
 * the two answers together reveal nothing either hides.
 */
function planDistricts(request: DistrictFiguresRequest) {
  const { municipalityCode, indicator, rollups, threshold } = request;
  const isFlow = FLOW_UNITS.has(indicator.countingUnit);
  const totals = rollups.filter((row) => row.level === 'municipality');
  const hiddenByCompare = rememberedPublicSuppression(totals, indicator.countingUnit, threshold);
  const counts: Record<string, number> = {};
  for (const row of rollups) {
    const isHiddenTotal = row.level === 'municipality' && hiddenByCompare.has(row.period);
    counts[keyOf(row.unitId, row.period)] = isHiddenTotal ? 0 : row.n;
  }
  const relations: AdditiveRelation[] = [];
  if (isFlow) {
    for (const total of totals) {
      const parts = rollups
        .filter((row) => row.level === 'district' && row.period === total.period)
        .map((row) => keyOf(row.unitId, row.period));
      if (parts.length > 0) relations.push({ total: keyOf(municipalityCode, total.period), parts });
    }
    const units = new Set(rollups.map((row) => row.unitId));
    for (const unit of units) {
      const periods = rollups.filter((row) => row.unitId === unit).map((row) => row.period);
      for (const relation of yearRelations(periods)) {
        relations.push({
          total: keyOf(unit, relation.total),
          parts: relation.parts.map((part) => keyOf(unit, part)),
        });
      }
    }
  }
  const hidden = planSuppression({ counts, relations, threshold });
  // A total compare shows but this plan would hide: the plan assumed it unknown, so nothing of
  // the year is safe to show beside it.
  const conflicts = totals.some(
    (total) =>
      hidden.has(keyOf(municipalityCode, total.period)) && !hiddenByCompare.has(total.period),
  );
  return { hidden, conflicts };
}

/**
 * Every district of a municipality with its figure for one indicator and period. The
 * municipality itself sees all of them; anyone else only published ones that clear
 * small-number and complementary suppression against the municipality's total and the year.
 */
export function controlDistrictFigures(request: DistrictFiguresRequest): DistrictFigureShape[] {
  const { municipalityCode, period, districtIds, rollups, access, threshold } = request;
  const isOwner = access.seesOwnSmallNumbers && access.ownMunicipalityId === municipalityCode;
  const isOwn = access.ownMunicipalityId === municipalityCode;
  const { hidden, conflicts } = planDistricts(request);
  const withheld = (districtId: string, reason: Suppression): DistrictFigureShape => ({
    districtId,
    value: null,
    n: null,
    suppression: reason,
    suppressedForOthers: null,
  });
  const publicReason = (districtId: string): DisclosureControlReason | undefined =>
    conflicts ? 'DERIVABLE' : hidden.get(keyOf(districtId, period));
  return districtIds.map((districtId) => {
    if (!isOwn && rollups.length === 0)
      return withheld(districtId, suppressionOf('NOT_PUBLISHED', threshold));
    const row = rollups.find(
      (candidate) => candidate.unitId === districtId && candidate.period === period,
    );
    if (!row) return withheld(districtId, suppressionOf('NO_DATA', threshold));
    const value = row.denominator === 0 ? null : (row.numerator / row.denominator) * row.scale;
    const reason = publicReason(districtId);
    const publicSuppression = reason ? suppressionOf(reason, threshold) : null;
    if (isOwner) {
      return {
        districtId,
        value,
        n: row.n,
        suppression: value === null ? suppressionOf('NO_DATA', threshold) : null,
        suppressedForOthers: publicSuppression,
      };
    }
    if (publicSuppression) return withheld(districtId, publicSuppression);
    if (value === null)
      return { ...withheld(districtId, suppressionOf('NO_DATA', threshold)), n: row.n };
    return { districtId, value, n: row.n, suppression: null, suppressedForOthers: null };
  });
}
