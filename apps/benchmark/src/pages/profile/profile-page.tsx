import { useEffect } from 'react';
import { useQuery } from 'urql';
import { type DataColumn, DataTable } from '../components/data-table';
import { FigureValue } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { MunicipalityPicker } from '../components/municipality-picker';
import { PeriodPicker } from '../components/period-picker';
import { SignInNotice } from '../components/sign-in-notice';
import { formatChange, formatNumber, formatRank, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { suppressionLabel } from '../format/suppression';
import { CompareQuery, IndicatorFields, IndicatorsQuery, ProfileQuery } from '../graphql/documents';
import { type ResultOf, readFragment } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { isOwnMunicipality, useViewer } from '../viewer/use-viewer';
import { type Figure, figuresOf, PAGE_GROUPS, readNational, readTeamFigure } from './compare-data';
import { compareInputOf } from './compare-queries';
import { CostBenefitSection } from './profile-cost-benefit';
import { OwnTeamsSection } from './profile-own-teams';

type TeamProfilePeriod = NonNullable<
  ResultOf<typeof ProfileQuery>['municipality']
>['teamProfile'][number];
type TeamProfileKey = Exclude<keyof TeamProfilePeriod, 'period'>;

/** The figures of Municipality.teamProfile, with their label and unit (as in the registry). */
const TEAM_PROFILE_FIGURES: readonly { key: TeamProfileKey; label: MessageKey; unit: string }[] = [
  { key: 'teamsMeetingBasicModel', label: 'teamsMeetingBasicModel', unit: 'share' },
  { key: 'teamsCoveringThreeDomains', label: 'checkCoreDomains', unit: 'share' },
  { key: 'teamsCoreAtMost8', label: 'checkCoreSize', unit: 'share' },
  { key: 'teamsCore24Hours', label: 'checkCoreHours', unit: 'share' },
  { key: 'teamsWithLead', label: 'checkHasLead', unit: 'share' },
  { key: 'coreSize', label: 'coreSize', unit: 'count' },
  { key: 'ftePer10000Inhabitants', label: 'ftePer10000', unit: 'fte-per-10000' },
  { key: 'hoursInWijkPerCoreMember', label: 'hoursInWijkMean', unit: 'hours' },
  { key: 'coreMembersAtLeast24Hours', label: 'shareAtLeast24', unit: 'share' },
  { key: 'teamAgeYears', label: 'teamAge', unit: 'years' },
];

/** Why a figure is withheld, in words; empty when it is shown. */
function withheldReason(figure: Figure, locale: Locale): string {
  return figure.value === null ? suppressionLabel(figure.suppression, locale) : '';
}

/** The columns both profile tables show of a row's figure: value, why withheld, rank, change. */
function figureColumns<Row extends { figure: Figure }>(
  unitOf: (row: Row) => string,
  t: (key: MessageKey) => string,
  locale: Locale,
): Record<'value' | 'reason' | 'rank' | 'change', DataColumn<Row>> {
  return {
    value: {
      header: t('value'),
      isNumeric: true,
      cell: (row) => <FigureValue figure={row.figure} unit={unitOf(row)} />,
      csv: (row) => row.figure.value,
    },
    reason: {
      header: t('reason'),
      cell: (row) => withheldReason(row.figure, locale),
      csv: (row) => withheldReason(row.figure, locale),
    },
    rank: {
      header: t('rank'),
      isNumeric: true,
      cell: (row) =>
        row.figure.rank === null || row.figure.rankOutOf === null
          ? '–'
          : formatRank(row.figure.rank, row.figure.rankOutOf, locale),
      csv: (row) => row.figure.rank,
    },
    change: {
      header: t('change'),
      isNumeric: true,
      cell: (row) =>
        row.figure.change === null ? '–' : formatChange(row.figure.change, unitOf(row), locale),
      csv: (row) => row.figure.change,
    },
  };
}

function TeamProfileTable({ name, period }: { name: string; period: TeamProfilePeriod }) {
  const { t, locale } = useTranslation();
  const rows = TEAM_PROFILE_FIGURES.map((item) => ({
    ...item,
    figure: readTeamFigure(period[item.key], { code: name, name }),
  }));
  const figureColumn = figureColumns<(typeof rows)[number]>((row) => row.unit, t, locale);
  return (
    <DataTable
      caption={`${t('profileTeamProfile', { name })}, ${formatPeriod(period.period, locale, 'long')}`}
      fileNameParts={[name, 'teamprofiel', period.period]}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        {
          header: t('figure'),
          isRowHeader: true,
          cell: (row) => t(row.label),
          csv: (row) => t(row.label),
        },
        figureColumn.value,
        figureColumn.reason,
        {
          header: t('n'),
          isNumeric: true,
          cell: (row) => (row.figure.n === null ? '–' : formatNumber(row.figure.n, locale)),
          csv: (row) => row.figure.n,
        },
        figureColumn.rank,
        figureColumn.change,
      ]}
    />
  );
}

