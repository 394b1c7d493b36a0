import { GatewayError } from '../errors/gateway-error.js';

/** The header a client sends on requests a browser would not preflight (GET, forms). */
export const CSRF_HEADER = 'x-wijknet-csrf';

/**
 * Refuses a request made with the session cookie that another site could have made the browser
 * send. The cookie is SameSite=Lax, so no other site's fetch or form carries it; on top of that
 * every cookie request must carry the x-wijknet-csrf header, which a page can only set on a
 * request to another origin after a preflight the gateway does not allow for credentials, and a
 * browser that says the request comes from another site (Sec-Fetch-Site) is refused outright.
 */
export function checkCookieRequest(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    throw new GatewayError(
      'FORBIDDEN',
      'A request from another site cannot use your wijknet session; open wijknet itself.',
    );
  if (!request.headers.has(CSRF_HEADER))
    throw new GatewayError(
      'FORBIDDEN',
      `A request signed in with the session cookie must carry the ${CSRF_HEADER} header.`,
    );
}
