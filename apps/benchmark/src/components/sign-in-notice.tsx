import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { ViewLink } from './page-link';

/** Benchmark figures need a token: says so, with a link to the sign-in page. */
export function SignInNotice() {
  const { t } = useTranslation();
  const { viewer, isLoading } = useViewer();
  if (isLoading || viewer?.isAuthenticated) return null;
  return (
    <div className="utrecht-alert utrecht-alert--info wn-notice" role="note">
      <p className="utrecht-paragraph">
        {t('signInRequired')}{' '}
        <ViewLink to={{ page: 'sign-in' }} className="utrecht-link">
          {t('pageSignIn')}
        </ViewLink>
      </p>
    </div>
  );
}
