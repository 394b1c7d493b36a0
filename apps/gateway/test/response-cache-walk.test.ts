// @envelop/response-cache 9.3.1 as patched (patches/@envelop__response-cache@9.3.1.patch): before
// it keeps an answer, the plugin walks the answer to strip the fields it added and to note each
// object. Stock, it walks every list twice (an array passes its object test as well), so a list
// inside a list inside a list is walked eight times: most of a fresh compare's time at national
// scale. This test counts the walk's visits of each object and fails on the stock release.
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Figure { value: Int }
    type Period { figures: [Figure!]! }
    type Indicator { periods: [Period!]! }
    type Query { indicators: [Indicator!]! }
  `,
  resolvers: {
    Query: {
      indicators: () =>
        Array.from({ length: 2 }, () => ({
          periods: Array.from({ length: 3 }, () => ({
            figures: Array.from({ length: 5 }, (_, value) => ({ value })),
          })),
        })),
    },
  },
});

describe('the public answer cache (graphql-yoga response cache)', () => {
  it('visits each object of an answer with nested lists once when it keeps the answer', async () => {
    // The plugin looks up an object's type here once each time it visits it.
    const visits = new Map<string, number>();
    const scopes = new Proxy({} as Record<string, 'PUBLIC' | 'PRIVATE'>, {
      get: (target, key) => {
        if (typeof key === 'string' && !key.includes('.'))
          visits.set(key, (visits.get(key) ?? 0) + 1);
        return Reflect.get(target, key);
      },
    });
    const yoga = createYoga({
      schema,
      plugins: [useResponseCache({ session: () => null, scopePerSchemaCoordinate: scopes })],
    });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ indicators { periods { figures { value } } } }' }),
    });
    const { data } = (await response.json()) as {
      data: { indicators: { periods: { figures: { value: number }[] }[] }[] };
    };
    expect(data.indicators[1]?.periods[2]?.figures[4]).toEqual({ value: 4 });
    expect(visits.get('Figure')).toBe(2 * 3 * 5);
    expect(visits.get('Period')).toBe(2 * 3);
    expect(visits.get('Indicator')).toBe(2);
  });
});
