import { attempt, type Outcome } from '../availability.js';
import type { ServerName } from '../cases/contender.js';
import type { RunningServer } from './child-process.js';
import { startGateway } from './gateway.js';
import { startCachedPeer, startPostGraphile } from './postgraphile.js';

/** The GraphQL servers of one measurement, started side by side on one database. */
export interface Fleet {
  readonly servers: Partial<Record<Exclude<ServerName, 'limit'>, RunningServer>>;
  readonly outcomes: Partial<Record<Exclude<ServerName, 'limit'>, Outcome<RunningServer>>>;
  stop(): Promise<void>;
}

export async function startFleet(
  databaseUrl: string,
  which: readonly Exclude<ServerName, 'limit'>[] = ['gateway', 'peer', 'peerCached', 'peerBase'],
): Promise<Fleet> {
  const servers: Fleet['servers'] = {};
  const outcomes: Fleet['outcomes'] = {};
  for (const name of which) {
    const outcome = await attempt(`start ${name}`, () => {
      if (name === 'gateway') return startGateway({ databaseUrl });
      if (name !== 'peerCached') return startPostGraphile({ name, databaseUrl });
      if (!servers.peer) throw new Error('the peer it caches did not start');
      return startCachedPeer({ databaseUrl, peer: servers.peer });
    });
    outcomes[name] = outcome;
    if (outcome.status === 'measured') servers[name] = outcome.value;
  }
  return {
    servers,
    outcomes,
    stop: async () => {
      await Promise.all(Object.values(servers).map((server) => server.stop()));
    },
  };
}
