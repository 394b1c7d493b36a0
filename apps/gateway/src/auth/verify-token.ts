import { errors as joseErrors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { GatewayError } from '../errors/gateway-error.js';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenClaimsSchema } from './token-claims.js';
import type { Viewer } from './viewer.js';

const ALGORITHM = 'HS256';

export function encodeSecret(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

const refuse = (message: string) => new GatewayError('UNAUTHENTICATED', message);

/** Verifies a bearer token and reads its viewer; refuses it with UNAUTHENTICATED otherwise. */
export type TokenVerifier = (token: string) => Promise<Viewer>;

/** How many verified tokens a verifier remembers: far more than the clients a gateway serves. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies tokens with one secret, each token once until it expires: a token's signature and
 * claims cannot change, so a token that verified is valid, for the same viewer, until its `exp`.
 * A client sends the same token with every request, and verifying it (an HMAC through WebCrypto,
 * the claims through zod) was a fixed cost of each. A token that does not verify is never kept.
 */
export function createTokenVerifier(secret: Uint8Array): TokenVerifier {
  const verified = new LRUCache<string, Viewer>({ max: REMEMBERED_TOKENS });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    const { viewer, expiresAt } = await verifyToken(token, secret);
    const ttl = expiresAt * 1000 - Date.now();
    if (ttl > 0) verified.set(token, viewer, { ttl });
    return viewer;
  };
}

/**
 * Verifies a wijknet token (HS256 only, with issuer, audience and expiry) and reads its claims,
 * with the time (seconds since 1970) it expires.
 */
export async function verifyToken(
  token: string,
  secret: Uint8Array,
): Promise<{ viewer: Viewer; expiresAt: number }> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secret, {
      algorithms: [ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    throw refuse(describeVerificationFailure(error));
  }
  const claims = tokenClaimsSchema.safeParse(payload);
  if (!claims.success) {
    throw refuse(`The token's claims are not valid: ${z.prettifyError(claims.error)}`);
  }
  return {
    viewer: {
      kind: 'authenticated',
      subject: claims.data.sub,
      person: { issuer: TOKEN_ISSUER, subject: claims.data.sub, displayName: null },
      credential: 'token',
      role: claims.data.role,
      municipalityId: claims.data.municipality ?? null,
      teamId: claims.data.team ?? null,
    },
    // `requiredClaims` made jose check that `exp` is there, and a number in the future.
    expiresAt: Number(payload.exp),
  };
}

function describeVerificationFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired; ask for a new one.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return `The token must be signed with ${ALGORITHM}.`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'The token signature does not verify; it was not issued by this gateway.';
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `The token's ${error.claim} claim is missing or not accepted here.`;
  }
  return 'The token is not a valid signed JWT.';
}
