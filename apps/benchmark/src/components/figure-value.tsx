import type { ReactNode } from 'react';
import { type FigureScale, formatValue } from '../format/number-format';
import {
  isSuppressed,
  type MaybeSuppressed,
  suppressionExplanation,
  suppressionLabel,
} from '../format/suppression';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';

/** A figure that may carry how complete the registration behind it is (registratievolledigheid). */
export interface MaybeFlagged extends MaybeSuppressed {
  readonly completeness?: {
    readonly share: number;
    readonly threshold: number;
    readonly isBelowThreshold: boolean;
  } | null;
}

/**
 * The completeness flag beside a figure whose registration is below the threshold: a word a
 * reader sees, the share and threshold in its title and for screen readers, so a difference in
 * registration is not read as one in practice.
 */
function completenessMark(figure: MaybeFlagged, locale: Locale): ReactNode {
  const completeness = figure.completeness;
  if (!completeness?.isBelowThreshold) return null;
  const share = (value: number) => formatValue(value, { unit: 'share', precision: 0 }, locale);
  const explanation = translate(locale, 'incompleteRegistrationExplanation', {
    share: share(completeness.share),
    threshold: share(completeness.threshold),
  });
  return (
    <span className="wn-incomplete" title={explanation}>
      {translate(locale, 'incompleteRegistration')}
      <span className="wn-visually-hidden">: {explanation}</span>
    </span>
  );
}

/**
 * A figure or, when it has no value, the reason why: "onderdrukt (n < 10)". A suppressed
 * figure is never drawn as zero; the full explanation is in the title and for screen readers.
 * A plain function rather than a component, so a table of every municipality renders its
 * cells without a component (and a context read) per cell.
 */
export function figureContent(
  figure: MaybeFlagged,
  unit: FigureScale,
  locale: Locale,
  withUnit = true,
): ReactNode {
  if (isSuppressed(figure) || figure.value == null) {
    const explanation = suppressionExplanation(figure.suppression, locale);
    return (
      <span className="wn-suppressed" title={explanation}>
        {suppressionLabel(figure.suppression, locale)}
        <span className="wn-visually-hidden">. {explanation}</span>
      </span>
    );
  }
  return (
    <span className="wn-figure">
      {formatValue(figure.value, unit, locale, { withUnit })}
      {completenessMark(figure, locale)}
    </span>
  );
}

/** `figureContent` as a component, for places that show a figure or two. */
export function FigureValue({
  figure,
  unit,
  withUnit = true,
}: {
  figure: MaybeFlagged;
  unit: FigureScale;
  withUnit?: boolean;
}) {
  const { locale } = useTranslation();
  return figureContent(figure, unit, locale, withUnit);
}
