import { createTestDatabase, TEST_TARGETS } from '@wijknet/db/testing';
import { pino } from 'pino';
import { afterAll } from 'vitest';
import {
  CSRF_HEADER,
  createGateway,
  type Gateway,
  type GatewayOptions,
} from '../src/create-gateway.js';
import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_PSEUDONYM_KEY } from '../src/env.js';

export const silentLogger = pino({ level: 'silent' });

/**
 * One migrated PGlite clone per test file, released when the file's tests are done. Suites
 * that read tenant data also run on Postgres through TEST_TARGETS when TEST_DATABASE_URL is set.
 */
export const testDatabase = await createTestDatabase('pglite');
afterAll(() => testDatabase.close());

export { TEST_TARGETS };

export function createTestGateway(overrides: Partial<GatewayOptions> = {}): Gateway {
  return createGateway({
    env: {
      isDevelopment: false,
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY,
    },
    logger: silentLogger,
    database: testDatabase.db,
    allowArbitraryAnonymousOperations: true,
    ...overrides,
  });
}

export interface GraphQLResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

export interface PostOptions {
  readonly token?: string;
  readonly authorization?: string;
  readonly variables?: Record<string, unknown>;
  readonly extensions?: Record<string, unknown>;
}

/** Posts a GraphQL request the way a client's fetch would, without a listening port. */
export async function postGraphQL(
  gateway: Gateway,
  query: string | undefined,
  options: PostOptions = {},
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const authorization = options.authorization ?? (options.token && `Bearer ${options.token}`);
  if (authorization) headers.authorization = authorization;
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query,
      variables: options.variables,
      extensions: options.extensions,
    }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export { CSRF_HEADER };

/** The codes of the errors in a response, in order. */
export const codesOf = (response: GraphQLResponse): unknown[] =>
  (response.body.errors ?? []).map((error) => error.extensions?.code);

/** One root field of a response's data, failing loudly when the response has none. */
export function fieldOf<T>(response: GraphQLResponse, name: string): T {
  const data = response.body.data;
  if (!data || !(name in data)) {
    throw new Error(`No ${name} in the response: ${JSON.stringify(response.body)}`);
  }
  return data[name] as T;
}
