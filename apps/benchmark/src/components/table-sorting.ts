/** The value a column sorts by; null (no value, e.g. a withheld figure) sorts last either way. */
export type SortKey = number | string | null;

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by, and which way. */
export interface TableSort {
  readonly column: number;
  readonly direction: SortDirection;
}

const byText = new Intl.Collator('nl', { numeric: true });

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byText.compare(String(a), String(b));
}

/**
 * The rows in the order a table shows them: the pinned rows (the chosen municipalities) first
 * in their own order, then the others by the sort key; rows without a key go last whichever way
 * the column is sorted, so a withheld figure never tops a ranking.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sortKey: ((row: Row) => SortKey) | null,
  direction: SortDirection,
  isPinned: (row: Row) => boolean = () => false,
): Row[] {
  const pinned = rows.filter(isPinned);
  const others = rows.filter((row) => !isPinned(row));
  if (!sortKey) return [...pinned, ...others];
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = others.map((row) => ({ row, key: sortKey(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    return sign * compareKeys(a.key, b.key);
  });
  return [...pinned, ...keyed.map((item) => item.row)];
}

/** The next sort when a column header is pressed: ascending first, then the other way. */
export function nextSort(current: TableSort | null, column: number): TableSort {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
