import { createMembership, schema } from '@wijknet/db';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertFixtures, LEEUWARDEN, LEEUWARDEN_HOUSEHOLD } from './fixtures.js';
import { createTestGateway, testDatabase } from './harness.js';
import { CookieBrowser } from './support/cookie-browser.js';
import { createTestIdentityProvider } from './support/test-identity-provider.js';

const idp = await createTestIdentityProvider();
const gateway = createTestGateway({
  signIn: {
    config: {
      publicUrl: 'http://localhost',
      isSecure: false,
      sessionIdleSeconds: 1800,
      sessionMaxSeconds: 36_000,
    },
    providers: [
      {
        name: 'leeuwarden',
        label: 'Gemeente Leeuwarden',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        groupsClaim: 'groups',
        scope: 'openid profile',
      },
    ],
    fetch: idp.fetch,
  },
});

const HOUSEHOLDS = '{ households(first: 5) { edges { node { id } } } }';
const VIEWER =
  '{ viewer { isAuthenticated isSignedIn role municipalityCode displayName subject } }';

/** Starts a sign-in as the browser would and returns the provider's callback URL for `subject`. */
async function startSignIn(browser: CookieBrowser, subject: string, name?: string) {
  const login = await browser.request('/auth/login?provider=leeuwarden&returnTo=/?page=profile');
  expect(login.status).toBe(303);
  const authorizationUrl = login.headers.get('location') ?? '';
  expect(authorizationUrl).toContain(`${idp.issuer}/auth?`);
  expect(new URL(authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
  return idp.authorize(authorizationUrl, name ? { subject, name } : { subject });
}

async function signIn(subject: string, name?: string): Promise<CookieBrowser> {
  const browser = new CookieBrowser(gateway);
  const callback = await browser.request(await startSignIn(browser, subject, name));
  expect(callback.status).toBe(303);
  expect(callback.headers.get('location')).toBe('/?page=profile');
  expect(browser.cookies.has('wijknet_session')).toBe(true);
  return browser;
}

beforeAll(async () => {
  await insertFixtures(testDatabase.db);
  await createMembership(testDatabase.db, {
    issuer: idp.issuer,
    subject: 'policy-officer',
    groupName: null,
    role: 'municipality',
    municipalityId: LEEUWARDEN,
    teamId: null,
    label: 'Beleid',
    createdBy: 'test',
  });
});

describe('signing in through an identity provider', () => {
  it('starts a session whose person holds the membership wijknet gave them', async () => {
    const browser = await signIn('policy-officer', 'Pieter Hoekstra');
    const cookie = (
      await browser.request('/auth/login?provider=leeuwarden')
    ).headers.getSetCookie();
    expect(cookie.join()).toMatch(/HttpOnly/i);
    expect(cookie.join()).toMatch(/SameSite=Lax/i);
    const { body } = await browser.graphql(VIEWER);
    expect(body.data?.viewer).toEqual({
      isAuthenticated: true,
      isSignedIn: true,
      role: 'MUNICIPALITY',
      municipalityCode: LEEUWARDEN,
      displayName: 'Pieter Hoekstra',
      subject: 'policy-officer',
    });
  });

  it('keeps only a hash of the session id', async () => {
    const browser = await signIn('policy-officer');
    const id = browser.cookies.get('wijknet_session') ?? '';
    const rows = await testDatabase.db.select().from(schema.sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.idHash === id)).toBe(false);
  });

  it('names the person in the audit log of a household read', async () => {
    const browser = await signIn('policy-officer', 'Pieter Hoekstra');
    const read = await browser.graphql(HOUSEHOLDS);
    expect(read.body.errors).toBeUndefined();
    const rows = await testDatabase.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actor, 'policy-officer'));
    expect(read.body.data).toEqual({
      households: { edges: [{ node: { id: LEEUWARDEN_HOUSEHOLD } }] },
    });
    expect(rows.at(-1)).toMatchObject({
      actorIssuer: idp.issuer,
      actorName: 'Pieter Hoekstra',
      role: 'municipality',
      subjectType: 'household',
    });
  });

  it('gives someone without a membership the public pages only', async () => {
    const browser = await signIn('stranger', 'Iemand');
    const { body } = await browser.graphql(VIEWER);
    expect(body.data?.viewer).toMatchObject({
      isAuthenticated: false,
      isSignedIn: true,
      role: null,
    });
    const read = await browser.graphql(HOUSEHOLDS);
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a person from the next request on once their membership is removed', async () => {
    const membership = await createMembership(testDatabase.db, {
      issuer: idp.issuer,
      subject: 'leaving',
      groupName: null,
      role: 'municipality',
      municipalityId: LEEUWARDEN,
      teamId: null,
      label: '',
      createdBy: 'test',
    });
    const browser = await signIn('leaving');
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({
      role: 'MUNICIPALITY',
    });
    await testDatabase.db
      .delete(schema.memberships)
      .where(eq(schema.memberships.id, membership.id));
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({
      isAuthenticated: false,
      role: null,
    });
  });

  it('gives a group membership to everyone carrying the group', async () => {
    await createMembership(testDatabase.db, {
      issuer: idp.issuer,
      subject: null,
      groupName: 'advisers',
      role: 'institute',
      municipalityId: null,
      teamId: null,
      label: '',
      createdBy: 'test',
    });
    const browser = new CookieBrowser(gateway);
    const login = await browser.request('/auth/login?provider=leeuwarden');
    await browser.request(
      idp.authorize(login.headers.get('location') ?? '', {
        subject: 'adviser-7',
        groups: ['advisers'],
      }),
    );
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({ role: 'INSTITUTE' });
  });
});

