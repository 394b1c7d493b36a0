import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createDatabase, DEMO_MUNICIPALITIES, migrate, seed } from '@wijknet/db';
import { signDevelopmentToken } from './auth/sign-development-token.js';
import { createGateway, GRAPHQL_PATH } from './create-gateway.js';
import { loadEnv } from './env.js';
import { readPersistedOperationManifest } from './limits/persisted-operations.js';
import { createLogger } from './logger.js';

const WEB_APP_DIR = fileURLToPath(new URL('../../benchmark/dist', import.meta.url));

const env = loadEnv();
const logger = createLogger(env.logLevel === 'silent' ? 'info' : env.logLevel);

if (!env.databaseUrl) mkdirSync(env.dataDir, { recursive: true });
const database = await createDatabase({
  url: env.databaseUrl,
  replicaUrls: env.replicaUrls,
  dataDir: env.databaseUrl ? undefined : env.dataDir,
});
await migrate(database);
// A fresh embedded database gets the demo data, so `pnpm start` shows a working app at once.
// A Postgres database (DATABASE_URL) is never seeded behind the operator's back.
// The development tokens speak for the first demo municipality (Leeuwarden) and one of its
// teams when it has them, else for any team.
const findAnyTeam = async () => {
  const columns = { id: true, municipalityId: true } as const;
  return (
    (await database.db.query.teams.findFirst({
      columns,
      where: { municipalityId: DEMO_MUNICIPALITIES[0] ?? 'GM0080' },
      orderBy: { id: 'asc' },
    })) ?? (await database.db.query.teams.findFirst({ columns, orderBy: { id: 'asc' } }))
  );
};
let anyTeam = await findAnyTeam();
if (!anyTeam && !env.databaseUrl) {
  logger.info('empty embedded database: seeding the demo data');
  await seed(database.db, {
    scale: 'demo',
    seed: 1,
    onProgress: (message) => logger.info(message),
  });
  anyTeam = await findAnyTeam();
}

const gateway = createGateway({
  env,
  logger,
  database: database.db,
  webAppDir: WEB_APP_DIR,
  persistedOperations: await readPersistedOperationManifest(
    `${WEB_APP_DIR}/persisted-operations.json`,
  ),
});

const server = createServer(gateway);
server.listen(env.port, env.host, () => {
  void announce();
});

/**
 * Says where the gateway listens. Outside development it prints no token: they would be signed
 * with the real secret, and whoever reads the server's output would hold an admin token.
 */
async function announce(): Promise<void> {
  const isLoopback = env.host === '127.0.0.1' || env.host === '::1' || env.host === 'localhost';
  const host = isLoopback ? 'localhost' : env.host.includes(':') ? `[${env.host}]` : env.host;
  const url = `http://${host}:${env.port}`;
  const running = `wijknet is running at ${url} (GraphQL at ${url}${GRAPHQL_PATH}, database: ${database.kind})`;
  const lines = env.isDevelopment
    ? [
        '',
        running,
        '',
        'Development tokens (send as "Authorization: Bearer <token>"):',
        ...Object.entries(await developmentTokens()).map(
          ([role, token]) => `  ${role.padEnd(13)} ${token}`,
        ),
        '',
      ]
    : [running, `Sign tokens with: pnpm wijknet token --role <role> (${env.nodeEnv} mode)`];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A token per role for the first demo municipality and team, signed with the development secret. */
async function developmentTokens(): Promise<Record<string, string>> {
  const municipalityId = anyTeam?.municipalityId ?? 'GM0080';
  const secret = env.jwtSecret;
  return {
    institute: await signDevelopmentToken({ role: 'institute', secret }),
    municipality: await signDevelopmentToken({ role: 'municipality', municipalityId, secret }),
    ...(anyTeam
      ? {
          team: await signDevelopmentToken({
            role: 'team',
            municipalityId,
            teamId: anyTeam.id,
            secret,
          }),
        }
      : {}),
    admin: await signDevelopmentToken({ role: 'admin', municipalityId, secret }),
  };
}

async function shutDown(signal: string): Promise<void> {
  logger.info({ signal }, 'shutting down');
  server.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutDown('SIGINT'));
process.once('SIGTERM', () => void shutDown('SIGTERM'));
