import type { IndicatorDirection } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';

export interface ExplainedIndicator {
  readonly name: { readonly nl: string; readonly en: string };
  readonly definition: { readonly nl: string; readonly en: string };
  readonly numerator: { readonly nl: string; readonly en: string };
  readonly denominator: { readonly nl: string; readonly en: string };
  readonly direction: IndicatorDirection;
}

const DIRECTION_KEY = {
  HIGHER_IS_BETTER: 'directionHigherIsBetter',
  LOWER_IS_BETTER: 'directionLowerIsBetter',
  NEUTRAL: 'directionNeutral',
} as const;

/** One click from every figure: what the indicator means, what is counted and what is better. */
export function IndicatorExplanation({ indicator }: { indicator: ExplainedIndicator }) {
  const { t, locale } = useTranslation();
  return (
    <details className="wn-explanation">
      <summary>
        {t('explain')}
        <span className="wn-visually-hidden">: {indicator.name[locale]}</span>
      </summary>
      <dl className="wn-explanation__list">
        <dt>{t('definition')}</dt>
        <dd>{indicator.definition[locale]}</dd>
        <dt>{t('numerator')}</dt>
        <dd>{indicator.numerator[locale]}</dd>
        <dt>{t('denominator')}</dt>
        <dd>{indicator.denominator[locale]}</dd>
        <dt>{t('direction')}</dt>
        <dd>{t(DIRECTION_KEY[indicator.direction])}</dd>
      </dl>
    </details>
  );
}
