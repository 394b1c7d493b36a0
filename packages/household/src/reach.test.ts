import { describe, expect, it } from 'vitest';
import { compareWithTwentyPercent, reachPer1000Households } from './reach.js';

describe('reachPer1000Households', () => {
  it('counts households reached per 1,000', () => {
    expect(reachPer1000Households(150, 5000)).toBe(30);
    expect(reachPer1000Households(0, 10)).toBe(0);
    expect(reachPer1000Households(1234, 1234)).toBe(1000);
  });

  it('refuses an area without households', () => {
    expect(() => reachPer1000Households(0, 0)).toThrow(
      expect.objectContaining({
        code: 'invalid-figure',
        message: 'Reach needs an area with at least one household.',
      }),
    );
  });

  it('refuses more reached than living there, and broken counts', () => {
    expect(() => reachPer1000Households(11, 10)).toThrow(
      '11 households reached is more than the 10 households that live in the area.',
    );
    expect(() => reachPer1000Households(-1, 10)).toThrow(/whole number of 0 or more; got -1/);
    expect(() => reachPer1000Households(1.5, 10)).toThrow(/got 1.5/);
  });
});

describe('compareWithTwentyPercent (80-20-5)', () => {
  it('calls 50 per 1,000 below, with a quarter of the 20%', () => {
    expect(compareWithTwentyPercent(50)).toEqual({
      reachPer1000: 50,
      expectedPer1000: 200,
      ratio: 0.25,
      verdict: 'below',
    });
  });

  it('calls 160 to 240 per 1,000 near, edges included', () => {
    expect(compareWithTwentyPercent(160).verdict).toBe('near');
    expect(compareWithTwentyPercent(200)).toMatchObject({ ratio: 1, verdict: 'near' });
    expect(compareWithTwentyPercent(240).verdict).toBe('near');
    expect(compareWithTwentyPercent(159.9).verdict).toBe('below');
  });

  it('calls 300 per 1,000 above, at 1.5 times the 20%', () => {
    expect(compareWithTwentyPercent(300)).toMatchObject({ ratio: 1.5, verdict: 'above' });
  });

  it('takes a narrower margin when asked', () => {
    expect(compareWithTwentyPercent(230, 0.1).verdict).toBe('above');
    expect(compareWithTwentyPercent(230).verdict).toBe('near');
  });

  it('works with reach computed from counts', () => {
    expect(compareWithTwentyPercent(reachPer1000Households(900, 4500)).verdict).toBe('near');
  });

  it('refuses a reach outside 0 to 1,000', () => {
    expect(() => compareWithTwentyPercent(1200)).toThrow(/between 0 and 1,000; got 1200/);
    expect(() => compareWithTwentyPercent(Number.NaN)).toThrow(/got NaN/);
  });
});
