import { createServer, connect as openSocket, type Server, type Socket } from 'node:net';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';

// postgres.js 3.4.9 as patched (patches/postgres@3.4.9.patch): what `readInScope` relies on when
// the server closes a reserved connection, or one a reserve waits for. Each case reproduces an
// upstream issue; without the patch it hangs (caught by the timeouts below) or loses the pool.
const serverUrl = process.env.TEST_DATABASE_URL;
const SETTLES_MS = 5_000;

/** A pool of one connection, so a lost connection shows as a pool that no longer answers. */
function poolOfOne(url: string) {
  return postgres(url, { max: 1, onnotice: () => {}, backoff: () => 0.01, connect_timeout: 2 });
}

class Hung extends Error {}

/** Rejects with Hung when `promise` has not settled in time, naming what hung. */
function settling<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Hung(`${what} did not settle`)), SETTLES_MS).unref(),
    ),
  ]);
}

/** What `promise` failed with; throws when it hangs or succeeds instead. */
async function failureOf(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await settling(promise, what);
  } catch (error) {
    if (error instanceof Hung) throw error;
    return error;
  }
  throw new Error(`${what} succeeded`);
}

/**
 * A query sent now (postgres.js sends one when it is first awaited), whose failure is looked at
 * later, once the server closed its connection.
 */
function started(query: postgres.PendingQuery<postgres.Row[]>): Promise<unknown> {
  const sent = query.execute();
  sent.catch(() => {});
  return sent;
}

const pools: postgres.Sql[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end({ timeout: 1 })));
});

function open(url: string): postgres.Sql {
  const pool = poolOfOne(url);
  pools.push(pool);
  return pool;
}

/** Ends the server session behind `pid` from a connection of its own. */
async function terminate(pid: number): Promise<void> {
  const admin = open(serverUrl ?? '');
  await admin`select pg_terminate_backend(${pid})`;
}

/**
 * A loopback TCP relay to the Postgres server that can be away (its port refuses connections, as
 * a stopped server's does) and back again on the same port.
 */
async function startRelay(target: URL): Promise<{
  url: string;
  away(): Promise<void>;
  back(): Promise<void>;
}> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = openSocket(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the relay has no port');
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    away: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    back: () => listen(address.port),
  };
}

describe.skipIf(!serverUrl)('postgres.js reserved connections (patched)', () => {
  it('keeps the pool serving when a reserved connection the server closed is released (porsager/postgres#1199)', async () => {
    const pool = open(serverUrl ?? '');
    const reserved = await pool.reserve();
    const [{ pid }] = await reserved<[{ pid: number }]>`select pg_backend_pid() as pid`;
    const sleeping = started(reserved`select pg_sleep(30)`);
    await terminate(pid);
    await failureOf(sleeping, 'the query on the closed connection');
    reserved.release();
    const [row] = await settling(pool`select 1 as one`, 'the next query on the pool');
    expect(row?.one).toBe(1);
  });

  it('hands a waiting reserve the connection again when the server closed the one it waited for (porsager/postgres#1195)', async () => {
    const pool = open(serverUrl ?? '');
    const first = await pool.reserve();
    const [{ pid }] = await first<[{ pid: number }]>`select pg_backend_pid() as pid`;
    const waiting = pool.reserve();
    await terminate(pid);
    const second = await settling(waiting, 'the waiting reserve');
    const [row] = await settling(second`select 1 as one`, 'a query on the new reservation');
    expect(row?.one).toBe(1);
    second.release();
  });

  it('fails the queries queued on a reserved connection when the server closes it (porsager/postgres#1186)', async () => {
    const pool = open(serverUrl ?? '');
    const reserved = await pool.reserve();
    const [{ pid }] = await reserved<[{ pid: number }]>`select pg_backend_pid() as pid`;
    // A parameter of a statement new to the connection is described first: the connection takes
    // no further query until then, so the next one waits in the reservation's own queue.
    const sleeping = started(reserved`select pg_sleep(${30})`);
    const queued = started(reserved`select 2 as two`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await terminate(pid);
    await failureOf(sleeping, 'the running query');
    expect(await failureOf(queued, 'the queued query')).toMatchObject({
      code: 'CONNECTION_CLOSED',
    });
    reserved.release();
  });

  it('loses no connection to a reserve that failed while the server was away', async () => {
    const relay = await startRelay(new URL(serverUrl ?? ''));
    const pool = open(relay.url);
    await relay.away();
    expect(await failureOf(pool.reserve(), 'the reserve while away')).toMatchObject({
      code: 'ECONNREFUSED',
    });
    await relay.back();
    try {
      // Without the fix the failed reserve stayed queued, and the next connection opened was
      // handed to it and lost: the pool of one never answered again.
      for (const attempt of [1, 2, 3]) {
        const [row] = await settling(pool`select ${attempt}::int as n`, `query ${attempt}`);
        expect(row?.n).toBe(attempt);
      }
    } finally {
      await relay.away();
    }
  });
});
