import type { Plugin } from 'graphql-yoga';

/** Larger than any honest GraphQL document with its variables; a bulk import has its own path. */
export const MAX_REQUEST_BYTES = 100_000;

function tooLarge(limit: number): Response {
  return Response.json(
    {
      errors: [
        {
          message: `The request body is larger than ${limit} bytes.`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    },
    { status: 413 },
  );
}

/**
 * Refuses bodies above the limit before they are parsed: first by the declared length, then,
 * for bodies without one, by counting what arrives.
 */
export function useRequestSizeLimit(limit = MAX_REQUEST_BYTES): Plugin {
  return {
    async onRequest({ request, endResponse }) {
      if (request.body === null) return;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > limit) endResponse(tooLarge(limit));
        return;
      }
      const reader = request.clone().body?.getReader();
      if (!reader) return;
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += value.byteLength;
        if (received > limit) {
          await reader.cancel();
          endResponse(tooLarge(limit));
          return;
        }
      }
    },
  };
}
