import { type AdditiveRelation, planSuppression } from './complementary-suppression.js';
import type { CountingUnit } from './indicator-definition.js';
import { parsePeriod } from './period.js';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type DisclosureControlReason,
} from './small-number-suppression.js';

/**
 * Counting units whose counts add up over time: the plans, households, escalations or events
 * of a year are those of its quarters. Teams and core members are a standing state, not a
 * flow, so a year of them is no sum of quarters and cannot be subtracted.
 */
export const FLOW_UNITS: ReadonlySet<CountingUnit> = new Set([
  'plan',
  'household',
  'escalation',
  'event',
]);

/**
 * The year-to-quarters relations among the periods one municipality has figures for. A
 * household reached in two quarters counts once in the year, so for some indicators the sum
 * is an upper bound rather than an equality; treating it as a sum still hides every cell a
 * subtraction could bound, which is the safe side.
 */
export function yearRelations(periods: readonly string[]): AdditiveRelation[] {
  const present = new Set(periods);
  const relations: AdditiveRelation[] = [];
  for (const period of periods) {
    const parsed = parsePeriod(period);
    if (parsed.kind !== 'year') continue;
    const parts = [1, 2, 3, 4].map((q) => `${parsed.year}-Q${q}`).filter((q) => present.has(q));
    if (parts.length > 0) relations.push({ total: period, parts });
  }
  return relations;
}

/**
 * How one municipality's series of one indicator may be published (openbare onderdrukking): per
 * period the reason it is withheld, from small-number and complementary suppression between each
 * year and its quarters, so no withheld figure can be worked out by subtracting published ones.
 * It depends only on the series' own counts (n per period), never on who asks or which range, so
 * every viewer gets the same published figures. Pass the whole series: a part of it can be safe
 * on its own and unsafe beside the rest.
 */
export function planPublicSuppression(
  series: ReadonlyArray<{ readonly period: string; readonly n: number }>,
  countingUnit: CountingUnit,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): ReadonlyMap<string, DisclosureControlReason> {
  const counts = Object.fromEntries(series.map((cell) => [cell.period, cell.n]));
  const relations = FLOW_UNITS.has(countingUnit) ? yearRelations(Object.keys(counts)) : [];
  return planSuppression({ counts, relations, threshold });
}
