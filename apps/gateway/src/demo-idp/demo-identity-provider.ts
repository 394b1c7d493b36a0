import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import type { IdentityProviderConfig } from '../env.js';
import { choosePersonPage, signOutPage } from './demo-pages.js';
import { DEMO_PEOPLE } from './demo-people.js';

/** Where the demo provider lives on the gateway's own port. */
export const DEMO_IDP_PATH = '/oidc';

export interface DemoIdentityProvider {
  /** The relying party's configuration of it, as if it came from WIJKNET_OIDC_* variables. */
  readonly config: IdentityProviderConfig;
  /** Whether a request is the provider's to answer. */
  handles(url: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

function providerConfiguration(
  publicUrl: string,
  clientSecret: string,
  signingKey: object,
): Configuration {
  return {
    clients: [
      {
        client_id: 'wijknet-demo',
        client_secret: clientSecret,
        redirect_uris: [`${publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'], groups: ['groups'] },
    // The relying party reads name and groups from the ID token, as from Entra ID and Keycloak.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `${DEMO_IDP_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = signOutPage(form);
        },
      },
    },
    // A first-party demo: the person consents by choosing themselves.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      if (!oidc.client || !oidc.session?.accountId) return undefined;
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile groups');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, subject) => {
      const person = DEMO_PEOPLE.find((candidate) => candidate.subject === subject);
      if (!person) return undefined;
      return {
        accountId: subject,
        claims: () => ({ sub: subject, name: person.name, groups: [...person.groups] }),
      };
    },
  };
}

/**
 * The development identity provider `pnpm start` runs under /oidc (oidc-provider, keys made at
 * start, state in memory): a person signs in by choosing one of the demo people, through the
 * same relying party code that production points at Entra ID or Keycloak. main.ts never starts it
 * with NODE_ENV=production, and env.ts refuses WIJKNET_DEMO_IDP=on there.
 */
export async function createDemoIdentityProvider(publicUrl: string): Promise<DemoIdentityProvider> {
  const issuer = `${publicUrl}${DEMO_IDP_PATH}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'demo' };
  const provider = new Provider(issuer, providerConfiguration(publicUrl, clientSecret, signingKey));
  // The provider sees its paths without /oidc, as when mounted under a prefix.
  const callback = provider.callback();
  const interaction = new RegExp(`^${DEMO_IDP_PATH}/interaction/([\\w-]+)(/login)?$`);

  async function handleInteraction(
    request: IncomingMessage,
    response: ServerResponse,
    isLogin: boolean,
  ) {
    const details = await provider.interactionDetails(request, response);
    if (!isLogin) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(choosePersonPage(details.uid));
      return;
    }
    const chosen = (await readForm(request)).get('person');
    const person = DEMO_PEOPLE.find((candidate) => candidate.subject === chosen);
    if (!person) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Choose one of the demo people.');
      return;
    }
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: person.subject } },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    config: {
      name: 'demo',
      label: 'Demo-inlogdienst',
      issuer,
      clientId: 'wijknet-demo',
      clientSecret,
      groupsClaim: 'groups',
      scope: 'openid profile groups',
    },
    handles: (url) =>
      url === DEMO_IDP_PATH ||
      url.startsWith(`${DEMO_IDP_PATH}/`) ||
      url.startsWith(`${DEMO_IDP_PATH}?`),
    async handle(request, response) {
      const path = (request.url ?? '').split('?')[0] ?? '';
      const match = interaction.exec(path);
      if (match) {
        const isLogin = match[2] !== undefined && request.method === 'POST';
        return handleInteraction(request, response, isLogin);
      }
      Object.assign(request, { originalUrl: request.url });
      request.url = (request.url ?? '').slice(DEMO_IDP_PATH.length) || '/';
      await callback(request, response);
    },
  };
}
