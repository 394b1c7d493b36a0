import { NotAvailableError } from './availability.js';

/** One GraphQL request as it goes over the wire, so the load test can send the very same bytes. */
export interface HttpRequestSpec {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function graphqlRequest(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): HttpRequestSpec {
  return {
    url,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  };
}

const MISSING_FROM_SCHEMA =
  /Cannot query field|Unknown argument|Unknown type|Field ".*" argument|is not defined by type/;

/**
 * Sends the request and returns `data`. Errors that mean "the schema does not offer this yet"
 * become NotAvailableError; any other error fails the request.
 */
export async function sendGraphql<T>(request: HttpRequestSpec, timeoutMs: number): Promise<T> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let payload: { data?: T; errors?: { message: string }[] };
  try {
    payload = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (payload.errors?.length) {
    const message = payload.errors.map((error) => error.message).join('; ');
    if (MISSING_FROM_SCHEMA.test(message)) throw new NotAvailableError(message.slice(0, 300));
    throw new Error(message.slice(0, 300));
  }
  if (!response.ok || payload.data === undefined)
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return payload.data;
}
