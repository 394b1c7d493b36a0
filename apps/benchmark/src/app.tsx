import { lazy, Suspense, useEffect } from 'react';
import { Provider } from 'urql';
import { MembershipNotice } from './components/sign-in-notice';
import { SiteFooter } from './components/site-footer';
import { SiteHeader } from './components/site-header';
import { useDocumentTitle } from './components/use-document-title';
import { gatewayClient } from './graphql/client';
import { LocaleProvider, useTranslation } from './i18n/use-translation';
import { PAGE_GROUPS } from './pages/compare-data';
import { ComparePage } from './pages/compare-page';
import { useViewState } from './url-state/use-view-state';
import type { PageName } from './url-state/view-state';
import { useViewer, ViewerProvider } from './viewer/use-viewer';

// Pages a visitor opens less often load on demand, to keep the first download small.
const ProfilePage = lazy(() => import('./pages/profile/profile-page'));
const IndicatorsPage = lazy(() => import('./pages/indicators-page'));
const DistrictComparisonPage = lazy(() => import('./pages/report/district-comparison-page'));
const NationalReportPage = lazy(() => import('./pages/report/national-report-page'));
const SignInPage = lazy(() => import('./pages/sign-in-page'));
const DeliveryPage = lazy(() => import('./delivery/delivery-page'));
const MembershipsPage = lazy(() => import('./pages/memberships/memberships-page'));
const DataQualityPage = lazy(() => import('./quality/data-quality-page'));
const AuditLogPage = lazy(() => import('./audit/audit-log-page'));
const PublicationPage = lazy(() => import('./publication/publication-page'));
const StoriesPage = lazy(() => import('./stories/stories-page'));
const CaseloadPage = lazy(() => import('./caseload/caseload-page'));

/** The sign-in page's tab title, kept out of the page itself: the account once signed in. */
function SignInTitle() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  useDocumentTitle(viewer?.isSignedIn ? t('accountTitle') : t('pageSignIn'));
  return null;
}

function PageContent({ page }: { page: PageName }) {
  const { t } = useTranslation();
  switch (page) {
    case 'team-composition':
    case 'hours-in-wijk':
    case 'outcomes':
      return <ComparePage key={page} page={page} groups={PAGE_GROUPS[page] ?? []} />;
    default:
      return (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          {page === 'profile' && <ProfilePage />}
          {page === 'indicators' && <IndicatorsPage />}
          {page === 'delivery' && <DeliveryPage />}
          {page === 'data-quality' && <DataQualityPage />}
          {page === 'audit-log' && <AuditLogPage />}
          {page === 'publication' && <PublicationPage />}
          {page === 'stories' && <StoriesPage />}
          {page === 'caseload' && <CaseloadPage />}
          {page === 'districts' && <DistrictComparisonPage />}
          {page === 'report' && <NationalReportPage />}
          {page === 'memberships' && <MembershipsPage />}
          {page === 'sign-in' && <SignInPage />}
          {page === 'sign-in' && <SignInTitle />}
        </Suspense>
      );
  }
}

/** The app shell: header with navigation and language, the page of the URL, the footer. */
export function App() {
  const [view] = useViewState();

  useEffect(() => {
    document.documentElement.lang = view.locale;
  }, [view.locale]);

  return (
    <LocaleProvider locale={view.locale}>
      <Provider value={gatewayClient()}>
        <ViewerProvider>
          <div className="wn-page utrecht-page">
            <SiteHeader />
            <main id="inhoud" className="wn-main utrecht-page-content" tabIndex={-1}>
              <MembershipNotice />
              <PageContent page={view.page} />
            </main>
            <SiteFooter />
          </div>
        </ViewerProvider>
      </Provider>
    </LocaleProvider>
  );
}
