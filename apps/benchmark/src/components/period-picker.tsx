import { convertPeriod, type Granularity, shiftPeriod } from '../format/period';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { SelectField } from './select-field';
import { type KeptPeriod, useKeptPeriods, usePeriodName } from './use-periods';

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
  const { t } = useTranslation();
  const periodName = usePeriodName();
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
              {periodName(period.code)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('to')} value={view.to} onChange={(value) => update({ to: value })}>
          {options.map((period) => (
            <option key={period.code} value={period.code} disabled={period.code < view.from}>
              {periodName(period.code)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
