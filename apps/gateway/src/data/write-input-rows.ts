import {
  type ImportKindName,
  type ImportSummary,
  idOfReferencedRow,
  type ReferencedRow,
  writeRows,
} from '@wijknet/db';
import type { GatewayContext } from '../context.js';
import { GatewayError } from '../errors/gateway-error.js';

/** A mutation's input: the import kind's columns in camelCase (`districtCode` for district_code). */
export type InputRow = Readonly<
  Record<string, string | number | boolean | readonly string[] | null | undefined>
>;

/** `districtCode` → `district_code`: the import format's column for an input field. */
export const columnOfField = (field: string) =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `district_code` → `districtCode`: the input field for a column, in refusals. */
export const fieldOfColumn = (column: string) =>
  column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** An input value as the import's cell: lists space-separated, yes/no as true/false. */
function cellOf(value: InputRow[string]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** The municipality a write is for: the token's own. Institutes and anonymous callers have none. */
export function writingMunicipalityOf(context: GatewayContext): string {
  const { viewer } = context;
  if (viewer.kind === 'authenticated' && viewer.municipalityId) return viewer.municipalityId;
  throw new GatewayError('FORBIDDEN', 'Only a token of a municipality can write its data.');
}

/**
 * Writes one row of an import kind from a mutation's input, with the very checks, domain rules,
 * keyed hashes and rollup refresh of a CSV import (`writeRows` of @wijknet/db). It runs in a
 * savepoint of the request's scoped transaction, so a refused write leaves nothing behind, and
 * the rollups are current when the request commits.
 */
async function writeInputRow(
  context: GatewayContext,
  kind: ImportKindName,
  input: InputRow,
): Promise<ImportSummary> {
  const municipalityId = writingMunicipalityOf(context);
  const row = Object.fromEntries(
    Object.entries(input).map(([field, value]) => [columnOfField(field), cellOf(value)]),
  );
  const secret = context.pseudonymSecretOf(municipalityId);
  return context.db.transaction((tx) =>
    writeRows(tx as unknown as typeof context.db, {
      kind,
      municipalityId,
      secret,
      rows: [row],
    }),
  );
}

/**
 * Writes one row (see `writeInputRow`) and returns the id of the row it names by reference: the
 * team, member, household or plan a client then reads back. Writes of household-level data are
 * recorded in the audit log beside the reads.
 */
export async function writeReferencedRow(
  context: GatewayContext,
  kind: ImportKindName,
  input: InputRow,
  named: { readonly row: ReferencedRow; readonly reference: string },
): Promise<string> {
  const summary = await writeInputRow(context, kind, input);
  const id = idOfReferencedRow(
    named.row,
    named.reference,
    context.pseudonymSecretOf(summary.municipalityId),
  );
  if (named.row === 'household' || named.row === 'plan') {
    context.audit.record({ subjectType: named.row, subjectId: id, action: 'write' });
  }
  return id;
}

/** The row a write just made, read back in the same transaction; its absence is a bug. */
export function writtenRow<Row>(row: Row | undefined): Row {
  if (row === undefined)
    throw new Error('A row just written was not found in the same transaction.');
  return row;
}
