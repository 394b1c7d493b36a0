import type {
  ComparisonFigure,
  DisclosureControlReason,
  GroupPublisher,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sendPrepared } from '../request/prepared-statement.js';
import { textArray } from '../sql-values.js';

/** What a comparison reads: the figures, and who publishes each group the figures belong to. */
export interface ComparisonRead {
  readonly figures: ComparisonFigure[];
  readonly publishers: GroupPublisher[];
}

export interface ReadComparisonFiguresOptions {
  readonly indicatorCodes: readonly string[];
  readonly periods: readonly string[];
  /** The scope's own municipality (CBS code): its unpublished and withheld figures are read too. */
  readonly ownMunicipalityId?: string | null | undefined;
}

/** A figure as the statement sends it: one JSON array, in the order of `ComparisonFigure`'s fields. */
type FigureTuple = [
  municipalityId: string,
  municipalityName: string,
  period: string,
  indicatorCode: string,
  indicatorGroup: string,
  value: number | null,
  n: number | null,
  suppressionReason: DisclosureControlReason | null,
  isPublished: boolean,
];

/**
 * The finished figures of the given indicators and periods for all municipalities at once, in one
 * SQL statement: published ones from the `published_indicator_figures` view, whose suppression
 * the rollup write path already planned, so nothing is left to decide per municipality; the own
 * municipality's from its rollups, each with its public figure's reason and publication.
 *
 * The statement's text is fixed (the lists are array parameters), so on Postgres it is prepared
 * once per connection, and it answers with one JSON text: a national comparison is thousands of
 * figures, which the driver would otherwise decode column by column.
 */
export async function readComparisonFigures(
  db: Database,
  options: ReadComparisonFiguresOptions,
): Promise<ComparisonRead> {
  const { indicatorCodes, periods } = options;
  if (indicatorCodes.length === 0 || periods.length === 0) return { figures: [], publishers: [] };
  const own = options.ownMunicipalityId ?? '';
  const codes = sql`${textArray(indicatorCodes)}::text[]`;
  const periodList = sql`${textArray(periods)}::text[]`;
  const statement = sql`select coalesce((select json_agg(json_build_array(
           municipality_id, municipality_name, period, indicator_code, indicator_group,
           value, n, suppression_reason, is_published)) from (
        select f.municipality_id, m.name as municipality_name, f.period, f.indicator_code,
               f.indicator_group, f.value, f.n, f.suppression_reason, true as is_published
          from published_indicator_figures f
          join municipalities m on m.id = f.municipality_id
         where f.indicator_code = any(${codes})
           and f.period = any(${periodList})
           and f.municipality_id <> ${own}
        union all
        select r.municipality_id, m.name, r.period, r.indicator_code, d.indicator_group,
               case when r.denominator <> 0 then r.numerator / r.denominator * d.scale end,
               r.n, f.suppression_reason, coalesce(p.is_published, false)
          from own_rollups_on_current_municipalities r
          join municipalities m on m.id = r.municipality_id
          join indicator_definitions d on d.code = r.indicator_code
          join public_indicator_figures f
            on f.municipality_id = r.municipality_id and f.indicator_code = r.indicator_code
           and f.period = r.period
          left join publication_settings p
            on p.municipality_id = r.municipality_id and p.indicator_group = d.indicator_group
         where r.municipality_id = ${own}
           and r.indicator_code = any(${codes})
           and r.period = any(${periodList})
      ) figures)::text, '[]') as figures,
      coalesce((select json_agg(json_build_array(g.municipality_id, m.name, g.indicator_group))
          from published_indicator_groups g
          join municipalities m on m.id = g.municipality_id
         where g.indicator_group in (select d.indicator_group from indicator_definitions d
                                      where d.code = any(${codes})))::text, '[]') as publishers`;
  const pending = sendPrepared(db, statement);
  const [row] = (pending ? await pending : await queryRows(db, statement)) as {
    figures: string;
    publishers: string;
  }[];
  const tuples = JSON.parse(row?.figures ?? '[]') as FigureTuple[];
  const publishers = (JSON.parse(row?.publishers ?? '[]') as [string, string, string][]).map(
    ([municipalityId, municipalityName, indicatorGroup]) => ({
      municipalityId,
      municipalityName,
      indicatorGroup,
    }),
  );
  const figures = tuples.map(
    ([
      municipalityId,
      municipalityName,
      period,
      indicatorCode,
      indicatorGroup,
      value,
      n,
      suppressionReason,
      isPublished,
    ]) => ({
      municipalityId,
      municipalityName,
      period,
      indicatorCode,
      indicatorGroup,
      value,
      n,
      suppressionReason,
      isPublished,
    }),
  );
  return { figures, publishers };
}
