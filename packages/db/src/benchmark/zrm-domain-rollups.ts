import type { LifeDomain } from '@wijknet/household';
import { ZRM_DOMAIN_CHANGE_INDICATOR, type ZrmDomainCounts } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';

interface DomainRow {
  period: string;
  life_domain: LifeDomain;
  change_sum: number | string;
  n: number | string;
  improved: number | string;
  unchanged: number | string;
  worsened: number | string;
}

/** One municipality's ZRM change per life domain, every period kept, and whether it publishes it. */
export interface ZrmDomainSeries {
  readonly series: ZrmDomainCounts[];
  /** Whether the municipality publishes the indicator group of zrm-mean-change. */
  readonly isPublished: boolean;
}

/**
 * The ZRM change per life domain of one municipality over every period kept (the whole series,
 * which public suppression needs), in two statements. The scope's own municipality is read from
 * its rollups whether it publishes or not (row-level security keeps every other municipality's
 * rows out of that table); any other only through `published_zrm_domain_rollups`.
 */
export async function readZrmDomainSeries(
  db: Database,
  options: { readonly municipalityId: string; readonly ownMunicipalityId: string | null },
): Promise<ZrmDomainSeries> {
  const { municipalityId } = options;
  const source =
    options.ownMunicipalityId === municipalityId
      ? sql`zrm_domain_rollups`
      : sql`published_zrm_domain_rollups`;
  const rows = await queryRows<DomainRow>(
    db,
    sql`select period, life_domain, change_sum, n, improved, unchanged, worsened
          from ${source} where municipality_id = ${municipalityId}
         order by period, life_domain`,
  );
  const [published] = await queryRows<{ is_published: boolean }>(
    db,
    sql`select exists (
          select 1 from published_indicator_groups g
            join indicator_definitions d on d.indicator_group = g.indicator_group
           where g.municipality_id = ${municipalityId} and d.code = ${ZRM_DOMAIN_CHANGE_INDICATOR}
        ) as is_published`,
  );
  return {
    series: rows.map((row) => ({
      lifeDomain: row.life_domain,
      period: row.period,
      changeSum: Number(row.change_sum),
      n: Number(row.n),
      improved: Number(row.improved),
      unchanged: Number(row.unchanged),
      worsened: Number(row.worsened),
    })),
    isPublished: published?.is_published ?? false,
  };
}
