import type { DatabaseHandle } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName, signInCookieName } from '../src/auth/session-cookie.js';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { CSRF_HEADER, type Gateway } from '../src/create-gateway.js';
import { insertFixtures, LEEUWARDEN } from './fixtures.js';
import { codesOf, createTestGateway, postGraphQL, TEST_TARGETS } from './harness.js';

// A fault of the server answers INTERNAL with a message that says nothing of it, and the log
// keeps what happened: the error, its cause (here the database's own words) and the stack. The
// faults are real: a table the request needs is moved away for the length of one request.

interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly err?: { readonly type?: string; readonly message?: string; readonly stack?: string };
}

const lines: LogLine[] = [];
const logger = pino(
  { level: 'info', formatters: { level: (label) => ({ level: label }) } },
  { write: (line: string) => lines.push(JSON.parse(line) as LogLine) },
);

/** Runs `request` while `table` is renamed, then puts it back; returns the log lines it wrote. */
async function withTableAway<T>(
  database: DatabaseHandle,
  table: string,
  request: () => Promise<T>,
) {
  const [schemaName, name] = table.includes('.') ? table.split('.') : ['public', table];
  const qualified = sql`${sql.identifier(schemaName ?? '')}.${sql.identifier(name ?? '')}`;
  await database.db.execute(sql`alter table ${qualified} rename to moved_away`);
  const from = lines.length;
  try {
    const answer = await request();
    return { answer, logged: lines.slice(from) };
  } finally {
    await database.db.execute(
      sql`alter table ${sql.identifier(schemaName ?? '')}.moved_away rename to ${sql.identifier(name ?? '')}`,
    );
  }
}

/** An error line of a masked fault, with the database's reason in its cause and stack. */
function expectCauseLogged(logged: readonly LogLine[], reason: RegExp) {
  const errors = logged.filter((line) => line.level === 'error');
  expect(new Set(errors.map((line) => line.msg))).toEqual(
    new Set(['internal error masked for the client']),
  );
  const line = errors.find((error) => reason.test(error.err?.stack ?? ''));
  expect(line, JSON.stringify(errors)).toBeDefined();
  // The stack goes down to the code that failed, not only to the message.
  expect(line?.err?.stack).toMatch(/\n\s+at .+\.(ts|js):\d+/);
}

describe.each(TEST_TARGETS)('the log of a fault the client sees as INTERNAL, on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let municipalityToken: string;
  let apiKey: string;

  beforeAll(async () => {
    database = await createTestDatabase(target);
    gateway = createTestGateway({ logger, database: database.db });
    await insertFixtures(database.db);
    municipalityToken = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
    });
    const made = await postGraphQL(
      gateway,
      'mutation ($input: ApiKeyInput!) { createApiKey(input: $input) { secret } }',
      {
        token: municipalityToken,
        variables: { input: { label: 'log test', role: 'MUNICIPALITY' } },
      },
    );
    const created = made.body.data?.createApiKey as { secret: string } | undefined;
    if (!created) throw new Error(`no API key made: ${JSON.stringify(made.body)}`);
    apiKey = created.secret;
  });
  afterAll(() => database?.close());

  it('keeps the cause of a failed field, which the answer does not show', async () => {
    const { answer, logged } = await withTableAway(database, 'households', () =>
      postGraphQL(gateway, '{ households(first: 5) { edges { node { id } } } }', {
        token: municipalityToken,
      }),
    );
    // The failed statement aborted the request's transaction: the operation fails as a whole.
    expect(answer.status).toBe(500);
    expect(codesOf(answer)).toEqual(['INTERNAL']);
    expect(JSON.stringify(answer.body)).not.toMatch(/households|moved_away|relation|select/i);
    expectCauseLogged(logged, /relation "(public\.)?households" does not exist/);
  });

  it('keeps the cause of a 500 when a credential could not be looked up', async () => {
    const { answer, logged } = await withTableAway(database, 'access.api_keys', () =>
      postGraphQL(gateway, '{ viewer { role } }', { token: apiKey }),
    );
    // Not a verdict on the key (401) but a fault of the server, answered and logged as one.
    expect(answer.status).toBe(500);
    expect(codesOf(answer)).toEqual(['INTERNAL']);
    expect(JSON.stringify(answer.body)).not.toMatch(/api_keys|relation/i);
    expectCauseLogged(logged, /relation "access\.api_keys" does not exist/);
    expect(JSON.stringify(logged)).not.toContain(apiKey);
  });

  it('keeps the cause of a 500 when a session could not be looked up', async () => {
    const { answer, logged } = await withTableAway(database, 'access.sessions', async () => {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${sessionCookieName(false)}=a-session-id-of-no-one`,
          [CSRF_HEADER]: '1',
        },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      return { status: response.status, body: (await response.json()) as object };
    });
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).toContain('"code":"INTERNAL"');
    expectCauseLogged(logged, /relation "access\.sessions" does not exist/);
  });

  it('keeps the cause of a 500 of a sign-in route', async () => {
    const { answer, logged } = await withTableAway(
      database,
      'access.sign_in_attempts',
      async () => {
        const response = await gateway.fetch('http://localhost/auth/callback?code=c&state=s', {
          headers: { cookie: `${signInCookieName(false)}=an-attempt-of-no-one` },
        });
        return { status: response.status, text: await response.text() };
      },
    );
    // Before, the route's error escaped the gateway's handler and nothing was logged.
    expect(answer.status).toBe(500);
    expect(answer.text).not.toMatch(/sign_in_attempts|relation/i);
    expectCauseLogged(logged, /relation "access\.sign_in_attempts" does not exist/);
  });

  it('logs no error for a request refused for its own fault', async () => {
    const from = lines.length;
    const answer = await postGraphQL(gateway, '{ viewer { role } }', {
      token: 'wijknet_key_not-a-key-of-anyone',
    });
    expect(answer.status).toBe(401);
    expect(lines.slice(from).filter((line) => line.level === 'error')).toEqual([]);
  });
});
