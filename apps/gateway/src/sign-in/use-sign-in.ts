import {
  createSession,
  type Database,
  deleteExpiredSessions,
  deleteSession,
  saveSignInAttempt,
  takeSignInAttempt,
} from '@wijknet/db';
import type { Plugin } from 'graphql-yoga';
import * as oidc from 'openid-client';
import { CSRF_HEADER } from '../auth/csrf.js';
import { hashSecret, newSecret } from '../auth/secret-hash.js';
import {
  readCookie,
  sessionCookieName,
  setCookieHeader,
  signInCookieName,
} from '../auth/session-cookie.js';
import type { SignInConfig } from '../env.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import type { Logger } from '../logger.js';
import { personOf } from './id-token-person.js';
import type { IdentityProvider } from './identity-providers.js';
import { redirect, safeReturnPath, signInProblemPage } from './sign-in-pages.js';

/** How long a person may take at their identity provider before the sign-in must start again. */
const SIGN_IN_SECONDS = 600;

export interface SignInOptions {
  readonly database: Database;
  readonly providers: ReadonlyMap<string, IdentityProvider>;
  readonly config: Pick<
    SignInConfig,
    'publicUrl' | 'isSecure' | 'sessionIdleSeconds' | 'sessionMaxSeconds'
  >;
  readonly logger: Logger;
}

/**
 * The relying party: `GET /auth/login` sends the browser to an identity provider (authorization
 * code with PKCE, state and nonce), `GET /auth/callback` finishes there and starts a session,
 * `POST /auth/logout` ends it here and at the provider. Every check of the provider's answer
 * (issuer, audience, signature, expiry, nonce, state, PKCE) is openid-client's.
 */
export function useSignIn(options: SignInOptions): Plugin {
  const routes: Record<string, (request: Request, url: URL) => Promise<Response>> = {
    'GET /auth/login': (_request, url) => startSignIn(options, url),
    'GET /auth/callback': (request, url) => finishSignIn(options, request, url),
    'POST /auth/logout': (request) => signOut(options, request),
  };
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/auth/')) return;
      const route = routes[`${request.method} ${url.pathname}`];
      if (route) return endResponse(await answered(options, () => route(request, url)));
      const isKnown = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
      endResponse(
        new Response(isKnown ? 'Method not allowed' : 'Not found', {
          status: isKnown ? 405 : 404,
        }),
      );
    },
  };
}

/**
 * A route's answer, or a problem page when the route failed on a fault of ours (the database
 * broken or away): 503 when the database does not answer, else 500 with the cause in the log.
 */
async function answered(options: SignInOptions, route: () => Promise<Response>) {
  try {
    return await route();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      options.logger.warn({ err: error }, 'sign-in route without a database');
      return signInProblemPage(
        503,
        'De database antwoordt nu niet. Probeer het zo opnieuw.',
        'The database does not answer right now. Try again in a moment.',
      );
    }
    options.logger.error({ err: error }, 'internal error masked for the client');
    return signInProblemPage(
      500,
      'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      'Something went wrong on our side. Try again later.',
    );
  }
}

