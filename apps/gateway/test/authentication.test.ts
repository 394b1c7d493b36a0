import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/auth/token-claims.js';
import { encodeSecret } from '../src/auth/verify-token.js';
import { DEVELOPMENT_JWT_SECRET } from '../src/env.js';
import { codesOf, createTestGateway, postGraphQL } from './harness.js';

const VIEWER = '{ viewer { isAuthenticated role municipalityCode teamId } }';
const secret = encodeSecret(DEVELOPMENT_JWT_SECRET);

function jwt(claims: Record<string, unknown> = {}, alg = 'HS256') {
  return new SignJWT({ role: 'municipality', municipality: 'GM0080', ...claims })
    .setProtectedHeader({ alg })
    .setSubject('someone')
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt();
}

describe('bearer tokens', () => {
  const gateway = createTestGateway();

  it('serves a request without a token as anonymous', async () => {
    const response = await postGraphQL(gateway, VIEWER);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      viewer: { isAuthenticated: false, role: null, municipalityCode: null, teamId: null },
    });
  });

  it.each([
    ['municipality', { role: 'municipality', municipalityId: 'GM0080' }, 'MUNICIPALITY'],
    [
      'team',
      { role: 'team', municipalityId: 'GM0363', teamId: '6f1c2b8e-3d4a-4f5b-9c7d-1e2f3a4b5c6d' },
      'TEAM',
    ],
    ['institute', { role: 'institute' }, 'INSTITUTE'],
    ['admin', { role: 'admin' }, 'ADMIN'],
  ] as const)('reads the claims of a %s token', async (_name, request, role) => {
    const token = await signDevelopmentToken(request);
    const response = await postGraphQL(gateway, VIEWER, { token });
    expect(response.body.data?.viewer).toEqual({
      isAuthenticated: true,
      role,
      municipalityCode: 'municipalityId' in request ? request.municipalityId : null,
      teamId: 'teamId' in request ? request.teamId : null,
    });
  });

  const badTokens: Array<[string, () => Promise<string>, RegExp]> = [
    ['garbage', async () => 'not-a-jwt', /not a valid signed JWT/],
    [
      'alg none',
      async () =>
        new UnsecuredJWT({ role: 'admin' })
          .setSubject('x')
          .setIssuer(TOKEN_ISSUER)
          .setAudience(TOKEN_AUDIENCE)
          .setExpirationTime('1h')
          .encode(),
      /signed with HS256|not a valid/,
    ],
    [
      'another algorithm (HS512)',
      async () => jwt({}, 'HS512').setExpirationTime('1h').sign(secret),
      /signed with HS256/,
    ],
    [
      'expired',
      async () =>
        jwt()
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
          .sign(secret),
      /expired/,
    ],
    [
      'wrong signature',
      async () =>
        jwt()
          .setExpirationTime('1h')
          .sign(encodeSecret('another-secret-that-is-long-enough-to-sign')),
      /signature does not verify/,
    ],
    ['no expiry', async () => jwt().sign(secret), /exp claim/],
    [
      'wrong audience',
      async () => jwt().setAudience('another-system').setExpirationTime('1h').sign(secret),
      /aud claim/,
    ],
    [
      'unknown role',
      async () => jwt({ role: 'mayor' }).setExpirationTime('1h').sign(secret),
      /role must be one of/,
    ],
    [
      'municipality role without municipality',
      async () => jwt({ municipality: undefined }).setExpirationTime('1h').sign(secret),
      /must name its municipality/,
    ],
    [
      'malformed municipality code',
      async () => jwt({ municipality: '0080' }).setExpirationTime('1h').sign(secret),
      /CBS municipality code/,
    ],
    [
      'team role without team',
      async () => jwt({ role: 'team' }).setExpirationTime('1h').sign(secret),
      /must name its team/,
    ],
    [
      'institute claiming a municipality',
      async () => jwt({ role: 'institute' }).setExpirationTime('1h').sign(secret),
      /must not name a municipality/,
    ],
  ];

  it.each(badTokens)('refuses the whole request for a token that is %s', async (_n, make, why) => {
    const response = await postGraphQL(gateway, VIEWER, { token: await make() });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(response.body.data).toBeUndefined();
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.errors?.[0]?.message).toMatch(why);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await postGraphQL(gateway, VIEWER, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(response.status).toBe(401);
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('serves a token it verified before until it expires, then refuses it', async () => {
    const token = await jwt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 3)
      .sign(secret);
    for (let request = 0; request < 2; request++) {
      const response = await postGraphQL(gateway, VIEWER, { token });
      expect(response.body.data?.viewer).toMatchObject({ role: 'MUNICIPALITY' });
    }
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const expired = await postGraphQL(gateway, VIEWER, { token });
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses a bad token even when the document itself is invalid', async () => {
    const response = await postGraphQL(gateway, '{ noSuchField }', { token: 'x.y.z' });
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
  });
});
