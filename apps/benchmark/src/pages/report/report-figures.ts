/** One municipality's published value in a year (null when withheld or missing). */
export interface YearValue {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

/** A municipality's change from one year to the next, both values published. */
export interface Mover {
  readonly code: string;
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly change: number;
}

/**
 * The largest rises and falls between two years, among municipalities with a published value
 * in both: the `count` biggest each way, largest first. A withheld value in either year keeps
 * a municipality out, so no mover reveals a suppressed figure.
 */
export function topMovers(
  previous: readonly YearValue[],
  current: readonly YearValue[],
  count: number,
): { rises: Mover[]; falls: Mover[] } {
  const before = new Map(previous.map((item) => [item.code, item.value]));
  const movers: Mover[] = current.flatMap((item) => {
    const from = before.get(item.code);
    if (item.value === null || from === null || from === undefined) return [];
    return [{ code: item.code, name: item.name, from, to: item.value, change: item.value - from }];
  });
  const byChange = [...movers].sort((a, b) => b.change - a.change || a.code.localeCompare(b.code));
  return {
    rises: byChange.filter((mover) => mover.change > 0).slice(0, count),
    falls: byChange
      .filter((mover) => mover.change < 0)
      .reverse()
      .slice(0, count),
  };
}

/** How many municipalities publish the indicator's group and how many of them have a value. */
export function coverageOf(values: readonly YearValue[]): {
  publishing: number;
  withValue: number;
} {
  return {
    publishing: values.length,
    withValue: values.filter((item) => item.value !== null).length,
  };
}
