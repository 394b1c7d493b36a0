import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { INDICATOR_DEFINITIONS } from '../rollups/indicator-definitions.js';
import { rebuildRollups } from '../rollups/refresh-rollups.js';
import * as schema from '../schema/index.js';
import { insertInBatches } from './bulk-insert.js';
import { SeededRandom } from './random.js';
import { seedCaseload } from './seed-households.js';
import { seedTeams } from './seed-teams.js';

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

/**
 * Fills a migrated database with synthetic but plausible data for every real municipality and
 * district: the same `seed` gives the same rows. Replaces all tenant data; then rebuilds the
 * rollups.
 */
export async function seed(db: Database, options: SeedOptions): Promise<void> {
  const report = options.onProgress ?? (() => {});
  const root = new SeededRandom(options.seed);
  await db.execute(sql.raw(`truncate ${TENANT_TABLES.join(', ')}`));
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
  // Seeded rows reference only rows seeded before them, so the foreign-key triggers, which check
  // every row one by one, are switched off while a superuser seeds (most of a national seed's time).
  const [role] = await queryRows<{ is_superuser: boolean }>(
    db,
    sql`select rolsuper as is_superuser from pg_roles where rolname = current_user`,
  );
  const skipsForeignKeyChecks = role?.is_superuser === true;
  let householdCount = 0;
  let seeded = 0;
  for (const municipality of municipalities) {
    const random = root.fork(municipality.id);
    const own = districts.filter((district) => district.municipalityId === municipality.id);
    const teams = seedTeams(
      random.fork('teams'),
      municipality.id,
      municipality.inhabitants ?? 0,
      own,
    );
    const caseload = seedCaseload(
      random.fork('caseload'),
      { id: municipality.id, households: municipality.households ?? 0 },
      own,
      teams,
      caseloadScale(options.scale, municipality.id),
    );
    const publishing = random.fork('publication');
    await db.transaction(async (tx) => {
      const t = tx as unknown as Database;
      if (skipsForeignKeyChecks) await t.execute(sql`set local session_replication_role = replica`);
      await insertInBatches(t, schema.teams, teams.teams);
      await insertInBatches(t, schema.teamDistricts, teams.teamDistricts);
      await insertInBatches(t, schema.members, teams.members);
      await insertInBatches(t, schema.households, caseload.households);
      await insertInBatches(t, schema.plans, caseload.plans);
      await insertInBatches(t, schema.planEvents, caseload.planEvents);
      await insertInBatches(t, schema.goals, caseload.goals);
      await insertInBatches(t, schema.actions, caseload.actions);
      await insertInBatches(t, schema.assessments, caseload.assessments);
      await insertInBatches(t, schema.registeredEvents, caseload.registeredEvents);
      await insertInBatches(
        t,
        schema.publicationSettings,
        groups.map((indicatorGroup) => ({
          municipalityId: municipality.id,
          indicatorGroup,
          isPublished: publishing.isTrue(0.7),
          updatedAt: '2026-01-01T00:00:00Z',
        })),
      );
    });
    householdCount += caseload.households.length;
    seeded += 1;
    if (seeded % 50 === 0)
      report(
        `Seeded ${seeded} of ${municipalities.length} municipalities, ${householdCount} households.`,
      );
  }
  report(
    `Seeded ${municipalities.length} municipalities, ${householdCount} households (scale ${options.scale}, seed ${options.seed}).`,
  );
  // Fresh statistics first: planned on an empty table's guesses, the rollup queries take minutes.
  await db.execute(sql.raw(`analyze ${TENANT_TABLES.join(', ')}`));
  await rebuildRollups(db);
  report('Rebuilt the rollups.');
}
