import type { Logger } from '../logger.js';
import type { DemoIdentityProvider } from './demo-identity-provider.js';

/**
 * What oidc-provider prints about the demo provider that is expected, and why it is harmless:
 * - "Unsupported runtime": it asks for Node 22, but every API it uses (crypto.hash, URL.parse)
 *   exists in the Node 20.19 wijknet requires, and the browser tests sign in through it on Node 20;
 * - "in-memory adapter": the demo keeps its sign-ins in memory on purpose, and forgets them at a
 *   restart, which only means signing in again.
 * Any other warning of it still reaches the console.
 */
const EXPECTED_WARNINGS = ['Unsupported runtime', 'in-memory adapter'];

/**
 * Loads and creates the demo identity provider, refusing outright under NODE_ENV=production (on top
 * of env.ts, which refuses WIJKNET_DEMO_IDP=on there, and main.ts, which does not ask for it). The
 * module, and oidc-provider with it, is loaded only here. oidc-provider writes its warnings with
 * console.warn as it loads and starts; the expected ones go to the log at debug level instead.
 */
export async function startDemoIdentityProvider(
  publicUrl: string,
  logger: Logger,
): Promise<DemoIdentityProvider> {
  if (process.env.NODE_ENV === 'production')
    throw new Error('The demo identity provider never runs with NODE_ENV=production.');
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const [first] = args;
    const isExpected =
      typeof first === 'string' &&
      first.includes('oidc-provider WARNING:') &&
      EXPECTED_WARNINGS.some((warning) => first.includes(warning));
    if (isExpected) logger.debug({ warning: first }, 'demo identity provider: expected warning');
    else warn(...args);
  };
  try {
    const { createDemoIdentityProvider } = await import('./demo-identity-provider.js');
    return await createDemoIdentityProvider(publicUrl);
  } finally {
    console.warn = warn;
  }
}
