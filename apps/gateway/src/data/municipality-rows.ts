import { type Database, readMunicipalities, type schema } from '@wijknet/db';
import { GatewayError } from '../errors/gateway-error.js';

/** A municipality's reference row (gemeente), public: what the `Municipality` type resolves from. */
export type MunicipalityRow = typeof schema.municipalities.$inferSelect;

/**
 * The reference rows of the given municipalities by code, in one statement. A code that names
 * no municipality is refused, so a typo does not come back as an empty figure.
 */
export async function readMunicipalityRows(
  db: Database,
  codes: readonly string[],
): Promise<Map<string, MunicipalityRow>> {
  const unique = [...new Set(codes)];
  const rows = new Map((await readMunicipalities(db, unique)).map((row) => [row.id, row]));
  const unknown = unique.filter((code) => !rows.has(code));
  if (unknown.length > 0) {
    throw new GatewayError(
      'NOT_FOUND',
      `There is no municipality with code ${unknown.join(', ')}.`,
    );
  }
  return rows;
}

/** The row of a code known to be in `rows`. */
export function rowOf(rows: ReadonlyMap<string, MunicipalityRow>, code: string): MunicipalityRow {
  const row = rows.get(code);
  if (!row) throw new GatewayError('NOT_FOUND', `There is no municipality with code ${code}.`);
  return row;
}
