import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';

/** One structured line per request: what was asked, how it ended and how long it took. */
export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      // Below the logger's level the line is not written: nothing to parse or measure for it.
      if (!logger.isLevelEnabled('info')) return;
      const start = started.get(request);
      const url = new URL(request.url);
      logger.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: start === undefined ? null : Math.round(performance.now() - start),
          requestId: request.headers.get('x-request-id'),
        },
        'request',
      );
    },
  };
}
