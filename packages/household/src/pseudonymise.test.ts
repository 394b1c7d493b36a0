import { utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HouseholdError } from './household-error.js';
import { hmacSha256Hex, pseudonymiseReference, referenceHashSchema } from './pseudonymise.js';

const SECRET = 'leeuwarden-secret-2025';
const OTHER_SECRET = 'amsterdam-secret-2025!';

describe('pseudonymiseReference', () => {
  it('gives the same pseudonym for the same reference and secret', () => {
    expect(pseudonymiseReference('ZAAK-1234', SECRET)).toBe(
      pseudonymiseReference('ZAAK-1234', SECRET),
    );
  });

  it('matches the published HMAC-SHA256 test vector (RFC 4231, test case 1)', () => {
    expect(pseudonymiseReference('Hi There', new Uint8Array(20).fill(0x0b))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });

  it('gives the same pseudonym on Node as in a browser, for any reference and secret', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: 'grapheme' }),
        fc.uint8Array({ minLength: 16 }),
        (reference, key) => {
          expect(hmacSha256Hex(key, reference)).toBe(hmacSha256Hex(key, reference, true));
        },
      ),
    );
  });

  it('reads a text secret as its UTF-8 bytes', () => {
    expect(pseudonymiseReference('ZAAK-1234', SECRET)).toBe(
      pseudonymiseReference('ZAAK-1234', utf8ToBytes(SECRET)),
    );
  });

  it('gives a different pseudonym under another municipality’s secret', () => {
    expect(pseudonymiseReference('ZAAK-1234', SECRET)).not.toBe(
      pseudonymiseReference('ZAAK-1234', OTHER_SECRET),
    );
  });

  it('returns 64 lower-case hex characters that the hash schema accepts', () => {
    const hash = pseudonymiseReference('ZAAK-1234', SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(referenceHashSchema.parse(hash)).toBe(hash);
  });

  it('does not contain the reference', () => {
    expect(pseudonymiseReference('123456789', SECRET)).not.toContain('123456789');
  });

  it('trims the reference, so spreadsheet spaces do not split a household', () => {
    expect(pseudonymiseReference('  ZAAK-1234\t', SECRET)).toBe(
      pseudonymiseReference('ZAAK-1234', SECRET),
    );
  });

  it('keeps case, since municipal references may differ only in case', () => {
    expect(pseudonymiseReference('abc', SECRET)).not.toBe(pseudonymiseReference('ABC', SECRET));
  });

  it('refuses an empty reference', () => {
    expect(() => pseudonymiseReference('   ', SECRET)).toThrow(
      expect.objectContaining({ code: 'empty-reference', name: 'HouseholdError' }),
    );
    expect(() => pseudonymiseReference('', SECRET)).toThrow(/household reference is empty/);
  });

  it('refuses a secret shorter than 16 bytes and says how long it is', () => {
    const attempt = () => pseudonymiseReference('ZAAK-1234', 'short');
    expect(attempt).toThrow(HouseholdError);
    expect(attempt).toThrow(
      "The municipality's pseudonymisation secret is 5 bytes; use at least 16 bytes of random data.",
    );
    expect(() => pseudonymiseReference('x', new Uint8Array(15))).toThrow(
      expect.objectContaining({ code: 'secret-too-short' }),
    );
    expect(pseudonymiseReference('x', new Uint8Array(16))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives distinct references distinct pseudonyms', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0),
          { minLength: 2, maxLength: 50, selector: (s) => s.trim().normalize('NFC') },
        ),
        (references) => {
          const hashes = references.map((reference) => pseudonymiseReference(reference, SECRET));
          expect(new Set(hashes).size).toBe(references.length);
        },
      ),
    );
  });
});

describe('referenceHashSchema', () => {
  it('refuses something that looks like a raw reference', () => {
    expect(referenceHashSchema.safeParse('ZAAK-1234').error?.issues[0]?.message).toMatch(
      /64 lower-case hexadecimal characters/,
    );
  });
});
