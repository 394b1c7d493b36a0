import { setImmediate } from 'node:timers/promises';
import { municipalityCodeSchema } from '@wijknet/household';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { firstDataDay } from '../rollups/kept-periods.js';
import { refreshRollups } from '../rollups/refresh-rollups.js';
import { withScope } from '../tenancy.js';
import type { WriteCounts } from './batch-writes.js';
import { reportLongCells } from './cell-limits.js';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import { ImportError } from './import-error.js';
import {
  IMPORT_KINDS,
  type ImportKind,
  type ImportKindName,
  type ImportSession,
  type LineRow,
} from './import-kind.js';
import { IMPORT_KIND_HANDLERS } from './import-kinds.js';
import { ProblemList } from './problem-list.js';
import {
  NO_REACH,
  type RefreshScope,
  type RollupReach,
  refreshScopeOf,
  widerReach,
} from './rollup-reach.js';
import type { CsvSource } from './utf8-text.js';

/**
 * Brings a municipality's rollups of these periods (every kept period when undefined) up to date
 * inside the import's transaction.
 */
export type RefreshRollups = (
  tx: Database,
  municipalityId: string,
  scope: RefreshScope,
) => Promise<unknown>;

export interface ImportCsvOptions {
  /** What the file holds: teams, members, households, plan-events, assessments or registered-events. */
  readonly kind: string;
  /** The municipality (CBS code) the file belongs to; the import cannot write any other one's rows. */
  readonly municipalityId: string;
  /** The file's bytes, or a stream of them (e.g. `createReadStream(path)`). */
  readonly source: CsvSource;
  /** The municipality's pseudonymisation secret (see `resolvePseudonymSecret`). */
  readonly secret: string | Uint8Array;
  /** The file's name, for messages; `the file` when absent. */
  readonly fileName?: string | undefined;
  /** How rollups are refreshed after the rows are written, in the same transaction; `refreshRollups` by default. */
  readonly refreshRollups?: RefreshRollups | undefined;
}

