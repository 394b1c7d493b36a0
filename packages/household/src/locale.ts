import { z } from 'zod';

/**
 * The languages wijknet labels come in: Dutch first, English second (taal).
 */
export const LOCALES = ['nl', 'en'] as const;

/** A label language (taal): `nl` or `en`. */
export const localeSchema = z.enum(LOCALES, {
  error: (issue) => `Unknown language ${JSON.stringify(issue.input)}: use "nl" or "en".`,
});

/** A label language (taal): `nl` or `en`. */
export type Locale = z.infer<typeof localeSchema>;

/** A text in both label languages. */
export type LocalisedLabel = Readonly<Record<Locale, string>>;
