import type { ResultOf } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import { fillPlaceholders } from '../i18n/messages';
import type { SuppressionFields } from './suppression.graphql';

/** Why a figure has no value (onderdrukking), in the shape of the gateway's `Suppression` type. */
export type Suppression = ResultOf<typeof SuppressionFields>;

/** A figure that may be missing: a suppressed figure has `value` null, never zero. */
export interface MaybeSuppressed {
  readonly value?: number | null;
  readonly suppression?: Suppression | null;
}

/** True when the figure must be shown as suppressed: it has a reason or no value at all. */
export function isSuppressed(figure: MaybeSuppressed): boolean {
  return figure.suppression != null || figure.value == null;
}

type Reason = Suppression['reason'];

/** Each reason in each language: the short label in place of the number, and the sentence. */
const TEXTS: Record<Reason, Record<Locale, { label: string; explanation: string }>> = {
  SMALL_NUMBER: {
    nl: {
      label: 'onderdrukt (n < {threshold})',
      explanation:
        'Dit cijfer berust op minder dan {threshold} waarnemingen en wordt niet getoond, zodat niemand herkenbaar is.',
    },
    en: {
      label: 'suppressed (n < {threshold})',
      explanation:
        'This figure rests on fewer than {threshold} observations and is withheld so that nobody can be recognised.',
    },
  },
  DERIVABLE: {
    nl: {
      label: 'onderdrukt (afleidbaar)',
      explanation:
        'Dit cijfer zou af te leiden zijn uit andere gepubliceerde cijfers en wordt daarom niet getoond.',
    },
    en: {
      label: 'suppressed (derivable)',
      explanation:
        'This figure could be derived from other published figures and is therefore withheld.',
    },
  },
  NOT_PUBLISHED: {
    nl: {
      label: 'niet gepubliceerd',
      explanation: 'Deze gemeente heeft ervoor gekozen dit cijfer niet te publiceren.',
    },
    en: {
      label: 'not published',
      explanation: 'This municipality chose not to publish this figure.',
    },
  },
  NO_DATA: {
    nl: { label: 'geen gegevens', explanation: 'Voor deze periode is niets geregistreerd.' },
    en: { label: 'no data', explanation: 'Nothing was registered for this period.' },
  },
};

/** The text of a suppression (no suppression reads as no data), with its threshold filled in. */
function suppressionText(
  suppression: Suppression | null | undefined,
  locale: Locale,
  which: 'label' | 'explanation',
): string {
  const text = TEXTS[suppression?.reason ?? 'NO_DATA'][locale][which];
  return fillPlaceholders(text, { threshold: suppression?.threshold ?? 10 });
}

/** The short label shown in place of the number, e.g. in a table cell or on a map. */
export function suppressionLabel(
  suppression: Suppression | null | undefined,
  locale: Locale,
): string {
  return suppressionText(suppression, locale, 'label');
}

/** The full sentence explaining the reason, for legends and explanations. */
export function suppressionExplanation(
  suppression: Suppression | null | undefined,
  locale: Locale,
): string {
  return suppressionText(suppression, locale, 'explanation');
}
