import { createDatabase } from '@wijknet/db';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_PSEUDONYM_KEY } from '../src/env.js';
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

  const METRICS_TOKEN = 'a-metrics-token-of-at-least-32-characters';
  const productionGateway = (metricsToken?: string) =>
    createTestGateway({
      env: {
        isDevelopment: false,
        jwtSecret: DEVELOPMENT_JWT_SECRET,
        pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY,
        ...(metricsToken === undefined ? {} : { metricsToken }),
      },
    });
  const scrape = (gateway: ReturnType<typeof createTestGateway>, token?: string) =>
    gateway.fetch('http://gateway.test/metrics', {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  it('exposes Prometheus metrics that count GraphQL requests to the holder of the metrics token', async () => {
    const gateway = productionGateway(METRICS_TOKEN);
    await postGraphQL(gateway, '{ viewer { isAuthenticated } }');
    const response = await scrape(gateway, METRICS_TOKEN);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration/);
    expect(text).toMatch(/graphql_yoga_http_duration_bucket/);
  });

  it('keeps /metrics from anyone else: 401 without the token, 404 in production with none set', async () => {
    const gateway = productionGateway(METRICS_TOKEN);
    expect((await scrape(gateway)).status).toBe(401);
    expect((await scrape(gateway, `${METRICS_TOKEN}x`)).status).toBe(401);
    expect((await scrape(productionGateway())).status).toBe(404);
    expect((await scrape(productionGateway(), METRICS_TOKEN)).status).toBe(404);
  });

  it('takes no label from what a client sends: two hundred operation names add no series', async () => {
    const gateway = productionGateway(METRICS_TOKEN);
    const seriesCount = async () =>
      (await (await scrape(gateway, METRICS_TOKEN)).text())
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#')).length;
    await postGraphQL(gateway, 'query Warm { viewer { isAuthenticated } }');
    await postGraphQL(gateway, 'query Warm { nothing }');
    const before = await seriesCount();
    for (let index = 0; index < 200; index++) {
      await postGraphQL(gateway, `query Unique${index} { viewer { isAuthenticated } }`);
      await postGraphQL(gateway, `query Broken${index} { nothing${index} }`);
    }
    await gateway.fetch(`http://gateway.test/graphql?unique=${'x'.repeat(50)}`);
    const text = await (await scrape(gateway, METRICS_TOKEN)).text();
    expect(text).not.toMatch(/Unique\d|Broken\d|nothing\d|unique=/);
    expect(await seriesCount()).toBe(before);
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
