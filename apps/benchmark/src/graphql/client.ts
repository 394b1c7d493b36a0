import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { createPersistedFetch } from './persisted-operations';

const TOKEN_KEY = 'wijknet-token';

/** The bearer token of this tab; kept out of the URL so a shared link never carries it. */
export function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
  else window.sessionStorage.removeItem(TOKEN_KEY);
}

/** A GraphQL client for the gateway at `/graphql`, signed in with the token when there is one. */
export function createGatewayClient(
  token: string | null,
  options: { fetch?: typeof fetch; url?: string } = {},
): Client {
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return new Client({
    url: options.url ?? '/graphql',
    // The cacheExchange rewrites documents (adds __typename) before the fetch; the persisted
    // manifest hashes the rewritten text (persisted-entry.ts).
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetch: import.meta.env.PROD ? createPersistedFetch(baseFetch) : baseFetch,
    // The gateway asks every request that comes with the session cookie for this header: a page
    // of another site cannot set it without a preflight the gateway refuses.
    fetchOptions: () => ({
      headers: {
        'x-wijknet-csrf': '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
}

let current: { token: string | null; client: Client } | null = null;

/**
 * The client of the tab's token, the same one for as long as the token stays: the app's
 * script starts the first page's queries on it before React renders, and the page's own
 * queries then find them in flight or answered instead of asking again.
 */
export function gatewayClientFor(token: string | null): Client {
  if (current?.token !== token) current = { token, client: createGatewayClient(token) };
  return current.client;
}
