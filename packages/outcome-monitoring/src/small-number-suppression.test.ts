import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorFigure } from './indicator-figure.js';
import { suppress } from './small-number-suppression.js';

const figure = (
  n: number,
  numerator: number | null = n,
  denominator: number | null = 100,
): IndicatorFigure => ({
  code: 'reach-per-1000-households',
  period: '2025-Q3',
  value: numerator === null || denominator === null ? 3 : (numerator / denominator) * 1000,
  numerator,
  denominator,
  n,
});

describe('suppress', () => {
  it('withholds a figure behind fewer than 10, with the reason and no number', () => {
    const result = suppress(figure(9));
    expect(result).toEqual({
      code: 'reach-per-1000-households',
      period: '2025-Q3',
      value: null,
      numerator: null,
      denominator: null,
      n: null,
      isSuppressed: true,
      reason: 'SMALL_NUMBER',
      message: expect.stringContaining('fewer than 10'),
    });
  });

  it('publishes a figure at the threshold unchanged', () => {
    expect(suppress(figure(10))).toEqual({ ...figure(10), isSuppressed: false });
  });

  it('withholds an empty figure rather than showing zero', () => {
    const empty: IndicatorFigure = {
      code: 'x',
      period: '2025',
      value: null,
      numerator: 0,
      denominator: 0,
      n: 0,
    };
    expect(suppress(empty)).toMatchObject({ isSuppressed: true, value: null, n: null });
  });

  it('takes a configurable threshold', () => {
    expect(suppress(figure(12), { threshold: 15 }).isSuppressed).toBe(true);
    expect(suppress(figure(4), { threshold: 3 }).isSuppressed).toBe(false);
    expect(() => suppress(figure(12), { threshold: 0 })).toThrow(/at least 1/);
  });

  it('rounds published counts to multiples of 5 when asked, keeping the exact value', () => {
    const result = suppress(figure(12, 12, 203), { roundTo: 5 });
    expect(result).toMatchObject({ n: 10, numerator: 10, denominator: 205, isSuppressed: false });
    expect(result.value).toBeCloseTo((12 / 203) * 1000);
    expect(suppress(figure(13, 13, 203), { roundTo: 5 }).n).toBe(15);
    // with a low threshold a small count rounds up to 5, never down to 0
    expect(suppress(figure(2, 2, 50), { threshold: 1, roundTo: 5 }).n).toBe(5);
  });

  it('never lets a small n through, whatever the figure and options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: 2, max: 10 }), { nil: null }),
        (n, threshold, roundTo) => {
          const result = suppress(figure(n), { threshold, roundTo });
          if (n < threshold) {
            expect(result.isSuppressed).toBe(true);
            expect(result.value).toBeNull();
            expect(result.n).toBeNull();
            expect(result.numerator).toBeNull();
          } else {
            expect(result.isSuppressed).toBe(false);
            expect(result.n).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
