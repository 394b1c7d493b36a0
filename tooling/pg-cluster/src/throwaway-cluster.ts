import { appendFile, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { type ClusterAccount, clusterAccount, runAs } from './run-as.js';

/** The port a fault test's cluster asks for first; far from the machine's shared 5432. */
export const DEFAULT_CLUSTER_PORT = 55432;

export interface ThrowawayClusterOptions {
  /** The first port to try; the next free one above it is taken when it is in use. */
  readonly port?: number;
  /** The system user the server runs as when we are root. */
  readonly systemUser?: string;
  readonly binaries?: PostgresBinaries;
  /**
   * Makes the cluster a streaming replica (hot standby) of this running one: a base backup of it
   * that follows its WAL and answers reads only.
   */
  readonly replicaOf?: ThrowawayCluster;
}

/** How a stop ends the server: `fast` ends sessions cleanly, `immediate` is as abrupt as a crash. */
export type StopMode = 'fast' | 'immediate';

/**
 * A PostgreSQL cluster of a test's own: a data folder under the system's temporary folder,
 * its own port on 127.0.0.1 and its own socket folder, so stopping it touches nothing else.
 */
export interface ThrowawayCluster extends AsyncDisposable {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, loopback only). */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** A URL for another database on this cluster. */
  urlFor(database: string): string;
  start(): Promise<void>;
  stop(mode?: StopMode): Promise<void>;
  isRunning(): Promise<boolean>;
  /** The server's log, for a failing test's message. */
  readLog(): Promise<string>;
  /** Stops the server if it runs and removes the data folder. */
  destroy(): Promise<void>;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      probe.close(() => resolve(true));
    });
  });
}

/** The file that reserves a port for one cluster while it lives, stopped or not. */
const portClaimOf = (port: number) => join(tmpdir(), `wijknet-pg-port-${port}.claim`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the port for this process, unless a living process (another test, on this machine
 * shared with others) holds it. A claim is needed beside the check that the port is free: a
 * cluster stopped for an outage test frees its port, and another test's new cluster must not
 * take it before the first one starts again.
 */
async function claimPort(port: number): Promise<boolean> {
  const claim = portClaimOf(port);
  try {
    await writeFile(claim, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = Number(await readFile(claim, 'utf8').catch(() => ''));
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return false;
    // A claim left by a process that died: take it over.
    await rm(claim, { force: true });
    return writeFile(claim, String(process.pid), { flag: 'wx' }).then(
      () => true,
      () => false,
    );
  }
}

async function freePortFrom(first: number): Promise<number> {
  for (let port = first; port < first + 100; port += 1) {
    if (!(await isPortFree(port))) continue;
    if (await claimPort(port)) return port;
  }
  throw new Error(`No free port between ${first} and ${first + 99} for a throwaway cluster.`);
}

async function hand(path: string, account: ClusterAccount | undefined): Promise<void> {
  if (account) await chown(path, account.uid, account.gid);
}

/**
 * Creates (initdb) and starts a throwaway cluster. Throws when the server programs are
 * missing; call `findPostgresBinaries()` first to skip instead.
 */
export async function startThrowawayCluster(
  options: ThrowawayClusterOptions = {},
): Promise<ThrowawayCluster> {
  const binaries = options.binaries ?? findPostgresBinaries();
  if (!binaries) {
    throw new Error('No PostgreSQL server programs (initdb, pg_ctl) found; set WIJKNET_PG_BIN.');
  }
  const account = await clusterAccount(options.systemUser ?? 'postgres');
  const port = await freePortFrom(options.port ?? DEFAULT_CLUSTER_PORT);
  const root = await mkdtemp(join(tmpdir(), 'wijknet-pg-'));
  await hand(root, account);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');

  if (options.replicaOf) {
    // Trust on loopback (initdb --auth trust) covers replication connections too; -R writes the
    // standby signal and the primary's address, -X stream brings the WAL of the copy itself.
    await runAs(account, binaries.pgBasebackup, [
      '--pgdata',
      dataDir,
      '--dbname',
      options.replicaOf.url,
      '--write-recovery-conf',
      '--wal-method',
      'stream',
      '--checkpoint',
      'fast',
    ]);
  } else {
    await runAs(account, binaries.initdb, [
      '--pgdata',
      dataDir,
      '--username',
      'postgres',
      '--auth',
      'trust',
      '--encoding',
      'UTF8',
      '--no-instructions',
    ]);
  }
  // The server's socket lives in our folder, not the machine's /var/run/postgresql, and it
  // listens on loopback only (a replica's copied settings are overridden by these, set later). fsync is off: the tests stop the server, never the machine,
  // so what the server wrote reaches the disk through the page cache either way.
  const settings = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${root}'`,
    'fsync = off',
    'max_connections = 50',
    'shared_buffers = 32MB',
  ];
  await appendFile(join(dataDir, 'postgresql.conf'), `\n${settings.join('\n')}\n`);

  const pgCtl = (args: readonly string[]) =>
    runAs(account, binaries.pgCtl, ['--pgdata', dataDir, ...args]);

  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    urlFor: (database) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    async start() {
      await pgCtl(['--log', logFile, '--wait', '--timeout', '60', 'start']);
    },
    async stop(mode = 'fast') {
      await pgCtl(['--mode', mode, '--wait', '--timeout', '60', 'stop']);
    },
    async isRunning() {
      try {
        await pgCtl(['status']);
        return true;
      } catch {
        return false;
      }
    },
    readLog: () => readFile(logFile, 'utf8').catch(() => ''),
    async destroy() {
      if (await cluster.isRunning()) await cluster.stop('immediate');
      await rm(root, { recursive: true, force: true });
      await rm(portClaimOf(port), { force: true });
    },
    [Symbol.asyncDispose]: () => cluster.destroy(),
  };
  try {
    await cluster.start();
  } catch (error) {
    const log = await cluster.readLog();
    await rm(root, { recursive: true, force: true });
    await rm(portClaimOf(port), { force: true });
    throw new Error(`The throwaway cluster did not start:\n${log}`, { cause: error });
  }
  return cluster;
}
