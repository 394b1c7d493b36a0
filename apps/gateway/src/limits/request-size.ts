import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Larger than any honest GraphQL document with its variables. */
export const MAX_REQUEST_BYTES = 100_000;

/**
 * The limit of the one route that carries a file: a delivery (the `deliver` mutation) sent as a
 * GraphQL multipart request with credentials. A file of 200,000 rows of the widest kind (plan
 * events with long references, about 150 bytes a row) is some 30 MB; 64 MiB leaves room for
 * longer references without letting a request hold the server's memory for long. Everything in
 * the request but the file (its `operations` part: document and variables) is still held to
 * MAX_REQUEST_BYTES, and a multipart request without credentials gets the ordinary limit.
 */
export const MAX_DELIVERY_BYTES = 64 * 1024 * 1024;

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

const isMultipart = (request: Request) =>
  request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') ?? false;

/** A bearer token or a session cookie: a request that may deliver a file, if they verify. */
const hasCredentials = (request: Request) =>
  request.headers.has('authorization') || request.headers.has('cookie');

/** The limit of a request: a delivery's when it is multipart and carries credentials. */
export function requestLimitOf(request: Request, limits: RequestSizeLimits = {}): number {
  const limit = limits.request ?? MAX_REQUEST_BYTES;
  const delivery = limits.delivery ?? MAX_DELIVERY_BYTES;
  return isMultipart(request) && hasCredentials(request) ? delivery : limit;
}

export interface RequestSizeLimits {
  /** Bytes of an ordinary request; MAX_REQUEST_BYTES unless told. */
  readonly request?: number;
  /** Bytes of a delivery's multipart request; MAX_DELIVERY_BYTES unless told. */
  readonly delivery?: number;
}

/**
 * Refuses bodies above the limit before they are parsed: first by the declared length, then,
 * for bodies without one, by counting what arrives. Of a multipart request, the parts other than
 * files (document and variables) are held to the ordinary limit once parsed.
 */
export function useRequestSizeLimit(limits: RequestSizeLimits = {}): Plugin {
  const ordinary = limits.request ?? MAX_REQUEST_BYTES;
  return {
    async onRequest({ request, endResponse }) {
      if (request.body === null) return;
      const limit = requestLimitOf(request, limits);
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
          // Not awaited: cancelling a FormData body's stream (undici) never settles.
          reader.cancel().catch(() => {});
          endResponse(tooLarge(limit));
          return;
        }
      }
    },
    onParams({ request, params }) {
      if (!isMultipart(request)) return;
      // A file in the variables stringifies as {}: what is left is the document and variables.
      if (JSON.stringify(params).length > ordinary) {
        throw new GraphQLError(
          `The operations of a multipart request are larger than ${ordinary} bytes; only files may be larger.`,
          { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } },
        );
      }
    },
  };
}
