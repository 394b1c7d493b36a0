import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { noticeSessionEnded } from '../viewer/session-ended';
import { createPersistedFetch } from './persisted-operations';

/**
 * The header the gateway asks of every request that comes with the session cookie: a page of
 * another site cannot set it without a preflight the gateway refuses.
 */
export const CSRF_HEADERS = { 'x-wijknet-csrf': '1' } as const;

/**
 * A GraphQL client for the gateway at `/graphql`. A person signs in at the gateway itself
 * (`/auth/login`), which keeps their session in an httpOnly cookie: no script here ever holds a
 * credential, the browser sends the cookie with every request of this origin.
 */
export function createGatewayClient(options: { fetch?: typeof fetch; url?: string } = {}): Client {
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return new Client({
    url: options.url ?? '/graphql',
    // The cacheExchange rewrites documents (adds __typename) before the fetch; the persisted
    // manifest hashes the rewritten text (persisted-entry.ts).
    exchanges: [cacheExchange, mapExchange({ onResult: noticeSessionEnded }), fetchExchange],
    preferGetMethod: false,
    fetch: import.meta.env.PROD ? createPersistedFetch(baseFetch) : baseFetch,
    fetchOptions: () => ({ credentials: 'same-origin', headers: { ...CSRF_HEADERS } }),
  });
}

let current: Client | null = null;

/**
 * The tab's one client: the app's script starts the first page's queries on it before React
 * renders, and the page's own queries then find them in flight or answered instead of asking
 * again.
 */
export function gatewayClient(): Client {
  current ??= createGatewayClient();
  return current;
}
