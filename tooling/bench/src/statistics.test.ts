import { describe, expect, it } from 'vitest';
import { medianRatioInterval, percentile, ratio, summarise } from './statistics.js';

describe('latency statistics', () => {
  it('reports the median with its interval and the p99 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    const summary = summarise(samples);
    expect(summary.medianMs).toBe(50);
    expect(summary.p99Ms).toBe(99);
    expect(summary.medianInterval.low).toBeLessThan(50);
    expect(summary.medianInterval.high).toBeGreaterThan(50);
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
  });

  it('prints no p99 from fewer than 100 samples', () => {
    expect(summarise(Array.from({ length: 99 }, (_, index) => index)).p99Ms).toBeNull();
  });

  it('narrows the interval of the median as samples grow, and gives the same interval twice', () => {
    const noisy = (count: number) =>
      Array.from({ length: count }, (_, i) => 10 + ((i * 7919) % 13));
    const few = summarise(noisy(20)).medianInterval;
    const many = summarise(noisy(400)).medianInterval;
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(summarise(noisy(400)).medianInterval).toEqual(many);
  });

  it('tells a ratio of medians from noise: overlapping samples straddle 1, distinct ones do not', () => {
    const a = Array.from({ length: 200 }, (_, i) => 10 + (i % 5));
    const b = Array.from({ length: 200 }, (_, i) => 10 + ((i + 2) % 5));
    const same = medianRatioInterval(a, b);
    expect(same?.low).toBeLessThanOrEqual(1);
    expect(same?.high).toBeGreaterThanOrEqual(1);
    const twice = medianRatioInterval(
      a.map((value) => value * 2),
      b,
    );
    expect(twice?.low).toBeGreaterThan(1.5);
    expect(medianRatioInterval([], b)).toBeNull();
  });

  it('never invents a ratio from a missing or zero figure', () => {
    expect(ratio(30, 3)).toBe(10);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(Number.NaN, 1)).toBeNull();
  });
});
