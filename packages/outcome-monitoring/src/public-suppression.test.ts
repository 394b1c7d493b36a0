import { describe, expect, it } from 'vitest';
import { planPublicSuppression, yearRelations } from './public-suppression.js';

const series = (counts: Record<string, number>) =>
  Object.entries(counts).map(([period, n]) => ({ period, n }));

describe('planPublicSuppression', () => {
  it('withholds a second quarter of a published year, so a small quarter is not the year minus the rest', () => {
    const plan = planPublicSuppression(
      series({ '2025-Q1': 4, '2025-Q2': 30, '2025-Q3': 25, '2025-Q4': 40, '2025': 99 }),
      'event',
    );
    expect(plan.get('2025-Q1')).toBe('SMALL_NUMBER');
    expect(plan.get('2025-Q3')).toBe('DERIVABLE');
    expect(plan.has('2025')).toBe(false);
    expect(plan.has('2025-Q2')).toBe(false);
  });

  it('keeps the years of a standing state apart from their quarters: only small numbers are withheld', () => {
    const plan = planPublicSuppression(
      series({ '2025-Q1': 4, '2025-Q2': 30, '2025-Q3': 25, '2025-Q4': 40, '2025': 99 }),
      'team',
    );
    expect([...plan]).toEqual([['2025-Q1', 'SMALL_NUMBER']]);
  });

  it('plans each year on its own: another year in the series changes nothing', () => {
    const year = { '2025-Q1': 4, '2025-Q2': 30, '2025-Q3': 25, '2025-Q4': 40, '2025': 99 };
    const alone = planPublicSuppression(series(year), 'household');
    const beside = planPublicSuppression(
      series({ ...year, '2024-Q1': 12, '2024-Q2': 3, '2024-Q3': 50, '2024-Q4': 11, '2024': 76 }),
      'household',
    );
    for (const [period, reason] of alone) expect(beside.get(period)).toBe(reason);
    expect(beside.get('2024-Q2')).toBe('SMALL_NUMBER');
  });

  it('relates a year only to the quarters that have figures', () => {
    expect(yearRelations(['2025', '2025-Q2', '2025-Q4', '2024-Q1'])).toEqual([
      { total: '2025', parts: ['2025-Q2', '2025-Q4'] },
    ]);
  });
});
