import type { Locale } from '../i18n/locale';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
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
 * A calendar date (YYYY-MM-DD) as a reader writes it: "7 januari 2014", "7 January 2014".
 * Written out by hand rather than with Intl, so it never shifts a day with the time zone; any
 * text that is not such a date comes back unchanged.
 */
export function formatCalendarDate(text: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const month = match ? MONTHS[locale][Number(match[2]) - 1] : undefined;
  if (!match || !month) return text;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
