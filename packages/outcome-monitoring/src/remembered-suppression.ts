import type { CountingUnit } from './indicator-definition.js';
import { FLOW_UNITS, planPublicSuppression } from './public-suppression.js';
import type { MunicipalityRollup } from './rollup-figures.js';
import type { DisclosureControlReason } from './small-number-suppression.js';

/**
 * Suppression plans already worked out, by their whole input (counts per period, threshold and
 * whether counts add up). The plan is a pure function of that input, so a plan found here is the
 * one planSuppression would give again; a district or cost-benefit read asks for many of them,
 * nearly always the same ones as the request before, and each costs a validated solve.
 */
const planned = new Map<string, ReadonlyMap<string, DisclosureControlReason>>();
/** Enough for every municipality and district of a few indicators at once; a few MB at most. */
const MAX_PLANNED = 20_000;

/**
 * How a municipality's figures of one indicator leave the server for anyone but the owner
 * (openbare onderdrukking), as outcome-monitoring's planPublicSuppression decides it (the rollup
 * write path stores the same plan for the comparison), remembered between requests.
 */
export function rememberedPublicSuppression(
  rollups: ReadonlyArray<Pick<MunicipalityRollup, 'period' | 'n'>>,
  countingUnit: CountingUnit,
  threshold: number,
): ReadonlyMap<string, DisclosureControlReason> {
  let key = `${FLOW_UNITS.has(countingUnit) ? 'flow' : 'state'}|${threshold}`;
  for (const rollup of rollups) key += `|${rollup.period}=${rollup.n}`;
  const known = planned.get(key);
  if (known) {
    // Refreshed as the most recently used, so the entries kept are the ones still asked for.
    planned.delete(key);
    planned.set(key, known);
    return known;
  }
  const plan = planPublicSuppression(rollups, countingUnit, threshold);
  planned.set(key, plan);
  if (planned.size > MAX_PLANNED) planned.delete(planned.keys().next().value as string);
  return plan;
}
