import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@wijknet/db';
import { CSRF_HEADER, GRAPHQL_PATH } from '../../../src/create-gateway.js';
import { createGatewayUnderTest } from './gateway-under-test.js';

/** The gateway as a real HTTP server on loopback, on a port the system picks. */
export interface HttpGateway extends AsyncDisposable {
  readonly url: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(db: Database): Promise<HttpGateway> {
  const server: Server = createServer(createGatewayUnderTest(db));
  // Idle connections outlive the client's (fetch keeps one 4 s), so a request is never written
  // into a socket the server is closing at that moment, which the client would see as a reset.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`, close, [Symbol.asyncDispose]: close };
}

export interface TimedAnswer {
  readonly status: number;
  readonly codes: unknown[];
  readonly data: unknown;
  readonly milliseconds: number;
  /** Why there was no answer at all (status 0). */
  readonly failure?: string;
}

export interface PostRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly token?: string;
  /** How long to wait for an answer before counting it as none (status 0); 10 s by default. */
  readonly timeoutMs?: number;
}

/** One POST over the network; a failure to answer at all counts as status 0. */
export async function post(url: string, request: PostRequest): Promise<TimedAnswer> {
  const started = performance.now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [CSRF_HEADER]: '1',
  };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: unknown } }>;
    };
    return {
      status: response.status,
      codes: (body.errors ?? []).map((error) => error.extensions?.code),
      data: body.data,
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    return {
      status: 0,
      codes: ['NO_ANSWER'],
      failure: String((error as Error).cause ?? error),
      data: undefined,
      milliseconds: performance.now() - started,
    };
  }
}
