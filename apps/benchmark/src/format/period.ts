import {
  nextPeriod,
  type Period,
  periodsBetween,
  previousPeriod,
  parsePeriod as readPeriod,
  formatPeriod as writePeriod,
} from '@wijknet/outcome-monitoring/period';
import type { Locale } from '../i18n/locale';

// Periods are read and written by outcome-monitoring's one parser; this file only shows them to
// a person and steps through them for the pickers.

/** How fine a period is: a quarter (kwartaal) like `2025-Q3` or a year (jaar) like `2025`. */
export type Granularity = Period['kind'];

/** Reads `2025-Q3` or `2025`; returns null for anything else, so URL input cannot break a page. */
export function parsePeriod(text: string): Period | null {
  try {
    return readPeriod(text);
  } catch {
    return null;
  }
}

export function granularityOf(text: string): Granularity | null {
  return parsePeriod(text)?.kind ?? null;
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
  if (period.kind === 'year') return String(period.year);
  if (style === 'short') {
    return `${locale === 'nl' ? 'K' : 'Q'}${period.quarter} ${period.year}`;
  }
  return locale === 'nl'
    ? `${period.quarter}e kwartaal ${period.year}`
    : `${ORDINALS_EN[period.quarter - 1]} quarter ${period.year}`;
}

/** The periods from `from` to `to` inclusive, oldest first; empty when they do not match. */
export function periodRange(from: string, to: string): string[] {
  const start = parsePeriod(from);
  const end = parsePeriod(to);
  if (!start || !end || start.kind !== end.kind || to < from) return [];
  return periodsBetween(start, end).map(writePeriod);
}

/** The period `steps` before (negative) or after (positive) the given one. */
export function shiftPeriod(text: string, steps: number): string {
  let period = parsePeriod(text);
  if (!period) return text;
  for (let step = 0; step < Math.abs(steps); step += 1) {
    period = steps < 0 ? previousPeriod(period) : nextPeriod(period);
  }
  return writePeriod(period);
}

/** The last complete period before `today`: the previous quarter or the previous year. */
export function lastCompletePeriod(today: Date, granularity: Granularity): string {
  const year = today.getFullYear();
  if (granularity === 'year') return String(year - 1);
  const quarter = (Math.floor(today.getMonth() / 3) + 1) as 1 | 2 | 3 | 4;
  return writePeriod(previousPeriod({ kind: 'quarter', year, quarter }));
}

/** Converts a period to the other granularity: a quarter becomes its year, a year its last quarter. */
export function convertPeriod(text: string, granularity: Granularity): string {
  const period = parsePeriod(text);
  if (!period) return text;
  if (granularity === 'year') return String(period.year);
  return period.kind === 'year'
    ? writePeriod({ kind: 'quarter', year: period.year, quarter: 4 })
    : text;
}
