import type { ResultOf } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
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

/** The short label shown in place of the number, e.g. in a table cell or on a map. */
export function suppressionLabel(
  suppression: Suppression | null | undefined,
  locale: Locale,
): string {
  const reason = suppression?.reason ?? 'NO_DATA';
  const threshold = suppression?.threshold ?? 10;
  switch (reason) {
    case 'SMALL_NUMBER':
      return locale === 'nl' ? `onderdrukt (n < ${threshold})` : `suppressed (n < ${threshold})`;
    case 'DERIVABLE':
      return locale === 'nl' ? 'onderdrukt (afleidbaar)' : 'suppressed (derivable)';
    case 'NOT_PUBLISHED':
      return locale === 'nl' ? 'niet gepubliceerd' : 'not published';
    case 'NO_DATA':
      return locale === 'nl' ? 'geen gegevens' : 'no data';
    default:
      return reason satisfies never;
  }
}

/** The full sentence explaining the reason, for legends and explanations. */
export function suppressionExplanation(
  suppression: Suppression | null | undefined,
  locale: Locale,
): string {
  const reason = suppression?.reason ?? 'NO_DATA';
  const threshold = suppression?.threshold ?? 10;
  switch (reason) {
    case 'SMALL_NUMBER':
      return locale === 'nl'
        ? `Dit cijfer berust op minder dan ${threshold} waarnemingen en wordt niet getoond, zodat niemand herkenbaar is.`
        : `This figure rests on fewer than ${threshold} observations and is withheld so that nobody can be recognised.`;
    case 'DERIVABLE':
      return locale === 'nl'
        ? 'Dit cijfer zou af te leiden zijn uit andere gepubliceerde cijfers en wordt daarom niet getoond.'
        : 'This figure could be derived from other published figures and is therefore withheld.';
    case 'NOT_PUBLISHED':
      return locale === 'nl'
        ? 'Deze gemeente heeft ervoor gekozen dit cijfer niet te publiceren.'
        : 'This municipality chose not to publish this figure.';
    case 'NO_DATA':
      return locale === 'nl'
        ? 'Voor deze periode is niets geregistreerd.'
        : 'Nothing was registered for this period.';
    default:
      return reason satisfies never;
  }
}
