import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { NotAvailableError } from './availability.js';
import { createScratchDatabase } from './database.js';
import { round } from './statistics.js';

export interface ImportRate {
  readonly kind: 'households' | 'assessments';
  readonly rows: number;
  readonly importRowsPerSecond: number;
  readonly copyRowsPerSecond: number;
  /** import rate / COPY rate; the target is at least 0.5. */
  readonly share: number;
}

type DbModule = {
  importCsv?: (
    db: unknown,
    options: {
      kind: string;
      municipalityId: string;
      source: Uint8Array;
      secret: string;
      refreshRollups: () => Promise<unknown>;
    },
  ) => Promise<unknown>;
  createDatabase(options: { url: string }): Promise<{ db: unknown; close(): Promise<void> }>;
  migrate(handle: unknown): Promise<void>;
  loadReferenceData(db: unknown): Promise<void>;
};

const SCORES = [
  'finances',
  'work_and_education',
  'time_use',
  'housing',
  'domestic_relations',
  'mental_health',
  'physical_health',
  'substance_use',
  'basic_adl',
  'instrumental_adl',
  'social_network',
  'social_participation',
  'justice',
  'parenting',
] as const;
const HOUSEHOLD_FIELDS = [
  'district_id',
  'size',
  'adults',
  'minors',
  'eldest_age_band',
  'registered_on',
  'intake_channel',
] as const;

const csvCell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const copyCell = (value: unknown) =>
  value === null || value === undefined ? '\\N' : String(value);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/**
 * The db package's CSV import against a raw COPY of the same rows, each into an empty migrated
 * database: households of the largest municipality of the bench database and their assessments,
 * written out as the import's CSV files. Rollups are not refreshed during the import (a no-op
 * refresh), so both sides write the same rows and nothing else.
 */
export async function measureImportRates(
  benchUrl: string,
  households: number,
): Promise<ImportRate[]> {
  const db = (await import('@wijknet/db')) as unknown as DbModule;
  const importCsv = db.importCsv;
  if (typeof importCsv !== 'function')
    throw new NotAvailableError('@wijknet/db does not export importCsv yet');
  const source = postgres(benchUrl, { max: 1, onnotice: () => {} });
  const target = await createScratchDatabase('import');
  try {
    const [largest] = await source`
      select municipality_id as id from households group by municipality_id order by count(*) desc limit 1`;
    if (!largest) throw new NotAvailableError('the bench database has no households to export');
    const municipalityId = String(largest.id);
    const householdRows = await source`
      select id, district_id, size, adults, minors, eldest_age_band, registered_on::text as registered_on, intake_channel
      from households where municipality_id = ${municipalityId} order by id limit ${households}`;
    const referenceOf = new Map(
      householdRows.map((row, index) => [String(row.id), `bench-${index}`]),
    );
    const assessmentRows = await source`
      select household_id, assessed_on::text as assessed_on, moment, ${source.unsafe(SCORES.join(', '))}
      from assessments where municipality_id = ${municipalityId} and household_id = any(${[...referenceOf.keys()]}::uuid[])`;

    const householdsCsv = [
      'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel',
      ...householdRows.map((row) =>
        [referenceOf.get(String(row.id)), ...HOUSEHOLD_FIELDS.map((field) => row[field])]
          .map(csvCell)
          .join(','),
      ),
    ].join('\n');
    const assessmentsCsv = [
      `household_reference,plan_reference,assessed_on,moment,${SCORES.join(',')}`,
      ...assessmentRows.map((row) =>
        [
          referenceOf.get(String(row.household_id)),
          '',
          row.assessed_on,
          row.moment,
          ...SCORES.map((score) => row[score]),
        ]
          .map(csvCell)
          .join(','),
      ),
    ].join('\n');

    const handle = await db.createDatabase({ url: target.url });
    let importSeconds: Record<ImportRate['kind'], number>;
    try {
      await db.migrate(handle);
      await db.loadReferenceData(handle.db);
      const run = (kind: string, csv: string) =>
        importCsv(handle.db, {
          kind,
          municipalityId,
          source: new TextEncoder().encode(csv),
          secret: 'bench-pseudonym-secret-of-32-characters',
          refreshRollups: async () => {},
        });
      importSeconds = {
        households: await timed(() => run('households', householdsCsv)),
        assessments: await timed(() => run('assessments', assessmentsCsv)),
      };
    } finally {
      await handle.close();
    }

    const sink = postgres(target.url, { max: 1, onnotice: () => {} });
    let copySeconds: Record<ImportRate['kind'], number>;
    try {
      await sink`truncate households cascade`;
      const newId = new Map([...referenceOf.keys()].map((id) => [id, randomUUID()]));
      const copy = async (statement: string, lines: string[]) => {
        const stream = await sink.unsafe(statement).writable();
        await new Promise<void>((resolve, reject) => {
          stream.on('finish', resolve).on('error', reject);
          stream.end(`${lines.join('\n')}\n`);
        });
      };
      const householdLines = householdRows.map((row) =>
        [
          municipalityId,
          newId.get(String(row.id)),
          referenceOf.get(String(row.id)),
          ...HOUSEHOLD_FIELDS.map((field) => row[field]),
        ]
          .map(copyCell)
          .join('\t'),
      );
      const assessmentLines = assessmentRows.map((row) =>
        [
          municipalityId,
          newId.get(String(row.household_id)),
          row.assessed_on,
          row.moment,
          ...SCORES.map((score) => row[score]),
        ]
          .map(copyCell)
          .join('\t'),
      );
      copySeconds = {
        households: await timed(() =>
          copy(
            `copy households (municipality_id, id, reference_hash, ${HOUSEHOLD_FIELDS.join(', ')}) from stdin`,
            householdLines,
          ),
        ),
        assessments: await timed(() =>
          copy(
            `copy assessments (municipality_id, household_id, assessed_on, moment, ${SCORES.join(', ')}) from stdin`,
            assessmentLines,
          ),
        ),
      };
    } finally {
      await sink.end({ timeout: 5 });
    }
    const rowsOf = { households: householdRows.length, assessments: assessmentRows.length };
    return (['households', 'assessments'] as const).map((kind) => {
      const importRate = rowsOf[kind] / importSeconds[kind];
      const copyRate = rowsOf[kind] / copySeconds[kind];
      return {
        kind,
        rows: rowsOf[kind],
        importRowsPerSecond: Math.round(importRate),
        copyRowsPerSecond: Math.round(copyRate),
        share: round(importRate / copyRate),
      };
    });
  } finally {
    await source.end({ timeout: 5 });
    await target.drop();
  }
}
