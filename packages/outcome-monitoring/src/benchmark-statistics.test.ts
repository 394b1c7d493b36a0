import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkStatistics, quantile } from './benchmark-statistics.js';

const values = (...pairs: [string, number | null][]) =>
  pairs.map(([municipalityCode, value]) => ({ municipalityCode, value }));

describe('quantile (type 7, linear interpolation)', () => {
  it('matches R quantile(type = 7) on a known sample', () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(.1, .25, .5, .75, .9)) = 1.4 2 3 4 7.6
    const sample = [1, 2, 3, 4, 10];
    expect(quantile(sample, 0.1)).toBeCloseTo(1.4);
    expect(quantile(sample, 0.25)).toBe(2);
    expect(quantile(sample, 0.5)).toBe(3);
    expect(quantile(sample, 0.75)).toBe(4);
    expect(quantile(sample, 0.9)).toBeCloseTo(7.6);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('benchmarkStatistics', () => {
  const sample = values(
    ['GM0080', 0.6],
    ['GM0363', 0.4],
    ['GM0014', 0.5],
    ['GM0034', 0.5],
    ['GM0344', null],
  );

  it('describes the national distribution without the suppressed municipality', () => {
    const stats = benchmarkStatistics({ values: sample, direction: 'higher-is-better' });
    expect(stats.count).toBe(4);
    expect(stats.median).toBe(0.5);
    expect(stats.mean).toBeCloseTo(0.5);
    expect(stats.p25).toBeCloseTo(0.475);
    expect(stats.p75).toBeCloseTo(0.525);
    // sample standard deviation: sqrt((0.01 + 0.01 + 0 + 0) / 3)
    expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(0.02 / 3));
    expect(stats.entries.map((entry) => entry.municipalityCode)).toEqual([
      'GM0014',
      'GM0034',
      'GM0080',
      'GM0363',
    ]);
  });

  it('ranks by direction, ties sharing the best place (1224)', () => {
    const higher = benchmarkStatistics({ values: sample, direction: 'higher-is-better' });
    const rank = (code: string, stats = higher) =>
      stats.entries.find((entry) => entry.municipalityCode === code)?.rank;
    expect([rank('GM0080'), rank('GM0014'), rank('GM0034'), rank('GM0363')]).toEqual([1, 2, 2, 4]);
    const lower = benchmarkStatistics({ values: sample, direction: 'lower-is-better' });
    expect(rank('GM0363', lower)).toBe(1);
    expect(rank('GM0080', lower)).toBe(4);
    const neutral = benchmarkStatistics({ values: sample, direction: 'neutral' });
    expect(rank('GM0080', neutral)).toBeNull();
  });

  it('gives z-scores and the change on the previous period', () => {
    const stats = benchmarkStatistics({
      values: sample,
      previousValues: values(['GM0080', 0.45], ['GM0363', null]),
      direction: 'higher-is-better',
    });
    const leeuwarden = stats.entries.find((entry) => entry.municipalityCode === 'GM0080');
    expect(leeuwarden?.zScore).toBeCloseTo(0.1 / Math.sqrt(0.02 / 3));
    expect(leeuwarden?.change).toBeCloseTo(0.15);
    const amsterdam = stats.entries.find((entry) => entry.municipalityCode === 'GM0363');
    expect(amsterdam?.change).toBeNull();
  });

  it('has no spread or z-score for a single municipality or equal values', () => {
    const one = benchmarkStatistics({ values: values(['GM0080', 3]), direction: 'neutral' });
    expect(one.standardDeviation).toBeNull();
    expect(one.entries[0]?.zScore).toBeNull();
    const equal = benchmarkStatistics({
      values: values(['GM0080', 3], ['GM0363', 3]),
      direction: 'neutral',
    });
    expect(equal.standardDeviation).toBe(0);
    expect(equal.entries[0]?.zScore).toBeNull();
    expect(benchmarkStatistics({ values: [], direction: 'neutral' }).median).toBeNull();
  });

  it('refuses a municipality given twice', () => {
    expect(() =>
      benchmarkStatistics({
        values: values(['GM0080', 1], ['GM0080', 2]),
        direction: 'neutral',
      }),
    ).toThrow(/GM0080 appears twice/);
  });

  it('does not depend on the order of the municipalities', () => {
    const entries = fc.uniqueArray(
      fc.record({
        municipalityCode: fc
          .integer({ min: 1, max: 9999 })
          .map((n) => `GM${String(n).padStart(4, '0')}`),
        value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
      }),
      { selector: (entry) => entry.municipalityCode, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        entries,
        fc.func(fc.integer()),
        fc.constantFrom('higher-is-better', 'lower-is-better', 'neutral') as fc.Arbitrary<
          'higher-is-better' | 'lower-is-better' | 'neutral'
        >,
        (input, shuffleKey, direction) => {
          const shuffled = [...input].sort((a, b) => shuffleKey(a) - shuffleKey(b));
          const reversed = [...input].reverse();
          const reference = benchmarkStatistics({ values: input, direction });
          expect(benchmarkStatistics({ values: shuffled, direction })).toEqual(reference);
          expect(benchmarkStatistics({ values: reversed, direction })).toEqual(reference);
        },
      ),
    );
  });

  it('keeps the percentiles in order and inside the range of values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const stats = benchmarkStatistics({
            values: xs.map((value, index) => ({ municipalityCode: `GM${index}`, value })),
            direction: 'neutral',
          });
          const ordered = [
            Math.min(...xs),
            stats.p10,
            stats.p25,
            stats.median,
            stats.p75,
            stats.p90,
            Math.max(...xs),
          ];
          for (let i = 1; i < ordered.length; i += 1) {
            expect(ordered[i] as number).toBeGreaterThanOrEqual(ordered[i - 1] as number);
          }
        },
      ),
    );
  });

  it('ranks each municipality one place after those strictly better, with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
        (numbers, direction) => {
          const stats = benchmarkStatistics({
            values: numbers.map((value, index) => ({ municipalityCode: `GM${index}`, value })),
            direction,
          });
          for (const entry of stats.entries) {
            const better = numbers.filter((other) =>
              direction === 'higher-is-better' ? other > entry.value : other < entry.value,
            ).length;
            expect(entry.rank).toBe(better + 1);
          }
        },
      ),
    );
  });
});
