import { createDatabase } from '@wijknet/db';
import { describe, expect, it } from 'vitest';
import { codesOf, createTestGateway, postGraphQL } from './harness.js';

describe('health, readiness and metrics', () => {
  it('answers /health while the process is up, whatever the database does', async () => {
    const gateway = createTestGateway({
      checkDatabase: () => Promise.reject(new Error('down')),
    });
    const response = await gateway.fetch('http://gateway.test/health');
    expect(response.status).toBe(200);
  });

  it('answers /ready when the database answers', async () => {
    const response = await createTestGateway().fetch('http://gateway.test/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers /ready with 503 when the database fails', async () => {
    const gateway = createTestGateway({
      checkDatabase: () => Promise.reject(new Error('down')),
    });
    const response = await gateway.fetch('http://gateway.test/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable' });
  });

  it('answers /ready with 503 quickly when the database hangs', async () => {
    const gateway = createTestGateway({ checkDatabase: () => new Promise<void>(() => {}) });
    const started = Date.now();
    const response = await gateway.fetch('http://gateway.test/ready');
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('becomes ready again when the database comes back', async () => {
    let isUp = false;
    const gateway = createTestGateway({
      checkDatabase: async () => {
        if (!isUp) throw new Error('down');
      },
    });
    expect((await gateway.fetch('http://gateway.test/ready')).status).toBe(503);
    isUp = true;
    expect((await gateway.fetch('http://gateway.test/ready')).status).toBe(200);
  });

  it('exposes Prometheus metrics that count GraphQL requests', async () => {
    const gateway = createTestGateway();
    await postGraphQL(gateway, '{ viewer { isAuthenticated } }');
    const response = await gateway.fetch('http://gateway.test/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration/);
    expect(text).toMatch(/graphql_yoga_http_duration_bucket/);
  });
});

describe('when the database is away', () => {
  it('fails a query fast with UNAVAILABLE and 503, and reports not ready', async () => {
    // Nothing listens on port 1, so every connection attempt is refused at once.
    await using unreachable = await createDatabase({
      url: 'postgres://postgres@127.0.0.1:1/wijknet',
      maxConnections: 1,
    });
    const gateway = createTestGateway({ database: unreachable.db });
    const started = Date.now();
    const response = await postGraphQL(gateway, '{ municipality(code: "GM0080") { name } }');
    expect(response.status).toBe(503);
    expect(codesOf(response)).toEqual(['UNAVAILABLE']);
    expect(response.body.errors?.[0]?.message).toMatch(/database does not answer/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await gateway.fetch('http://gateway.test/ready')).status).toBe(503);
  });
});
