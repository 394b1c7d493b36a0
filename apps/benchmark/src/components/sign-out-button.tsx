import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { signOut } from '../viewer/session';

/** Signs out here and at the identity provider; says so when the gateway could not be reached. */
export function SignOutButton({ className }: { readonly className: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const click = () => {
    setState('busy');
    signOut().catch(() => setState('failed'));
  };
  return (
    <>
      <button type="button" className={className} onClick={click} disabled={state === 'busy'}>
        {t('signOut')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="wn-header__problem">
          {t('signOutFailed')}
        </span>
      )}
    </>
  );
}
