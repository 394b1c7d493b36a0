import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createDatabase, migrate } from '@wijknet/db';
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
  dataDir: env.databaseUrl ? undefined : env.dataDir,
});
await migrate(database);
// The demo seed runs here once @wijknet/db exports `seed(db, { scale, seed })`:
// when the database has no team yet, seed the demo scale.
const anyTeam = await database.db.query.teams.findFirst({
  columns: { id: true, municipalityId: true },
});

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

async function announce(): Promise<void> {
  const url = `http://localhost:${env.port}`;
  const tokens = {
    institute: await signDevelopmentToken({ role: 'institute', secret: env.jwtSecret }),
    municipality: await signDevelopmentToken({
      role: 'municipality',
      municipalityId: anyTeam?.municipalityId ?? 'GM0080',
      secret: env.jwtSecret,
    }),
    ...(anyTeam
      ? {
          team: await signDevelopmentToken({
            role: 'team',
            municipalityId: anyTeam.municipalityId,
            teamId: anyTeam.id,
            secret: env.jwtSecret,
          }),
        }
      : {}),
    admin: await signDevelopmentToken({ role: 'admin', secret: env.jwtSecret }),
  };
  const lines = [
    '',
    `wijknet is running at ${url} (GraphQL at ${url}${GRAPHQL_PATH}, database: ${database.kind})`,
    '',
    'Development tokens (send as "Authorization: Bearer <token>"):',
    ...Object.entries(tokens).map(([role, token]) => `  ${role.padEnd(13)} ${token}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function shutDown(signal: string): Promise<void> {
  logger.info({ signal }, 'shutting down');
  server.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutDown('SIGINT'));
process.once('SIGTERM', () => void shutDown('SIGTERM'));
