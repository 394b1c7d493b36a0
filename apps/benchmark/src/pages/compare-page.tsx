import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { MunicipalityPicker } from '../components/municipality-picker';
import { PeerGroupPicker } from '../components/peer-group-picker';
import { PeriodPicker } from '../components/period-picker';
import { SelectField } from '../components/select-field';
import { SignInNotice } from '../components/sign-in-notice';
import { useDocumentTitle } from '../components/use-document-title';
import { type IndicatorGroup, readFragment } from '../graphql/graphql';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { useViewer } from '../viewer/use-viewer';
import { CompareIndicatorQuery, CompareSectionsQuery } from './compare.graphql';
import { municipalityNames } from './compare-data';
import {
  askedViewOf,
  chosenIndicatorOf,
  chosenIndicatorVariables,
  compareInputOf,
  type IndicatorMapComponent,
  loadedIndicatorMap,
  loadIndicatorMapModule,
  pageIndicators,
} from './compare-queries';
import { IndicatorSection } from './indicator-section';
import { IndicatorsQuery } from './indicators-page.graphql';
import { TimeSeriesSection } from './time-series-section';

/** The map once its chunk is there, or why it could not be loaded. */
function useIndicatorMap(): { map: IndicatorMapComponent | null; error: string | null } {
  const [map, setMap] = useState(loadedIndicatorMap);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (map) return;
    let isCurrent = true;
    loadIndicatorMapModule().then(
      (component) => isCurrent && setMap(() => component),
      (reason: unknown) => isCurrent && setError(String(reason)),
    );
    return () => {
      isCurrent = false;
    };
  }, [map]);
  return { map, error };
}

export type ComparePageName = 'team-composition' | 'hours-in-wijk' | 'outcomes';

const PAGE_TEXT: Record<ComparePageName, { title: MessageKey; intro: MessageKey }> = {
  'team-composition': { title: 'pageTeamComposition', intro: 'introTeamComposition' },
  'hours-in-wijk': { title: 'pageHoursInWijk', intro: 'introHoursInWijk' },
  outcomes: { title: 'pageOutcomes', intro: 'introOutcomes' },
};

/**
 * True once the first answer has been drawn and the browser had a moment: what can wait for
 * it (the page's other indicators) does not hold up the first paint.
 */
function useAfterFirstPaint(isDrawn: boolean): boolean {
  const [isAfter, setIsAfter] = useState(false);
  useEffect(() => {
    if (!isDrawn || isAfter) return;
    const timer = window.setTimeout(() => setIsAfter(true), 50);
    return () => window.clearTimeout(timer);
  }, [isDrawn, isAfter]);
  return isAfter;
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
  const { hasRole } = useViewer();
  const { map: IndicatorMap, error: mapError } = useIndicatorMap();
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const indicators = useMemo(
    () => pageIndicators(indicatorsResult.data, groups),
    [indicatorsResult.data, groups],
  );
  const codes = useMemo(() => indicators.map((indicator) => indicator.code), [indicators]);
  const chosenCode = chosenIndicatorOf(view, codes);
  // Peer groups need a role; a shared link with one still opens for a visitor without.
  const shown = askedViewOf(view, hasRole);

  // First paint: the chosen indicator over time and every municipality in the last period.
  const [chosenResult] = useQuery({
    query: CompareIndicatorQuery,
    variables: chosenIndicatorVariables(shown, chosenCode),
    pause: chosenCode === null,
  });
  const series = chosenResult.data?.series.indicators[0];
  const latest = chosenResult.data?.latest.indicators[0]?.periods[0];
  // Then the page's indicators one by one in the last period.
  const isAfterFirstPaint = useAfterFirstPaint(series !== undefined);
  const [sectionsResult] = useQuery({
    query: CompareSectionsQuery,
    variables: { input: compareInputOf(shown, codes, true) },
    pause: !isAfterFirstPaint || codes.length === 0,
  });
  const names = useMemo(() => municipalityNames(series?.periods ?? []), [series]);
  const error = indicatorsResult.error ?? chosenResult.error ?? sectionsResult.error;
  const isFetching = indicatorsResult.fetching || chosenResult.fetching || sectionsResult.fetching;
  const chosenIndicator = series ? readFragment(IndicatorFields, series.indicator) : null;
  const text = PAGE_TEXT[page];
  useDocumentTitle(t(text.title));

  return (
    <div className="wn-compare">
      <h1 className="utrecht-heading-1">{t(text.title)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(text.intro)}</p>
      <SignInNotice message="signInForMore" />
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <MunicipalityPicker names={names} />
        {hasRole && <PeerGroupPicker names={names} />}
        <PeriodPicker />
        {indicators.length > 0 && (
          <SelectField
            label={t('chooseIndicator')}
            value={chosenCode ?? ''}
            className="wn-indicator-choice"
            onChange={(value) => update({ indicator: value })}
          >
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicator.name[locale]}
              </option>
            ))}
          </SelectField>
        )}
      </form>
      <div aria-live="polite" aria-busy={isFetching}>
        {isFetching && <p role="status">{t('loading')}</p>}
        {error && <ErrorAlert error={error} />}
      </div>
      {series && chosenIndicator && (
        <>
          <TimeSeriesSection comparison={series} />
          {IndicatorMap ? (
            <IndicatorMap
              indicator={chosenIndicator}
              period={latest?.period ?? view.to}
              all={latest?.allMunicipalities ?? NO_VALUES}
              canShowDistricts={hasRole}
            />
          ) : mapError ? (
            <div className="utrecht-alert utrecht-alert--error" role="alert">
              {t('errorNetwork')}
            </div>
          ) : (
            <p role="status">{t('mapLoading')}</p>
          )}
        </>
      )}
      {sectionsResult.data?.compare.indicators.map((item) => (
        <IndicatorSection
          key={readFragment(IndicatorFields, item.indicator).code}
          comparison={item}
        />
      ))}
    </div>
  );
}

const NO_VALUES: readonly never[] = [];
