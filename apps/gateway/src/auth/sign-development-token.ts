import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../env.js';
import type { Role } from './roles.js';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenClaimsSchema } from './token-claims.js';
import { encodeSecret } from './verify-token.js';

export interface DevelopmentTokenRequest {
  readonly role: Role;
  /** CBS code, required for municipality and team tokens. */
  readonly municipalityId?: string;
  /** Required for team tokens. */
  readonly teamId?: string;
  /** Defaults to the development secret the gateway uses outside production. */
  readonly secret?: string;
  /** How long the token is valid, in jose's notation; 30 days unless told otherwise. */
  readonly expiresIn?: string;
  readonly subject?: string;
}

/**
 * Signs a token for local use and tests. The claims go through the same schema the gateway
 * verifies with, so a token this returns is one the gateway accepts.
 */
export async function signDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  const claims = tokenClaimsSchema.parse({
    sub:
      request.subject ??
      ['development', request.role, request.municipalityId, request.teamId]
        .filter(Boolean)
        .join(':'),
    role: request.role,
    municipality: request.municipalityId,
    team: request.teamId,
  });
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '30d')
    .sign(encodeSecret(request.secret ?? DEVELOPMENT_JWT_SECRET));
}
