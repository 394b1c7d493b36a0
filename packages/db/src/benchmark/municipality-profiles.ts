import { eq, inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { districts, municipalities } from '../schema/index.js';

/**
 * The CBS characteristics of a current municipality (gemeenteprofiel) that peer groups are
 * formed on. Reference data: readable by everyone.
 */
export interface MunicipalityCharacteristics {
  readonly id: string;
  readonly name: string;
  readonly province: string;
  readonly inhabitants: number;
  readonly households: number;
  /** Stedelijkheid: 1 very strongly urban to 5 not urban. */
  readonly urbanity: number;
}

/**
 * Every current municipality (no merger date) with its province, inhabitants, households and
 * urbanity, in code order: one SQL statement. Municipalities the CBS lists lack one of these
 * for are left out, since no peer group can be formed on missing figures.
 */
export async function readMunicipalityCharacteristics(
  db: Database,
): Promise<MunicipalityCharacteristics[]> {
  const rows = await queryRows<MunicipalityCharacteristics>(
    db,
    sql`select id, name, province, inhabitants, households, urbanity::int as urbanity
          from municipalities
         where valid_until is null
           and province is not null and inhabitants > 0 and households > 0 and urbanity is not null
         order by id`,
  );
  return rows.map((row) => ({
    ...row,
    inhabitants: Number(row.inhabitants),
    households: Number(row.households),
  }));
}

/**
 * The access mandate (toegang) most current teams of a municipality hold, by CBS code: of every
 * municipality that publishes its team composition, and of the scope's own municipality whether
 * it publishes or not (row-level security holds every other municipality's teams back). One
 * statement.
 */
export async function readAccessMandates(
  db: Database,
  ownMunicipalityId: string | null,
): Promise<Map<string, string>> {
  const rows = await queryRows<{ municipality_id: string; mandate: string }>(
    db,
    sql`select municipality_id, mandate from published_access_mandates
        union
        select * from (
          select distinct on (municipality_id) municipality_id, mandate
            from teams
           where municipality_id = ${ownMunicipalityId ?? ''} and ended_on is null
           group by municipality_id, mandate
           order by municipality_id, count(*) desc, mandate
        ) own`,
  );
  return new Map(rows.map((row) => [row.municipality_id, row.mandate]));
}

/** Municipalities (gemeenten) by CBS code, current or former, as reference rows: one statement. */
export async function readMunicipalities(
  db: Database,
  ids: readonly string[],
): Promise<Array<typeof municipalities.$inferSelect>> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(municipalities)
    .where(inArray(municipalities.id, [...ids]))
    .orderBy(municipalities.id);
}

/** The districts (wijken) of a municipality as reference rows, by code: one statement. */
export async function readDistrictsOf(
  db: Database,
  municipalityId: string,
): Promise<Array<typeof districts.$inferSelect>> {
  return db
    .select()
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(districts.id);
}
