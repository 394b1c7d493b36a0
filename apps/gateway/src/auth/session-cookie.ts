import { parseCookie, stringifySetCookie } from 'cookie';

/** The session cookie's name: __Host- bound to this origin and path whenever it is Secure. */
export function sessionCookieName(isSecure: boolean): string {
  return isSecure ? '__Host-wijknet_session' : 'wijknet_session';
}

/** The cookie that ties a sign-in under way to the browser that started it. */
export function signInCookieName(isSecure: boolean): string {
  return isSecure ? '__Host-wijknet_sign_in' : 'wijknet_sign_in';
}

/** The value of a cookie the request carries, or null. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  return parseCookie(header)[name] ?? null;
}

/**
 * A Set-Cookie header: httpOnly (no script reads it), SameSite=Lax (no other site's request
 * carries it, while the top-level return from the identity provider does), Secure outside
 * localhost, for the whole site. Without `maxAgeSeconds` the browser forgets it when it closes;
 * with 0 it is removed.
 */
export function setCookieHeader(
  name: string,
  value: string,
  options: { readonly isSecure: boolean; readonly maxAgeSeconds?: number },
): string {
  return stringifySetCookie({
    name,
    value,
    httpOnly: true,
    secure: options.isSecure,
    sameSite: 'lax',
    path: '/',
    ...(options.maxAgeSeconds === undefined ? {} : { maxAge: options.maxAgeSeconds }),
  });
}
