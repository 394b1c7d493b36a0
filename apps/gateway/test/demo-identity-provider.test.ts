import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDemoIdentityProvider } from '../src/demo-idp/start-demo-identity-provider.js';
import { createLogger } from '../src/logger.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the demo identity provider', () => {
  it('never starts with NODE_ENV=production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(
      startDemoIdentityProvider('http://localhost:4000', createLogger('silent')),
    ).rejects.toThrow('The demo identity provider never runs with NODE_ENV=production.');
  });

  it('starts without oidc-provider’s expected warnings on the console, and serves its discovery', async () => {
    const consoleWarn = vi.spyOn(console, 'warn');
    const logger = createLogger('debug');
    const debug = vi.spyOn(logger, 'debug').mockImplementation(() => undefined);
    const server = createServer((request, response) => void idp.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const idp = await startDemoIdentityProvider(publicUrl, logger);
    try {
      const warnings = consoleWarn.mock.calls.map((call) => String(call[0]));
      expect(warnings.filter((line) => line.includes('oidc-provider'))).toEqual([]);
      expect(debug.mock.calls.map((call) => JSON.stringify(call[0]))).toEqual(
        expect.arrayContaining([expect.stringContaining('in-memory adapter')]),
      );
      const response = await fetch(`${publicUrl}/oidc/.well-known/openid-configuration`);
      const discovery = (await response.json()) as Record<string, unknown>;
      expect(discovery).toMatchObject({
        issuer: `${publicUrl}/oidc`,
        end_session_endpoint: `${publicUrl}/oidc/session/end`,
        code_challenge_methods_supported: ['S256'],
      });
    } finally {
      server.close();
    }
  });
});
