import { lazy, Suspense, useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { TimeSeriesChart } from '../charts/time-series';
import { DataTable } from '../components/data-table';
import { FigureValue } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { MunicipalityPicker } from '../components/municipality-picker';
import { PeerGroupPicker } from '../components/peer-group-picker';
import { PeriodPicker } from '../components/period-picker';
import { SignInNotice } from '../components/sign-in-notice';
import { formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import {
  CompareLatestQuery,
  CompareQuery,
  IndicatorFields,
  IndicatorsQuery,
} from '../graphql/documents';
import { type IndicatorGroup, readFragment } from '../graphql/graphql';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import type { ViewState } from '../url-state/view-state';
import { useViewer } from '../viewer/use-viewer';
import {
  figuresOf,
  type IndicatorComparison,
  type MunicipalValue,
  municipalitiesOf,
  municipalityNames,
  readNational,
  seriesOf,
} from './compare-data';
import { IndicatorSection } from './indicator-section';

// The map and its boundaries load only when a compare page is shown, not with the shell.
const IndicatorMap = lazy(() => import('../map/indicator-map'));

export type ComparePageName = 'team-composition' | 'hours-in-wijk' | 'outcomes';

const PAGE_TEXT: Record<ComparePageName, { title: MessageKey; intro: MessageKey }> = {
  'team-composition': { title: 'pageTeamComposition', intro: 'introTeamComposition' },
  'hours-in-wijk': { title: 'pageHoursInWijk', intro: 'introHoursInWijk' },
  outcomes: { title: 'pageOutcomes', intro: 'introOutcomes' },
};

/** The input of both compare queries for a view; `latestOnly` asks for the last period alone. */
export function compareInputOf(view: ViewState, indicatorCodes: string[], latestOnly: boolean) {
  return {
    indicatorCodes,
    municipalityCodes: [...view.municipalities],
    ...(view.peerGroup
      ? { peerGroup: { kind: view.peerGroup.kind, municipalityCode: view.peerGroup.anchor } }
      : {}),
    granularity: view.granularity === 'year' ? ('YEAR' as const) : ('QUARTER' as const),
    from: latestOnly ? view.to : view.from,
    to: view.to,
  };
}

function TimeSeriesSection({ comparison }: { comparison: IndicatorComparison }) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const name = indicator.name[locale];
  const periods = comparison.periods.map((period) => period.period);
  const municipalities = municipalitiesOf(comparison);
  const series = municipalities.map((municipality) => ({
    ...municipality,
    points: seriesOf(comparison, municipality.code),
  }));
  const rows = comparison.periods.map((period) => ({
    period: period.period,
    national: readNational(period.national),
    figures: figuresOf(period),
  }));
  const format = (value: number | null | undefined) =>
    value == null ? '–' : formatValue(value, indicator.unit, locale, { withUnit: false });
  const title = t('timeSeriesTitle', { name });
  return (
    <section className="wn-indicator" aria-labelledby="time-series-heading">
      <h2 id="time-series-heading" className="utrecht-heading-2">
        {title}
      </h2>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <TimeSeriesChart
          title={title}
          unit={indicator.unit}
          periods={periods}
          band={rows.map((row) => ({ period: row.period, ...row.national }))}
          series={series}
        />
        <DataTable
          caption={title}
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
            ...municipalities.map((municipality) => ({
              header: municipality.name,
              isNumeric: true,
              cell: (row: (typeof rows)[number]) => {
                const figure = row.figures.find((item) => item.code === municipality.code);
                return figure ? (
                  <FigureValue figure={figure} unit={indicator.unit} withUnit={false} />
                ) : (
                  '–'
                );
              },
              csv: (row: (typeof rows)[number]) =>
                row.figures.find((item) => item.code === municipality.code)?.value,
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
  page,
  groups,
}: {
  page: ComparePageName;
  groups: readonly IndicatorGroup[];
}) {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const { viewer } = useViewer();
  const indicatorSelectId = useId();
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const indicators = (indicatorsResult.data?.indicators ?? [])
    .map((item) => readFragment(IndicatorFields, item))
    .filter((indicator) => groups.includes(indicator.group));
  const codes = indicators.map((indicator) => indicator.code);
  const canCompare = codes.length > 0 && viewer?.isAuthenticated === true;
  const [compareResult] = useQuery({
    query: CompareQuery,
    variables: { input: compareInputOf(view, codes, false) },
    pause: !canCompare,
  });
  const [latestResult] = useQuery({
    query: CompareLatestQuery,
    variables: { input: compareInputOf(view, codes, true) },
    pause: !canCompare,
  });
  const comparison = compareResult.data?.compare;
  const names = useMemo(() => municipalityNames(comparison), [comparison]);
  const chosenCode =
    view.indicator && codes.includes(view.indicator) ? view.indicator : (codes[0] ?? null);
  const chosen = comparison?.indicators.find(
    (item) => readFragment(IndicatorFields, item.indicator).code === chosenCode,
  );
  const allOf = (code: string | null): MunicipalValue[] =>
    latestResult.data?.compare.indicators.find((item) => item.indicator.code === code)?.periods[0]
      ?.allMunicipalities ?? [];
  const error = indicatorsResult.error ?? compareResult.error ?? latestResult.error;
  const isFetching = indicatorsResult.fetching || compareResult.fetching || latestResult.fetching;
  const text = PAGE_TEXT[page];

  return (
    <div className="wn-compare">
      <h1 className="utrecht-heading-1">{t(text.title)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(text.intro)}</p>
      <SignInNotice />
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <MunicipalityPicker names={names} />
        <PeerGroupPicker names={names} />
        <PeriodPicker />
        {indicators.length > 0 && (
          <div className="utrecht-form-field wn-indicator-choice">
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
      <div aria-live="polite" aria-busy={isFetching}>
        {isFetching && <p role="status">{t('loading')}</p>}
        {error && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            {t('errorLoading', { message: error.graphQLErrors[0]?.message ?? error.message })}
          </div>
        )}
      </div>
      {chosen && (
        <>
          <TimeSeriesSection comparison={chosen} />
          <Suspense fallback={<p role="status">{t('mapLoading')}</p>}>
            <IndicatorMap
              indicator={readFragment(IndicatorFields, chosen.indicator)}
              period={view.to}
              all={allOf(chosenCode)}
            />
          </Suspense>
        </>
      )}
      {comparison?.indicators.map((item) => {
        const code = readFragment(IndicatorFields, item.indicator).code;
        return <IndicatorSection key={code} comparison={item} all={allOf(code)} />;
      })}
    </div>
  );
}
