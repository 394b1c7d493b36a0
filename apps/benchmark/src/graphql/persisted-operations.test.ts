import { describe, expect, it } from 'vitest';
import { createPersistedFetch, sha256Hex, toPersistedBody } from './persisted-operations';

describe('persisted operations', () => {
  it('hashes like sha256sum', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('sends the hash and the variables, never the text', async () => {
    const body = JSON.stringify({
      query: 'abc',
      variables: { code: 'GM0080' },
      operationName: 'X',
    });
    expect(JSON.parse(await toPersistedBody(body))).toEqual({
      variables: { code: 'GM0080' },
      operationName: 'X',
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        },
      },
    });
  });

  it('rewrites POST bodies on their way to the gateway', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(String(init?.body));
      return new Response('{}');
    }) as typeof fetch;
    await createPersistedFetch(fakeFetch)('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'abc' }),
    });
    expect(seen[0]).not.toContain('"query"');
    expect(seen[0]).toContain('sha256Hash');
  });
});
