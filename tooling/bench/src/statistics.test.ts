import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from './statistics.js';

describe('latency statistics', () => {
  it('reports the median and the p99 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(summarise(samples)).toEqual({ medianMs: 50, p99Ms: 99 });
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
  });

  it('never invents a ratio from a missing or zero figure', () => {
    expect(ratio(30, 3)).toBe(10);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(Number.NaN, 1)).toBeNull();
  });
});
