import { lazy, Suspense, useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { TimeSeriesChart } from '../charts/time-series';
import { DataTable } from '../components/data-table';
import { MunicipalityPicker } from '../components/municipality-picker';
import { PeerGroupPicker, usePeerGroup } from '../components/peer-group-picker';
import { PeriodPicker } from '../components/period-picker';
import { formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { CompareQuery, IndicatorFields, IndicatorsQuery } from '../graphql/documents';
import { type IndicatorGroup, readFragment } from '../graphql/graphql';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { type IndicatorComparison, municipalityNames, seriesOf } from './compare-data';
import { IndicatorSection } from './indicator-section';

// The map and its boundaries load only when a compare page is shown, not with the shell.
const IndicatorMap = lazy(() => import('../map/indicator-map'));

const PAGE_TEXT: Record<IndicatorGroup, { title: MessageKey; intro: MessageKey }> = {
  TEAM_COMPOSITION: { title: 'pageTeamComposition', intro: 'introTeamComposition' },
  HOURS_IN_WIJK: { title: 'pageHoursInWijk', intro: 'introHoursInWijk' },
  OUTCOMES: { title: 'pageOutcomes', intro: 'introOutcomes' },
};

function TimeSeriesSection({
  comparison,
  periods,
}: {
  comparison: IndicatorComparison;
  periods: readonly string[];
}) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const name = indicator.name[locale];
  const codes = comparison.periods[0]?.figures.map((figure) => figure.municipality) ?? [];
  const series = codes.map((municipality) => ({
    code: municipality.code,
    name: municipality.name,
    points: seriesOf(comparison, municipality.code),
  }));
  const rows = comparison.periods;
  const format = (value: number | null | undefined) =>
    value == null ? '–' : formatValue(value, indicator.unit, locale, { withUnit: false });
  return (
    <section className="wn-indicator" aria-labelledby="time-series-heading">
      <h2 id="time-series-heading" className="utrecht-heading-2">
        {t('timeSeriesTitle', { name })}
      </h2>
      <div className="wn-chart-and-table">
        <TimeSeriesChart
          title={t('timeSeriesTitle', { name })}
          unit={indicator.unit}
          periods={periods}
          band={comparison.periods.map((period) => ({ period: period.period, ...period.national }))}
          series={series}
        />
        <DataTable
          caption={t('timeSeriesTitle', { name })}
          fileNameParts={[indicator.code, 'tijdreeks', periods[0] ?? '', periods.at(-1) ?? '']}
          rows={rows}
          rowKey={(row) => row.period}
          columns={[
            {
              header: t('period'),
              isRowHeader: true,
              cell: (row) => formatPeriod(row.period, locale),
              csv: (row) => row.period,
            },
            ...codes.map((municipality) => ({
              header: municipality.name,
              isNumeric: true,
              cell: (row: (typeof rows)[number]) => {
                const figure = row.figures.find(
                  (item) => item.municipality.code === municipality.code,
                );
                return figure?.value == null ? t('noData') : format(figure.value);
              },
              csv: (row: (typeof rows)[number]) =>
                row.figures.find((item) => item.municipality.code === municipality.code)?.value,
            })),
            {
              header: t('nationalMedian'),
              isNumeric: true,
              cell: (row) => format(row.national.median),
              csv: (row) => row.national.median,
            },
            {
              header: 'P10',
              isNumeric: true,
              cell: (row) => format(row.national.p10),
              csv: (row) => row.national.p10,
            },
            {
              header: 'P90',
              isNumeric: true,
              cell: (row) => format(row.national.p90),
              csv: (row) => row.national.p90,
            },
          ]}
        />
      </div>
    </section>
  );
}

/** Compare municipalities on one theme: team composition, hours in the wijk or outcomes. */
export function ComparePage({
  group,
  embedded = false,
}: {
  group: IndicatorGroup;
  embedded?: boolean;
}) {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const indicatorSelectId = useId();
  const peerGroup = usePeerGroup();
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery, variables: { group } });
  const indicators = (indicatorsResult.data?.indicators ?? []).map((item) =>
    readFragment(IndicatorFields, item),
  );
  const peerCodes =
    peerGroup?.data?.peerGroup.members.map((member) => member.municipality.code) ?? [];
  // Embedded in a profile, the page shows that one municipality's figures only.
  const municipalityCodes = embedded
    ? view.profile
      ? [view.profile]
      : []
    : [...new Set([...view.municipalities, ...peerCodes])];
  const [compareResult] = useQuery({
    query: CompareQuery,
    variables: {
      input: {
        municipalityCodes,
        indicatorCodes: indicators.map((indicator) => indicator.code),
        granularity: view.granularity === 'year' ? 'YEAR' : 'QUARTER',
        from: view.from,
        to: view.to,
      },
    },
    pause: indicators.length === 0,
  });
  const comparison = compareResult.data?.compare;
  const names = useMemo(() => municipalityNames(comparison), [comparison]);
  const chosenCode = view.indicator ?? indicators[0]?.code;
  const chosen = comparison?.indicators.find(
    (item) => readFragment(IndicatorFields, item.indicator).code === chosenCode,
  );
  const error = indicatorsResult.error ?? compareResult.error;
  const text = PAGE_TEXT[group];

  if (embedded) {
    return (
      <div className="wn-compare">
        {comparison?.indicators.map((item) => (
          <IndicatorSection
            key={readFragment(IndicatorFields, item.indicator).code}
            comparison={item}
            headingLevel={3}
          />
        ))}
      </div>
    );
  }
  return (
    <div className="wn-compare">
      <h1 className="utrecht-heading-1">{t(text.title)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(text.intro)}</p>
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <MunicipalityPicker names={names} />
        <PeerGroupPicker names={names} />
        <PeriodPicker />
        {indicators.length > 0 && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={indicatorSelectId}>
              {t('chooseIndicator')}
            </label>
            <select
              id={indicatorSelectId}
              className="utrecht-select utrecht-select--html-select"
              value={chosenCode ?? ''}
              onChange={(event) => update({ indicator: event.target.value })}
            >
              {indicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicator.name[locale]}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <div aria-live="polite" aria-busy={indicatorsResult.fetching || compareResult.fetching}>
        {(indicatorsResult.fetching || compareResult.fetching) && (
          <p role="status">{t('loading')}</p>
        )}
        {error && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            {t('errorLoading', { message: error.graphQLErrors[0]?.message ?? error.message })}
          </div>
        )}
      </div>
      {chosen && comparison && (
        <>
          <TimeSeriesSection comparison={chosen} periods={comparison.periods} />
          <Suspense fallback={<p role="status">{t('mapLoading')}</p>}>
            <IndicatorMap comparison={chosen} />
          </Suspense>
        </>
      )}
      {comparison?.indicators.map((item) => (
        <IndicatorSection
          key={readFragment(IndicatorFields, item.indicator).code}
          comparison={item}
        />
      ))}
    </div>
  );
}
