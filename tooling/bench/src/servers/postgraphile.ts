import { fileURLToPath } from 'node:url';
import { findFreePort, type RunningServer, startChild } from './child-process.js';

const BENCH_FOLDER = fileURLToPath(new URL('../..', import.meta.url));
/** True when the GraphQL server at `url` answers `{ __typename }` within two seconds. */
async function answersTypename(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(2_000),
  });
  return response.ok;
}

const ENTRY = fileURLToPath(new URL('./postgraphile-entry.ts', import.meta.url));

/**
 * Starts PostGraphile on the database: `peerBase` with @graphile/pg-aggregates (aggregates from
 * the base tables), `peer` as it comes (it reads the rollup view like any other table).
 */
export async function startPostGraphile(options: {
  name: 'peer' | 'peerBase';
  databaseUrl: string;
}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  return startChild({
    name: options.name,
    command: process.execPath,
    args: ['--import', 'tsx', ENTRY],
    cwd: BENCH_FOLDER,
    env: {
      PEER_DATABASE_URL: options.databaseUrl,
      PEER_PORT: String(port),
      PEER_AGGREGATES: options.name === 'peerBase' ? '1' : '0',
      NODE_ENV: 'production',
    },
    url,
    isReady: () => answersTypename(url),
  });
}

const CACHE_ENTRY = fileURLToPath(new URL('./response-cache-entry.ts', import.meta.url));

/**
 * Starts `peerCached`: a response cache keyed on the publication version in front of the running
 * peer, so the gateway's kept answers are compared with kept answers of the same kind.
 */
export async function startCachedPeer(options: {
  databaseUrl: string;
  peer: RunningServer;
}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  return startChild({
    name: 'peerCached',
    command: process.execPath,
    args: ['--import', 'tsx', CACHE_ENTRY],
    cwd: BENCH_FOLDER,
    env: {
      CACHE_DATABASE_URL: options.databaseUrl,
      CACHE_PORT: String(port),
      CACHE_UPSTREAM_PORT: new URL(options.peer.url).port,
      NODE_ENV: 'production',
    },
    url,
    isReady: () => answersTypename(url),
  });
}
