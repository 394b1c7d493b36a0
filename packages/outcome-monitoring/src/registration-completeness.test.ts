import { describe, expect, it } from 'vitest';
import { getIndicator, INDICATORS } from './indicator-registry.js';
import {
  COMPLETENESS_THRESHOLD,
  completenessShare,
  isBelowCompletenessThreshold,
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
});
