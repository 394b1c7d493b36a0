import { type FormEvent, useId, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from '../i18n/use-translation';
import { ViewerQuery } from '../viewer/viewer.graphql';

/** Sign in with a bearer token and see what that role may see. */
export default function SignInPage({ onToken }: { onToken: (token: string | null) => void }) {
  const { t } = useTranslation();
  const tokenId = useId();
  const [draft, setDraft] = useState('');
  const [result] = useQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const viewer = result.data?.viewer;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = draft.trim();
    if (token) onToken(token);
    setDraft('');
  };
  return (
    <div className="wn-narrow">
      <h1 className="utrecht-heading-1">{t('signInTitle')}</h1>
      <div role="status" className="wn-viewer">
        {viewer?.role ? (
          <>
            <p className="utrecht-paragraph">
              <strong>{t('signedInAs', { role: t(`role${viewer.role}`) })}</strong>
            </p>
            {viewer.municipalityId && (
              <p className="utrecht-paragraph">
                {t('viewerMunicipality', { code: viewer.municipalityId })}
              </p>
            )}
            {viewer.teamId && (
              <p className="utrecht-paragraph">{t('viewerTeam', { id: viewer.teamId })}</p>
            )}
            <p className="utrecht-paragraph">{t(`roleSees${viewer.role}`)}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => onToken(null)}
            >
              {t('signOut')}
            </button>
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">
              <strong>{t('notSignedIn')}</strong>
            </p>
            <p className="utrecht-paragraph">{t('anonymousSees')}</p>
          </>
        )}
      </div>
      <p className="utrecht-paragraph">{t('signInExplanation')}</p>
      <form onSubmit={submit} className="utrecht-form">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={tokenId}>
            {t('token')}
          </label>
          <textarea
            id={tokenId}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={4}
            spellCheck={false}
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('signIn')}
        </button>
      </form>
    </div>
  );
}
