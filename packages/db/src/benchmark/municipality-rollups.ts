import type { MunicipalityRollup } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sqlList } from '../sql-values.js';

export interface ReadMunicipalityRollupsOptions {
  readonly indicatorCodes: readonly string[];
  readonly periods: readonly string[];
  /**
   * The scope's own municipality (CBS code): its unpublished rollups are read too. Row-level
   * security holds every other municipality's unpublished rows back whatever is passed here.
   */
  readonly ownMunicipalityId?: string | null | undefined;
  /** Only these municipalities (CBS codes); all of them when absent. */
  readonly municipalityIds?: readonly string[] | undefined;
}

interface RollupRow {
  municipality_id: string;
  period: string;
  indicator_code: string;
  indicator_group: string;
  numerator: number | string;
  denominator: number | string;
  n: number | string;
  scale: number | string;
  is_published: boolean;
}

/**
 * Municipality-level rollups of the given indicators and periods on today's municipalities (a
 * merged municipality's history counts under its current code, through the merger lineage), for
 * all municipalities at once: one SQL statement whatever the number of municipalities,
 * indicators or periods, reading rollups only (never household rows). Published rollups come
 * from `published_rollups_on_current_municipalities`; the own municipality's rows come from
 * `own_rollups_on_current_municipalities`, each marked with whether its group is published.
 */
export async function readMunicipalityRollups(
  db: Database,
  options: ReadMunicipalityRollupsOptions,
): Promise<MunicipalityRollup[]> {
  const { indicatorCodes, periods } = options;
  if (indicatorCodes.length === 0 || periods.length === 0) return [];
  const own = options.ownMunicipalityId ?? '';
  const codes = sqlList(indicatorCodes);
  const periodList = sqlList(periods);
  const only = options.municipalityIds
    ? sql`and r.municipality_id in (${options.municipalityIds.length > 0 ? sqlList(options.municipalityIds) : sql`null`})`
    : sql``;
  const rows = await queryRows<RollupRow>(
    db,
    sql`select r.municipality_id, r.period, r.indicator_code, d.indicator_group,
               r.numerator, r.denominator, r.n, d.scale, true as is_published
          from published_rollups_on_current_municipalities r
          join indicator_definitions d on d.code = r.indicator_code
         where r.indicator_code in (${codes})
           and r.period in (${periodList})
           and r.municipality_id <> ${own}
           ${only}
        union all
        select r.municipality_id, r.period, r.indicator_code, d.indicator_group,
               r.numerator, r.denominator, r.n, d.scale,
               coalesce(p.is_published, false) as is_published
          from own_rollups_on_current_municipalities r
          join indicator_definitions d on d.code = r.indicator_code
          left join publication_settings p
            on p.municipality_id = r.municipality_id and p.indicator_group = d.indicator_group
         where r.municipality_id = ${own}
           ${only}
           and r.indicator_code in (${codes})
           and r.period in (${periodList})`,
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    period: row.period,
    indicatorCode: row.indicator_code,
    indicatorGroup: row.indicator_group,
    numerator: Number(row.numerator),
    denominator: Number(row.denominator),
    n: Number(row.n),
    scale: Number(row.scale),
    isPublished: row.is_published,
  }));
}

/**
 * The municipalities (CBS codes) that publish at least one indicator group with figures, read
 * from the published rollups: one statement. Lists drawn up for others (peer groups) name only
 * these, so a municipality that publishes nothing never appears by name to anyone else.
 */
export async function readPublishingMunicipalities(db: Database): Promise<Set<string>> {
  const rows = await queryRows<{ municipality_id: string }>(
    db,
    sql`select distinct municipality_id from published_indicator_rollups where level = 'municipality'`,
  );
  return new Set(rows.map((row) => row.municipality_id));
}
