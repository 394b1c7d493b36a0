import type { ReactNode } from 'react';
import { type FigureScale, formatValue } from '../format/number-format';
import {
  isSuppressed,
  type MaybeSuppressed,
  suppressionExplanation,
  suppressionLabel,
} from '../format/suppression';
import type { Locale } from '../i18n/locale';
import { useTranslation } from '../i18n/use-translation';

/**
 * A figure or, when it has no value, the reason why: "onderdrukt (n < 10)". A suppressed
 * figure is never drawn as zero; the full explanation is in the title and for screen readers.
 * A plain function rather than a component, so a table of every municipality renders its
 * cells without a component (and a context read) per cell.
 */
export function figureContent(
  figure: MaybeSuppressed,
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
  return <span className="wn-figure">{formatValue(figure.value, unit, locale, { withUnit })}</span>;
}

/** `figureContent` as a component, for places that show a figure or two. */
export function FigureValue({
  figure,
  unit,
  withUnit = true,
}: {
  figure: MaybeSuppressed;
  unit: FigureScale;
  withUnit?: boolean;
}) {
  const { locale } = useTranslation();
  return figureContent(figure, unit, locale, withUnit);
}
