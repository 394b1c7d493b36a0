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
 * Suppression plans already worked out, by their whole input (counts per period, threshold and
 * whether counts add up). The plan is a pure function of that input, so a plan found here is the
 * one planSuppression would give again; a comparison of every municipality asks for hundreds of
 * them, nearly always the same ones as the request before, and each costs a validated solve.
 */
const planned = new Map<string, ReadonlyMap<string, SuppressionReasonCode>>();
/** Enough for every municipality and district of a few indicators at once; a few MB at most. */
const MAX_PLANNED = 20_000;

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
  const isFlow = FLOW_UNITS.has(countingUnit);
  let key = `${isFlow ? 'flow' : 'state'}|${threshold}`;
  for (const rollup of rollups) key += `|${rollup.period}=${rollup.n}`;
  const known = planned.get(key);
  if (known) {
    // Refreshed as the most recently used, so the entries kept are the ones still asked for.
    planned.delete(key);
    planned.set(key, known);
    return known;
  }
  const counts = Object.fromEntries(rollups.map((rollup) => [rollup.period, rollup.n]));
  const relations = isFlow ? yearRelations(Object.keys(counts)) : [];
  const plan = planSuppression({ counts, relations, threshold });
  planned.set(key, plan);
  if (planned.size > MAX_PLANNED) planned.delete(planned.keys().next().value as string);
  return plan;
}
