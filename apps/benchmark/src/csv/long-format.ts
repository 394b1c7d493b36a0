import type { SuppressionReason } from '../graphql/graphql';
import type { CsvTable } from './csv-export';

/**
 * One figure as a line of a long-format export: one line per area, indicator and period, the
 * shape R (tidyverse) and Excel's pivot tables read without reshaping.
 */
export interface LongFigure {
  /** CBS code of the area: GM0080 for a municipality, WK008001 for a district. */
  readonly code: string;
  readonly name: string;
  readonly indicatorCode: string;
  /** 2025-Q3 or 2025, as the API writes it. */
  readonly period: string;
  readonly value: number | null;
  readonly n: number | null;
  /** Why there is no value (the API's code, e.g. SMALL_NUMBER); null when there is one. */
  readonly reason: SuppressionReason | null;
}

/** Column names in plain ASCII, the same in every language, so a script reads any export. */
export const LONG_HEADER = [
  'cbs_code',
  'name',
  'indicator_code',
  'period',
  'value',
  'n',
  'reason',
] as const;

/** A value rounded to the decimals it is published with (half away from zero, like the page). */
export function roundToDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * factor + 1e-9) / factor);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The long-format export of some figures. `decimalsOf` gives each indicator's decimals for its
 * value as the API gives it (a share as a fraction: two more than its percentage shows).
 */
export function toLongCsvTable(
  figures: readonly LongFigure[],
  decimalsOf: (indicatorCode: string) => number,
): CsvTable {
  return {
    header: LONG_HEADER,
    rows: figures.map((figure) => [
      figure.code,
      figure.name,
      figure.indicatorCode,
      figure.period,
      figure.value === null
        ? null
        : roundToDecimals(figure.value, decimalsOf(figure.indicatorCode)),
      figure.n,
      figure.value === null ? (figure.reason ?? 'NO_DATA') : null,
    ]),
  };
}

/** A figure of any table (benchmark figure, map area) as a line of the long format. */
export function longFigureOf(
  figure: {
    readonly code: string;
    readonly name: string;
    readonly value: number | null;
    readonly n: number | null;
    readonly suppression: { readonly reason: SuppressionReason } | null;
  },
  indicatorCode: string,
  period: string,
): LongFigure {
  return {
    code: figure.code,
    name: figure.name,
    indicatorCode,
    period,
    value: figure.value,
    n: figure.n,
    reason: figure.suppression?.reason ?? null,
  };
}
