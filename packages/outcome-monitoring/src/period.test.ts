import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from './calendar-date.js';
import { MonitoringError } from './monitoring-error.js';
import {
  formatPeriod,
  isDateInPeriod,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodStart,
  periodsBetween,
  previousPeriod,
  quartersOf,
} from './period.js';

describe('parsePeriod', () => {
  it('reads quarters and years', () => {
    expect(parsePeriod('2025-Q3')).toEqual({ kind: 'quarter', year: 2025, quarter: 3 });
    expect(parsePeriod('2025')).toEqual({ kind: 'year', year: 2025 });
  });

  it.each([
    ['2025-Q5', 'quarters 1 to 4'],
    ['2025-Q0', 'quarters 1 to 4'],
    ['2025-q3', 'capital Q'],
    [' 2025', 'spaces'],
    ['2025Q3', 'does not look like'],
    ['25-Q3', 'does not look like'],
    ['2025-03', 'does not look like'],
    ['', 'does not look like'],
    ['1850', 'between 1900 and 2999'],
  ])('refuses %j with a message saying why', (text, why) => {
    expect(() => parsePeriod(text)).toThrow(MonitoringError);
    expect(() => parsePeriod(text)).toThrow(why);
    try {
      parsePeriod(text);
    } catch (error) {
      expect((error as MonitoringError).code).toBe('invalid-period');
      expect((error as MonitoringError).message).toContain('2025-Q3');
    }
  });

  it('round-trips through formatPeriod', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 0, max: 4 }), (y, q) => {
        const text = q === 0 ? String(y) : `${y}-Q${q}`;
        expect(formatPeriod(parsePeriod(text))).toBe(text);
      }),
    );
  });
});

describe('period boundaries', () => {
  it('gives first and last day of quarters and years', () => {
    expect(periodStart('2025-Q1')).toBe('2025-01-01');
    expect(periodEnd('2025-Q1')).toBe('2025-03-31');
    expect(periodStart('2024-Q3')).toBe('2024-07-01');
    expect(periodEnd('2024-Q3')).toBe('2024-09-30');
    expect(periodEnd('2024-Q4')).toBe('2024-12-31');
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodEnd('2024')).toBe('2024-12-31');
  });

  it('includes both boundary days', () => {
    expect(isDateInPeriod('2025-07-01', '2025-Q3')).toBe(true);
    expect(isDateInPeriod('2025-09-30', '2025-Q3')).toBe(true);
    expect(isDateInPeriod('2025-10-01', '2025-Q3')).toBe(false);
    expect(isDateInPeriod('2025-06-30', '2025-Q3')).toBe(false);
  });
});

describe('previousPeriod and periodsBetween', () => {
  it('steps back across a year boundary', () => {
    expect(formatPeriod(previousPeriod('2025-Q1'))).toBe('2024-Q4');
    expect(formatPeriod(previousPeriod('2025-Q3'))).toBe('2025-Q2');
    expect(formatPeriod(previousPeriod('2025'))).toBe('2024');
    expect(formatPeriod(nextPeriod('2024-Q4'))).toBe('2025-Q1');
  });

  it('lists every period in a range, both ends included', () => {
    expect(periodsBetween('2024-Q3', '2025-Q2').map(formatPeriod)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(periodsBetween('2023', '2025').map(formatPeriod)).toEqual(['2023', '2024', '2025']);
    expect(quartersOf(2025).map(formatPeriod)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });

  it('refuses mixed kinds and reversed ranges', () => {
    expect(() => periodsBetween('2024', '2025-Q1')).toThrow('same kind');
    expect(() => periodsBetween('2025-Q2', '2025-Q1')).toThrow('earlier period first');
  });

  it('consecutive quarters tile the year without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2998 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const period = `${y}-Q${q}`;
        expect(daysBetween(periodEnd(previousPeriod(period)), periodStart(period))).toBe(1);
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds months the way SQL intervals do', () => {
    expect(addMonths('2024-03-15', 12)).toBe('2025-03-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });
});
