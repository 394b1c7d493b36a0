import { describe, expect, it } from 'vitest';
import { formatCents, formatChange, formatRank, formatValue } from './number-format';

describe('number formatting', () => {
  it('shows shares as percentages with the locale decimal mark', () => {
    expect(formatValue(0.4251, 'SHARE', 'nl')).toBe('42,5%');
    expect(formatValue(0.4251, 'SHARE', 'en')).toBe('42.5%');
  });

  it('names what a rate is per, with Dutch thousands separators', () => {
    expect(formatValue(3.44, 'PER_1000_HOUSEHOLDS', 'nl')).toBe('3,4 per 1.000 huishoudens');
    expect(formatValue(3.44, 'PER_1000_HOUSEHOLDS', 'en')).toBe('3.4 per 1,000 households');
    expect(formatValue(12345.6, 'COUNT', 'nl')).toBe('12.345,6');
    expect(formatValue(26.5, 'HOURS', 'nl', { withUnit: false })).toBe('26,5');
  });

  it('signs changes and gives shares in percentage points', () => {
    expect(formatChange(0.021, 'SHARE', 'nl')).toBe('+2,1 procentpunt');
    expect(formatChange(-0.021, 'SHARE', 'en')).toBe('-2.1 percentage points');
    expect(formatChange(-3, 'DAYS', 'nl')).toBe('-3 dagen');
    expect(formatChange(0, 'HOURS', 'en')).toBe('0 hours');
  });

  it('shows euro cents as euros', () => {
    expect(formatCents(125_000, 'nl').replace(/\s/g, ' ')).toBe('€ 1.250');
    expect(formatCents(125_050, 'en')).toBe('€1,250.50');
  });

  it('writes ranks out of a total', () => {
    expect(formatRank(3, 1200, 'nl')).toBe('3 van 1.200');
    expect(formatRank(3, 1200, 'en')).toBe('3 of 1,200');
  });
});