/** What an import did: rows read, and how many were new, changed or already there unchanged. */
export interface ImportSummary {
  readonly kind: ImportKindName;
  readonly municipalityId: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

function isImportKind(kind: string): kind is ImportKindName {
  return (IMPORT_KINDS as readonly string[]).includes(kind);
}

/**
 * Refuses an unknown code, and a former one (merged away) with the code or codes it lives on in
 * today, so the person importing knows where the rows belong.
 */
async function checkMunicipality(tx: Database, municipalityId: string): Promise<void> {
  const [row] = await queryRows<{ name: string; valid_until: string | null; successors: string }>(
    tx,
    sql`select m.name, m.valid_until::text,
               coalesce((select string_agg(c.id || ' (' || c.name || ')', ' or ' order by c.id)
                           from municipality_lineage l join municipalities c on c.id = l.current_id
                          where l.historical_id = m.id and l.current_id <> m.id), '') as successors
          from municipalities m where m.id = ${municipalityId}`,
  );
  if (row === undefined) {
    throw new ImportError(
      'unknown-municipality',
      `${municipalityId} is not a known CBS municipality code.`,
    );
  }
  if (row.valid_until !== null) {
    throw new ImportError(
      'unknown-municipality',
      `${municipalityId} (${row.name}) no longer exists since ${row.valid_until}, after a municipal merger (herindeling); import into ${row.successors || 'the municipality it became part of'}, which holds its history.`,
    );
  }
}

/** Where an import's records come from: a CSV file, or rows handed over by an API. */
type RecordSource = (session: ImportSession) => AsyncIterable<CsvRecord> | Iterable<CsvRecord>;

/**
 * Rows read between two turns of the event loop. Reading a buffered file never waits on its own,
 * so the replies of Postgres to the chunks' statements (and the COPY stream's drain) are only
 * handled at these turns: few rows each, so the connection idles little between statements.
 */
const ROWS_PER_TURN = 100;

/**
 * Reads, checks and writes the rows. A kind that can be checked a chunk at a time has each
 * chunk checked and written as soon as it is read, one chunk after another on the transaction's
 * connection, while the reading goes on: the database checks and writes while the file is
 * parsed. Reading waits only when two chunks are still ahead of it, to bound memory. Once any
 * problem is found nothing more is written, and the caller's refusal rolls back what was (all or
 * nothing stays the transaction's job).
 */
async function readCheckAndWrite<Value>(
  handler: ImportKind<Value>,
  source: AsyncIterable<CsvRecord> | Iterable<CsvRecord>,
  session: ImportSession,
): Promise<{ rows: number; records: number; counts: WriteCounts; reach: RollupReach }> {
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  let reach: RollupReach = NO_REACH;
  const chunkSize = handler.rowsPerCheck ?? Number.POSITIVE_INFINITY;
  let chunk: LineRow<Value>[] = [];
  let rows = 0;
  let records = 0;
  const checkAndWrite = async (checked: readonly LineRow<Value>[]) => {
    const write = await handler.check(checked, session);
    if (!session.problems.isEmpty) return;
    // Asked before the chunk is written (the statements of one transaction run in the order they
    // are sent), so the stored rows still show what the write replaces.
    reach = widerReach(reach, await handler.rollupReach(checked, session));
    const written = await write();
    counts.inserted += written.inserted;
    counts.updated += written.updated;
  };
  // One chunk at a time: a chunk's write streams a COPY on the transaction's connection, and a
  // statement sent meanwhile would break the protocol (Postgres ends the connection).
  let queue: Promise<void> = Promise.resolve();
  let beforeLast: Promise<void> = queue;
  const enqueue = () => {
    const checked = chunk;
    chunk = [];
    beforeLast = queue;
    queue = queue.then(() => checkAndWrite(checked));
    // Its failure is awaited below; until then it must not count as unhandled.
    queue.catch(() => {});
  };
  for await (const record of source) {
    records += 1;
    if (reportLongCells(record, handler.columns, session.problems)) continue;
    const value = handler.parseRow(record, session);
    if (value !== undefined) {
      chunk.push({ line: record.line, value });
      rows += 1;
    }
    if (chunk.length >= chunkSize) {
      await beforeLast;
      enqueue();
    } else if (record.line % ROWS_PER_TURN === 0 && handler.rowsPerCheck) await setImmediate();
  }
  enqueue();
  await queue;
  return { rows, records, counts, reach };
}

interface RunImportOptions {
  readonly municipalityId: string;
  readonly secret: string | Uint8Array;
  readonly records: RecordSource;
  /** Names the source in the refusal, e.g. `teams.csv` or `the input`. */
  readonly sourceName: string;
  readonly refreshRollups?: RefreshRollups | undefined;
}

async function runImport<Value>(
  handler: ImportKind<Value>,
  tx: Database,
  options: RunImportOptions,
): Promise<ImportSummary> {
  await checkMunicipality(tx, options.municipalityId);
  const session: ImportSession = {
    tx,
    municipalityId: options.municipalityId,
    secret: options.secret,
    problems: new ProblemList(),
    layout: { separator: ',' },
  };
  // Read before the write: a write dated earlier makes earlier periods kept, with every figure new.
  const firstDataBefore = await firstDataDay(tx, options.municipalityId);
  // In a savepoint, so chunks written before a later chunk's problem are undone with the refusal
  // even when the caller's transaction goes on (writeRows runs inside a request's transaction).
  const { rows, counts, reach } = await tx.transaction(async () => {
    try {
      const result = await readCheckAndWrite(handler, options.records(session), session);
      session.problems.throwIfAny(options.sourceName, result.records);
      return result;
    } catch (error) {
      if (error instanceof ImportError) throw error;
      // A write the database refused for a rule (a constraint a concurrent writer made bite)
      // is reported as the rows' problem, in the rule's words, not as a failure of the server.
      session.problems.throwIfAny(options.sourceName);
      throw error;
    }
  });
  // A file that changed nothing (a repeated import) leaves every figure as it was.
  const scope = counts.inserted + counts.updated > 0 ? refreshScopeOf(reach, firstDataBefore) : [];
  if (scope === 'all' || scope.length > 0) {
    const refresh =
      options.refreshRollups ??
      ((scoped, municipalityId, reached) =>
        refreshRollups(
          scoped,
          reached === 'all' ? { municipalityId } : { municipalityId, reached },
        ));
    await refresh(tx, options.municipalityId, scope);
  }
  return {
    kind: handler.name,
    municipalityId: options.municipalityId,
    rows,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: rows - counts.inserted - counts.updated,
  };
}

/** The handler of a kind and the municipality code, both checked, or an ImportError. */
function resolveImport(kind: string, municipalityId: string) {
  if (!isImportKind(kind)) {
    throw new ImportError(
      'unknown-kind',
      `"${kind}" is not a kind of import file; use one of ${IMPORT_KINDS.join(', ')}.`,
    );
  }
  const code = municipalityCodeSchema.safeParse(municipalityId);
  if (!code.success) {
    throw new ImportError(
      'unknown-municipality',
      code.error.issues.map((issue) => issue.message).join(' '),
    );
  }
  return { handler: IMPORT_KIND_HANDLERS[kind] as ImportKind<unknown>, municipalityId: code.data };
}

/**
 * Imports one CSV file for one municipality, all or nothing: the file is read and every row
 * checked (shape by the domain packages' schemas, references against the database, plan
 * transitions by the plan rules) before anything is written, and the writes and the refresh of
 * the municipality's rollups share one transaction under the municipality's tenancy scope.
 * Importing the same file again changes nothing.
 *
 * @throws {ImportError} listing every problem with its line and column; nothing is written then.
 */
export async function importCsv(db: Database, options: ImportCsvOptions): Promise<ImportSummary> {
  const { municipalityId } = resolveImport(options.kind, options.municipalityId);
  return withScope(db, { role: 'municipality', municipalityId }, (tx) =>
    importCsvInScope(tx, options),
  );
}

/**
 * Imports one CSV file as `importCsv` does, inside the caller's transaction, which must already
 * run in the municipality's tenancy scope (a delivery through the gateway runs in its request's
 * transaction). The rows are written in a savepoint, so a refused file leaves the caller's
 * transaction as it was and the caller can still record the refusal.
 *
 * @throws {ImportError} listing every problem with its line and column; nothing is written then.
 */
export async function importCsvInScope(
  tx: Database,
  options: ImportCsvOptions,
): Promise<ImportSummary> {
  const fileName = options.fileName ?? 'the file';
  const { handler, municipalityId } = resolveImport(options.kind, options.municipalityId);
  return runImport(handler, tx, {
    municipalityId,
    secret: options.secret,
    sourceName: fileName,
    refreshRollups: options.refreshRollups,
    records: (session) =>
      readCsvRecords(options.source, handler.columns, session.problems, fileName, (layout) => {
        session.layout.separator = layout.separator;
      }),
  });
}

/** A row handed over by an API: the cells of an import kind, named by its columns. */
export type ImportRow = Readonly<Record<string, string | undefined>>;

export interface WriteRowsOptions {
  /** The kind of rows, as for a file: teams, members, households, plan-events, ... */
  readonly kind: string;
  readonly municipalityId: string;
  readonly secret: string | Uint8Array;
  /** The rows, each with the kind's columns (a missing column is an empty cell). */
  readonly rows: readonly ImportRow[];
}

/**
 * Writes rows of an import kind inside the caller's transaction, which must already run in a
 * tenancy scope (the gateway's request transaction): the same checks, domain rules, keyed
 * hashes and rollup refresh as a file, so an API write and an import cannot disagree. A problem
 * is reported on `line` n for the n-th row; with any problem nothing is written.
 *
 * @throws {ImportError} listing every problem; nothing is written then.
 */
export async function writeRows(tx: Database, options: WriteRowsOptions): Promise<ImportSummary> {
  const { handler, municipalityId } = resolveImport(options.kind, options.municipalityId);
  const unknown = options.rows
    .flatMap((row) => Object.keys(row))
    .filter((column) => !handler.columns.includes(column));
  if (unknown.length > 0) {
    throw new ImportError(
      'invalid-header',
      `${[...new Set(unknown)].join(', ')} is not a column of ${handler.name}; the columns are ${handler.columns.join(', ')}.`,
    );
  }
  return runImport(handler, tx, {
    municipalityId,
    secret: options.secret,
    sourceName: 'the input',
    records: () =>
      options.rows.map((row, index) => ({
        line: index + 1,
        cells: handler.columns.map((column) => row[column] ?? ''),
      })),
  });
}
