import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';

/**
 * The operations the web app's build produced, by id: a JSON object whose keys are the
 * SHA-256 (hex) of each document's text and whose values are the documents, as sent with
 * `extensions.persistedQuery.sha256Hash`.
 */
export type PersistedOperationManifest = ReadonlyMap<string, string>;

const manifestSchema = z.record(
  z.string().regex(/^[0-9a-f]{64}$/, 'keys must be SHA-256 hashes in lower-case hex'),
  z.string().min(1),
);

export function hashOperation(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** Reads a manifest and checks that every id is the hash of its document. */
export function parsePersistedOperationManifest(json: unknown): PersistedOperationManifest {
  const entries = Object.entries(manifestSchema.parse(json));
  for (const [id, document] of entries) {
    if (hashOperation(document) !== id) {
      throw new Error(`Persisted operation ${id} does not match the hash of its document.`);
    }
  }
  return new Map(entries);
}

/** The manifest at `path`, or an empty one when the web app has not been built. */
export async function readPersistedOperationManifest(
  path: string,
): Promise<PersistedOperationManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  return parsePersistedOperationManifest(JSON.parse(text));
}

export interface PersistedOperationPolicy {
  readonly manifest: PersistedOperationManifest;
  /**
   * Whether a request without a token may send a document of its own. Off in production:
   * anonymous traffic is the web app, which sends only its persisted operations. A request
   * with a token (an API user's own tool) may always send its own documents; it is then
   * held to the query limits and its token's scopes like any other.
   */
  readonly allowArbitraryAnonymousOperations: boolean;
}

export function usePersistedOperationPolicy(policy: PersistedOperationPolicy): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => policy.manifest.get(id) ?? null,
    allowArbitraryOperations: (request) =>
      policy.allowArbitraryAnonymousOperations || request.headers.has('authorization'),
    customErrors: {
      notFound: {
        message: 'This persisted operation is unknown to the gateway; the web app may be stale.',
        extensions: { code: 'NOT_FOUND', http: { status: 404 } },
      },
      persistedQueryOnly: {
        message:
          'Without a token only the web app’s persisted operations are accepted. Send a bearer token to run your own queries.',
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      },
      keyNotFound: {
        message: 'The request names no persisted operation and carries no query.',
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
