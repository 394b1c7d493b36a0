import { and, asc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { apiKeys } from '../schema/access.js';
import type { AccessRole, Reach } from './reach.js';
import { checkReach } from './team-check.js';

export interface NewApiKey extends Reach {
  /** SHA-256 of the secret; the secret itself is never stored. */
  readonly secretHash: string;
  readonly label: string;
  readonly createdBy: string;
  readonly expiresAt: string;
}

/** An API key as it is listed: everything but its secret. */
export interface ApiKey extends Reach {
  readonly id: string;
  readonly label: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

const columns = {
  id: apiKeys.id,
  label: apiKeys.label,
  role: apiKeys.role,
  municipalityId: apiKeys.municipalityId,
  teamId: apiKeys.teamId,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  expiresAt: apiKeys.expiresAt,
  revokedAt: apiKeys.revokedAt,
};

/** Timestamps as ISO 8601, as the API documents them (the driver gives Postgres's text). */
function isoKey(row: Record<string, unknown>): ApiKey {
  const iso = (value: unknown) => (value == null ? null : new Date(String(value)).toISOString());
  return {
    ...(row as unknown as ApiKey),
    createdAt: iso(row.createdAt) ?? '',
    expiresAt: iso(row.expiresAt) ?? '',
    revokedAt: iso(row.revokedAt),
  };
}

/** Stores a new key, once its reach is checked (the team is the municipality's). */
export async function insertApiKey(db: Database, key: NewApiKey): Promise<ApiKey> {
  await checkReach(db, key);
  const [row] = await db
    .insert(apiKeys)
    .values({ ...key })
    .returning(columns);
  if (!row) throw new Error('The API key was not stored.');
  return isoKey(row);
}

/** The keys of one municipality when given (every key otherwise), oldest first. */
export async function listApiKeys(
  db: Database,
  filter: { readonly municipalityId?: string } = {},
): Promise<ApiKey[]> {
  const where: SQL | undefined =
    filter.municipalityId === undefined
      ? undefined
      : eq(apiKeys.municipalityId, filter.municipalityId);
  const rows = await db
    .select(columns)
    .from(apiKeys)
    .where(where)
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(isoKey);
}

/**
 * Revokes a key (of the municipality, when given), from its next request on. Returns the key, or
 * null when there is no such key to revoke. Revoking twice keeps the first time.
 */
export async function revokeApiKey(
  db: Database,
  target: { readonly id: string; readonly municipalityId?: string },
): Promise<ApiKey | null> {
  const inMunicipality =
    target.municipalityId === undefined
      ? undefined
      : eq(apiKeys.municipalityId, target.municipalityId);
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, target.id), inMunicipality))
    .returning(columns);
  return row ? isoKey(row) : null;
}

/** The key whose secret hashes to `secretHash`, when it is neither revoked nor expired. */
export async function findActiveApiKey(
  db: Database,
  secretHash: string,
): Promise<(Reach & { id: string; label: string }) | null> {
  const [row] = await db
    .select({
      id: apiKeys.id,
      label: apiKeys.label,
      role: apiKeys.role,
      municipalityId: apiKeys.municipalityId,
      teamId: apiKeys.teamId,
    })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.secretHash, secretHash),
        isNull(apiKeys.revokedAt),
        gt(apiKeys.expiresAt, sql`now()`),
      ),
    );
  return row ? { ...row, role: row.role as AccessRole } : null;
}
