import { CSRF_HEADERS } from '../graphql/client';

/**
 * Where to go to sign in: the gateway's `/auth/login` (or one provider's sign-in address), which
 * sends the browser to the identity provider and, once signed in, back to `returnTo`, a path of
 * wijknet.
 */
export function signInHref(options: {
  readonly returnTo: string;
  readonly signInUrl?: string;
}): string {
  const url = new URL(options.signInUrl ?? '/auth/login', window.location.origin);
  url.searchParams.set('returnTo', options.returnTo);
  return `${url.pathname}${url.search}`;
}

/**
 * Ends the session: the gateway removes it and its cookie, and answers where to go next (the
 * identity provider, to sign out there too, or wijknet's start page). Throws when the gateway
 * refused or could not be reached, so the page can say so; the person is then still signed in.
 */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { location } = (await response.json()) as { location: string };
  window.location.assign(location);
}
