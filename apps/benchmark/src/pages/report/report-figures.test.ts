import { describe, expect, it } from 'vitest';
import { coverageOf, topMovers } from './report-figures';

const year = (values: Record<string, number | null>) =>
  Object.entries(values).map(([code, value]) => ({ code, name: `Gemeente ${code}`, value }));

describe('topMovers', () => {
  it('lists the largest rises and falls, largest first', () => {
    const { rises, falls } = topMovers(
      year({ GM1: 0.5, GM2: 0.5, GM3: 0.5, GM4: 0.5 }),
      year({ GM1: 0.7, GM2: 0.55, GM3: 0.2, GM4: 0.45 }),
      2,
    );
    expect(rises.map((mover) => mover.code)).toEqual(['GM1', 'GM2']);
    expect(falls.map((mover) => mover.code)).toEqual(['GM3', 'GM4']);
    expect(rises[0]?.change).toBeCloseTo(0.2);
  });

  it('leaves out a municipality withheld in either year', () => {
    const { rises, falls } = topMovers(
      year({ GM1: null, GM2: 0.5 }),
      year({ GM1: 0.9, GM2: null }),
      3,
    );
    expect([...rises, ...falls]).toEqual([]);
  });
});

describe('coverageOf', () => {
  it('counts the publishing municipalities and those with a value', () => {
    expect(coverageOf(year({ GM1: 1, GM2: null, GM3: 2 }))).toEqual({
      publishing: 3,
      withValue: 2,
    });
  });
});
