import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeTag } from '../i18n/locale';
import { formatDecimalDigits } from './decimal-format';

const intl = (value: number, locale: 'nl' | 'en', decimals: number, signed: boolean) =>
  new Intl.NumberFormat(localeTag(locale), {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);

describe('formatDecimalDigits', () => {
  it('writes numbers as the locale does, without building an Intl.NumberFormat', () => {
    expect(formatDecimalDigits(-1234567.891, 'nl', 1)).toBe('-1.234.567,9');
    expect(formatDecimalDigits(1234.5, 'en', 2)).toBe('1,234.5');
    expect(formatDecimalDigits(999.95, 'nl', 1)).toBe('1.000');
    expect(formatDecimalDigits(0.06, 'nl', 1, true)).toBe('+0,1');
    expect(formatDecimalDigits(-0.01, 'nl', 1)).toBe('-0');
    expect(formatDecimalDigits(-0.01, 'nl', 1, true)).toBe('0');
  });

  it('rounds the number as written, half away from zero, as Intl does', () => {
    expect(formatDecimalDigits(1.005, 'en', 2)).toBe('1.01');
    expect(formatDecimalDigits(909.255, 'en', 2)).toBe('909.26');
    expect(formatDecimalDigits(2.5, 'nl', 0)).toBe('3');
    expect(formatDecimalDigits(-0.125, 'en', 2)).toBe('-0.13');
  });

  it('leaves what it cannot write the same way to Intl', () => {
    expect(formatDecimalDigits(1e-7, 'nl', 1)).toBeNull();
    expect(formatDecimalDigits(1e21, 'nl', 1)).toBeNull();
    expect(formatDecimalDigits(Number.NaN, 'nl', 1)).toBeNull();
  });

  it('agrees with Intl.NumberFormat wherever it answers', () => {
    const values = fc.oneof(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(
        values,
        fc.constantFrom('nl' as const, 'en' as const),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (value, locale, decimals, signed) => {
          const written = formatDecimalDigits(value, locale, decimals, signed);
          if (written !== null) expect(written).toBe(intl(value, locale, decimals, signed));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