async function startSignIn(options: SignInOptions, url: URL): Promise<Response> {
  const { config, providers } = options;
  // The cookies must be set on the address the provider returns to.
  const home = new URL(config.publicUrl);
  if (url.origin !== home.origin)
    return redirect(`${config.publicUrl}${url.pathname}${url.search}`);
  const name =
    url.searchParams.get('provider') ??
    (providers.size === 1 ? [...providers.keys()][0] : undefined);
  if (name === undefined) return redirect('/?page=sign-in');
  const provider = providers.get(name);
  if (!provider)
    return signInProblemPage(
      404,
      `Wijknet kent geen inlogdienst "${name}".`,
      `wijknet knows no identity provider "${name}".`,
    );
  let configuration: oidc.Configuration;
  try {
    configuration = await provider.configuration();
  } catch (error) {
    options.logger.warn({ err: error, provider: name }, 'identity provider discovery failed');
    return signInProblemPage(
      503,
      `${provider.label} is nu niet bereikbaar; probeer het later opnieuw.`,
      `${provider.label} cannot be reached now; try again later.`,
    );
  }
  const attemptId = newSecret();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await saveSignInAttempt(options.database, {
    idHash: hashSecret(attemptId),
    provider: name,
    state,
    nonce,
    codeVerifier,
    returnTo: safeReturnPath(url.searchParams.get('returnTo')),
    expiresAt: new Date(Date.now() + SIGN_IN_SECONDS * 1000).toISOString(),
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: `${config.publicUrl}/auth/callback`,
    scope: provider.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const cookie = setCookieHeader(signInCookieName(config.isSecure), attemptId, {
    isSecure: config.isSecure,
    maxAgeSeconds: SIGN_IN_SECONDS,
  });
  return redirect(authorizationUrl.href, [cookie]);
}

async function finishSignIn(options: SignInOptions, request: Request, url: URL): Promise<Response> {
  const { config, database } = options;
  const attemptCookie = signInCookieName(config.isSecure);
  const clearAttempt = setCookieHeader(attemptCookie, '', {
    isSecure: config.isSecure,
    maxAgeSeconds: 0,
  });
  const attemptId = readCookie(request, attemptCookie);
  const attempt = attemptId ? await takeSignInAttempt(database, hashSecret(attemptId)) : null;
  if (!attempt)
    return signInProblemPage(
      400,
      'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.',
      'This sign-in has expired or was already used. Start again.',
    );
  const provider = options.providers.get(attempt.provider);
  if (!provider)
    return signInProblemPage(
      400,
      'Deze inlogdienst is niet meer ingesteld.',
      'This identity provider is no longer configured.',
    );
  const providerError = url.searchParams.get('error');
  if (providerError !== null)
    return signInProblemPage(
      401,
      `${provider.label} heeft het inloggen afgebroken (${providerError}).`,
      `${provider.label} ended the sign-in (${providerError}).`,
    );
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    // The callback URL as the provider sent the browser to it, whatever proxy is in between.
    const currentUrl = new URL(`${config.publicUrl}${url.pathname}${url.search}`);
    tokens = await oidc.authorizationCodeGrant(await provider.configuration(), currentUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    options.logger.warn({ err: error, provider: provider.name }, 'sign-in refused');
    return signInProblemPage(
      401,
      `Het antwoord van ${provider.label} is geweigerd; u bent niet ingelogd.`,
      `The answer of ${provider.label} was refused; you are not signed in.`,
    );
  }
  const person = personOf(tokens.claims(), provider.groupsClaim);
  const sessionId = newSecret();
  await deleteExpiredSessions(database);
  await createSession(database, {
    ...person,
    idHash: hashSecret(sessionId),
    idToken: tokens.id_token ?? '',
    expiresAt: new Date(Date.now() + config.sessionMaxSeconds * 1000).toISOString(),
  });
  options.logger.info({ issuer: person.issuer, subject: person.subject }, 'signed in');
  const sessionCookie = setCookieHeader(sessionCookieName(config.isSecure), sessionId, {
    isSecure: config.isSecure,
  });
  return redirect(attempt.returnTo, [clearAttempt, sessionCookie]);
}

/**
 * Ends the session here and sends the browser to the provider to end it there too (RP-initiated
 * logout), which returns it to wijknet's start page. Only a page of this site may sign out: the
 * cookie is SameSite=Lax, so another site's form posts without it, and the origin is checked.
 */
async function signOut(options: SignInOptions, request: Request): Promise<Response> {
  const { config } = options;
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (
    (origin !== null && origin !== new URL(config.publicUrl).origin) ||
    site === 'cross-site' ||
    site === 'same-site'
  )
    return new Response('Sign out from wijknet itself.', { status: 403 });
  const cookieName = sessionCookieName(config.isSecure);
  const clear = setCookieHeader(cookieName, '', { isSecure: config.isSecure, maxAgeSeconds: 0 });
  const sessionId = readCookie(request, cookieName);
  const ended = sessionId ? await deleteSession(options.database, hashSecret(sessionId)) : null;
  const next = ended ? await providerSignOutUrl(options, ended) : null;
  return signedOut(request, next ?? `${config.publicUrl}/`, [clear]);
}

/** Where the provider ends its own session and then returns to wijknet; null when it cannot. */
async function providerSignOutUrl(
  options: SignInOptions,
  ended: { readonly issuer: string; readonly idToken: string },
): Promise<string | null> {
  const provider = [...options.providers.values()].find(
    (candidate) => candidate.issuer === ended.issuer,
  );
  try {
    const configuration = provider ? await provider.configuration() : undefined;
    if (!configuration?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: ended.idToken,
      post_logout_redirect_uri: `${options.config.publicUrl}/`,
    }).href;
  } catch (error) {
    options.logger.warn({ err: error }, 'could not sign out at the identity provider');
    return null;
  }
}

/**
 * The answer to a sign-out. The web app signs out with fetch and the CSRF header, as every
 * request it makes with the cookie, and a script cannot follow a redirect to another origin: it
 * reads where to go next as JSON. A plain form post gets the redirect itself.
 */
function signedOut(request: Request, location: string, cookies: readonly string[]): Response {
  if (!request.headers.has(CSRF_HEADER)) return redirect(location, cookies);
  const headers = new Headers({
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify({ location }), { status: 200, headers });
}
