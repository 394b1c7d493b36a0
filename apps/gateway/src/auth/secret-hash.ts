import { createHash, randomBytes } from 'node:crypto';

/**
 * A new random secret: 32 bytes (256 bits), base64url, behind `prefix`. Session ids, sign-in
 * ids and API keys are all of this kind; what is stored of them is `hashSecret`'s digest.
 */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * The SHA-256 of a secret, as stored. The secrets are random and long, so a fast hash is
 * enough: there is no password to guess from it, and a stolen table signs no one in.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
