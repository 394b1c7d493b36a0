import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { queryRows } from '../database.js';

/** Counts of one indicator for one municipality code and period, as the rollups hold them. */
export interface IndicatorCounts {
  municipalityId: string;
  period: string;
  numerator: number;
  denominator: number;
  n: number;
}

/** Which share of a (possibly former) municipality code lives on in which current one. */
export interface LineageShare {
  historicalId: string;
  currentId: string;
  share: number;
}

/**
 * Recomputes a time series on today's municipalities: the counts of every former code are added
 * (by its share) to the municipality it merged into, numerators and denominators separately, so
 * the value of a merged municipality is sum(numerators) / sum(denominators), never a mean of
 * ratios.
 */
export function recomputeOnCurrentMunicipalities(
  counts: readonly IndicatorCounts[],
  lineage: readonly LineageShare[],
): IndicatorCounts[] {
  const sharesOf = new Map<string, LineageShare[]>();
  for (const share of lineage)
    sharesOf.set(share.historicalId, [...(sharesOf.get(share.historicalId) ?? []), share]);
  const totals = new Map<string, IndicatorCounts>();
  for (const count of counts) {
    const shares = sharesOf.get(count.municipalityId) ?? [];
    for (const { currentId, share } of shares) {
      const key = `${currentId}|${count.period}`;
      const total = totals.get(key) ?? {
        municipalityId: currentId,
        period: count.period,
        numerator: 0,
        denominator: 0,
        n: 0,
      };
      total.numerator += count.numerator * share;
      total.denominator += count.denominator * share;
      total.n += count.n * share;
      totals.set(key, total);
    }
  }
  return [...totals.values()]
    .map((total) => ({ ...total, n: Math.round(total.n) }))
    .sort(
      (a, b) =>
        a.municipalityId.localeCompare(b.municipalityId) || a.period.localeCompare(b.period),
    );
}

/** The lineage of every municipality code since 2016, from the merger table. */
export async function readMunicipalityLineage(db: Database): Promise<LineageShare[]> {
  const rows = await queryRows<{ historical_id: string; current_id: string; share: number }>(
    db,
    sql`select historical_id, current_id, share from municipality_lineage order by 1, 2`,
  );
  return rows.map((row) => ({
    historicalId: row.historical_id,
    currentId: row.current_id,
    share: Number(row.share),
  }));
}

/**
 * A published indicator's municipality-level series on today's municipalities, for the given
 * periods (what an institute may read).
 */
export async function readPublishedSeriesOnCurrentMunicipalities(
  db: Database,
  options: { indicatorCode: string; periods: readonly string[] },
): Promise<IndicatorCounts[]> {
  const rows = await queryRows<{
    municipality_id: string;
    period: string;
    numerator: number;
    denominator: number;
    n: number;
  }>(
    db,
    sql`select municipality_id, period, numerator, denominator, n from published_rollups_on_current_municipalities
        where indicator_code = ${options.indicatorCode}
          and period = any (string_to_array(${options.periods.join(',')}, ','))
        order by municipality_id, period`,
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    period: row.period,
    numerator: Number(row.numerator),
    denominator: Number(row.denominator),
    n: Number(row.n),
  }));
}
