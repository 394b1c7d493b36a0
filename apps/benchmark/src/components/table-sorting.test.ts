import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './table-sorting';

const rows = [
  { code: 'GM0003', value: 0.4 },
  { code: 'GM0001', value: null },
  { code: 'GM0080', value: 0.9 },
  { code: 'GM0002', value: 0.1 },
];
const value = (row: (typeof rows)[number]) => row.value;

describe('sortRows', () => {
  it('sorts by value either way, with withheld figures last both times', () => {
    expect(sortRows(rows, value, 'ascending').map((row) => row.code)).toEqual([
      'GM0002',
      'GM0003',
      'GM0080',
      'GM0001',
    ]);
    expect(sortRows(rows, value, 'descending').map((row) => row.code)).toEqual([
      'GM0080',
      'GM0003',
      'GM0002',
      'GM0001',
    ]);
  });

  it('keeps the chosen municipalities on top, whatever the sort', () => {
    const isChosen = (row: (typeof rows)[number]) => row.code === 'GM0001';
    expect(sortRows(rows, value, 'descending', isChosen)[0]?.code).toBe('GM0001');
    expect(sortRows(rows, null, 'ascending', isChosen).map((row) => row.code)).toEqual([
      'GM0001',
      'GM0003',
      'GM0080',
      'GM0002',
    ]);
  });

  it('loses and invents no row', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true }), { nil: null })), (values) => {
        const items = values.map((item, index) => ({ index, value: item }));
        const sorted = sortRows(items, (item) => item.value, 'ascending');
        expect(sorted.map((item) => item.index).sort((a, b) => a - b)).toEqual(
          items.map((item) => item.index),
        );
      }),
    );
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and turns the same column around', () => {
    expect(nextSort(null, 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'ascending' }, 2)).toEqual({
      column: 2,
      direction: 'descending',
    });
    expect(nextSort({ column: 2, direction: 'descending' }, 1)).toEqual({
      column: 1,
      direction: 'ascending',
    });
  });
});
