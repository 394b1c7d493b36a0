import type { IndicatorUnit } from '../graphql/graphql';
import { type Locale, localeTag } from '../i18n/locale';

const UNIT_SUFFIX: Record<IndicatorUnit, { nl: string; en: string }> = {
  COUNT: { nl: '', en: '' },
  SHARE: { nl: '', en: '' },
  PER_1000_HOUSEHOLDS: { nl: ' per 1.000 huishoudens', en: ' per 1,000 households' },
  PER_1000_MINORS: { nl: ' per 1.000 minderjarigen', en: ' per 1,000 minors' },
  PER_10000_INHABITANTS: { nl: ' per 10.000 inwoners', en: ' per 10,000 inhabitants' },
  HOURS: { nl: ' uur', en: ' hours' },
  DAYS: { nl: ' dagen', en: ' days' },
  ZRM_POINTS: { nl: ' ZRM-punten', en: ' ZRM points' },
};

const DECIMALS: Record<IndicatorUnit, number> = {
  COUNT: 1,
  SHARE: 1,
  PER_1000_HOUSEHOLDS: 1,
  PER_1000_MINORS: 1,
  PER_10000_INHABITANTS: 1,
  HOURS: 1,
  DAYS: 0,
  ZRM_POINTS: 2,
};

function formatDecimal(value: number, locale: Locale, decimals: number, signed = false): string {
  return new Intl.NumberFormat(localeTag(locale), {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/**
 * A figure as a person reads it: shares (0–1) as percentages, rates with what they are per,
 * in Dutch (`42,5%`, `3,4 per 1.000 huishoudens`) or English (`42.5%`).
 * `withUnit: false` leaves the unit out, for table cells whose header names it.
 */
export function formatValue(
  value: number,
  unit: IndicatorUnit,
  locale: Locale,
  options: { withUnit?: boolean } = {},
): string {
  const withUnit = options.withUnit ?? true;
  if (unit === 'SHARE') {
    const percent = formatDecimal(value * 100, locale, DECIMALS.SHARE);
    return `${percent}%`;
  }
  const text = formatDecimal(value, locale, DECIMALS[unit]);
  return withUnit ? `${text}${UNIT_SUFFIX[unit][locale]}` : text;
}

/** The unit as a short phrase for table headers and axis titles. */
export function unitLabel(unit: IndicatorUnit, locale: Locale): string {
  if (unit === 'SHARE') return '%';
  if (unit === 'COUNT') return locale === 'nl' ? 'aantal' : 'count';
  return UNIT_SUFFIX[unit][locale].trim();
}

/**
 * A change on the previous period, always signed. Shares change in percentage points
 * (procentpunt), not percent, because "+2%" of a share is ambiguous.
 */
export function formatChange(change: number, unit: IndicatorUnit, locale: Locale): string {
  if (unit === 'SHARE') {
    const points = formatDecimal(change * 100, locale, 1, true);
    return `${points} ${locale === 'nl' ? 'procentpunt' : 'percentage points'}`;
  }
  return `${formatDecimal(change, locale, DECIMALS[unit], true)}${UNIT_SUFFIX[unit][locale]}`;
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

/** A plain count or ratio in the locale's digits, e.g. ranks and return per euro. */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  return formatDecimal(value, locale, decimals);
}

/** A rank as "3 van 120" / "3 of 120". */
export function formatRank(rank: number, outOf: number, locale: Locale): string {
  return `${formatNumber(rank, locale)} ${locale === 'nl' ? 'van' : 'of'} ${formatNumber(outOf, locale)}`;
}
