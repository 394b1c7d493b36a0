import { describe, expect, it } from 'vitest';
import {
  convertPeriod,
  formatPeriod,
  lastCompletePeriod,
  parsePeriod,
  periodRange,
  shiftPeriod,
} from './period';

describe('periods', () => {
  it('reads quarters and years and refuses anything else', () => {
    expect(parsePeriod('2025-Q3')).toEqual({ kind: 'quarter', year: 2025, quarter: 3 });
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024 });
    expect(parsePeriod('2025-Q5')).toBeNull();
    expect(parsePeriod('2025Q1')).toBeNull();
  });

  it('shows quarters in Dutch and English', () => {
    expect(formatPeriod('2025-Q3', 'nl')).toBe('K3 2025');
    expect(formatPeriod('2025-Q3', 'en')).toBe('Q3 2025');
    expect(formatPeriod('2025-Q1', 'nl', 'long')).toBe('1e kwartaal 2025');
    expect(formatPeriod('2025-Q2', 'en', 'long')).toBe('2nd quarter 2025');
    expect(formatPeriod('2024', 'nl', 'long')).toBe('2024');
  });

  it('lists a range across a year boundary', () => {
    expect(periodRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodRange('2022', '2024')).toEqual(['2022', '2023', '2024']);
    expect(periodRange('2024', '2025-Q1')).toEqual([]);
  });

  it('steps back to the previous quarter and year', () => {
    expect(shiftPeriod('2025-Q1', -1)).toBe('2024-Q4');
    expect(shiftPeriod('2025', -1)).toBe('2024');
  });

  it('takes the last complete period before today', () => {
    expect(lastCompletePeriod(new Date(2025, 4, 15), 'quarter')).toBe('2025-Q1');
    expect(lastCompletePeriod(new Date(2025, 0, 2), 'quarter')).toBe('2024-Q4');
    expect(lastCompletePeriod(new Date(2025, 4, 15), 'year')).toBe('2024');
  });

  it('converts between granularities', () => {
    expect(convertPeriod('2025-Q2', 'year')).toBe('2025');
    expect(convertPeriod('2025', 'quarter')).toBe('2025-Q4');
  });
});
