/** The languages of the app: Dutch first (nl), English second (en). */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** The BCP 47 tag used for number and date formatting. */
export function localeTag(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
