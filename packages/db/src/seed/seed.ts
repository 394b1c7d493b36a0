import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { INDICATOR_DEFINITIONS } from '../rollups/indicator-definitions.js';
import { rebuildRollups } from '../rollups/refresh-rollups.js';
import * as schema from '../schema/index.js';
import { type CopyOptions, insertInBatches } from './bulk-insert.js';
import { SeededRandom } from './random.js';
import { type SeededCaseload, seedCaseload } from './seed-households.js';
import { type SeededTeams, seedTeams } from './seed-teams.js';

export const SEED_SCALES = ['demo', 'small', 'national'] as const;
export type SeedScale = (typeof SEED_SCALES)[number];

export interface SeedOptions {
  scale: SeedScale;
  seed: number;
  /** Only these municipalities (for tests and quick looks); all current ones when absent. */
  municipalityIds?: readonly string[] | undefined;
  /** Told about progress (one line per step); silent when absent. */
  onProgress?: ((message: string) => void) | undefined;
}

/** The municipalities the demo shows in full detail: Leeuwarden and its Frisian neighbours, Haarlem. */
export const DEMO_MUNICIPALITIES = ['GM0080', 'GM0072', 'GM0088', 'GM1900', 'GM0392'];

/** The share of the national caseload seeded for a municipality at a scale. */
export function caseloadScale(scale: SeedScale, municipalityId: string): number {
  if (scale === 'national') return 1;
  if (scale === 'small') return 0.01;
  return DEMO_MUNICIPALITIES.includes(municipalityId) ? 0.05 : 0.002;
}

const TENANT_TABLES = [
  'public_indicator_figures',
  'indicator_rollups',
  'audit_log',
  'stories',
  'publication_settings',
  'registered_events',
  'assessments',
  'actions',
  'goals',
  'plan_events',
  'plans',
  'households',
  'members',
  'team_districts',
  'teams',
];

/** The indexes of the tenant tables that enforce nothing: a bulk load builds them afterwards. */
async function dropSecondaryIndexes(db: Database): Promise<string[]> {
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select i.relname as name, pg_get_indexdef(i.oid) as definition
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = current_schema() and t.relname = any(${`{${TENANT_TABLES.join(',')}}`}::text[])
          and not x.indisunique
        order by t.relname, i.relname`,
  );
  for (const { name } of indexes) await db.execute(sql`drop index ${sql.identifier(name)}`);
  return indexes.map((index) => index.definition);
}

interface MunicipalityRows {
  municipalityId: string;
  teams: SeededTeams;
  caseload: SeededCaseload;
  publication: (typeof schema.publicationSettings.$inferInsert)[];
}

async function writeMunicipality(db: Database, rows: MunicipalityRows, copy: CopyOptions) {
  const { teams, caseload } = rows;
  await insertInBatches(db, schema.teams, teams.teams, copy);
  await insertInBatches(db, schema.teamDistricts, teams.teamDistricts, copy);
  await insertInBatches(db, schema.members, teams.members, copy);
  await insertInBatches(db, schema.households, caseload.households, copy);
  await insertInBatches(db, schema.plans, caseload.plans, copy);
  await insertInBatches(db, schema.planEvents, caseload.planEvents, copy);
  await insertInBatches(db, schema.goals, caseload.goals, copy);
  await insertInBatches(db, schema.actions, caseload.actions, copy);
  await insertInBatches(db, schema.assessments, caseload.assessments, copy);
  await insertInBatches(db, schema.registeredEvents, caseload.registeredEvents, copy);
  await insertInBatches(db, schema.publicationSettings, rows.publication, copy);
}

/**
 * Fills a migrated database with synthetic but plausible data for every real municipality and
 * district: the same `seed` gives the same rows. Replaces all tenant data, all or nothing in one
 * transaction; then rebuilds the rollups.
 */
export async function seed(db: Database, options: SeedOptions): Promise<void> {
  const report = options.onProgress ?? (() => {});
  const root = new SeededRandom(options.seed);
  const municipalities = (
    await db
      .select()
      .from(schema.municipalities)
      .where(sql`${schema.municipalities.validUntil} is null`)
      .orderBy(schema.municipalities.id)
  ).filter((m) => options.municipalityIds?.includes(m.id) ?? true);
  const districts = await db.select().from(schema.districts).orderBy(schema.districts.id);
  const groups = [
    ...new Set(INDICATOR_DEFINITIONS.map((definition) => definition.indicatorGroup)),
  ].sort();
  const [role] = await queryRows<{ is_superuser: boolean }>(
    db,
    sql`select rolsuper as is_superuser from pg_roles where rolname = current_user`,
  );
  const isSuperuser = role?.is_superuser === true;
  const generate = async (municipality: (typeof municipalities)[number]) => {
    const random = root.fork(municipality.id);
    const own = districts.filter((district) => district.municipalityId === municipality.id);
    const teams = seedTeams(
      random.fork('teams'),
      municipality.id,
      municipality.inhabitants ?? 0,
      own,
    );
    const caseload = await seedCaseload(
      random.fork('caseload'),
      { id: municipality.id, households: municipality.households ?? 0 },
      own,
      teams,
      caseloadScale(options.scale, municipality.id),
    );
    const publishing = random.fork('publication');
    const publication = groups.map((indicatorGroup) => ({
      municipalityId: municipality.id,
      indicatorGroup,
      isPublished: publishing.isTrue(0.7),
      updatedAt: '2026-01-01T00:00:00Z',
    }));
    return { municipalityId: municipality.id, teams, caseload, publication };
  };
  let householdCount = 0;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    // Truncated in this transaction, the tables take their rows already frozen (COPY FREEZE).
    await t.execute(sql.raw(`truncate ${TENANT_TABLES.join(', ')}`));
    // Seeded rows reference only rows seeded before them, so the foreign-key triggers, which check
    // every row one by one, are switched off while a superuser seeds; and the indexes that only
    // speed up reads are built once at the end, in one sorted pass each, instead of row by row.
    const deferredIndexes = isSuperuser ? await dropSecondaryIndexes(t) : [];
    if (isSuperuser) await t.execute(sql`set local session_replication_role = replica`);
    const copy: CopyOptions = { freeze: true };
    // One municipality is written while the next is drawn: the database and the generator each
    // keep a core busy. At most two municipalities' rows are held at once.
    let writing: Promise<void> = Promise.resolve();
    let written = 0;
    for (const municipality of municipalities) {
      const rows = await generate(municipality);
      await writing;
      writing = writeMunicipality(t, rows, copy).then(() => {
        householdCount += rows.caseload.households.length;
        written += 1;
        if (written % 50 === 0)
          report(
            `Seeded ${written} of ${municipalities.length} municipalities, ${householdCount} households.`,
          );
      });
      // Its failure is awaited below; until then it must not count as unhandled.
      writing.catch(() => {});
    }
    await writing;
    if (deferredIndexes.length > 0) {
      await t.execute(sql`set local maintenance_work_mem = '512MB'`);
      for (const definition of deferredIndexes) await t.execute(sql.raw(definition));
      report(`Built ${deferredIndexes.length} indexes.`);
    }
  });
  report(
    `Seeded ${municipalities.length} municipalities, ${householdCount} households (scale ${options.scale}, seed ${options.seed}).`,
  );
  // Fresh statistics first: planned on an empty table's guesses, the rollup queries take minutes.
  await db.execute(sql.raw(`analyze ${TENANT_TABLES.join(', ')}`));
  await rebuildRollups(db);
  report('Rebuilt the rollups.');
}
