import { describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { LEEUWARDEN } from './fixtures.js';
import { createTestGateway, postGraphQL, testDatabase } from './harness.js';

// A cursor is the server's own text; one a client made up or broke must be refused as bad input,
// never answered as an internal error, on every connection of the schema.

const UUID = 'c0000000-0000-4000-8000-000000000001';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const MALFORMED: readonly [string, string][] = [
  ['not base64', '%%%not base64%%%'],
  ['a day that does not exist', base64(`plan:2025-02-30:${UUID}`)],
  ['a date that is no date', base64('DC:T:["D:not a date","S:GM0080","S:x"]')],
  ['an ID that is no UUID', base64('plan:2025-03-01:not-a-uuid')],
  ['a NUL inside the base64', base64(`plan:2025-03-01:${UUID}\u0000`)],
  ['a NUL inside a drizzle cursor', base64('DC:S:GM\u00000080')],
  ['the wrong shape', base64(JSON.stringify({ openedOn: '2025-03-01' }))],
  ['a drizzle cursor with a bad UUID', base64('DC:T:["S:GM0080","S:not-a-uuid"]')],
  ['a drizzle cursor of another kind', base64('DC:J:{"broken"')],
];

const CONNECTIONS = ['plans', 'households', 'teams', 'municipalities'] as const;

describe('malformed cursors', () => {
  const gateway = createTestGateway({ database: testDatabase.db });

  for (const connection of CONNECTIONS)
    for (const direction of ['after', 'before'] as const)
      it.each(MALFORMED)(
        `on ${connection} (${direction}) are bad input when they are %s`,
        async (_name, cursor) => {
          const token = await signDevelopmentToken({
            role: 'municipality',
            municipalityId: LEEUWARDEN,
          });
          const response = await postGraphQL(
            gateway,
            `query ($cursor: String) { ${connection}(${direction}: $cursor) { edges { cursor } } }`,
            { token, variables: { cursor } },
          );
          expect(response.status).toBe(200);
          expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
            'BAD_USER_INPUT',
          ]);
        },
      );

  it.each(CONNECTIONS)('on %s are taken as they came, page after page', async (connection) => {
    const token = await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
    const page = (after: string | null) =>
      postGraphQL(
        gateway,
        `query ($after: String) { ${connection}(first: 1, after: $after) {
          edges { cursor } pageInfo { endCursor hasNextPage } } }`,
        { token, variables: { after } },
      );
    const first = await page(null);
    expect(first.body.errors).toBeUndefined();
    const { endCursor } = (first.body.data as Record<string, { pageInfo: { endCursor: string } }>)[
      connection
    ]?.pageInfo ?? { endCursor: null };
    const next = await page(endCursor);
    expect(next.body.errors).toBeUndefined();
  });
});
