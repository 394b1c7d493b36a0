import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, DEMO_MUNICIPALITIES, migrate, seed } from '@wijknet/db';

const GATEWAY_MAIN = fileURLToPath(new URL('../../gateway/dist/main.js', import.meta.url));
const WEB_APP_MANIFEST = fileURLToPath(
  new URL('../dist/persisted-operations.json', import.meta.url),
);
/** How many municipalities beside the demo ones get data: enough for a national spread. */
const EXTRA_MUNICIPALITIES = 40;

export interface RunningGateway {
  readonly url: string;
  /** The development tokens main.js printed, by role. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The municipalities that have data in this database. */
  readonly municipalityCodes: readonly string[];
  stop(): Promise<void>;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Seeds an embedded PGlite data folder with the demo data for a subset of municipalities (all
 * of them takes minutes on two cores), so the gateway starts on it without seeding itself.
 */
async function prepareDataDir(dataDir: string): Promise<string[]> {
  const handle = await createDatabase({ dataDir });
  try {
    await migrate(handle);
    const all = (
      await handle.db.query.municipalities.findMany({
        columns: { id: true },
        where: { validUntil: { isNull: true } },
        orderBy: { id: 'asc' },
      })
    ).map((row) => row.id);
    const step = Math.max(1, Math.floor(all.length / EXTRA_MUNICIPALITIES));
    const spread = all.filter((_, index) => index % step === 0).slice(0, EXTRA_MUNICIPALITIES);
    const codes = [...new Set([...DEMO_MUNICIPALITIES, ...spread])].sort();
    await seed(handle.db, { scale: 'demo', seed: 1, municipalityIds: codes });
    return codes;
  } finally {
    await handle.close();
  }
}

/** Starts apps/gateway/dist/main.js as `pnpm start` would, in production mode. */
export async function startGateway(): Promise<RunningGateway> {
  for (const file of [GATEWAY_MAIN, WEB_APP_MANIFEST]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wijknet-e2e-'));
  const municipalityCodes = await prepareDataDir(dataDir);
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(process.execPath, [GATEWAY_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      WIJKNET_DATA_DIR: dataDir,
      WIJKNET_JWT_SECRET: 'e2e-secret-that-is-long-enough-for-the-gateway',
      WIJKNET_PSEUDONYM_KEY: 'e2e-pseudonym-key-long-enough',
      WIJKNET_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const tokens = await new Promise<Record<string, string>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 120_000);
    const check = () => {
      if (!output.includes('Development tokens')) return;
      const lines = output
        .split('\n')
        .slice(output.split('\n').findIndex((line) => line.includes('Development tokens')) + 1);
      const found: Record<string, string> = {};
      for (const line of lines) {
        const match = /^\s+(\w+)\s+(\S+\.\S+\.\S+)$/.exec(line);
        if (match?.[1] && match[2]) found[match[1]] = match[2];
      }
      if (found.admin) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`gateway exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    municipalityCodes,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