/** The outcome indicators of one municipality in the last period, against the nation. */
function ProfileOutcomes({ code, name }: { code: string; name: string }) {
  const { t, locale } = useTranslation();
  const [view] = useViewState();
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const groups = PAGE_GROUPS.outcomes ?? [];
  const indicators = (indicatorsResult.data?.indicators ?? [])
    .map((item) => readFragment(IndicatorFields, item))
    .filter((indicator) => groups.includes(indicator.group));
  const [result] = useQuery({
    query: CompareQuery,
    variables: {
      input: compareInputOf(
        { ...view, municipalities: [code], peerGroup: null },
        indicators.map((indicator) => indicator.code),
        true,
      ),
    },
    pause: indicators.length === 0,
  });
  const rows = (result.data?.compare.indicators ?? []).flatMap((item) => {
    const period = item.periods[0];
    const figure: Figure | undefined = period ? figuresOf(period)[0] : undefined;
    if (!period || !figure) return [];
    return [
      {
        indicator: readFragment(IndicatorFields, item.indicator),
        national: readNational(period.national),
        figure,
      },
    ];
  });
  const title = t('profileOutcomesTitle', { name, period: formatPeriod(view.to, locale, 'long') });
  if (result.error) {
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        {t('errorLoading', {
          message: result.error.graphQLErrors[0]?.message ?? result.error.message,
        })}
      </div>
    );
  }
  if (rows.length === 0) return result.fetching ? <p role="status">{t('loading')}</p> : null;
  const format = (value: number | null | undefined, unit: string) =>
    value == null ? '–' : formatValue(value, unit, locale);
  const figureColumn = figureColumns<(typeof rows)[number]>((row) => row.indicator.unit, t, locale);
  return (
    <DataTable
      caption={title}
      fileNameParts={[name, 'uitkomsten', view.to]}
      rows={rows}
      rowKey={(row) => row.indicator.code}
      columns={[
        {
          header: t('indicator'),
          isRowHeader: true,
          cell: (row) => (
            <>
              {row.indicator.name[locale]}
              <IndicatorExplanation indicator={row.indicator} />
            </>
          ),
          csv: (row) => row.indicator.name[locale],
        },
        figureColumn.value,
        figureColumn.reason,
        {
          header: t('nationalMedian'),
          isNumeric: true,
          cell: (row) => format(row.national.median, row.indicator.unit),
          csv: (row) => row.national.median,
        },
        {
          header: t('band'),
          isNumeric: true,
          cell: (row) =>
            `${format(row.national.p10, row.indicator.unit)} – ${format(row.national.p90, row.indicator.unit)}`,
          csv: (row) =>
            row.national.p10 == null ? '' : `${row.national.p10} – ${row.national.p90}`,
        },
        figureColumn.rank,
        figureColumn.change,
      ]}
    />
  );
}

