import type { IndicatorDirection } from '../graphql/graphql';
import type { MessageKey } from '../i18n/messages';
import { type Translate, useTranslation } from '../i18n/use-translation';

export interface ExplainedIndicator {
  readonly name: { readonly nl: string; readonly en: string };
  readonly definition: { readonly nl: string; readonly en: string };
  readonly numerator: { readonly nl: string; readonly en: string };
  readonly denominator: { readonly nl: string; readonly en: string };
  readonly direction: IndicatorDirection;
}

const DIRECTION_KEY: Readonly<Record<string, MessageKey>> = {
  'higher-is-better': 'directionHigherIsBetter',
  'lower-is-better': 'directionLowerIsBetter',
  neutral: 'directionNeutral',
};

/** The reading direction of an indicator in words; an unknown code is shown as it is. */
export function directionText(direction: IndicatorDirection, t: Translate): string {
  const key = DIRECTION_KEY[direction];
  return key ? t(key) : direction;
}

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
        <dd>{directionText(indicator.direction, t)}</dd>
      </dl>
    </details>
  );
}
