import type { MunicipalityRollup } from '@wijknet/db';
import {
  type AdditiveRelation,
  type CountingUnit,
  parsePeriod,
  planSuppression,
  type SuppressionReasonCode,
} from '@wijknet/outcome-monitoring';

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
 * The year-to-quarters relations among the periods one municipality has rollups for. A
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
 * How a municipality's figures of one indicator leave the server for anyone but the owner
 * (openbare onderdrukking): per period the reason it is withheld, from outcome-monitoring's
 * small-number and complementary suppression. It depends only on the municipality's own
 * rollups, never on who asks or which range, so every viewer gets the same published figures.
 */
export function planPublicSuppression(
  rollups: ReadonlyArray<Pick<MunicipalityRollup, 'period' | 'n'>>,
  countingUnit: CountingUnit,
  threshold: number,
): ReadonlyMap<string, SuppressionReasonCode> {
  const counts = Object.fromEntries(rollups.map((rollup) => [rollup.period, rollup.n]));
  const relations = FLOW_UNITS.has(countingUnit) ? yearRelations(Object.keys(counts)) : [];
  return planSuppression({ counts, relations, threshold });
}
