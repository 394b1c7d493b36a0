import type { IndicatorUnit } from '../graphql/graphql';
import { type Locale, localeTag } from '../i18n/locale';
import { formatDecimalDigits } from './decimal-format';

/** The units of the indicator registry, with what a number in them is per. */
const UNIT_SUFFIX: Readonly<Record<string, { nl: string; en: string }>> = {
  count: { nl: '', en: '' },
  share: { nl: '', en: '' },
  'per-1000': { nl: ' per 1.000', en: ' per 1,000' },
  'fte-per-10000': { nl: ' fte per 10.000 inwoners', en: ' FTE per 10,000 inhabitants' },
  hours: { nl: ' uur', en: ' hours' },
  days: { nl: ' dagen', en: ' days' },
  'score-change': { nl: ' ZRM-punten', en: ' ZRM points' },
  years: { nl: ' jaar', en: ' years' },
};

const DECIMALS: Readonly<Record<string, number>> = {
  count: 1,
  share: 1,
  'per-1000': 1,
  'fte-per-10000': 1,
  hours: 1,
  days: 0,
  'score-change': 2,
  years: 1,
};

const NO_SUFFIX = { nl: '', en: '' };
const suffixOf = (unit: IndicatorUnit) => UNIT_SUFFIX[unit] ?? NO_SUFFIX;

/**
 * How a figure is written: an indicator of the registry (its unit and precision, the decimals
 * it is published with; for a share, of its percentage), or a bare unit for figures outside the
 * registry (a team's own hours), which take that unit's usual decimals.
 */
export type FigureScale =
  | IndicatorUnit
  | { readonly unit: IndicatorUnit; readonly precision: number };

const unitOf = (scale: FigureScale) => (typeof scale === 'string' ? scale : scale.unit);
const decimalsOf = (scale: FigureScale) =>
  typeof scale === 'string' ? (DECIMALS[scale] ?? 2) : scale.precision;

// Building an Intl.NumberFormat costs far more than formatting with one, and a national
// table formats hundreds of figures: one formatter per locale, precision and sign.
const decimalFormats = new Map<string, Intl.NumberFormat>();

/**
 * Keeps the decimals a figure is published with, also where they are zeros ("0,60" beside
 * "0,66", not "0,6"), so a column of figures reads at one precision.
 */
function padDecimals(text: string, locale: Locale, decimals: number): string {
  if (decimals === 0) return text;
  const mark = locale === 'nl' ? ',' : '.';
  const [whole = '', fraction = ''] = text.split(mark);
  return `${whole}${mark}${fraction.padEnd(decimals, '0')}`;
}

function formatDecimal(value: number, locale: Locale, decimals: number, signed = false): string {
  return padDecimals(formatUnpadded(value, locale, decimals, signed), locale, decimals);
}

function formatUnpadded(value: number, locale: Locale, decimals: number, signed: boolean): string {
  const written = formatDecimalDigits(value, locale, decimals, signed);
  if (written !== null) return written;
  const key = `${locale}:${decimals}:${signed}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), {
      minimumFractionDigits: 0,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * A figure as a person reads it: shares (0–1) as percentages, rates with what they are per,
 * in Dutch (`42,5%`, `3,4 per 1.000 huishoudens`) or English (`42.5%`).
 * `withUnit: false` leaves the unit out, for table cells whose header names it.
 */
export function formatValue(
  value: number,
  scale: FigureScale,
  locale: Locale,
  options: { withUnit?: boolean; decimals?: number } = {},
): string {
  const unit = unitOf(scale);
  const withUnit = options.withUnit ?? true;
  const decimals = options.decimals ?? decimalsOf(scale);
  if (unit === 'share') return `${formatDecimal(value * 100, locale, decimals)}%`;
  const text = formatDecimal(value, locale, decimals);
  return withUnit ? `${text}${suffixOf(unit)[locale]}` : text;
}

/**
 * The decimals of a value as the API gives it, for exports: a share is a fraction, so it keeps
 * two decimals more than its percentage shows (42,5% is 0.425).
 */
export function exportDecimals(scale: FigureScale): number {
  return decimalsOf(scale) + (unitOf(scale) === 'share' ? 2 : 0);
}

/**
 * The decimals that tell two values one `step` apart, as the unit shows them (a share in
 * percent): an axis with ticks 0.05 apart needs two, one with ticks 5 apart none. Never fewer
 * than the unit's own, so a tick reads like the figures beside it.
 */
export function decimalsForStep(step: number, scale: FigureScale): number {
  const shown = unitOf(scale) === 'share' ? step * 100 : step;
  if (!(shown > 0) || !Number.isFinite(shown)) return decimalsOf(scale);
  // The small margin keeps a step of exactly 0.1 at one decimal despite binary rounding.
  return Math.max(decimalsOf(scale), Math.ceil(-Math.log10(shown) - 1e-9));
}

/** The unit as a short phrase for table headers and axis titles. */
export function unitLabel(unit: IndicatorUnit, locale: Locale): string {
  if (unit === 'share') return '%';
  if (unit === 'count') return locale === 'nl' ? 'aantal' : 'count';
  return suffixOf(unit)[locale].trim();
}

/**
 * A change on the previous period, always signed. Shares change in percentage points
 * (procentpunt), not percent, because "+2%" of a share is ambiguous.
 */
export function formatChange(change: number, scale: FigureScale, locale: Locale): string {
  const unit = unitOf(scale);
  if (unit === 'share') {
    const points = formatDecimal(change * 100, locale, decimalsOf(scale), true);
    return `${points} ${locale === 'nl' ? 'procentpunt' : 'percentage points'}`;
  }
  return `${formatDecimal(change, locale, decimalsOf(scale), true)}${suffixOf(unit)[locale]}`;
}

/** Euro cents as euros, without cents when whole: `€ 1.250` (nl), `€1,250` (en). */
export function formatCents(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTag(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(cents / 100) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A plain count or ratio in the locale's digits, e.g. ranks, z-scores and return per euro. */
export function formatNumber(value: number, locale: Locale, decimals = 0, signed = false): string {
  return formatDecimal(value, locale, decimals, signed);
}

/** A rank as "3 van 120" / "3 of 120". */
export function formatRank(rank: number, outOf: number, locale: Locale): string {
  return `${formatNumber(rank, locale)} ${locale === 'nl' ? 'van' : 'of'} ${formatNumber(outOf, locale)}`;
}
