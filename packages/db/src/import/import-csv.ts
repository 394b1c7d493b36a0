import { municipalityCodeSchema } from '@wijknet/household';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { refreshRollups } from '../rollups/refresh-rollups.js';
import { withScope } from '../tenancy.js';
import { readCsvRecords } from './csv-records.js';
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
import type { CsvSource } from './utf8-text.js';

/** Brings a municipality's rollups up to date inside the import's transaction. */
export type RefreshRollups = (tx: Database, municipalityId: string) => Promise<unknown>;

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
  /** How rollups are refreshed after the rows are written, in the same transaction; all kept periods by default. */
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

async function checkMunicipality(tx: Database, municipalityId: string): Promise<void> {
  const [row] = await queryRows<{ name: string; valid_until: string | null }>(
    tx,
    sql`select name, valid_until::text from municipalities where id = ${municipalityId}`,
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
      `${municipalityId} (${row.name}) no longer exists since ${row.valid_until}, after a municipal merger (herindeling); import into the municipality it became part of.`,
    );
  }
}

async function readRows<Value>(
  handler: ImportKind<Value>,
  source: CsvSource,
  session: ImportSession,
  fileName: string,
): Promise<LineRow<Value>[]> {
  const rows: LineRow<Value>[] = [];
  const records = readCsvRecords(source, handler.columns, session.problems, fileName, (layout) => {
    session.layout.separator = layout.separator;
  });
  for await (const record of records) {
    const value = handler.parseRow(record, session);
    if (value !== undefined) rows.push({ line: record.line, value });
  }
  return rows;
}

async function runImport<Value>(
  handler: ImportKind<Value>,
  tx: Database,
  options: ImportCsvOptions,
  fileName: string,
): Promise<ImportSummary> {
  await checkMunicipality(tx, options.municipalityId);
  const session: ImportSession = {
    tx,
    municipalityId: options.municipalityId,
    secret: options.secret,
    problems: new ProblemList(),
    layout: { separator: ',' },
  };
  const rows = await readRows(handler, options.source, session, fileName);
  const write = await handler.check(rows, session);
  session.problems.throwIfAny(fileName);
  const counts = await write();
  const refresh =
    options.refreshRollups ??
    ((scoped, municipalityId) => refreshRollups(scoped, { municipalityId }));
  await refresh(tx, options.municipalityId);
  return {
    kind: handler.name,
    municipalityId: options.municipalityId,
    rows: rows.length,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: rows.length - counts.inserted - counts.updated,
  };
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
  const fileName = options.fileName ?? 'the file';
  if (!isImportKind(options.kind)) {
    throw new ImportError(
      'unknown-kind',
      `"${options.kind}" is not a kind of import file; use one of ${IMPORT_KINDS.join(', ')}.`,
    );
  }
  const code = municipalityCodeSchema.safeParse(options.municipalityId);
  if (!code.success) {
    throw new ImportError(
      'unknown-municipality',
      code.error.issues.map((issue) => issue.message).join(' '),
    );
  }
  const municipalityId = code.data;
  const handler = IMPORT_KIND_HANDLERS[options.kind] as ImportKind<unknown>;
  return withScope(db, { role: 'municipality', municipalityId }, (tx) =>
    runImport(handler, tx, { ...options, municipalityId }, fileName),
  );
}
