import { describe, expect, it } from 'vitest';
import { getIndicator, INDICATORS } from './indicator-registry.js';
import {
  COMPLETENESS_THRESHOLD,
  completenessShare,
  isBelowCompletenessThreshold,
  registrationShare,
} from './registration-completeness.js';

describe('registration completeness', () => {
  it('flags a share below 80% and not one at or above it', () => {
    expect(COMPLETENESS_THRESHOLD).toBe(0.8);
    expect(isBelowCompletenessThreshold(completenessShare({ part: 79, whole: 100 }))).toBe(true);
    expect(isBelowCompletenessThreshold(completenessShare({ part: 80, whole: 100 }))).toBe(false);
  });

  it('gives no share and no flag when there is nothing to count', () => {
    expect(completenessShare({ part: 0, whole: 0 })).toBeNull();
    expect(isBelowCompletenessThreshold(null)).toBe(false);
  });

  it('ties the ZRM outcome figures, and only those, to intake and closure ZRMs', () => {
    const tied = INDICATORS.filter((indicator) => indicator.completeness !== undefined);
    expect(tied.map((indicator) => indicator.code).sort()).toEqual([
      'closed-plans-improved-on-goals',
      'zrm-mean-change',
    ]);
    expect(getIndicator('zrm-mean-change').completeness).toBe('zrm-intake-and-closure');
  });

  it('shows others a share without its counts, and none behind fewer than the threshold', () => {
    const options = { seesCounts: false, threshold: 10 };
    expect(registrationShare({ part: 9, whole: 12 }, options)).toEqual({
      part: null,
      whole: null,
      share: 0.75,
      suppression: null,
    });
    expect(registrationShare({ part: 3, whole: 9 }, options)).toMatchObject({
      share: null,
      suppression: 'SMALL_NUMBER',
    });
    expect(registrationShare({ part: 3, whole: 9 }, { ...options, seesCounts: true })).toEqual({
      part: 3,
      whole: 9,
      share: 1 / 3,
      suppression: null,
    });
  });
});