/** A municipality's teams against the basic model, outcomes with stories, and its MKBA. */
export default function ProfilePage() {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const { viewer } = useViewer();
  const code = view.profile ?? view.municipalities[0] ?? null;
  useEffect(() => {
    if (!view.profile && code) update({ profile: code }, { replace: true });
  }, [view.profile, code, update]);
  const isSignedIn = viewer?.isAuthenticated === true;
  const [result] = useQuery({
    query: ProfileQuery,
    variables: {
      code: code ?? '',
      from: view.from,
      to: view.to,
      granularity: view.granularity === 'year' ? 'YEAR' : 'QUARTER',
    },
    pause: code === null || !isSignedIn,
  });
  const municipality = result.data?.municipality;
  const isOwn = isOwnMunicipality(viewer, code);
  const latestTeamProfile = municipality?.teamProfile.at(-1);

  return (
    <div>
      <h1 className="utrecht-heading-1">
        {municipality ? `${t('pageProfile')}: ${municipality.name}` : t('pageProfile')}
      </h1>
      {municipality && (
        <p className="utrecht-paragraph utrecht-paragraph--lead">
          {municipality.code} ·{' '}
          {t('profileFacts', {
            inhabitants: formatNumber(municipality.inhabitants ?? 0, locale),
            households: formatNumber(municipality.households ?? 0, locale),
            province: municipality.province ?? '–',
            urbanity: municipality.urbanity ?? '–',
          })}
        </p>
      )}
      <SignInNotice message="signInRequired" />
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        {code === null ? (
          <MunicipalityPicker names={NO_NAMES} onAdd={(added) => update({ profile: added })} />
        ) : (
          <details className="wn-other-municipality">
            <summary>{t('profileOtherMunicipality')}</summary>
            <MunicipalityPicker
              names={new Map(municipality ? [[municipality.code, municipality.name]] : [])}
              onAdd={(added) => update({ profile: added })}
            />
          </details>
        )}
        {code !== null && <PeriodPicker />}
      </form>
      {view.municipalities.length > 1 && (
        <nav aria-label={t('pageProfile')} className="wn-profile-switch">
          {view.municipalities.map((other) => (
            <button
              key={other}
              type="button"
              className="utrecht-button utrecht-button--subtle"
              aria-pressed={other === code}
              onClick={() => update({ profile: other })}
            >
              {other}
            </button>
          ))}
        </nav>
      )}
      {!code && <p className="utrecht-paragraph">{t('profileChoose')}</p>}
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {t('errorLoading', {
            message: result.error.graphQLErrors[0]?.message ?? result.error.message,
          })}
        </div>
      )}
      {municipality && (
        <>
          <section aria-labelledby="teams-heading" className="wn-indicator">
            <h2 id="teams-heading" className="utrecht-heading-2">
              {t('profileTeams')}
            </h2>
            {!isOwn && <p className="utrecht-paragraph">{t('profileTeamsOwn')}</p>}
            {latestTeamProfile && (
              <TeamProfileTable name={municipality.name} period={latestTeamProfile} />
            )}
            {isOwn && <OwnTeamsSection />}
          </section>
          <section aria-labelledby="outcomes-heading" className="wn-indicator">
            <h2 id="outcomes-heading" className="utrecht-heading-2">
              {t('profileOutcomes')}
            </h2>
            <div className="wn-outcomes-with-stories">
              <div className="wn-profile-outcomes">
                <ProfileOutcomes code={municipality.code} name={municipality.name} />
              </div>
              <aside aria-labelledby="stories-list-heading" className="wn-stories">
                <h3 id="stories-list-heading" className="utrecht-heading-3">
                  {t('profileStories')}
                </h3>
                {municipality.stories.length === 0 && (
                  <p className="utrecht-paragraph">
                    {isOwn ? t('profileNoStories') : t('profileStoriesOwnOnly')}
                  </p>
                )}
                {municipality.stories.map((story) => (
                  <article key={story.id} className="wn-story">
                    <h4 className="utrecht-heading-4">{story.title}</h4>
                    <p className="wn-muted">
                      {[
                        story.teamName,
                        formatPeriod(story.period, locale, 'long'),
                        story.lifeDomains.map((domain) => domain[locale]).join(', '),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    <p className="utrecht-paragraph">{story.body}</p>
                  </article>
                ))}
              </aside>
            </div>
          </section>
          <CostBenefitSection code={municipality.code} name={municipality.name} />
        </>
      )}
    </div>
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();
