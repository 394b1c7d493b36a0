import { getIndicator } from './indicator-registry.js';
import { planPublicSuppression } from './public-suppression.js';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type DisclosureControlReason,
} from './small-number-suppression.js';

/** The counts of one municipality-level rollup that public suppression looks at. */
export interface RollupCount {
  readonly indicatorCode: string;
  readonly period: string;
  readonly n: number;
}

/** Why a rollup is withheld from everyone but its municipality, by `indicator|period`. */
export type WithheldFigures = ReadonlyMap<string, DisclosureControlReason>;

/**
 * What everyone but the owner may see of one municipality's rollups: per indicator the whole
 * series planned at once by outcome-monitoring's public suppression (small numbers, and every
 * figure a subtraction of published ones would reveal). Returns the withheld figures only.
 */
export function planWithheldFigures(
  rollups: readonly RollupCount[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): WithheldFigures {
  const series = new Map<string, RollupCount[]>();
  for (const rollup of rollups) {
    const cells = series.get(rollup.indicatorCode);
    if (cells) cells.push(rollup);
    else series.set(rollup.indicatorCode, [rollup]);
  }
  const withheld = new Map<string, DisclosureControlReason>();
  for (const [code, cells] of series) {
    const plan = planPublicSuppression(cells, getIndicator(code).countingUnit, threshold);
    for (const [period, reason] of plan) withheld.set(`${code}|${period}`, reason);
  }
  return withheld;
}
