import { useQuery } from 'urql';
import { convertPeriod, formatPeriod, type Granularity, shiftPeriod } from '../format/period';
import type { Locale } from '../i18n/locale';
import { type Translate, useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { PeriodsQuery } from './period-picker.graphql';
import { SelectField } from './select-field';

interface KeptPeriod {
  readonly code: string;
  readonly isComplete: boolean;
  readonly throughQuarter: number | null;
}

/** A period as the picker names it: a year still running says through which quarter. */
function periodOption(period: KeptPeriod, locale: Locale, t: Translate): string {
  const name = formatPeriod(period.code, locale, 'long');
  if (period.isComplete) return name;
  if (period.throughQuarter) {
    return t('periodThroughQuarter', { period: name, quarter: period.throughQuarter });
  }
  return t('periodRunning', { period: name });
}

/**
 * The periods the gateway keeps figures for, newest first: its calendar runs from the first
 * data through today's quarter, so pickers follow the data and the gateway's clock, never the
 * browser's. `isLoading` holds until the list has come.
 */
export function useKeptPeriods(granularity: Granularity): {
  readonly periods: readonly KeptPeriod[];
  readonly isLoading: boolean;
} {
  const [result] = useQuery({
    query: PeriodsQuery,
    variables: { granularity: granularity === 'year' ? 'YEAR' : 'QUARTER' },
  });
  const periods = [...(result.data?.periods ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  return { periods, isLoading: result.fetching || result.data === undefined };
}

/** The kept periods, and any period the URL names outside them, so the chosen range shows. */
function usePeriodOptions(granularity: Granularity, chosen: readonly string[]): KeptPeriod[] {
  const kept = [...useKeptPeriods(granularity).periods];
  for (const code of chosen) {
    if (!kept.some((period) => period.code === code)) {
      kept.push({ code, isComplete: true, throughQuarter: null });
    }
  }
  return kept.sort((a, b) => b.code.localeCompare(a.code));
}

/** Quarter or year, and a period range (from, to inclusive). */
export function PeriodPicker() {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const options = usePeriodOptions(view.granularity, [view.from, view.to]);

  const changeGranularity = (granularity: Granularity) => {
    const to = convertPeriod(view.to, granularity);
    const from = convertPeriod(view.from, granularity);
    update({ granularity, to, from: from < to ? from : shiftPeriod(to, -3) });
  };

  return (
    <fieldset className="wn-fieldset utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('period')}</legend>
      <div className="wn-radio-row" role="radiogroup" aria-label={t('granularity')}>
        {(['quarter', 'year'] as const).map((granularity) => (
          <label key={granularity} className="utrecht-form-label utrecht-form-label--radio">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name="granularity"
              checked={view.granularity === granularity}
              onChange={() => changeGranularity(granularity)}
            />{' '}
            {t(granularity)}
          </label>
        ))}
      </div>
      <div className="wn-inline-fields">
        <SelectField
          label={t('from')}
          value={view.from}
          onChange={(value) => update({ from: value })}
        >
          {options.map((period) => (
            <option key={period.code} value={period.code} disabled={period.code > view.to}>
              {periodOption(period, locale, t)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('to')} value={view.to} onChange={(value) => update({ to: value })}>
          {options.map((period) => (
            <option key={period.code} value={period.code} disabled={period.code < view.from}>
              {periodOption(period, locale, t)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
