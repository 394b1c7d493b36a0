import { createHmac } from 'node:crypto';
import { MIN_SECRET_BYTES } from '@wijknet/household';
import { ImportError } from './import-error.js';

/** The environment variable holding one municipality's own secret, e.g. `WIJKNET_PSEUDONYM_SECRET_GM0080`. */
export function secretVariableOf(municipalityId: string): string {
  return `WIJKNET_PSEUDONYM_SECRET_${municipalityId}`;
}

/** The environment variable holding the key every municipality's secret is derived from. */
export const PSEUDONYM_KEY_VARIABLE = 'WIJKNET_PSEUDONYM_KEY';

/**
 * The pseudonymisation secret of a municipality, kept outside the database so that a copy of the
 * database alone cannot link a pseudonym to a reference. Either the municipality's own secret
 * (`WIJKNET_PSEUDONYM_SECRET_GMxxxx`), or derived from one platform key (`WIJKNET_PSEUDONYM_KEY`)
 * as HMAC-SHA256(key, municipality code), so every municipality still has a secret of its own.
 *
 * @throws {ImportError} `missing-secret` when neither is set or the secret is too short.
 */
export function resolvePseudonymSecret(
  municipalityId: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const own = env[secretVariableOf(municipalityId)];
  const key = env[PSEUDONYM_KEY_VARIABLE];
  const secret =
    own ??
    (key ? createHmac('sha256', key).update(`wijknet:${municipalityId}`).digest('hex') : undefined);
  if (secret === undefined) {
    throw new ImportError(
      'missing-secret',
      `There is no pseudonymisation secret for ${municipalityId}: set ${secretVariableOf(municipalityId)} or ${PSEUDONYM_KEY_VARIABLE} (at least ${MIN_SECRET_BYTES} random bytes). Keep it outside the database: without the same secret, re-imports no longer find their households.`,
    );
  }
  if (
    new TextEncoder().encode(secret).length < MIN_SECRET_BYTES ||
    (key !== undefined &&
      own === undefined &&
      new TextEncoder().encode(key).length < MIN_SECRET_BYTES)
  ) {
    throw new ImportError(
      'missing-secret',
      `The pseudonymisation secret for ${municipalityId} is shorter than ${MIN_SECRET_BYTES} bytes; use at least ${MIN_SECRET_BYTES} random bytes.`,
    );
  }
  return secret;
}
