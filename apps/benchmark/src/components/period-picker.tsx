import {
  convertPeriod,
  formatPeriod,
  type Granularity,
  lastCompletePeriod,
  periodRange,
  shiftPeriod,
} from '../format/period';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { SelectField } from './select-field';

// The first year the rollups hold figures for (packages/db ROLLUP_PERIODS).
const FIRST_YEAR = 2023;

/** Quarter or year, and a period range (from, to inclusive). */
export function PeriodPicker() {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const last = lastCompletePeriod(new Date(), view.granularity);
  const first = view.granularity === 'year' ? String(FIRST_YEAR) : `${FIRST_YEAR}-Q1`;
  const options = periodRange(first, [last, view.to].sort().at(-1) ?? last).reverse();

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
            <option key={period} value={period} disabled={period > view.to}>
              {formatPeriod(period, locale, 'long')}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('to')} value={view.to} onChange={(value) => update({ to: value })}>
          {options.map((period) => (
            <option key={period} value={period} disabled={period < view.from}>
              {formatPeriod(period, locale, 'long')}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
