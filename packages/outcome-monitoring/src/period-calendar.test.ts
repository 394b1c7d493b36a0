import { describe, expect, it } from 'vitest';
import { formatPeriod } from './period.js';
import {
  isPeriodComplete,
  latestCompletePeriod,
  periodLabel,
  periodsFromTo,
  quarterOf,
  yearCompleteThroughQuarter,
} from './period-calendar.js';

describe('the period calendar', () => {
  it('keeps the quarters from the first data through the current quarter, and their years', () => {
    expect(periodsFromTo('2022-08-15', '2023-02-01')).toEqual([
      '2022-Q3',
      '2022-Q4',
      '2023-Q1',
      '2022',
      '2023',
    ]);
    expect(periodsFromTo('2026-12-31', '2026-10-01')).toEqual(['2026-Q4', '2026']);
    expect(periodsFromTo('2027-01-01', '2026-12-31')).toEqual([]);
  });

  it('runs on past 2026: with the clock in 2031 the calendar reaches 2031', () => {
    const periods = periodsFromTo('2025-05-01', '2031-03-04');
    expect(periods).toContain('2027-Q1');
    expect(periods).toContain('2030');
    expect(periods.at(-1)).toBe('2031');
    expect(periods.filter((period) => period.includes('-Q')).at(-1)).toBe('2031-Q1');
  });

  it('calls a period complete once its last day has passed', () => {
    expect(isPeriodComplete('2026-Q3', '2026-09-30')).toBe(false);
    expect(isPeriodComplete('2026-Q3', '2026-10-01')).toBe(true);
    expect(isPeriodComplete('2026', '2026-12-07')).toBe(false);
    expect(isPeriodComplete('2030', '2031-01-01')).toBe(true);
  });

  it('finds the latest complete quarter and year', () => {
    expect(formatPeriod(latestCompletePeriod('quarter', '2026-12-07'))).toBe('2026-Q3');
    expect(formatPeriod(latestCompletePeriod('year', '2026-12-07'))).toBe('2025');
    expect(formatPeriod(latestCompletePeriod('quarter', '2031-01-01'))).toBe('2030-Q4');
    expect(formatPeriod(latestCompletePeriod('year', '2031-06-30'))).toBe('2030');
  });

  it('marks a year still running with its last complete quarter', () => {
    expect(yearCompleteThroughQuarter('2026', '2026-12-07')).toBe(3);
    expect(yearCompleteThroughQuarter('2031', '2031-02-01')).toBe(0);
    expect(yearCompleteThroughQuarter('2025', '2026-12-07')).toBeNull();
    expect(yearCompleteThroughQuarter('2026-Q4', '2026-12-07')).toBeNull();
    expect(periodLabel('2026', '2026-12-07')).toBe('2026 t/m K3');
    expect(periodLabel('2031', '2031-02-01')).toBe('2031 (lopend)');
    expect(periodLabel('2025', '2026-12-07')).toBe('2025');
    expect(periodLabel('2026-Q4', '2026-12-07')).toBe('K4 2026');
  });

  it('refuses a day that is not a date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(/not a YYYY-MM-DD date/);
    expect(() => quarterOf('31-12-2026')).toThrow(/not a YYYY-MM-DD date/);
  });
});
