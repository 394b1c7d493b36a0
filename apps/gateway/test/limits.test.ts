import { describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { DEVELOPMENT_JWT_SECRET } from '../src/env.js';
import { hashOperation } from '../src/limits/persisted-operations.js';
import { MAX_REQUEST_BYTES } from '../src/limits/request-size.js';
import { CSRF_HEADER, codesOf, createTestGateway, postGraphQL } from './harness.js';

const VIEWER = '{ viewer { isAuthenticated } }';

describe('query limits', () => {
  const gateway = createTestGateway();

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { isAuthenticated }`);
    const response = await postGraphQL(gateway, `{ ${aliases.join(' ')} }`);
    expect(codesOf(response)).toContain('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/alias/i);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses a document with more tokens than the limit', async () => {
    // Four tokens per variable definition ($ a0 : Int), so 600 of them pass 2000 tokens.
    const variables = Array.from({ length: 600 }, (_, i) => `$a${i}: Int`).join(' ');
    const response = await postGraphQL(gateway, `query Q(${variables}) { viewer { role } }`);
    expect(codesOf(response)).toContain('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a request body above the size limit with 413', async () => {
    const padding = ' '.repeat(MAX_REQUEST_BYTES);
    const response = await postGraphQL(gateway, `{ viewer { isAuthenticated } ${padding}}`);
    expect(response.status).toBe(413);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a streamed body that declares no length once it passes the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(10_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_REQUEST_BYTES) {
          controller.close();
          return;
        }
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('answers a modest query normally', async () => {
    const response = await postGraphQL(gateway, VIEWER);
    expect(response.body).toEqual({ data: { viewer: { isAuthenticated: false } } });
  });
});

describe('no suggestions outside development', () => {
  const MUNICIPALITY_TOKEN = signDevelopmentToken({
    role: 'municipality',
    municipalityId: 'GM0080',
  });
  type Case = readonly [string, string, Record<string, unknown>?];
  const cases: readonly Case[] = [
    [
      'an enum value written in the document',
      '{ plans(status: ACTIV) { pageInfo { hasNextPage } } }',
    ],
    [
      'an enum value sent as a variable',
      'query ($status: PlanStatus) { plans(status: $status) { pageInfo { hasNextPage } } }',
      { status: 'ACTIV' },
    ],
    ['an argument', '{ plans(statu: ACTIVE) { pageInfo { hasNextPage } } }'],
    ['a field', '{ plans { pageInfos { hasNextPage } } }'],
    [
      'a type',
      'query ($status: PlanStatu) { plans(status: $status) { pageInfo { hasNextPage } } }',
    ],
  ];

  const named = cases.map(([name, query, variables]) => ({ name, query, variables }));
  it.each(named)('names no schema name for a misspelt $name', async ({ query, variables }) => {
    const response = await postGraphQL(createTestGateway(), query, {
      token: await MUNICIPALITY_TOKEN,
      ...(variables ? { variables } : {}),
    });
    expect(codesOf(response)).toContain('BAD_USER_INPUT');
    const text = JSON.stringify(response.body.errors);
    expect(text).not.toMatch(/Did you mean|"ACTIVE"|"pageInfo"|"status"|"PlanStatus"/);
  });

  it('still suggests in development, so the misspellings above are ones graphql-js hints at', async () => {
    const gateway = createTestGateway({
      env: { isDevelopment: true, jwtSecret: DEVELOPMENT_JWT_SECRET, pseudonymKey: 'y'.repeat(16) },
    });
    // Only documents without variables: the cases with variables are about what production hides.
    for (const [name, query] of cases.filter(([, , variables]) => variables === undefined)) {
      const response = await postGraphQL(gateway, query, { token: await MUNICIPALITY_TOKEN });
      expect(JSON.stringify(response.body.errors), name).toMatch(/Did you mean/);
    }
  });
});

describe('introspection and GraphiQL', () => {
  it('refuses introspection outside development', async () => {
    const response = await postGraphQL(createTestGateway(), '{ __schema { queryType { name } } }');
    expect(new Set(codesOf(response))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(response.body.data).toBeUndefined();
  });

  it('allows introspection in development', async () => {
    const gateway = createTestGateway({
      env: { isDevelopment: true, jwtSecret: 'x'.repeat(32), pseudonymKey: 'y'.repeat(16) },
    });
    const response = await postGraphQL(gateway, '{ __schema { queryType { name } } }');
    expect(response.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('serves GraphiQL only in development', async () => {
    const accept = { accept: 'text/html' };
    const production = await createTestGateway().fetch('http://gateway.test/graphql', {
      headers: accept,
    });
    expect(await production.text()).not.toMatch(/graphiql/i);
    const development = await createTestGateway({
      env: { isDevelopment: true, jwtSecret: 'x'.repeat(32), pseudonymKey: 'y'.repeat(16) },
    }).fetch('http://gateway.test/graphql', { headers: accept });
    expect(await development.text()).toMatch(/graphiql/i);
  });
});

describe('CSRF prevention', () => {
  const gateway = createTestGateway();
  const url = `http://gateway.test/graphql?query=${encodeURIComponent(VIEWER)}`;

  it('refuses a GET query without the CSRF header, as a cross-site form could send it', async () => {
    const response = await gateway.fetch(url);
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('accepts a GET query with the CSRF header', async () => {
    const response = await gateway.fetch(url, { headers: { [CSRF_HEADER]: '1' } });
    expect(await response.json()).toEqual({ data: { viewer: { isAuthenticated: false } } });
  });
});

describe('persisted operations', () => {
  const manifest = new Map([[hashOperation(VIEWER), VIEWER]]);
  const gateway = createTestGateway({
    persistedOperations: manifest,
    allowArbitraryAnonymousOperations: false,
  });
  const persisted = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });

  it('runs a persisted operation by its hash without a token', async () => {
    const response = await postGraphQL(gateway, undefined, {
      extensions: persisted(hashOperation(VIEWER)),
    });
    expect(response.body).toEqual({ data: { viewer: { isAuthenticated: false } } });
  });

  it('refuses an unknown hash with NOT_FOUND', async () => {
    const response = await postGraphQL(gateway, undefined, {
      extensions: persisted('0'.repeat(64)),
    });
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
  });

  it('refuses an anonymous document that is not in the manifest', async () => {
    const response = await postGraphQL(gateway, '{ viewer { role } }');
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.errors?.[0]?.message).toMatch(/persisted operations/);
  });

  it('runs any document for a caller with a token', async () => {
    const { signDevelopmentToken } = await import('../src/auth/sign-development-token.js');
    const token = await signDevelopmentToken({ role: 'institute' });
    const response = await postGraphQL(gateway, '{ viewer { role } }', { token });
    expect(response.body).toEqual({ data: { viewer: { role: 'INSTITUTE' } } });
  });
});
