import type { Database } from '@wijknet/db';
import type { Plugin } from 'graphql-yoga';
import type { SignInConfig } from '../env.js';
import { GatewayError } from '../errors/gateway-error.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { isApiKey, viewerOfApiKey } from './api-keys.js';
import { checkCookieRequest } from './csrf.js';
import { readCookie, sessionCookieName, setCookieHeader } from './session-cookie.js';
import { SessionEndedError, viewerOfSession } from './session-viewer.js';
import { createTokenVerifier } from './verify-token.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export interface AuthenticationOptions {
  /** The secret bearer JWTs are signed with. */
  readonly secret: Uint8Array;
  /** Sessions and API keys are looked up here, on the gateway's own connection. */
  readonly database: Database;
  readonly signIn: Pick<SignInConfig, 'isSecure' | 'sessionIdleSeconds'>;
  /** Told about a failure to look a credential up that is masked as INTERNAL, for the log. */
  readonly onInternalError?: (error: unknown) => void;
}

/**
 * Works out who is asking, once per request, before the document is parsed, so a request with a
 * bad credential is refused as a whole (401, UNAUTHENTICATED) whatever it asks for:
 * - `Authorization: Bearer <jwt>`: a token signed by `wijknet token`;
 * - `Authorization: Bearer wijknet_key_...`: an API key;
 * - the session cookie: a person signed in through their identity provider (see sign-in.ts),
 *   checked against cross-site use.
 * A bearer credential wins over the cookie. `viewerOf` hands the verdict to the context.
 */
export function createAuthentication(options: AuthenticationOptions) {
  const viewers = new WeakMap<Request, Promise<Viewer>>();
  const verify = createTokenVerifier(options.secret);
  const cookieName = sessionCookieName(options.signIn.isSecure);

  async function identify(request: Request): Promise<Viewer> {
    const authorization = request.headers.get('authorization');
    if (authorization !== null && authorization.trim() !== '') {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1])
        throw new GatewayError(
          'UNAUTHENTICATED',
          'The Authorization header must read "Bearer <token>".',
        );
      return isApiKey(match[1]) ? viewerOfApiKey(options.database, match[1]) : verify(match[1]);
    }
    const sessionId = readCookie(request, cookieName);
    if (sessionId === null) return ANONYMOUS;
    checkCookieRequest(request);
    return viewerOfSession(options.database, sessionId, options.signIn.sessionIdleSeconds);
  }

  function viewerOf(request: Request): Promise<Viewer> {
    let viewer = viewers.get(request);
    if (!viewer) {
      viewer = identify(request);
      viewers.set(request, viewer);
    }
    return viewer;
  }

  const plugin: Plugin = {
    async onParams({ request }) {
      try {
        await viewerOf(request);
      } catch (error) {
        const refusal = toGraphQLError(error, {
          isRequestLevel: true,
          ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
        });
        // A credential that could not be looked up (the database gone, a fault) is not a bad
        // one: it keeps its own code and status (UNAVAILABLE 503, INTERNAL 500, logged).
        if (!(error instanceof GatewayError)) throw refusal;
        refusal.extensions.http = {
          status: error.code === 'FORBIDDEN' ? 403 : 401,
          headers: {
            'WWW-Authenticate': 'Bearer realm="wijknet"',
            // An ended session's cookie is removed, so the next request is simply anonymous.
            ...(error instanceof SessionEndedError
              ? {
                  'Set-Cookie': setCookieHeader(cookieName, '', {
                    ...options.signIn,
                    maxAgeSeconds: 0,
                  }),
                }
              : {}),
          },
        };
        throw refusal;
      }
    },
  };

  return { plugin, viewerOf };
}
