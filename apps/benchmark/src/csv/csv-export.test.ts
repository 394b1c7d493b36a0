import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv-export';

const table = {
  header: ['gemeente', 'waarde', 'toelichting'],
  rows: [
    ['Leeuwarden', 0.425, ''],
    ["'s-Gravenhage", null, 'onderdrukt (n < 10)'],
    ['Nuenen, Gerwen en Nederwetten', 12, 'zegt "goed"'],
  ],
};

describe('CSV export', () => {
  it('writes Dutch CSV with semicolons and decimal commas', () => {
    expect(toCsv(table, 'nl')).toBe(
      'gemeente;waarde;toelichting\r\n' +
        'Leeuwarden;0,425;\r\n' +
        "'s-Gravenhage;;onderdrukt (n < 10)\r\n" +
        'Nuenen, Gerwen en Nederwetten;12;"zegt ""goed"""\r\n',
    );
  });

  it('writes English CSV with commas, quoting fields that contain one', () => {
    const lines = toCsv(table, 'en').split('\r\n');
    expect(lines[1]).toBe('Leeuwarden,0.425,');
    expect(lines[3]).toBe('"Nuenen, Gerwen en Nederwetten",12,"zegt ""goed"""');
  });

  it('leaves a suppressed value empty rather than writing zero', () => {
    const line = toCsv(table, 'nl').split('\r\n')[2];
    expect(line?.split(';')[1]).toBe('');
  });

  it('keeps a text cell from running as a formula, and a negative number a number', () => {
    const csv = toCsv(
      {
        header: ['naam', 'waarde'],
        rows: [
          ['=1+1', -2.5],
          ['@SUM(A1)', -3],
          ['-verhaal', null],
        ],
      },
      'nl',
    );
    expect(csv.split('\r\n').slice(1, 4)).toEqual(["'=1+1;-2,5", "'@SUM(A1);-3", "'-verhaal;"]);
  });

  it('names files after their content without accents or spaces', () => {
    expect(csvFileName(['Uitkomsten', 'Súdwest-Fryslân', '2024-Q1'])).toBe(
      'wijknet-uitkomsten-sudwest-fryslan-2024-q1.csv',
    );
  });
});
