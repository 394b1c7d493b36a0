import type { SuppressionReasonCode } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sqlList } from './sql-list.js';

/**
 * One municipality's figure for one indicator and period as a comparison reads it
 * (benchmarkcijfer): another municipality's published figure as everyone sees it, or the scope's
 * own municipality's rollup in full together with how everyone else sees it.
 */
export interface ComparisonFigure {
  readonly municipalityId: string;
  /** The municipality's name (gemeentenaam), so a list of every municipality needs no second read. */
  readonly municipalityName: string;
  readonly period: string;
  readonly indicatorCode: string;
  /** The publication group (publicatiegroep) the indicator belongs to. */
  readonly indicatorGroup: string;
  /**
   * Numerator / denominator × scale; null without a denominator. Another municipality's value is
   * also null when withheld; the own municipality's is there all the same.
   */
  readonly value: number | null;
  /** The count behind the value; null where the value is withheld from this scope. */
  readonly n: number | null;
  /** Why everyone but the owner gets no value (small number, derivable); null when shown. */
  readonly withheldReason: SuppressionReasonCode | null;
  /** Whether the municipality publishes this indicator's group to the national benchmark. */
  readonly isPublished: boolean;
}

export interface ReadComparisonFiguresOptions {
  readonly indicatorCodes: readonly string[];
  readonly periods: readonly string[];
  /** The scope's own municipality (CBS code): its unpublished and withheld figures are read too. */
  readonly ownMunicipalityId?: string | null | undefined;
}

interface FigureRow {
  municipality_id: string;
  municipality_name: string;
  period: string;
  indicator_code: string;
  indicator_group: string;
  value: number | string | null;
  n: number | string | null;
  withheld_reason: SuppressionReasonCode | null;
  is_published: boolean;
}

/**
 * The finished figures of the given indicators and periods for all municipalities at once, in one
 * SQL statement: published ones from the `published_indicator_figures` view, whose suppression
 * the rollup write path already planned, so nothing is left to decide per municipality; the own
 * municipality's from its rollups, each with its public figure's reason and publication.
 */
export async function readComparisonFigures(
  db: Database,
  options: ReadComparisonFiguresOptions,
): Promise<ComparisonFigure[]> {
  const { indicatorCodes, periods } = options;
  if (indicatorCodes.length === 0 || periods.length === 0) return [];
  const own = options.ownMunicipalityId ?? '';
  const codes = sqlList(indicatorCodes);
  const periodList = sqlList(periods);
  const rows = await queryRows<FigureRow>(
    db,
    sql`select f.municipality_id, m.name as municipality_name, f.period, f.indicator_code,
               f.indicator_group, f.value, f.n, f.withheld_reason, true as is_published
          from published_indicator_figures f
          join municipalities m on m.id = f.municipality_id
         where f.indicator_code in (${codes})
           and f.period in (${periodList})
           and f.municipality_id <> ${own}
        union all
        select r.municipality_id, m.name, r.period, r.indicator_code, d.indicator_group,
               case when r.denominator <> 0 then r.numerator / r.denominator * d.scale end,
               r.n, f.withheld_reason, coalesce(p.is_published, false)
          from indicator_rollups r
          join municipalities m on m.id = r.municipality_id
          join indicator_definitions d on d.code = r.indicator_code
          join public_indicator_figures f
            on f.municipality_id = r.municipality_id and f.indicator_code = r.indicator_code
           and f.period = r.period
          left join publication_settings p
            on p.municipality_id = r.municipality_id and p.indicator_group = d.indicator_group
         where r.municipality_id = ${own}
           and r.level = 'municipality'
           and r.indicator_code in (${codes})
           and r.period in (${periodList})`,
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    period: row.period,
    indicatorCode: row.indicator_code,
    indicatorGroup: row.indicator_group,
    value: row.value === null ? null : Number(row.value),
    n: row.n === null ? null : Number(row.n),
    withheldReason: row.withheld_reason,
    isPublished: row.is_published,
  }));
}
