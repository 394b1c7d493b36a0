import type { Sql } from 'postgres';
import { describe, expect, it } from 'vitest';
import { buildCompareCase } from './compare.js';
import { buildCompareKeptCase } from './compare-kept.js';
import type { CaseContext } from './contender.js';

/** A stand-in for the harness's postgres.js client: answers by statement, remembers them. */
function fakeContext(urls: CaseContext['urls']) {
  const statements: string[] = [];
  const sql = ((strings: TemplateStringsArray) => {
    const text = strings.join('$').replace(/\s+/g, ' ').trim();
    statements.push(text);
    if (text.includes('max(period)')) return Promise.resolve([{ period: '2025-Q2' }]);
    if (text.includes('from municipalities')) return Promise.resolve([{ id: 'GM0001' }]);
    if (text.startsWith('update publication_versions')) return Promise.resolve([{ version: 2 }]);
    return Promise.resolve([]);
  }) as unknown as Sql;
  const context: CaseContext = {
    urls,
    sql,
    signToken: async () => 'token',
    timeoutMs: 1_000,
  };
  return { context, statements };
}

const ALL = {
  gateway: 'http://127.0.0.1:1/graphql',
  peer: 'http://127.0.0.1:2/graphql',
  peerCached: 'http://127.0.0.1:3/graphql',
  peerBase: 'http://127.0.0.1:4/graphql',
};

describe('the comparison with fresh answers', () => {
  it('raises the publication version before each gateway request, and only then', async () => {
    const { context, statements } = fakeContext(ALL);
    const benchCase = await buildCompareCase(context);
    expect(benchCase.name).toBe('compare');
    expect(benchCase.description).toContain('2022-Q3..2025-Q2');
    expect(benchCase.contenders.map((contender) => contender.name)).toEqual([
      'gateway',
      'peer',
      'peerBase',
      'limit',
    ]);
    const [gateway, peer] = benchCase.contenders;
    expect(peer?.prepare).toBeUndefined();
    statements.length = 0;
    await gateway?.prepare?.();
    expect(statements).toEqual([
      "update publication_versions set version = version + 1 where municipality_id = '' returning version",
    ]);
  });
});

describe('the comparison with kept answers', () => {
  it('sets the gateway beside the cached peer, with nothing written between requests', async () => {
    const { context } = fakeContext(ALL);
    const benchCase = await buildCompareKeptCase(context);
    expect(benchCase.contenders.map((contender) => contender.name)).toEqual([
      'gateway',
      'peerCached',
      'limit',
    ]);
    expect(benchCase.contenders.every((contender) => contender.prepare === undefined)).toBe(true);
    expect(Object.keys(benchCase.missing).sort()).toEqual(['peer', 'peerBase']);
  });

  it('says what is missing when a server did not start', async () => {
    const { context } = fakeContext({});
    const benchCase = await buildCompareKeptCase(context);
    expect(benchCase.contenders.map((contender) => contender.name)).toEqual(['limit']);
    expect(benchCase.missing.gateway).toBe('the gateway did not start');
    expect(benchCase.missing.peerCached).toMatch(/did not start/);
  });
});
