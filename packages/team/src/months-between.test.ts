import { describe, expect, it } from 'vitest';
import { fullMonthsBetween } from './months-between.js';

describe('fullMonthsBetween', () => {
  it('counts a month once its day is reached', () => {
    expect(fullMonthsBetween('2021-01-15', '2021-02-14')).toBe(0);
    expect(fullMonthsBetween('2021-01-15', '2021-02-15')).toBe(1);
    expect(fullMonthsBetween('2021-11-30', '2022-03-01')).toBe(3);
    expect(fullMonthsBetween('2022-03-01', '2021-11-30')).toBe(0);
  });
});
