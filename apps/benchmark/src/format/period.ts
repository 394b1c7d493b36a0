import type { Locale } from '../i18n/locale';

/** How fine a period is: a quarter (kwartaal) like `2025-Q3` or a year (jaar) like `2025`. */
export type Granularity = 'quarter' | 'year';

/** A period (periode) parsed into its parts; `quarter` is null for a year. */
export interface Period {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4 | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** Reads `2025-Q3` or `2025`; returns null for anything else, so URL input cannot break a page. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const quarter = match[2] ? (Number(match[2]) as 1 | 2 | 3 | 4) : null;
  return { year: Number(match[1]), quarter };
}

export function granularityOf(text: string): Granularity | null {
  const period = parsePeriod(text);
  if (!period) return null;
  return period.quarter === null ? 'year' : 'quarter';
}

export function periodToString(period: Period): string {
  return period.quarter === null ? String(period.year) : `${period.year}-Q${period.quarter}`;
}

const ORDINALS_EN = ['1st', '2nd', '3rd', '4th'] as const;

/**
 * Shows a period to a person. Short: `K3 2025` / `Q3 2025` for axes and tables; long:
 * `3e kwartaal 2025` / `3rd quarter 2025` for sentences. Years show as themselves.
 */
export function formatPeriod(
  text: string,
  locale: Locale,
  style: 'short' | 'long' = 'short',
): string {
  const period = parsePeriod(text);
  if (!period) return text;
  if (period.quarter === null) return String(period.year);
  if (style === 'short') {
    return `${locale === 'nl' ? 'K' : 'Q'}${period.quarter} ${period.year}`;
  }
  return locale === 'nl'
    ? `${period.quarter}e kwartaal ${period.year}`
    : `${ORDINALS_EN[period.quarter - 1]} quarter ${period.year}`;
}

function toIndex(period: Period): number {
  return period.quarter === null ? period.year : period.year * 4 + (period.quarter - 1);
}

function fromIndex(index: number, granularity: Granularity): Period {
  if (granularity === 'year') return { year: index, quarter: null };
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}

/** The periods from `from` to `to` inclusive, oldest first; empty when they do not match. */
export function periodRange(from: string, to: string): string[] {
  const start = parsePeriod(from);
  const end = parsePeriod(to);
  if (!start || !end || (start.quarter === null) !== (end.quarter === null)) return [];
  const granularity: Granularity = start.quarter === null ? 'year' : 'quarter';
  const periods: string[] = [];
  for (let index = toIndex(start); index <= toIndex(end); index += 1) {
    periods.push(periodToString(fromIndex(index, granularity)));
  }
  return periods;
}

/** The period `steps` before (negative) or after (positive) the given one. */
export function shiftPeriod(text: string, steps: number): string {
  const period = parsePeriod(text);
  if (!period) return text;
  const granularity: Granularity = period.quarter === null ? 'year' : 'quarter';
  return periodToString(fromIndex(toIndex(period) + steps, granularity));
}

/** The last complete period before `today`: the previous quarter or the previous year. */
export function lastCompletePeriod(today: Date, granularity: Granularity): string {
  const year = today.getFullYear();
  if (granularity === 'year') return String(year - 1);
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return shiftPeriod(`${year}-Q${quarter}`, -1);
}

/** Converts a period to the other granularity: a quarter becomes its year, a year its last quarter. */
export function convertPeriod(text: string, granularity: Granularity): string {
  const period = parsePeriod(text);
  if (!period) return text;
  if (granularity === 'year') return String(period.year);
  return period.quarter === null ? `${period.year}-Q4` : text;
}
