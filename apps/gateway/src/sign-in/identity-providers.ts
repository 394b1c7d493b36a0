import * as oidc from 'openid-client';
import type { IdentityProviderConfig } from '../env.js';

/** An identity provider and, once its discovery document was read, the client configuration. */
export interface IdentityProvider extends IdentityProviderConfig {
  /** Reads the discovery document on first use, and again after a failure. */
  configuration(): Promise<oidc.Configuration>;
}

export interface IdentityProviderOptions {
  /** For tests: how the relying party reaches the provider (discovery, token and keys). */
  readonly fetch?: oidc.CustomFetch;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * The configured identity providers, each discovered when first asked for (a provider that is
 * away at start-up does not keep the gateway from serving; its sign-in waits for it). Plain http
 * is allowed only for a provider on this machine, as env.ts already checked.
 */
export function createIdentityProviders(
  configs: readonly IdentityProviderConfig[],
  options: IdentityProviderOptions = {},
): ReadonlyMap<string, IdentityProvider> {
  const providers = new Map<string, IdentityProvider>();
  for (const config of configs) {
    let discovered: Promise<oidc.Configuration> | undefined;
    const discover = async () => {
      const issuer = new URL(config.issuer);
      const configuration = await oidc.discovery(
        issuer,
        config.clientId,
        undefined,
        oidc.ClientSecretBasic(config.clientSecret),
        {
          ...(isLoopback(issuer) && issuer.protocol === 'http:'
            ? { execute: [oidc.allowInsecureRequests] }
            : {}),
          ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}),
          timeout: 10,
        },
      );
      if (options.fetch) configuration[oidc.customFetch] = options.fetch;
      return configuration;
    };
    providers.set(config.name, {
      ...config,
      configuration() {
        discovered ??= discover().catch((error: unknown) => {
          discovered = undefined;
          throw error;
        });
        return discovered;
      },
    });
  }
  return providers;
}
