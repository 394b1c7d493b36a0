import type { Plugin } from 'graphql-yoga';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { authenticate, createTokenVerifier } from './verify-token.js';
import type { Viewer } from './viewer.js';

/**
 * Verifies the bearer token once per request, before the document is parsed, so a request
 * with a bad token is refused as a whole (401, UNAUTHENTICATED) whatever it asks for.
 * `viewerOf` hands the same verdict to the context.
 */
export function createAuthentication(secret: Uint8Array) {
  const viewers = new WeakMap<Request, Promise<Viewer>>();
  const verify = createTokenVerifier(secret);

  function viewerOf(request: Request): Promise<Viewer> {
    let viewer = viewers.get(request);
    if (!viewer) {
      viewer = authenticate(request.headers.get('authorization'), verify);
      viewers.set(request, viewer);
    }
    return viewer;
  }

  const plugin: Plugin = {
    async onParams({ request }) {
      try {
        await viewerOf(request);
      } catch (error) {
        const refusal = toGraphQLError(error, { isRequestLevel: true });
        refusal.extensions.http = {
          status: 401,
          headers: { 'WWW-Authenticate': 'Bearer realm="wijknet"' },
        };
        throw refusal;
      }
    },
  };

  return { plugin, viewerOf };
}
