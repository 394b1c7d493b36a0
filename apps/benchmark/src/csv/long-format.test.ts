import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-export';
import { roundToDecimals, toLongCsvTable } from './long-format';

describe('long-format export', () => {
  it('writes one line per area, indicator and period, rounded as published, with the reason', () => {
    const table = toLongCsvTable(
      [
        {
          code: 'GM0080',
          name: 'Leeuwarden',
          indicatorCode: 'plans-escalated',
          period: '2025-Q3',
          value: 0.123456,
          n: 412,
          reason: null,
        },
        {
          code: 'GM0363',
          name: 'Amsterdam',
          indicatorCode: 'plans-escalated',
          period: '2025-Q3',
          value: null,
          n: null,
          reason: 'SMALL_NUMBER',
        },
      ],
      () => 3,
    );
    expect(toCsv(table, 'nl')).toBe(
      'cbs_code;name;indicator_code;period;value;n;reason\r\n' +
        'GM0080;Leeuwarden;plans-escalated;2025-Q3;0,123;412;\r\n' +
        'GM0363;Amsterdam;plans-escalated;2025-Q3;;;SMALL_NUMBER\r\n',
    );
    expect(toCsv(table, 'en').split('\r\n')[1]).toBe(
      'GM0080,Leeuwarden,plans-escalated,2025-Q3,0.123,412,',
    );
  });

  it('rounds half away from zero and never writes -0', () => {
    expect(roundToDecimals(0.125, 2)).toBe(0.13);
    expect(roundToDecimals(-0.125, 2)).toBe(-0.13);
    expect(roundToDecimals(-0.0004, 3)).toBe(0);
    expect(roundToDecimals(12.5, 0)).toBe(13);
  });
});
