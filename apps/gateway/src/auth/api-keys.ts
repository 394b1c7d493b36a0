import { type Database, findActiveApiKey } from '@wijknet/db';
import { GatewayError } from '../errors/gateway-error.js';
import { hashSecret, newSecret } from './secret-hash.js';
import { TOKEN_ISSUER } from './token-claims.js';
import type { Viewer } from './viewer.js';

/** Every API key starts with this, so the gateway tells it from a JWT (and a scanner from noise). */
export const API_KEY_PREFIX = 'wijknet_key_';

/** A new API key's secret, and the hash that is stored of it. */
export function newApiKeySecret(): { secret: string; secretHash: string } {
  const secret = newSecret(API_KEY_PREFIX);
  return { secret, secretHash: hashSecret(secret) };
}

export function isApiKey(bearer: string): boolean {
  return bearer.startsWith(API_KEY_PREFIX);
}

/**
 * The viewer an API key acts as. Asked of the database on every request, so a key revoked a
 * moment ago is refused on the next one.
 */
export async function viewerOfApiKey(database: Database, secret: string): Promise<Viewer> {
  const key = await findActiveApiKey(database, hashSecret(secret));
  if (!key)
    throw new GatewayError(
      'UNAUTHENTICATED',
      'The API key is unknown, revoked or expired; ask for a new one.',
    );
  const subject = `api-key:${key.id}`;
  return {
    kind: 'authenticated',
    subject,
    person: { issuer: TOKEN_ISSUER, subject, displayName: key.label },
    credential: 'apiKey',
    role: key.role,
    municipalityId: key.municipalityId,
    teamId: key.teamId,
  };
}
