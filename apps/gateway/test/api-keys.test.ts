import { schema } from '@wijknet/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { insertFixtures, LEEUWARDEN, LEEUWARDEN_HOUSEHOLD, LEEUWARDEN_TEAM } from './fixtures.js';
import { codesOf, createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
const CREATE = `mutation ($input: ApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id label role municipalityCode teamId expiresAt revokedAt } }
}`;
const LIST = '{ apiKeys { id label role revokedAt } }';
const VIEWER = '{ viewer { isAuthenticated role municipalityCode teamId credential displayName } }';
const HOUSEHOLDS = '{ households(first: 5) { edges { node { id } } } }';

let municipalityToken: string;

beforeAll(async () => {
  await insertFixtures(testDatabase.db);
  municipalityToken = await signDevelopmentToken({
    role: 'municipality',
    municipalityId: LEEUWARDEN,
  });
});

async function createKey(input: Record<string, unknown>, token = municipalityToken) {
  const response = await postGraphQL(gateway, CREATE, { token, variables: { input } });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.createApiKey as {
    secret: string;
    apiKey: { id: string; label: string; role: string; teamId: string | null };
  };
}

describe('API keys', () => {
  it('shows the secret once, keeps only its hash, and acts with the key’s role', async () => {
    const made = await createKey({ label: 'nightly export', role: 'MUNICIPALITY' });
    expect(made.secret).toMatch(/^wijknet_key_[\w-]{43}$/);
    const [stored] = await testDatabase.db
      .select()
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.id, made.apiKey.id));
    expect(stored?.secretHash).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(made.secret.slice('wijknet_key_'.length));
    const viewer = await postGraphQL(gateway, VIEWER, { token: made.secret });
    expect(viewer.body.data?.viewer).toEqual({
      isAuthenticated: true,
      role: 'MUNICIPALITY',
      municipalityCode: LEEUWARDEN,
      teamId: null,
      credential: 'API_KEY',
      displayName: 'nightly export',
    });
  });

  it('names the key in the audit log of what it read', async () => {
    const made = await createKey({ label: 'caseload sync', role: 'MUNICIPALITY' });
    const read = await postGraphQL(gateway, HOUSEHOLDS, { token: made.secret });
    expect(read.body.data).toEqual({
      households: { edges: [{ node: { id: LEEUWARDEN_HOUSEHOLD } }] },
    });
    const rows = await testDatabase.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actor, `api-key:${made.apiKey.id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorIssuer: 'wijknet', actorName: 'caseload sync' });
  });

  it('lists the keys of the municipality without their secrets', async () => {
    const made = await createKey({ label: 'team tool', role: 'TEAM', teamId: LEEUWARDEN_TEAM });
    const list = await postGraphQL(gateway, LIST, { token: municipalityToken });
    const keys = list.body.data?.apiKeys as Array<Record<string, unknown>>;
    expect(keys).toContainEqual({
      id: made.apiKey.id,
      label: 'team tool',
      role: 'TEAM',
      revokedAt: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(made.secret);
    const other = await signDevelopmentToken({ role: 'municipality', municipalityId: 'GM0363' });
    const elsewhere = await postGraphQL(gateway, LIST, { token: other });
    expect(elsewhere.body.data?.apiKeys).toEqual([]);
  });

  it('refuses a revoked key from the next request on', async () => {
    const made = await createKey({ label: 'to revoke', role: 'MUNICIPALITY' });
    expect((await postGraphQL(gateway, VIEWER, { token: made.secret })).status).toBe(200);
    const revoke = await postGraphQL(
      gateway,
      'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      {
        token: municipalityToken,
        variables: { id: made.apiKey.id },
      },
    );
    expect(revoke.body.data?.revokeApiKey).toMatchObject({ revokedAt: expect.any(String) });
    const refused = await postGraphQL(gateway, VIEWER, { token: made.secret });
    expect(refused.status).toBe(401);
    expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a key past its expiry, and an unknown one', async () => {
    const made = await createKey({ label: 'expiring', role: 'MUNICIPALITY' });
    await testDatabase.db
      .update(schema.apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(schema.apiKeys.id, made.apiKey.id));
    expect((await postGraphQL(gateway, VIEWER, { token: made.secret })).status).toBe(401);
    expect((await postGraphQL(gateway, VIEWER, { token: 'wijknet_key_nonsense' })).status).toBe(
      401,
    );
  });

  it('lets a municipality make keys for its own municipality and teams only', async () => {
    const refusals = [
      { label: 'x', role: 'ADMIN' },
      { label: 'x', role: 'MUNICIPALITY', municipalityCode: 'GM0363' },
      { label: 'x', role: 'TEAM', teamId: '33333333-3333-4333-8333-333333333333' },
      { label: 'x', role: 'MUNICIPALITY', expiresOn: '2099-01-01' },
    ];
    for (const input of refusals) {
      const response = await postGraphQL(gateway, CREATE, {
        token: municipalityToken,
        variables: { input },
      });
      expect(response.body.data?.createApiKey ?? null, JSON.stringify(input)).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']).toContain(codesOf(response)[0]);
    }
  });

  it('does not let a key make keys, nor a team or institute', async () => {
    const made = await createKey({ label: 'no successor', role: 'MUNICIPALITY' });
    const byKey = await postGraphQL(gateway, CREATE, {
      token: made.secret,
      variables: { input: { label: 'successor', role: 'MUNICIPALITY' } },
    });
    expect(codesOf(byKey)).toEqual(['FORBIDDEN']);
    const institute = await signDevelopmentToken({ role: 'institute' });
    const byInstitute = await postGraphQL(gateway, LIST, { token: institute });
    expect(codesOf(byInstitute)).toEqual(['FORBIDDEN']);
  });

  it('asks for keys in an operation of their own', async () => {
    const response = await postGraphQL(gateway, '{ apiKeys { id } viewer { role } }', {
      token: municipalityToken,
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });
});
