import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { NotAvailableError } from './availability.js';
import { createScratchDatabase } from './database.js';
import { percentile, round } from './statistics.js';

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

/** Rounds of import and COPY, alternating; each side's median rate counts. */
export const IMPORT_ROUNDS = 3;

/** Rows of one kind in both shapes: the import's CSV file and COPY's lines. */
interface KindRows {
  readonly kind: ImportRate['kind'];
  readonly rows: number;
  readonly csv: string;
  readonly copyStatement: string;
  readonly copyLines: readonly string[];
}

/**
 * The db package's CSV import against a raw COPY of the same rows: households of the largest
 * municipality of the bench database and their assessments, written out as the import's CSV
 * files. A single import or COPY of these rows takes a second or two, and a COPY's rate varies
 * by a third from one to the next with the disk, so each is measured IMPORT_ROUNDS times, alternating,
 * each round into an empty migrated database of its own; the medians are compared. The import is
 * timed whole, as a municipality waits for it: with the rollup refresh that makes its rows count
 * in the benchmark, inside its transaction. COPY writes the rows and nothing else.
 */
export async function measureImportRates(
  benchUrl: string,
  households: number,
): Promise<ImportRate[]> {
  const db = (await import('@wijknet/db')) as unknown as DbModule;
  const importCsv = db.importCsv;
  if (typeof importCsv !== 'function')
    throw new NotAvailableError('@wijknet/db does not export importCsv yet');
  const { municipalityId, kinds } = await exportRows(benchUrl, households);
  const importSeconds: Record<ImportRate['kind'], number[]> = { households: [], assessments: [] };
  const copySeconds: Record<ImportRate['kind'], number[]> = { households: [], assessments: [] };
  for (let round = 0; round < IMPORT_ROUNDS; round++) {
    const target = await createScratchDatabase('import');
    try {
      const handle = await db.createDatabase({ url: target.url });
      try {
        await db.migrate(handle);
        await db.loadReferenceData(handle.db);
        for (const { kind, csv } of kinds) {
          const seconds = await timed(() =>
            importCsv(handle.db, {
              kind,
              municipalityId,
              source: new TextEncoder().encode(csv),
              secret: 'bench-pseudonym-secret-of-32-characters',
            }),
          );
          importSeconds[kind].push(seconds);
        }
      } finally {
        await handle.close();
      }
      const sink = postgres(target.url, { max: 1, onnotice: () => {} });
      try {
        await sink`truncate households cascade`;
        for (const { kind, copyStatement, copyLines } of kinds) {
          const seconds = await timed(async () => {
            const stream = await sink.unsafe(copyStatement).writable();
            await new Promise<void>((resolve, reject) => {
              stream.on('finish', resolve).on('error', reject);
              stream.end(`${copyLines.join('\n')}\n`);
            });
          });
          copySeconds[kind].push(seconds);
        }
      } finally {
        await sink.end({ timeout: 5 });
      }
    } finally {
      await target.drop();
    }
  }
  return kinds.map(({ kind, rows }) => {
    const importRate = rows / percentile(importSeconds[kind], 0.5);
    const copyRate = rows / percentile(copySeconds[kind], 0.5);
    return {
      kind,
      rows,
      importRowsPerSecond: Math.round(importRate),
      copyRowsPerSecond: Math.round(copyRate),
      share: round(importRate / copyRate),
    };
  });
}

/** The rows both sides write, read once from the bench database. */
async function exportRows(
  benchUrl: string,
  households: number,
): Promise<{ municipalityId: string; kinds: KindRows[] }> {
  const source = postgres(benchUrl, { max: 1, onnotice: () => {} });
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
    // COPY writes the ids the import would derive itself: new ones, one per household.
    const newId = new Map([...referenceOf.keys()].map((id) => [id, randomUUID()]));
    const line = (cells: unknown[], cell: (value: unknown) => string, separator: string) =>
      cells.map(cell).join(separator);
    return {
      municipalityId,
      kinds: [
        {
          kind: 'households',
          rows: householdRows.length,
          csv: [
            'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel',
            ...householdRows.map((row) =>
              line(
                [referenceOf.get(String(row.id)), ...HOUSEHOLD_FIELDS.map((field) => row[field])],
                csvCell,
                ',',
              ),
            ),
          ].join('\n'),
          copyStatement: `copy households (municipality_id, id, reference_hash, ${HOUSEHOLD_FIELDS.join(', ')}) from stdin`,
          copyLines: householdRows.map((row) =>
            line(
              [
                municipalityId,
                newId.get(String(row.id)),
                referenceOf.get(String(row.id)),
                ...HOUSEHOLD_FIELDS.map((field) => row[field]),
              ],
              copyCell,
              '\t',
            ),
          ),
        },
        {
          kind: 'assessments',
          rows: assessmentRows.length,
          csv: [
            `household_reference,plan_reference,assessed_on,moment,${SCORES.join(',')}`,
            ...assessmentRows.map((row) =>
              line(
                [
                  referenceOf.get(String(row.household_id)),
                  '',
                  row.assessed_on,
                  row.moment,
                  ...SCORES.map((score) => row[score]),
                ],
                csvCell,
                ',',
              ),
            ),
          ].join('\n'),
          copyStatement: `copy assessments (municipality_id, household_id, assessed_on, moment, ${SCORES.join(', ')}) from stdin`,
          copyLines: assessmentRows.map((row) =>
            line(
              [
                municipalityId,
                newId.get(String(row.household_id)),
                row.assessed_on,
                row.moment,
                ...SCORES.map((score) => row[score]),
              ],
              copyCell,
              '\t',
            ),
          ),
        },
      ],
    };
  } finally {
    await source.end({ timeout: 5 });
  }
}
