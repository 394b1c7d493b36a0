import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, DEMO_MUNICIPALITIES, migrate, schema, seed } from '@wijknet/db';
import { signDevelopmentToken } from '@wijknet/gateway';

const GATEWAY_MAIN = fileURLToPath(new URL('../../gateway/dist/main.js', import.meta.url));
const WEB_APP_MANIFEST = fileURLToPath(
  new URL('../dist/persisted-operations.json', import.meta.url),
);
const JWT_SECRET = 'e2e-secret-that-is-long-enough-for-the-gateway';
/** How many municipalities beside the demo ones get data: enough for a national spread. */
const EXTRA_MUNICIPALITIES = 40;

export interface RunningGateway {
  readonly url: string;
  /**
   * Tokens signed with the gateway's secret (an institute's and the first demo municipality's),
   * for asking the API directly as tools do; people in the browser sign in as demo people.
   */
  readonly tokens: Readonly<Record<'institute' | 'municipality', string>>;
  /** The municipalities that have data (teams and households) in this database. */
  readonly municipalityCodes: readonly string[];
  /** What the gateway wrote to stdout and stderr so far. */
  output(): string;
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
async function prepareDataDir(dataDir: string, only?: readonly string[]): Promise<string[]> {
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
    const codes = only ? [...only] : [...new Set([...DEMO_MUNICIPALITIES, ...spread])].sort();
    await seed(handle.db, { scale: 'demo', seed: 1, municipalityIds: codes });
    // About one in five municipalities has no social neighbourhood team, and so no data.
    const withTeams = await handle.db
      .selectDistinct({ municipalityId: schema.teams.municipalityId })
      .from(schema.teams)
      .orderBy(schema.teams.municipalityId);
    return withTeams.map((row) => row.municipalityId);
  } finally {
    await handle.close();
  }
}

export interface StartGatewayOptions {
  /** The gateway's today (`WIJKNET_TODAY`, YYYY-MM-DD); the machine's date when absent. */
  readonly today?: string;
  /** Seed only these municipalities; the demo ones and a national spread when absent. */
  readonly municipalityIds?: readonly string[];
}

/**
 * Starts apps/gateway/dist/main.js as `pnpm start` would, with its demo identity provider under
 * /oidc and the demo people's memberships, so the browser tests sign in through the real flow.
 * NODE_ENV is `test`: production refuses the demo provider, and everything else behaves as in
 * production (no introspection, only the web app's persisted operations for visitors).
 */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  for (const file of [GATEWAY_MAIN, WEB_APP_MANIFEST]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wijknet-e2e-'));
  const municipalityCodes = await prepareDataDir(dataDir, options.municipalityIds);
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(process.execPath, [GATEWAY_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      WIJKNET_DEMO_IDP: 'on',
      HOST: '127.0.0.1',
      PORT: String(port),
      // The address the browser uses, so the session cookie and the provider's return match it.
      WIJKNET_PUBLIC_URL: `http://127.0.0.1:${port}`,
      WIJKNET_DATA_DIR: dataDir,
      WIJKNET_JWT_SECRET: JWT_SECRET,
      WIJKNET_PSEUDONYM_KEY: 'e2e-pseudonym-key-long-enough',
      WIJKNET_LOG_LEVEL: 'warn',
      ...(options.today ? { WIJKNET_TODAY: options.today } : {}),
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
  // The tests sign the tokens of their direct API questions with the secret.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 120_000);
    const check = () => {
      if (!output.includes('wijknet is running at')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`gateway exited (${code}):\n${output}`)));
  });
  const tokens = {
    institute: await signDevelopmentToken({ role: 'institute', secret: JWT_SECRET }),
    municipality: await signDevelopmentToken({
      role: 'municipality',
      municipalityId: DEMO_MUNICIPALITIES[0] ?? 'GM0080',
      secret: JWT_SECRET,
    }),
  };
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    municipalityCodes,
    output: () => output,
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
