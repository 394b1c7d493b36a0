import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS, useQueryLimits } from './query-limits.js';

// A recursive schema lets a test build a document of any depth and cost; the gateway's own
// schema is too shallow for that today.
const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { node: Node } type Node { id: ID child: Node }',
    resolvers: { Query: { node: () => ({ id: '1' }) }, Node: { child: () => ({ id: '2' }) } },
  }),
  plugins: [useQueryLimits({ isDevelopment: false })],
  maskedErrors: false,
});

async function post(query: string) {
  const response = await yoga.fetch('http://limits.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

const nested = (depth: number): string => (depth === 0 ? 'id' : `child { ${nested(depth - 1)} }`);

describe('query limits', () => {
  it('accepts a document at the depth limit', async () => {
    const body = await post(`{ node { ${nested(QUERY_LIMITS.maxDepth - 2)} } }`);
    expect(body.errors).toBeUndefined();
  });

  it('refuses a document one level deeper than the limit', async () => {
    const body = await post(`{ node { ${nested(QUERY_LIMITS.maxDepth)} } }`);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 12/);
  });

  it('refuses a document whose cost passes the limit', async () => {
    const wide = Array.from({ length: 14 }, (_, i) => `c${i}: child { ${nested(9)} }`).join(' ');
    const body = await post(`{ node { ${wide} } }`);
    expect(body.errors?.map((error) => error.message).join(' ')).toMatch(/cost/i);
  });

  it('does not suggest field names to a caller who misspells one', async () => {
    const body = await post('{ node { chld { id } } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
