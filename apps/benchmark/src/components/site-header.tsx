import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import type { PageName } from '../url-state/view-state';
import { ViewLink } from './page-link';

const NAVIGATION: readonly { page: PageName; label: MessageKey }[] = [
  { page: 'team-composition', label: 'pageTeamComposition' },
  { page: 'hours-in-wijk', label: 'pageHoursInWijk' },
  { page: 'outcomes', label: 'pageOutcomes' },
  { page: 'profile', label: 'pageProfile' },
  { page: 'districts', label: 'pageDistricts' },
  { page: 'report', label: 'pageReport' },
  { page: 'indicators', label: 'pageIndicators' },
];

/** Pages of a municipality's own work, shown once a token is given. */
const SIGNED_IN_NAVIGATION: readonly { page: PageName; label: MessageKey }[] = [
  { page: 'delivery', label: 'pageDelivery' },
];

export function SiteHeader({ isSignedIn }: { isSignedIn: boolean }) {
  const { t, locale } = useTranslation();
  const [view] = useViewState();
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
          <ViewLink
            to={{ page: 'sign-in' }}
            className="wn-header__tool"
            current={view.page === 'sign-in'}
          >
            {isSignedIn ? t('signOut') : t('pageSignIn')}
          </ViewLink>
        </div>
      </div>
      <nav className="wn-nav" aria-label={t('mainNavigation')}>
        <ul className="wn-nav__list">
          {[...NAVIGATION, ...(isSignedIn ? SIGNED_IN_NAVIGATION : [])].map((item) => (
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
