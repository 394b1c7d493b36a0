import { hash } from 'node:crypto';
import { pseudonymiseReference } from '@wijknet/household';

/** Shapes 32 hex digits as a UUID of version 8 (RFC 9562: derived by the application). */
export function uuidFromHex(hex: string): string {
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of a row named by the municipality's own reference (a team, member or plan code): the
 * keyed hash of the reference, so a re-import finds the same row while wijknet stores neither
 * the reference nor anything from which it could be recomputed without the secret.
 */
export function idOfReference(
  secret: string | Uint8Array,
  namespace: string,
  reference: string,
): string {
  return uuidFromHex(pseudonymiseReference(`${namespace}:${reference}`, secret));
}

/**
 * The id of a row that has no reference of its own but a natural key that already includes a
 * keyed hash (an assessment: household hash, date and moment). A plain hash is enough, since the
 * key cannot be guessed without the secret, and it is cheap for millions of rows (the one-shot
 * hash, without a Hash object per row).
 */
export function idOfKey(...parts: readonly string[]): string {
  return uuidFromHex(hash('sha256', parts.join('|'), 'hex'));
}
