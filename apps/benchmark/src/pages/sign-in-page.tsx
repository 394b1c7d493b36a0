import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { SignInLink } from '../components/sign-in-link';
import { SignOutButton } from '../components/sign-out-button';
import { useTranslation } from '../i18n/use-translation';
import { useViewer, type Viewer } from '../viewer/use-viewer';
import { SignInProvidersQuery } from '../viewer/viewer.graphql';

/** Who is signed in: their name, role, municipality and team, and what that role may see. */
function SignedIn({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{t('signedInAs', { name: viewer.displayName ?? t('someone') })}</strong>
      </p>
      <p className="utrecht-paragraph">
        {t('viewerRole', { role: viewer.role ? t(`role${viewer.role}`) : t('roleNone') })}
      </p>
      {viewer.municipalityCode && (
        <p className="utrecht-paragraph">
          {t('viewerMunicipality', { name: viewer.municipalityName ?? viewer.municipalityCode })}
        </p>
      )}
      {viewer.teamId && (
        <p className="utrecht-paragraph">
          {t('viewerTeam', { name: viewer.teamName ?? viewer.teamId })}
        </p>
      )}
      <p className="utrecht-paragraph">
        {viewer.role ? t(`roleSees${viewer.role}`) : t('anonymousSees')}
      </p>
      <SignOutButton className="utrecht-button utrecht-button--secondary-action" />
    </>
  );
}

/** The identity providers to sign in with, one button-like link each. */
function SignInChoices() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: SignInProvidersQuery });
  if (result.error) return <ErrorAlert error={result.error} />;
  const providers = result.data?.signInProviders;
  if (!providers) return <p role="status">{t('loading')}</p>;
  if (providers.length === 0) return <p className="utrecht-paragraph">{t('noSignInProviders')}</p>;
  return (
    <ul className="wn-sign-in-choices">
      {providers.map((provider) => (
        <li key={provider.name}>
          <SignInLink
            signInUrl={provider.signInUrl}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {t('signInWith', { label: provider.label })}
          </SignInLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Signing in and out. A person signs in at their organisation's identity provider, through the
 * gateway's /auth/login; this page says who is signed in and with what role, or offers the
 * providers to sign in with.
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <div className="wn-narrow">
      <h1 className="utrecht-heading-1">
        {viewer?.isSignedIn ? t('accountTitle') : t('signInTitle')}
      </h1>
      <div className="wn-viewer">
        {viewer?.isSignedIn ? (
          <SignedIn viewer={viewer} />
        ) : (
          <>
            <p className="utrecht-paragraph">
              <strong>{t('notSignedIn')}</strong>
            </p>
            <p className="utrecht-paragraph">{t('anonymousSees')}</p>
          </>
        )}
      </div>
      {!viewer?.isSignedIn && (
        <>
          <p className="utrecht-paragraph">{t('signInExplanation')}</p>
          <SignInChoices />
        </>
      )}
      <p className="utrecht-paragraph">{t('signInForTools')}</p>
    </div>
  );
}
