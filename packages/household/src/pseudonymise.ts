import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { HouseholdError } from './household-error.js';

interface NodeHmac {
  update(data: string): NodeHmac;
  digest(encoding: 'hex'): string;
}

/**
 * Node's own HMAC where this runs on Node (20.16 and later can be asked for it without an
 * import): native code, about ten times faster than the portable implementation, which an import
 * of a million households' assessments feels. Both give the same bytes; browsers use the portable one.
 */
const nodeCreateHmac = (
  globalThis as {
    process?: {
      getBuiltinModule?: (
        id: string,
      ) => { createHmac?: (algorithm: 'sha256', key: Uint8Array) => NodeHmac } | undefined;
    };
  }
).process?.getBuiltinModule?.('node:crypto')?.createHmac;

/** The HMAC-SHA256 of a message as lower-case hex: Node's where it has one, else the portable one. */
export function hmacSha256Hex(key: Uint8Array, message: string, isPortable = false): string {
  if (nodeCreateHmac && !isPortable)
    return nodeCreateHmac('sha256', key).update(message).digest('hex');
  return bytesToHex(hmac(sha256, key, utf8ToBytes(message)));
}

/** The shortest secret accepted: 16 bytes (128 bits), below which guessing the key is feasible. */
export const MIN_SECRET_BYTES = 16;

/**
 * The pseudonym of a household (gepseudonimiseerde referentie): 64 lower-case hex characters,
 * the HMAC-SHA256 of the municipality's own reference.
 */
export const referenceHashSchema = z
  .string({ error: 'A reference hash must be text of 64 hexadecimal characters.' })
  .regex(/^[0-9a-f]{64}$/, {
    error:
      'A reference hash is 64 lower-case hexadecimal characters (HMAC-SHA256); it is never the reference itself.',
  });

/** The pseudonym of a household (gepseudonimiseerde referentie). */
export type ReferenceHash = z.infer<typeof referenceHashSchema>;

/**
 * Turns a municipality's own reference for a household (for instance its case number) into a
 * pseudonym (pseudoniem): HMAC-SHA256 keyed with the municipality's secret, as lower-case hex.
 *
 * The same reference and secret always give the same pseudonym, so a re-import finds the
 * household again without wijknet storing who it is. The pseudonym is not reversible: without
 * the secret nobody can find the reference, and even with it only by trying candidate
 * references one by one. Keep the secret outside wijknet's database, one per municipality,
 * so two municipalities never share pseudonyms. Losing the secret means re-imports no longer
 * match; that is the price of not storing identity.
 *
 * The reference is trimmed and put in Unicode NFC form first, so " 123 " from a spreadsheet and
 * "123" give the same pseudonym. Synchronous, and runs in browsers and Node alike.
 *
 * @throws {HouseholdError} `empty-reference` when the reference is blank, `secret-too-short`
 *   when the secret is shorter than 16 bytes.
 */
export function pseudonymiseReference(
  reference: string,
  secret: string | Uint8Array,
): ReferenceHash {
  const normalised = reference.trim().normalize('NFC');
  if (normalised.length === 0) {
    throw new HouseholdError(
      'empty-reference',
      'The household reference is empty: give the reference from the municipality’s own system, such as a case number.',
    );
  }
  const key = typeof secret === 'string' ? utf8ToBytes(secret) : secret;
  if (key.length < MIN_SECRET_BYTES) {
    throw new HouseholdError(
      'secret-too-short',
      `The municipality's pseudonymisation secret is ${key.length} bytes; use at least ${MIN_SECRET_BYTES} bytes of random data.`,
    );
  }
  return hmacSha256Hex(key, normalised);
}
