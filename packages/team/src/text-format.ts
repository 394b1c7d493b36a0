import type { Locale } from '@wijknet/household';

const NUMBER_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number with at most one decimal, with the decimal sign of the language (16,5 or 16.5). */
export function formatDecimal(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[locale], {
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value);
}

/** A list as it is written in a sentence: "a, b and c" or "a, b en c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${last}`;
}

const MONTHS: Record<Locale, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A calendar date (YYYY-MM-DD) as a sentence writes it: "7 januari 2014", "7 January 2014".
 * Written out by hand, so no time zone can move it a day.
 */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const monthName = MONTHS[locale][(month ?? 0) - 1];
  return monthName && day ? `${day} ${monthName} ${year}` : date;
}
