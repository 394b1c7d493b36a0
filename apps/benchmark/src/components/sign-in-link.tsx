import type { ReactNode } from 'react';
import { hrefOf, useViewState } from '../url-state/use-view-state';
import { signInHref } from '../viewer/session';

/**
 * A link to the gateway's sign-in (`/auth/login`, or one provider's `signInUrl`), back to the
 * view on screen afterwards. A plain link, not an in-app one: signing in leaves the app for the
 * identity provider.
 */
export function SignInLink({
  children,
  className,
  signInUrl,
}: {
  readonly children: ReactNode;
  readonly className?: string;
  readonly signInUrl?: string;
}) {
  const [view] = useViewState();
  // The sign-in page itself is no place to come back to: the start page is.
  const returnTo = view.page === 'sign-in' ? hrefOf({ ...view, page: 'outcomes' }) : hrefOf(view);
  return (
    <a
      href={signInHref(signInUrl === undefined ? { returnTo } : { returnTo, signInUrl })}
      className={className}
    >
      {children}
    </a>
  );
}
