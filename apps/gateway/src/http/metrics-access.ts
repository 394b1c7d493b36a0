import { timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

export const METRICS_PATH = '/metrics';

/** Who may read `/metrics`: anyone (development), holders of the token, or nobody. */
export interface MetricsAccess {
  readonly isDevelopment: boolean;
  /** WIJKNET_METRICS_TOKEN: the bearer token a Prometheus scraper sends. */
  readonly token?: string | undefined;
}

function isToken(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Keeps `/metrics` from the public outside development. The figures tell an outsider how busy
 * the gateway is and with what; a scraper sends `Authorization: Bearer <WIJKNET_METRICS_TOKEN>`.
 * Without a token configured, a production gateway answers `/metrics` with 404, as if there
 * were none. Runs before the Prometheus plugin, which serves the path itself.
 */
export function useMetricsAccess(access: MetricsAccess): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      if (url.pathname !== METRICS_PATH) return;
      if (access.token !== undefined) {
        if (!isToken(request.headers.get('authorization'), access.token))
          endResponse(
            new Response('A metrics token is required.\n', {
              status: 401,
              headers: { 'www-authenticate': 'Bearer' },
            }),
          );
        return;
      }
      if (!access.isDevelopment) endResponse(new Response('Not found.\n', { status: 404 }));
    },
  };
}
