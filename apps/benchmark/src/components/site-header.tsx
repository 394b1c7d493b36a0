import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import type { PageName } from '../url-state/view-state';
import { useViewer, type Viewer } from '../viewer/use-viewer';
import { ViewLink } from './page-link';
import { SignInLink } from './sign-in-link';
import { SignOutButton } from './sign-out-button';

const NAVIGATION: readonly { page: PageName; label: MessageKey }[] = [
  { page: 'team-composition', label: 'pageTeamComposition' },
  { page: 'hours-in-wijk', label: 'pageHoursInWijk' },
  { page: 'outcomes', label: 'pageOutcomes' },
  { page: 'profile', label: 'pageProfile' },
  { page: 'districts', label: 'pageDistricts' },
  { page: 'report', label: 'pageReport' },
  { page: 'indicators', label: 'pageIndicators' },
];

type Role = NonNullable<Viewer['role']>;

/** Pages of a role's own work, shown to the roles they are for. */
const ROLE_NAVIGATION: readonly { page: PageName; label: MessageKey; roles: readonly Role[] }[] = [
  { page: 'delivery', label: 'pageDelivery', roles: ['MUNICIPALITY', 'ADMIN'] },
  { page: 'memberships', label: 'pageMemberships', roles: ['ADMIN'] },
  {
    page: 'data-quality',
    label: 'pageDataQuality',
    roles: ['MUNICIPALITY', 'ADMIN', 'INSTITUTE', 'TEAM'],
  },
  { page: 'audit-log', label: 'pageAuditLog', roles: ['MUNICIPALITY', 'ADMIN'] },
  { page: 'publication', label: 'pagePublication', roles: ['MUNICIPALITY', 'ADMIN'] },
  { page: 'stories', label: 'pageStories', roles: ['MUNICIPALITY', 'ADMIN', 'TEAM'] },
  { page: 'caseload', label: 'pageCaseload', roles: ['TEAM', 'MUNICIPALITY', 'ADMIN'] },
];

/** Who is signed in, with their role, and the way out; or the way in. */
function SessionTools() {
  const { t } = useTranslation();
  const [view] = useViewState();
  const { viewer, isLoading } = useViewer();
  if (isLoading && !viewer) return null;
  if (!viewer?.isSignedIn)
    return <SignInLink className="wn-header__tool">{t('pageSignIn')}</SignInLink>;
  const role = viewer.role ? t(`role${viewer.role}`) : t('roleNone');
  return (
    <>
      <ViewLink
        to={{ page: 'sign-in' }}
        className="wn-header__tool wn-header__person"
        current={view.page === 'sign-in'}
      >
        {viewer.displayName ?? t('someone')} <span className="wn-header__role">({role})</span>
      </ViewLink>
      <SignOutButton className="wn-header__tool wn-header__sign-out" />
    </>
  );
}

export function SiteHeader() {
  const { t, locale } = useTranslation();
  const [view] = useViewState();
  const { viewer } = useViewer();
  const role = viewer?.role ?? null;
  const otherLocale = locale === 'nl' ? 'en' : 'nl';
  return (
    <header className="wn-header">
      <a
        className="wn-skip-link utrecht-skip-link utrecht-skip-link--visible-on-focus"
        href="#inhoud"
      >
        {t('skipToContent')}
      </a>
      <div className="wn-header__bar">
        <div className="wn-brand">
          <span className="wn-brand__mark" aria-hidden="true" />
          <div>
            <p className="wn-brand__name">{t('appName')}</p>
            <p className="wn-brand__tagline">{t('appTagline')}</p>
          </div>
        </div>
        <div className="wn-header__tools">
          <ViewLink to={{ locale: otherLocale }} className="wn-header__tool">
            <span lang={otherLocale}>{t('languageSwitch')}</span>
          </ViewLink>
          <SessionTools />
        </div>
      </div>
      <nav className="wn-nav" aria-label={t('mainNavigation')}>
        <ul className="wn-nav__list">
          {[
            ...NAVIGATION,
            ...ROLE_NAVIGATION.filter((item) => role !== null && item.roles.includes(role)),
          ].map((item) => (
            <li key={item.page}>
              <ViewLink
                to={{ page: item.page }}
                className="wn-nav__link"
                current={view.page === item.page}
              >
                {t(item.label)}
              </ViewLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
