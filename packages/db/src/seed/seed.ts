import { getTableName, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { INDICATOR_DEFINITIONS } from '../rollups/indicator-definitions.js';
import { rebuildRollups } from '../rollups/refresh-rollups.js';
import * as schema from '../schema/index.js';
import { BulkWriter } from './bulk-insert.js';
import { dropForBulkLoad } from './bulk-load.js';
import { type CaseloadSize, drawCaseloadSize, type SeedScale } from './caseload-size.js';
import { LARGE_MUNICIPALITY } from './published-rates.js';
import { SeededRandom } from './random.js';
import { type SeededCaseload, seedCaseload } from './seed-households.js';
import { type SeededTeams, seedTeams } from './seed-teams.js';

export {
  DEMO_MUNICIPALITIES,
  SEED_SCALES,
  type SeedScale,
} from './caseload-size.js';

export interface SeedOptions {
  scale: SeedScale;
  seed: number;
  /** Only these municipalities (for tests and quick looks); all current ones when absent. */
  municipalityIds?: readonly string[] | undefined;
  /** Told about progress (a line when a step starts, and every few seconds of a long one). */
  onProgress?: ((message: string) => void) | undefined;
}

/**
 * Publication is a choice per municipality and indicator group, of which no national count is
 * published; assumed: most municipalities with data publish each group (as most publish their
 * Wmo figures on the national monitor).
 */
const CHANCE_OF_PUBLISHING = 0.85;

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

/** The tables a seed writes, each after the ones it references. */
const SEEDED_TABLES = [
  schema.teams,
  schema.teamDistricts,
  schema.members,
  schema.households,
  schema.plans,
  schema.planEvents,
  schema.goals,
  schema.actions,
  schema.assessments,
  schema.registeredEvents,
  schema.publicationSettings,
];

/** Rows gathered before they are written: a few seconds of drawing, some tens of megabytes. */
const ROWS_PER_BATCH = 200_000;

/** Says what a long step is doing: once when it starts, then at most every few seconds. */
function progressReporter(report: (message: string) => void) {
  let last = performance.now();
  return {
    start(message: string) {
      last = performance.now();
      report(message);
    },
    tick(message: () => string) {
      if (performance.now() - last < 3000) return;
      last = performance.now();
      report(message());
    },
  };
}

type MunicipalityRow = typeof schema.municipalities.$inferSelect;
type DistrictRow = typeof schema.districts.$inferSelect;

interface MunicipalityRows {
  size: CaseloadSize;
  teams: SeededTeams;
  caseload: SeededCaseload;
  publication: (typeof schema.publicationSettings.$inferInsert)[];
}

/** Draws every row of one municipality from its own fork of the seed, so subsets agree. */
async function drawMunicipality(
  root: SeededRandom,
  municipality: MunicipalityRow,
  districts: DistrictRow[],
  context: { scale: SeedScale; largeShare: number; groups: string[] },
): Promise<MunicipalityRows> {
  const random = root.fork(municipality.id);
  const facts = {
    id: municipality.id,
    inhabitants: municipality.inhabitants ?? 0,
    households: municipality.households ?? 0,
  };
  const size = drawCaseloadSize(random.fork('size'), facts, context);
  const teams = size.model
    ? seedTeams(
        random.fork('teams'),
        { ...facts, urbanity: municipality.urbanity },
        districts,
        size.model.kinds,
      )
    : {
        teams: [],
        teamDistricts: [],
        members: [],
        teamOfDistrict: new Map(),
        leadsOfTeam: new Map(),
      };
  const caseload = await seedCaseload(
    random.fork('caseload'),
    municipality.id,
    districts,
    teams,
    size,
  );
  const publishing = random.fork('publication');
  const publication = context.groups.map((indicatorGroup) => ({
    municipalityId: municipality.id,
    indicatorGroup,
    isPublished: publishing.isTrue(CHANCE_OF_PUBLISHING),
    updatedAt: '2026-01-01T00:00:00Z',
  }));
  return { size, teams, caseload, publication };
}

function gather(writer: BulkWriter, rows: MunicipalityRows) {
  const { teams, caseload } = rows;
  writer.add(schema.teams, teams.teams);
  writer.add(schema.teamDistricts, teams.teamDistricts);
  writer.add(schema.members, teams.members);
  writer.add(schema.households, caseload.households);
  writer.add(schema.plans, caseload.plans);
  writer.add(schema.planEvents, caseload.planEvents);
  writer.add(schema.goals, caseload.goals);
  writer.add(schema.actions, caseload.actions);
  writer.add(schema.assessments, caseload.assessments);
  writer.add(schema.registeredEvents, caseload.registeredEvents);
  writer.add(schema.publicationSettings, rows.publication);
}

/** The current municipalities (all, for the national shares; and those to seed) and districts. */
async function readGeography(db: Database, municipalityIds: readonly string[] | undefined) {
  const all = await db
    .select()
    .from(schema.municipalities)
    .where(sql`${schema.municipalities.validUntil} is null`)
    .orderBy(schema.municipalities.id);
  const districts = await db.select().from(schema.districts).orderBy(schema.districts.id);
  const districtsOf = new Map<string, DistrictRow[]>();
  for (const district of districts) {
    const own = districtsOf.get(district.municipalityId);
    if (own) own.push(district);
    else districtsOf.set(district.municipalityId, [district]);
  }
  const large = all.filter((m) => (m.inhabitants ?? 0) >= LARGE_MUNICIPALITY).length;
  return {
    municipalities: all.filter((m) => municipalityIds?.includes(m.id) ?? true),
    districtsOf,
    largeShare: all.length > 0 ? large / all.length : 0,
  };
}

async function isSuperuser(db: Database): Promise<boolean> {
  const [role] = await queryRows<{ is_superuser: boolean }>(
    db,
    sql`select rolsuper as is_superuser from pg_roles where rolname = current_user`,
  );
  return role?.is_superuser === true;
}

/**
 * Fills a migrated database with synthetic but plausible data for every real municipality and
 * district: the same `seed` gives the same rows. Replaces all tenant data, all or nothing in one
 * transaction; then rebuilds the rollups.
 */
export async function seed(db: Database, options: SeedOptions): Promise<void> {
  const progress = progressReporter(options.onProgress ?? (() => {}));
  const root = new SeededRandom(options.seed);
  const { municipalities, districtsOf, largeShare } = await readGeography(
    db,
    options.municipalityIds,
  );
  const groups = [
    ...new Set(INDICATOR_DEFINITIONS.map((definition) => definition.indicatorGroup)),
  ].sort();
  const context = { scale: options.scale, largeShare, groups };
  const superuser = await isSuperuser(db);
  const counts = { municipalities: 0, withTeams: 0, households: 0, rows: 0 };
  await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    // Truncated in this transaction, the tables take their rows already frozen (COPY FREEZE).
    await t.execute(sql.raw(`truncate ${TENANT_TABLES.join(', ')}`));
    // Seeded rows reference only rows seeded before them, so the foreign-key triggers, which check
    // every row one by one, are switched off while a superuser seeds; and the keys and indexes no
    // foreign key needs are built once at the end, in one sorted pass each, not row by row.
    const deferred = superuser
      ? await dropForBulkLoad(
          t,
          SEEDED_TABLES.map((table) => getTableName(table)),
        )
      : [];
    if (superuser) await t.execute(sql`set local session_replication_role = replica`);
    const writer = new BulkWriter(t, SEEDED_TABLES, { freeze: true, rowsPerBatch: ROWS_PER_BATCH });
    progress.start(
      `Drawing and writing teams, households and plans for ${municipalities.length} municipalities (scale ${options.scale}, seed ${options.seed}).`,
    );
    for (const municipality of municipalities) {
      const rows = await drawMunicipality(
        root,
        municipality,
        districtsOf.get(municipality.id) ?? [],
        context,
      );
      gather(writer, rows);
      counts.municipalities += 1;
      counts.withTeams += rows.teams.teams.length > 0 ? 1 : 0;
      counts.households += rows.caseload.households.length;
      await writer.writeWhenFull();
      progress.tick(
        () =>
          `  ${counts.municipalities} of ${municipalities.length} municipalities, ${counts.households} households so far.`,
      );
    }
    progress.start(`Writing the last rows of ${counts.households} households.`);
    await writer.finish();
    if (deferred.length > 0) {
      progress.start(`Building ${deferred.length} keys and indexes.`);
      await t.execute(sql`set local maintenance_work_mem = '512MB'`);
      for (const statement of deferred) await t.execute(sql.raw(statement));
    }
  });
  progress.start(
    `Seeded ${counts.municipalities} municipalities (${counts.withTeams} with teams), ${counts.households} households. Analysing the tables.`,
  );
  // Fresh statistics first: planned on an empty table's guesses, the rollup queries take minutes.
  await db.execute(sql.raw(`analyze ${TENANT_TABLES.join(', ')}`));
  progress.start(`Computing the indicator rollups of ${counts.withTeams} municipalities.`);
  // Each municipality's kept periods start with its first seeded data: none before it.
  await rebuildRollups(db, {
    onRefreshed: (done, total) =>
      progress.tick(() => `  rollups of ${done} of ${total} municipalities computed.`),
  });
  progress.start('Rebuilt the rollups.');
}

/**
 * Whether some municipality has seeded rows but no rollups: a seed that stopped while it computed
 * them (its rows commit first). `rebuildRollups` then finishes the job.
 */
export async function hasMunicipalitiesWithoutRollups(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ missing: boolean }>(
    db,
    sql`select exists (
          select municipality_id from teams
          except select municipality_id from indicator_rollups where level = 'municipality'
        ) as missing`,
  );
  return row?.missing === true;
}
