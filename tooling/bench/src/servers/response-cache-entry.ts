// The peer behind a response cache of the same kind as the gateway's: an answer is kept per
// request body and publication version, and every request reads the version first (one short
// statement), so a kept answer is never older than the figures the database holds. Run as a
// child process by servers/postgraphile.ts in front of a PostGraphile it started beside it.
import { createServer, request as forward } from 'node:http';
import { LRUCache } from 'lru-cache';
import postgres from 'postgres';

const connectionString = process.env.CACHE_DATABASE_URL;
const port = Number(process.env.CACHE_PORT);
const upstreamPort = Number(process.env.CACHE_UPSTREAM_PORT);
if (!connectionString || !port || !upstreamPort)
  throw new Error('CACHE_DATABASE_URL, CACHE_PORT and CACHE_UPSTREAM_PORT are required');

const sql = postgres(connectionString, { max: 10, onnotice: () => {} });
/** The same size the gateway keeps by default (64 MB), counted as the answers' bytes. */
const kept = new LRUCache<string, Buffer>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (answer) => Math.max(1, answer.length),
});

const readVersion = async () =>
  (await sql`select coalesce(sum(version), 0)::text as version from publication_versions`)[0]
    ?.version as string;

function ask(path: string, headers: Record<string, string>, body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const outgoing = forward(
      { host: '127.0.0.1', port: upstreamPort, path, method: 'POST', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`upstream answered ${response.statusCode}`)),
        );
      },
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

const server = createServer((incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', async () => {
    try {
      const body = Buffer.concat(chunks);
      const key = `${await readVersion()}\n${body.toString('utf8')}`;
      let answer = kept.get(key);
      if (!answer) {
        answer = await ask(
          incoming.url ?? '/graphql',
          { 'content-type': 'application/json' },
          body,
        );
        kept.set(key, answer);
      }
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    } catch (error) {
      outgoing.writeHead(502).end(String(error));
    }
  });
});
server.listen(port, '127.0.0.1', () => console.log(`cached peer listening on ${port}`));
const stop = () => {
  server.close();
  void sql.end({ timeout: 2 }).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
