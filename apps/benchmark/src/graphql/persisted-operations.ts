/**
 * Production builds send only the SHA-256 hash of an operation (the persisted-query extension)
 * and never its text: the gateway answers only operations listed in the manifest the build
 * writes (dist/persisted-operations.json), so nobody can send it arbitrary queries.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Rewrites a GraphQL request body so that it carries the operation's hash instead of its text. */
export async function toPersistedBody(body: string): Promise<string> {
  const request = JSON.parse(body) as { query?: string; extensions?: Record<string, unknown> };
  if (typeof request.query !== 'string') return body;
  const { query, ...rest } = request;
  const sha256Hash = await sha256Hex(query);
  return JSON.stringify({
    ...rest,
    extensions: { ...rest.extensions, persistedQuery: { version: 1, sha256Hash } },
  });
}

/** A fetch that persists operations; GET requests and non-JSON bodies pass unchanged. */
export function createPersistedFetch(base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') {
      return base(input, { ...init, body: await toPersistedBody(init.body) });
    }
    return base(input, init);
  };
}
