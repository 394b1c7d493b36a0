import type { UnitRollup } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sqlList } from '../sql-values.js';

export interface ReadUnitRollupsOptions {
  readonly municipalityId: string;
  readonly level: 'district' | 'team';
  readonly indicatorCodes: readonly string[];
  readonly periods: readonly string[];
  /** Read only what the municipality published (for anyone but the municipality itself). */
  readonly publishedOnly: boolean;
}

interface UnitRow {
  level: 'municipality' | 'district' | 'team';
  unit_id: string;
  period: string;
  indicator_code: string;
  numerator: number | string;
  denominator: number | string;
  n: number | string;
  scale: number | string;
}

/**
 * The district or team rollups of one municipality for the given indicators and periods, with
 * the municipality's own rows beside them (the total the parts add up to), in one SQL
 * statement. With `publishedOnly` the published view is read, otherwise the rollup
 * table, where row-level security leaves only the scope's own municipality.
 */
export async function readUnitRollups(
  db: Database,
  options: ReadUnitRollupsOptions,
): Promise<UnitRollup[]> {
  const { municipalityId, level, indicatorCodes, periods, publishedOnly } = options;
  if (indicatorCodes.length === 0 || periods.length === 0) return [];
  const source = publishedOnly ? sql`published_indicator_rollups` : sql`indicator_rollups`;
  const rows = await queryRows<UnitRow>(
    db,
    sql`select r.level, r.unit_id, r.period, r.indicator_code, r.numerator, r.denominator, r.n, d.scale
          from ${source} r
          join indicator_definitions d on d.code = r.indicator_code
         where r.municipality_id = ${municipalityId}
           and r.level in (${level}, 'municipality')
           and r.indicator_code in (${sqlList(indicatorCodes)})
           and r.period in (${sqlList(periods)})
         order by r.unit_id, r.period`,
  );
  return rows.map((row) => ({
    level: row.level,
    unitId: row.unit_id,
    period: row.period,
    indicatorCode: row.indicator_code,
    numerator: Number(row.numerator),
    denominator: Number(row.denominator),
    n: Number(row.n),
    scale: Number(row.scale),
  }));
}
