import type { Locale, LocalisedLabel } from '@wijknet/household';

/**
 * The team's access mandate (toegang): how far the team itself may decide on individual
 * provisions. `referral-only`: residents still go to the Wmo desk (Wmo-loket) for an
 * assessment. `derived-mandate` (afgeleid mandaat): the team decides together with the Wmo
 * consultant, so the resident need not go to the desk first. `own-mandate` (eigen mandaat):
 * the team decides itself and informs the desk afterwards.
 */
export const MANDATES = ['referral-only', 'derived-mandate', 'own-mandate'] as const;

/** An access mandate (mandaat voor de toegang). */
export type Mandate = (typeof MANDATES)[number];

const MANDATE_LABELS: Record<Mandate, LocalisedLabel> = {
  'referral-only': { nl: 'Alleen doorverwijzen naar het Wmo-loket', en: 'Referral only' },
  'derived-mandate': { nl: 'Afgeleid mandaat', en: 'Derived mandate' },
  'own-mandate': { nl: 'Eigen mandaat', en: 'Own mandate' },
};

/** The name of an access mandate as the web app shows it. */
export function mandateLabel(mandate: Mandate, locale: Locale): string {
  return MANDATE_LABELS[mandate][locale];
}
