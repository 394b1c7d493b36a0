import { errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { GatewayError } from '../errors/gateway-error.js';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenClaimsSchema } from './token-claims.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

const ALGORITHM = 'HS256';

export function encodeSecret(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

const refuse = (message: string) => new GatewayError('UNAUTHENTICATED', message);

/**
 * Reads the Authorization header. No header means anonymous; anything else must be a valid
 * bearer token, and a request with a token that does not verify is refused as a whole rather
 * than served as anonymous, so a client notices its broken token at once.
 */
export async function authenticate(
  authorization: string | null,
  secret: Uint8Array,
): Promise<Viewer> {
  if (authorization === null || authorization.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) {
    throw refuse('The Authorization header must read "Bearer <token>".');
  }
  return verifyToken(match[1], secret);
}

/** Verifies a wijknet token (HS256 only, with issuer, audience and expiry) and reads its claims. */
export async function verifyToken(token: string, secret: Uint8Array): Promise<Viewer> {
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
    kind: 'authenticated',
    subject: claims.data.sub,
    role: claims.data.role,
    municipalityId: claims.data.municipality ?? null,
    teamId: claims.data.team ?? null,
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
