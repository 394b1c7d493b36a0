import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { SignInLink } from './sign-in-link';

/**
 * What a visitor misses, with a link to sign in. Shown once the gateway said who is asking, so a
 * signed-in person never sees it come and go; someone signed in without a membership reads the
 * app's own line about that instead (MembershipNotice).
 */
export function SignInNotice({ message }: { message: MessageKey }) {
  const { t } = useTranslation();
  const { viewer, isLoading, hasRole } = useViewer();
  if (isLoading || hasRole || viewer?.isSignedIn) return null;
  return (
    <div className="utrecht-alert utrecht-alert--info wn-notice" role="note">
      <p className="utrecht-paragraph">
        {t(message)} <SignInLink className="utrecht-link">{t('signIn')}</SignInLink>
      </p>
    </div>
  );
}

/** The line every page shows someone signed in whom wijknet gave no membership (yet). */
export function MembershipNotice() {
  const { t } = useTranslation();
  const { viewer, isSessionEnded } = useViewer();
  if (isSessionEnded)
    return (
      <div className="utrecht-alert utrecht-alert--warning wn-notice" role="note">
        <p className="utrecht-paragraph">
          {t('sessionEnded')} <SignInLink className="utrecht-link">{t('signIn')}</SignInLink>
        </p>
      </div>
    );
  if (!viewer?.isSignedIn || viewer.isAuthenticated) return null;
  return (
    <div className="utrecht-alert utrecht-alert--warning wn-notice" role="note">
      <p className="utrecht-paragraph">
        {t('noMembership', { name: viewer.displayName ?? t('someone') })}
      </p>
    </div>
  );
}
