import { z } from 'zod';
import type { Locale, LocalisedLabel } from './locale.js';

/**
 * Age bands (leeftijdsklassen) for the eldest member of a household. Coarse on purpose: an exact
 * age together with a district and household size could single a family out.
 */
export const AGE_BANDS = ['under-18', '18-26', '27-44', '45-64', '65-74', '75-and-over'] as const;

/** The age band (leeftijdsklasse) of a household's eldest member. */
export const ageBandSchema = z.enum(AGE_BANDS, {
  error: (issue) =>
    `Unknown age band (leeftijdsklasse) ${JSON.stringify(issue.input)}: use one of ${AGE_BANDS.join(', ')}.`,
});

/** The age band (leeftijdsklasse) of a household's eldest member. */
export type AgeBand = z.infer<typeof ageBandSchema>;

const AGE_BAND_LABELS: Readonly<Record<AgeBand, LocalisedLabel>> = {
  'under-18': { nl: 'Jonger dan 18 jaar', en: 'Under 18' },
  '18-26': { nl: '18 tot en met 26 jaar', en: '18 to 26' },
  '27-44': { nl: '27 tot en met 44 jaar', en: '27 to 44' },
  '45-64': { nl: '45 tot en met 64 jaar', en: '45 to 64' },
  '65-74': { nl: '65 tot en met 74 jaar', en: '65 to 74' },
  '75-and-over': { nl: '75 jaar en ouder', en: '75 and over' },
};

/** The name of an age band (leeftijdsklasse) in Dutch (`nl`) or English (`en`). */
export function ageBandLabel(band: AgeBand, locale: Locale): string {
  return AGE_BAND_LABELS[band][locale];
}
