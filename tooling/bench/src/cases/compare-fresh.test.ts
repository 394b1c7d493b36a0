import type { Sql } from 'postgres';
import { describe, expect, it } from 'vitest';
import { buildCompareFreshCase } from './compare-fresh.js';
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

describe('the comparison computed afresh', () => {
  it("raises the publication version before each gateway request, as the gateway's own contender", async () => {
    const { context, statements } = fakeContext({ gateway: 'http://127.0.0.1:1/graphql' });
    const benchCase = await buildCompareFreshCase(context);
    expect(benchCase.name).toBe('compareFresh');
    expect(benchCase.description).toContain('2022-Q3..2025-Q2');
    expect(benchCase.contenders.map((contender) => contender.name)).toEqual(['gateway', 'limit']);
    expect(Object.keys(benchCase.missing).sort()).toEqual(['peer', 'peerBase']);
    const [gateway, limit] = benchCase.contenders;
    expect(gateway?.http?.body).toContain('BenchCompare');
    expect(limit?.prepare).toBeUndefined();
    statements.length = 0;
    await gateway?.prepare?.();
    expect(statements).toEqual([
      "update publication_versions set version = version + 1 where municipality_id = '' returning version",
    ]);
  });

  it('says the gateway is missing when it did not start', async () => {
    const { context } = fakeContext({});
    const benchCase = await buildCompareFreshCase(context);
    expect(benchCase.contenders.map((contender) => contender.name)).toEqual(['limit']);
    expect(benchCase.missing.gateway).toBe('the gateway did not start');
  });
});
