import { planWithheldFigures } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { textArray } from '../sql-values.js';

/**
 * Recomputes what the public may see of one municipality's rollups (public_indicator_figures):
 * the value and n of each municipality-level rollup on today's municipalities (its former
 * municipalities' history included, through the merger lineage), or the reason it is withheld. It plans the
 * municipality's whole series, in the caller's transaction, so the rollups and their public
 * figures change together; refreshRollups calls it last. Given `indicators`, only their public rows
 * are planned again (each indicator's series is planned on its own). Returns the rows written or
 * removed.
 */
export async function refreshPublicFigures(
  tx: Database,
  municipalityId: string,
  indicators?: readonly string[],
): Promise<number> {
  // Each indicator's series is planned on its own, so only the given indicators' rows can change.
  const chosen = (alias: string) =>
    indicators === undefined
      ? sql`true`
      : sql`${sql.raw(alias)}indicator_code = any(${textArray(indicators)}::text[])`;
  const rollups = await queryRows<{ indicator_code: string; period: string; n: number | string }>(
    tx,
    sql`select indicator_code, period, n from own_rollups_on_current_municipalities
         where municipality_id = ${municipalityId} and ${chosen('')}`,
  );
  const withheld = planWithheldFigures(
    rollups.map((row) => ({
      indicatorCode: row.indicator_code,
      period: row.period,
      n: Number(row.n),
    })),
  );
  const reasons = JSON.stringify(
    [...withheld].map(([key, reason]) => {
      const [indicatorCode, period] = key.split('|');
      return { indicator_code: indicatorCode, period, reason };
    }),
  );
  // Values are worked out here from the rollup itself, as every other reader of the rollups does.
  const [row] = await queryRows<{ written: number | string }>(
    tx,
    sql`with withheld as (
          select * from jsonb_to_recordset(cast(${reasons}::text as jsonb))
            as w(indicator_code text, period text, reason text)
        ),
        fresh as (
          select r.indicator_code, r.period, w.reason,
                 case when w.reason is null and r.denominator <> 0
                      then r.numerator / r.denominator * d.scale end as value,
                 case when w.reason is null then r.n end as n
            from own_rollups_on_current_municipalities r
            join indicator_definitions d on d.code = r.indicator_code
            left join withheld w on w.indicator_code = r.indicator_code and w.period = r.period
           where r.municipality_id = ${municipalityId} and ${chosen('r.')}
        ),
        upserted as (
          insert into public_indicator_figures as f
            (municipality_id, indicator_code, period, value, n, suppression_reason)
          select ${municipalityId}, indicator_code, period, value, n, reason from fresh
          on conflict (municipality_id, indicator_code, period) do update
            set value = excluded.value, n = excluded.n, suppression_reason = excluded.suppression_reason
            where (f.value, f.n, f.suppression_reason)
                  is distinct from (excluded.value, excluded.n, excluded.suppression_reason)
          returning 1
        ),
        removed as (
          delete from public_indicator_figures f
           where f.municipality_id = ${municipalityId} and ${chosen('f.')}
             and not exists (select 1 from fresh r
                              where r.indicator_code = f.indicator_code and r.period = f.period)
          returning 1
        )
        select (select count(*) from upserted) + (select count(*) from removed) as written`,
  );
  return Number(row?.written ?? 0);
}

/**
 * Fills in the public figures of every municipality that has rollups but none yet (a database
 * migrated from before public_indicator_figures existed), one transaction per municipality.
 * Every write keeps them current from then on, so run again it finds nothing to do.
 */
export async function fillMissingPublicFigures(db: Database): Promise<number> {
  const missing = await queryRows<{ id: string }>(
    db,
    sql`select m.id from municipalities m
         where exists (select 1 from own_rollups_on_current_municipalities r
                        where r.municipality_id = m.id)
           and not exists (select 1 from public_indicator_figures f where f.municipality_id = m.id)
         order by m.id`,
  );
  for (const { id } of missing) {
    await db.transaction((tx) => refreshPublicFigures(tx as unknown as Database, id));
  }
  return missing.length;
}
