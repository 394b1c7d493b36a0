import type { DisclosureControlReason, IndicatorGroup } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { textArray } from '../sql-values.js';

/**
 * One figure as everyone outside the municipality would see it once its group is published
 * (openbaar cijfer): the value and n, or only the reason it is withheld.
 */
export interface PublicFigure {
  readonly indicatorCode: string;
  readonly period: string;
  /** Null when withheld, or when there was nothing to divide by. */
  readonly value: number | null;
  readonly n: number | null;
  /** SMALL_NUMBER or DERIVABLE when withheld; null when shown. */
  readonly suppressionReason: DisclosureControlReason | null;
}

interface Row {
  indicator_code: string;
  period: string;
  value: number | string | null;
  n: number | string | null;
  suppression_reason: DisclosureControlReason | null;
}

/**
 * What publishing an indicator group would show of the scope's own municipality (voorbeeld van
 * de publicatie): its public figures of the group, as the rollup write path stored them after
 * outcome-monitoring's public suppression (small numbers, and figures a subtraction would reveal).
 * They are the very rows the `published_indicator_figures` view hands to everyone once the group
 * is published, read before that choice is made. Ordered by indicator, then period.
 */
export async function readPublicationPreview(
  db: Database,
  options: {
    readonly municipalityId: string;
    readonly indicatorGroup: IndicatorGroup;
    /** Only these periods; all kept periods when absent. */
    readonly periods?: readonly string[] | undefined;
  },
): Promise<PublicFigure[]> {
  const periodFilter = options.periods
    ? sql`and f.period = any(${textArray(options.periods)}::text[])`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select f.indicator_code, f.period, f.value, f.n, f.suppression_reason
          from public_indicator_figures f
          join indicator_definitions d on d.code = f.indicator_code
         where f.municipality_id = ${options.municipalityId}
           and d.indicator_group = ${options.indicatorGroup} ${periodFilter}
         order by f.indicator_code, f.period`,
  );
  return rows.map((row) => ({
    indicatorCode: row.indicator_code,
    period: row.period,
    value: row.value === null ? null : Number(row.value),
    n: row.n === null ? null : Number(row.n),
    suppressionReason: row.suppression_reason,
  }));
}
