import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/error-alert';
import { MunicipalityPicker } from '../../components/municipality-picker';
import { PeriodPicker } from '../../components/period-picker';
import { SignInNotice } from '../../components/sign-in-notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatNumber } from '../../format/number-format';
import type { ResultOf } from '../../graphql/graphql';
import type { MessageKey } from '../../i18n/messages';
import { type Translate, useTranslation } from '../../i18n/use-translation';
import { useViewState } from '../../url-state/use-view-state';
import { isOwnMunicipality, useViewer } from '../../viewer/use-viewer';
import { PAGE_GROUPS } from '../compare-data';
import { ProfileMunicipalityQuery } from './profile.graphql';
import { CostBenefitSection } from './profile-cost-benefit';
import { ProfileFigures } from './profile-figures';
import { OwnTeamsSection } from './profile-own-teams';
import { ProfileStories } from './profile-stories';
import { ProfileZrmDomains } from './profile-zrm-domains';

type Municipality = NonNullable<ResultOf<typeof ProfileMunicipalityQuery>['municipality']>;

const TEAM_GROUPS = [
  ...(PAGE_GROUPS['team-composition'] ?? []),
  ...(PAGE_GROUPS['hours-in-wijk'] ?? []),
];
const OUTCOME_GROUPS = PAGE_GROUPS.outcomes ?? [];

/** The municipality of the profile: the URL's, else the first chosen one; kept in the URL. */
function useProfileCode(): string | null {
  const [view, update] = useViewState();
  const code = view.profile ?? view.municipalities[0] ?? null;
  useEffect(() => {
    if (!view.profile && code) update({ profile: code }, { replace: true });
  }, [view.profile, code, update]);
  return code;
}

const URBANITY: readonly MessageKey[] = [
  'urbanity1',
  'urbanity2',
  'urbanity3',
  'urbanity4',
  'urbanity5',
];

/** CBS's urbanity class (1–5) in words: "sterk stedelijk" rather than a bare number. */
function urbanityText(urbanity: number | null | undefined, t: Translate): string {
  const key = urbanity == null ? undefined : URBANITY[urbanity - 1];
  return key ? t(key) : '–';
}

function ProfileFacts({ municipality }: { municipality: Municipality }) {
  const { t, locale } = useTranslation();
  const count = (value: number | null | undefined) =>
    value == null ? '–' : formatNumber(value, locale);
  return (
    <p className="utrecht-paragraph utrecht-paragraph--lead">
      {municipality.code} ·{' '}
      {t('profileFacts', {
        inhabitants: count(municipality.inhabitants),
        households: count(municipality.households),
        province: municipality.province ?? '–',
        urbanity: urbanityText(municipality.urbanity, t),
      })}
    </p>
  );
}

function ProfileControls({ code, name }: { code: string | null; name: string | null }) {
  const { t } = useTranslation();
  const [, update] = useViewState();
  const open = (added: string) => update({ profile: added });
  return (
    <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
      {code === null || name === null ? (
        <MunicipalityPicker names={new Map()} onAdd={open} />
      ) : (
        <details className="wn-other-municipality">
          <summary>{t('profileOtherMunicipality')}</summary>
          <MunicipalityPicker names={new Map([[code, name]])} onAdd={open} />
        </details>
      )}
      {code !== null && <PeriodPicker />}
    </form>
  );
}

function ProfileSections({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation();
  const { viewer, hasRole } = useViewer();
  const isOwn = isOwnMunicipality(viewer, municipality.code);
  const { code, name } = municipality;
  return (
    <>
      <section aria-labelledby="teams-heading" className="wn-indicator">
        <h2 id="teams-heading" className="utrecht-heading-2">
          {t('profileTeams')}
        </h2>
        {!isOwn && <p className="utrecht-paragraph">{t('profileTeamsOwn')}</p>}
        <ProfileFigures
          code={code}
          name={name}
          groups={TEAM_GROUPS}
          caption={t('profileTeamProfile', { name })}
          fileName="teams"
        />
        {isOwn && <OwnTeamsSection />}
      </section>
      <section aria-labelledby="outcomes-heading" className="wn-indicator">
        <h2 id="outcomes-heading" className="utrecht-heading-2">
          {t('profileOutcomes')}
        </h2>
        <div className="wn-outcomes-with-stories">
          <div className="wn-profile-outcomes">
            <ProfileFigures
              code={code}
              name={name}
              groups={OUTCOME_GROUPS}
              caption={t('profileOutcomesTitle', { name })}
              fileName="uitkomsten"
            />
          </div>
          <ProfileStories code={code} />
        </div>
      </section>
      <ProfileZrmDomains code={code} name={name} />
      {hasRole ? (
        <CostBenefitSection code={code} name={name} />
      ) : (
        <section aria-labelledby="mkba-heading" className="wn-indicator">
          <h2 id="mkba-heading" className="utrecht-heading-2">
            {t('profileCostBenefit')}
          </h2>
          <p className="utrecht-paragraph">{t('costBenefitNeedsSignIn')}</p>
        </section>
      )}
    </>
  );
}

/**
 * A municipality's public profile: its published figures on teams and outcomes against the
 * nation, open to anyone; signed in, its stories and MKBA, and for its own municipality the
 * teams one by one.
 */
export default function ProfilePage() {
  const { t } = useTranslation();
  const code = useProfileCode();
  const [result] = useQuery({
    query: ProfileMunicipalityQuery,
    variables: { code: code ?? '' },
    pause: code === null,
  });
  const municipality = result.data?.municipality ?? null;
  const title = municipality ? t('profileTitle', { name: municipality.name }) : t('pageProfile');
  useDocumentTitle(title);
  return (
    <div>
      <h1 className="utrecht-heading-1">{title}</h1>
      {municipality && <ProfileFacts municipality={municipality} />}
      {municipality && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action wn-print-button"
          onClick={() => window.print()}
        >
          {t('printFactsheet')}
        </button>
      )}
      <SignInNotice message="profileSignInForMore" />
      <ProfileControls code={code} name={municipality?.name ?? null} />
      {!code && <p className="utrecht-paragraph">{t('profileChoose')}</p>}
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      {code && result.data && !municipality && (
        <p className="utrecht-paragraph">{t('profileNotFound', { code })}</p>
      )}
      {municipality && <ProfileSections municipality={municipality} />}
    </div>
  );
}
