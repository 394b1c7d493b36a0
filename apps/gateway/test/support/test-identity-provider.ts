import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CustomFetch } from 'openid-client';

/** What the test provider's next ID token says differently from an honest one. */
export interface IdTokenTamper {
  readonly iss?: string;
  readonly aud?: string;
  readonly nonce?: string;
  readonly expiresInSeconds?: number;
}

export interface TestIdentityProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The provider as a fetch handler: openid-client reaches it through `customFetch`. */
  readonly fetch: CustomFetch;
  /**
   * Plays the person at the provider: takes the authorization URL the gateway sent the browser
   * to and returns the callback URL the provider sends it back to, with a code for `subject`.
   */
  authorize(
    authorizationUrl: string,
    person: { subject: string; name?: string; groups?: string[] },
  ): string;
  /** The nonces of every authorization so far, oldest first. */
  readonly nonces: string[];
  /** Changes the next ID tokens, until set back to {}. */
  tamper: IdTokenTamper;
}

/** The client id and secret of a Basic header, form-decoded as RFC 6749 (2.3.1) has them sent. */
function basicCredentials(headers: Headers): string {
  const encoded = /^Basic (.+)$/.exec(headers.get('authorization') ?? '')?.[1] ?? '';
  const [id = '', secret = ''] = Buffer.from(encoded, 'base64').toString().split(':');
  return `${decodeURIComponent(id)}:${decodeURIComponent(secret)}`;
}

interface Authorization {
  readonly subject: string;
  readonly name: string | undefined;
  readonly groups: readonly string[];
  readonly nonce: string;
  readonly redirectUri: string;
}

type PendingAuthorization = Authorization & { readonly challenge: string };

/** What signing an ID token takes: the provider's key and names, and what to tamper with. */
interface Signer {
  readonly issuer: string;
  readonly clientId: string;
  readonly privateKey: CryptoKey;
  readonly tamper: IdTokenTamper;
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The provider's OpenID Connect discovery document. */
function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    end_session_endpoint: `${issuer}/logout`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
  };
}

/** Whether the PKCE verifier hashes (S256) to the challenge the authorization carried. */
async function verifierMatches(verifier: string, challenge: string): Promise<boolean> {
  const digest = Buffer.from(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
  ).toString('base64url');
  return digest === challenge;
}

/** An RS256 ID token for the authorization, changed as `tamper` says. */
function signIdToken(signer: Signer, authorization: Authorization): Promise<string> {
  const { tamper } = signer;
  return new SignJWT({
    nonce: tamper.nonce ?? authorization.nonce,
    ...(authorization.name ? { name: authorization.name } : {}),
    groups: authorization.groups,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'test' })
    .setIssuer(tamper.iss ?? signer.issuer)
    .setAudience(tamper.aud ?? signer.clientId)
    .setSubject(authorization.subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (tamper.expiresInSeconds ?? 300))
    .sign(signer.privateKey);
}

/**
 * The token endpoint: a code once, for the client's own credentials and the matching PKCE
 * verifier, exchanged for an ID token.
 */
async function tokenResponse(
  signer: Signer & { readonly clientSecret: string },
  codes: Map<string, PendingAuthorization>,
  headers: Headers,
  body: string,
): Promise<Response> {
  const form = new URLSearchParams(body);
  if (basicCredentials(headers) !== `${signer.clientId}:${signer.clientSecret}`)
    return jsonResponse({ error: 'invalid_client' }, 400);
  const authorization = codes.get(form.get('code') ?? '');
  codes.delete(form.get('code') ?? '');
  if (!authorization) return jsonResponse({ error: 'invalid_grant' }, 400);
  if (!(await verifierMatches(form.get('code_verifier') ?? '', authorization.challenge)))
    return jsonResponse({ error: 'invalid_grant' }, 400);
  return jsonResponse({
    access_token: randomUUID(),
    token_type: 'Bearer',
    expires_in: 300,
    id_token: await signIdToken(signer, authorization),
  });
}

/**
 * An OpenID Connect provider in a few routes (discovery, keys, token endpoint), signing real
 * RS256 ID tokens, for gateway tests without a port. It checks the client secret and the PKCE
 * verifier as a provider would; `tamper` makes it misbehave the ways a test wants refused.
 */
export async function createTestIdentityProvider(
  issuer = 'https://idp.test/realms/leeuwarden',
): Promise<TestIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const clientId = 'wijknet';
  const clientSecret = 'test-client-secret';
  const codes = new Map<string, PendingAuthorization>();
  const provider: TestIdentityProvider = {
    issuer,
    clientId,
    clientSecret,
    nonces: [],
    tamper: {},
    authorize(authorizationUrl, person) {
      const url = new URL(authorizationUrl);
      const code = randomUUID();
      const nonce = url.searchParams.get('nonce') ?? '';
      provider.nonces.push(nonce);
      codes.set(code, {
        subject: person.subject,
        name: person.name,
        groups: person.groups ?? [],
        nonce,
        redirectUri: url.searchParams.get('redirect_uri') ?? '',
        challenge: url.searchParams.get('code_challenge') ?? '',
      });
      const callback = new URL(url.searchParams.get('redirect_uri') ?? '');
      callback.searchParams.set('code', code);
      callback.searchParams.set('state', url.searchParams.get('state') ?? '');
      return callback.href;
    },
    async fetch(input, init) {
      const url = new URL(input);
      if (url.pathname.endsWith('/.well-known/openid-configuration'))
        return jsonResponse(discoveryDocument(issuer));
      if (url.pathname.endsWith('/jwks')) return jsonResponse({ keys: [jwk] });
      if (url.pathname.endsWith('/token')) {
        const signer = { issuer, clientId, clientSecret, privateKey, tamper: provider.tamper };
        return tokenResponse(signer, codes, new Headers(init?.headers), String(init?.body ?? ''));
      }
      return jsonResponse({ error: 'not_found' }, 404);
    },
  };
  return provider;
}