describe('refusing what an identity provider must not be trusted with', () => {
  async function callbackWith(
    tamper: typeof idp.tamper,
  ): Promise<CookieBrowser & { status: number }> {
    const browser = new CookieBrowser(gateway);
    const callbackUrl = await startSignIn(browser, 'policy-officer');
    idp.tamper = tamper;
    try {
      const response = await browser.request(callbackUrl);
      return Object.assign(browser, { status: response.status });
    } finally {
      idp.tamper = {};
    }
  }

  it.each([
    ['from an unknown issuer', { iss: 'https://evil.test/realms/leeuwarden' }],
    ['for another audience', { aud: 'some-other-client' }],
    ['that has expired', { expiresInSeconds: -600 }],
  ])('refuses an ID token %s', async (_name, tamper) => {
    const result = await callbackWith(tamper);
    expect(result.status).toBe(401);
    expect(result.cookies.has('wijknet_session')).toBe(false);
  });

  it('refuses an ID token carrying the nonce of an earlier sign-in', async () => {
    await signIn('policy-officer');
    const oldNonce = idp.nonces.at(-1) ?? '';
    const result = await callbackWith({ nonce: oldNonce });
    expect(result.status).toBe(401);
    expect(result.cookies.has('wijknet_session')).toBe(false);
  });

  it('refuses a replayed callback, and one from a browser that did not start the sign-in', async () => {
    const browser = new CookieBrowser(gateway);
    const callbackUrl = await startSignIn(browser, 'policy-officer');
    const attemptCookie = browser.cookieHeader();
    expect((await browser.request(callbackUrl)).status).toBe(303);
    const replay = await gateway.fetch(callbackUrl, { headers: { cookie: attemptCookie } });
    expect(replay.status).toBe(400);
    const elsewhere = new CookieBrowser(gateway);
    const other = await startSignIn(new CookieBrowser(gateway), 'policy-officer');
    expect((await elsewhere.request(other)).status).toBe(400);
  });

  it('returns only to a path of wijknet itself', async () => {
    const browser = new CookieBrowser(gateway);
    const login = await browser.request('/auth/login?provider=leeuwarden&returnTo=//evil.test/x');
    const callback = await browser.request(
      idp.authorize(login.headers.get('location') ?? '', { subject: 'policy-officer' }),
    );
    expect(callback.headers.get('location')).toBe('/');
  });
});

describe('sessions', () => {
  it.each([
    ['idle too long', sql`last_seen_at = now() - interval '31 minutes'`],
    ['past its absolute end', sql`expires_at = now() - interval '1 second'`],
  ])('refuses a session %s, and removes its cookie', async (_name, change) => {
    const browser = await signIn('policy-officer');
    await testDatabase.db.execute(sql`update access.sessions set ${change}`);
    const refused = await browser.graphql(VIEWER);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    });
    expect(browser.cookies.has('wijknet_session')).toBe(false);
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({ isSignedIn: false });
  });

  it('refuses a cookie request without the CSRF header, or from another site', async () => {
    const browser = await signIn('policy-officer');
    const withoutHeader = await browser.graphql(VIEWER, {}, {});
    expect(withoutHeader.status).toBe(403);
    const crossSite = await browser.graphql(
      VIEWER,
      {},
      { 'x-wijknet-csrf': '1', 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('never lets another origin read an answer with the cookie', async () => {
    const preflight = await gateway.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-wijknet-csrf',
      },
    });
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('signs out here and at the provider, after which the cookie is worth nothing', async () => {
    const browser = await signIn('policy-officer');
    const stolen = browser.cookieHeader();
    const logout = await browser.request('/auth/logout', {
      method: 'POST',
      headers: { origin: 'http://localhost' },
    });
    expect(logout.status).toBe(303);
    const end = new URL(logout.headers.get('location') ?? '');
    expect(end.href.startsWith(`${idp.issuer}/logout`)).toBe(true);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost/');
    expect(browser.cookies.has('wijknet_session')).toBe(false);
    const replay = await gateway.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { cookie: stolen, 'content-type': 'application/json', 'x-wijknet-csrf': '1' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(replay.status).toBe(401);
  });

  it('tells the web app, which signs out with the CSRF header, where to go next', async () => {
    const browser = await signIn('policy-officer');
    const logout = await browser.request('/auth/logout', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'x-wijknet-csrf': '1' },
    });
    expect(logout.status).toBe(200);
    const { location } = (await logout.json()) as { location: string };
    expect(location.startsWith(`${idp.issuer}/logout`)).toBe(true);
    expect(browser.cookies.has('wijknet_session')).toBe(false);
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({ isSignedIn: false });
  });

  it('refuses a sign-out posted by another site', async () => {
    const browser = await signIn('policy-officer');
    const response = await browser.request('/auth/logout', {
      method: 'POST',
      headers: { origin: 'https://evil.test' },
    });
    expect(response.status).toBe(403);
    expect((await browser.graphql(VIEWER)).body.data?.viewer).toMatchObject({ isSignedIn: true });
  });
});
