/** The quarters from `first` to `last` inclusive, as `2023-Q1`; both given as `YYYY-Qn`. */
export function quartersBetween(first: string, last: string): string[] {
  const toIndex = (period: string) => Number(period.slice(0, 4)) * 4 + Number(period.slice(6)) - 1;
  const quarters: string[] = [];
  for (let index = toIndex(first); index <= toIndex(last); index++) {
    quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  return quarters;
}

/** The years of a list of quarters, once each and in order. */
export function yearsOf(quarters: readonly string[]): string[] {
  return [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))];
}

/** The periods rollups are kept for: quarters 2023-Q1 to 2026-Q4 and the years 2023 to 2026. */
export const ROLLUP_PERIODS: readonly string[] = (() => {
  const quarters = quartersBetween('2023-Q1', '2026-Q4');
  return [...quarters, ...yearsOf(quarters)];
})();

/** The periods a change dated `date` (YYYY-MM-DD) can affect: its quarter and year onwards. */
export function periodsFrom(date: string): string[] {
  const year = Number(date.slice(0, 4));
  const quarter = `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  return ROLLUP_PERIODS.filter((period) =>
    period.length === 4 ? Number(period) >= year : period >= quarter,
  );
}
