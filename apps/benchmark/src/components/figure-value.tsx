import { formatValue } from '../format/number-format';
import {
  isSuppressed,
  type MaybeSuppressed,
  suppressionExplanation,
  suppressionLabel,
} from '../format/suppression';
import type { IndicatorUnit } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';

/**
 * A figure or, when it has no value, the reason why: "onderdrukt (n < 10)". A suppressed
 * figure is never drawn as zero; the full explanation is in the title and for screen readers.
 */
export function FigureValue({
  figure,
  unit,
  withUnit = true,
}: {
  figure: MaybeSuppressed;
  unit: IndicatorUnit;
  withUnit?: boolean;
}) {
  const { locale } = useTranslation();
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
