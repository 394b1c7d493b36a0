import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NotAvailableError } from '../availability.js';
import { answersOk, findFreePort, type RunningServer, startChild } from './child-process.js';

const GATEWAY_FOLDER = fileURLToPath(new URL('../../../../apps/gateway', import.meta.url));
const GATEWAY_MAIN = `${GATEWAY_FOLDER}/dist/main.js`;

/** The secret the gateway under test verifies tokens with; new for every run. */
export const BENCH_JWT_SECRET = randomBytes(32).toString('hex');

/**
 * Starts the built gateway (`node dist/main.js`, what `pnpm start` serves) in production mode on
 * the harness's database. Build it first: `pnpm --filter @wijknet/gateway build`.
 */
export async function startGateway(options: {
  databaseUrl: string;
  /** Streaming replicas for public reads (DATABASE_REPLICA_URLS); none by default. */
  replicaUrls?: readonly string[];
}): Promise<RunningServer> {
  if (!existsSync(GATEWAY_MAIN)) {
    throw new NotAvailableError(`the gateway is not built (${GATEWAY_MAIN} is missing)`);
  }
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  return startChild({
    name: 'gateway',
    command: process.execPath,
    args: [GATEWAY_MAIN],
    cwd: GATEWAY_FOLDER,
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      DATABASE_REPLICA_URLS: (options.replicaUrls ?? []).join(','),
      WIJKNET_JWT_SECRET: BENCH_JWT_SECRET,
      WIJKNET_PSEUDONYM_KEY: 'bench-pseudonym-key-long-enough',
      WIJKNET_LOG_LEVEL: 'error',
    },
    url: `${base}/graphql`,
    isReady: () => answersOk(`${base}/health`),
    timeoutMs: 120_000,
  });
}
