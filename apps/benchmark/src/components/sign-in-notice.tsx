import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { ViewLink } from './page-link';

/** What a visitor without a token misses, with a link to the sign-in page. */
export function SignInNotice({ message }: { message: MessageKey }) {
  const { t } = useTranslation();
  // Known at once from the tab's token, so the notice never appears and then goes again.
  const { hasToken } = useViewer();
  if (hasToken) return null;
  return (
    <div className="utrecht-alert utrecht-alert--info wn-notice" role="note">
      <p className="utrecht-paragraph">
        {t(message)}{' '}
        <ViewLink to={{ page: 'sign-in' }} className="utrecht-link">
          {t('pageSignIn')}
        </ViewLink>
      </p>
    </div>
  );
}
