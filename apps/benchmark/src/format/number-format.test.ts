import { describe, expect, it } from 'vitest';
import {
  decimalsForStep,
  formatCents,
  formatChange,
  formatRank,
  formatValue,
  unitLabel,
} from './number-format';

describe('number formatting', () => {
  it('shows shares as percentages with the locale decimal mark', () => {
    expect(formatValue(0.4251, 'share', 'nl')).toBe('42,5%');
    expect(formatValue(0.4251, 'share', 'en')).toBe('42.5%');
  });

  it('names what a rate is per, with Dutch thousands separators', () => {
    expect(formatValue(3.44, 'per-1000', 'nl')).toBe('3,4 per 1.000');
    expect(formatValue(3.44, 'per-1000', 'en')).toBe('3.4 per 1,000');
    expect(formatValue(12.34, 'fte-per-10000', 'nl')).toBe('12,3 fte per 10.000 inwoners');
    expect(formatValue(12345.6, 'count', 'nl')).toBe('12.345,6');
    expect(formatValue(26.5, 'hours', 'nl', { withUnit: false })).toBe('26,5');
    expect(formatValue(0.456, 'score-change', 'en')).toBe('0.46 ZRM points');
  });

  it('shows a unit it does not know as a plain number rather than failing', () => {
    expect(formatValue(1.23456, 'per-fortnight', 'nl')).toBe('1,23');
    expect(unitLabel('per-fortnight', 'en')).toBe('');
  });

  it('signs changes and gives shares in percentage points', () => {
    expect(formatChange(0.021, 'share', 'nl')).toBe('+2,1 procentpunt');
    expect(formatChange(-0.021, 'share', 'en')).toBe('-2.1 percentage points');
    expect(formatChange(-3, 'days', 'nl')).toBe('-3 dagen');
    expect(formatChange(0, 'hours', 'en')).toBe('0.0 hours');
    expect(formatValue(0.6, 'score-change', 'nl')).toBe('0,60 ZRM-punten');
  });

  it('shows euro cents as euros', () => {
    expect(formatCents(125_000, 'nl').replace(/\s/g, ' ')).toBe('€ 1.250');
    expect(formatCents(125_050, 'en')).toBe('€1,250.50');
  });

  it('keeps locale, precision and sign apart when the same figure is formatted many ways', () => {
    const shown = ['nl', 'en', 'nl', 'en'].flatMap((locale) => [
      formatValue(2.345, 'hours', locale as 'nl' | 'en', { withUnit: false }),
      formatValue(2.345, 'score-change', locale as 'nl' | 'en', { withUnit: false }),
      formatChange(2.345, 'hours', locale as 'nl' | 'en'),
    ]);
    expect(shown).toEqual([
      '2,3',
      '2,35',
      '+2,3 uur',
      '2.3',
      '2.35',
      '+2.3 hours',
      '2,3',
      '2,35',
      '+2,3 uur',
      '2.3',
      '2.35',
      '+2.3 hours',
    ]);
  });

  it('writes ranks out of a total', () => {
    expect(formatRank(3, 1200, 'nl')).toBe('3 van 1.200');
    expect(formatRank(3, 1200, 'en')).toBe('3 of 1,200');
  });

  it('gives axis and legend labels the decimals their step needs, so none repeat', () => {
    const ticks = [0.665, 0.67, 0.675, 0.68];
    const decimals = decimalsForStep(0.005, 'score-change');
    const labels = ticks.map((tick) => formatValue(tick, 'score-change', 'nl', { decimals }));
    expect(new Set(labels).size).toBe(ticks.length);
    expect(decimalsForStep(0.001, 'share')).toBe(1);
    expect(decimalsForStep(0.0005, 'share')).toBe(2);
    expect(decimalsForStep(5, 'days')).toBe(0);
    expect(decimalsForStep(0.1, 'hours')).toBe(1);
  });
});
