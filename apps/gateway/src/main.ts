import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  createDatabase,
  DEMO_MUNICIPALITIES,
  ensureMemberships,
  extendRollupsToToday,
  hasMunicipalitiesWithoutRollups,
  migrate,
  rebuildRollups,
  seed,
} from '@wijknet/db';
import { createGateway, GRAPHQL_PATH } from './create-gateway.js';
import type { DemoIdentityProvider } from './demo-idp/demo-identity-provider.js';
import type { DemoPerson } from './demo-idp/demo-people.js';
import { loadEnv } from './env.js';
import { readPersistedOperationManifest } from './limits/persisted-operations.js';
import { createLogger } from './logger.js';

const WEB_APP_DIR = fileURLToPath(new URL('../../benchmark/dist', import.meta.url));

const env = loadEnv();
const logger = createLogger(env.logLevel === 'silent' ? 'info' : env.logLevel);

if (!env.databaseUrl) {
  mkdirSync(env.dataDir, { recursive: true });
  logger.info(`opening the embedded database in ${env.dataDir}`);
}
const database = await createDatabase({
  url: env.databaseUrl,
  replicaUrls: env.replicaUrls,
  dataDir: env.databaseUrl ? undefined : env.dataDir,
});
logger.info('applying the migrations');
await migrate(database);
// A fresh embedded database gets the demo data, so `pnpm start` shows a working app at once.
// A Postgres database (DATABASE_URL) is never seeded behind the operator's back.
// The demo people speak for the first demo municipality (Leeuwarden) and one of its teams when it
// has them, else for any team.
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
  logger.info(
    'empty embedded database: seeding the demo data once (a few minutes); later starts reuse it',
  );
  await seed(database.db, {
    scale: 'demo',
    seed: 1,
    onProgress: (message) => logger.info(message),
  });
  anyTeam = await findAnyTeam();
} else if (!env.databaseUrl && (await hasMunicipalitiesWithoutRollups(database.db))) {
  // A first start stopped while it computed the rollups: the seeded rows are there, finish them.
  logger.info('the demo data lacks some rollups: computing them');
  await rebuildRollups(database.db);
}

// The demo identity provider never runs in production (env.ts refuses WIJKNET_DEMO_IDP=on there),
// and its module is not even loaded unless it runs.
let demoIdp: DemoIdentityProvider | undefined;
let demoPeople: readonly DemoPerson[] = [];
if (env.signIn.isDemoIdentityProvider && env.nodeEnv !== 'production') {
  const { startDemoIdentityProvider } = await import('./demo-idp/start-demo-identity-provider.js');
  const { demoMemberships, DEMO_PEOPLE } = await import('./demo-idp/demo-people.js');
  demoPeople = DEMO_PEOPLE;
  demoIdp = await startDemoIdentityProvider(env.signIn.publicUrl, logger);
  await ensureMemberships(
    database.db,
    demoMemberships(demoIdp.config.issuer, {
      municipalityId: anyTeam?.municipalityId ?? DEMO_MUNICIPALITIES[0] ?? 'GM0080',
      teamId: anyTeam?.id ?? null,
    }),
  );
}

// Time passing alone starts a quarter no write has refreshed yet, though open plans and working
// teams already count in it: bring the rollups up to today's quarter now and every hour.
const extendRollups = async () => {
  try {
    const municipalities = await extendRollupsToToday(database.db);
    if (municipalities > 0) logger.info({ municipalities }, "rollups extended to today's quarter");
  } catch (error) {
    logger.error({ err: error }, "extending the rollups to today's quarter failed");
  }
};
await extendRollups();
setInterval(() => void extendRollups(), 60 * 60 * 1000).unref();

const gateway = createGateway({
  env,
  logger,
  database: database.db,
  webAppDir: WEB_APP_DIR,
  persistedOperations: await readPersistedOperationManifest(
    `${WEB_APP_DIR}/persisted-operations.json`,
  ),
  signIn: {
    config: env.signIn,
    providers: [...env.signIn.providers, ...(demoIdp ? [demoIdp.config] : [])],
  },
});

const server = createServer((request, response) => {
  if (demoIdp?.handles(request.url ?? '')) {
    demoIdp.handle(request, response).catch((error: unknown) => {
      logger.warn({ err: error }, 'demo identity provider failed');
      if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/plain' });
      response.end(
        'This sign-in at the demo identity provider has expired; start again at wijknet.',
      );
    });
    return;
  }
  void gateway(request, response);
});
server.listen(env.port, env.host, () => {
  announce();
});

/** Says where the gateway listens and, in development, how to sign in as a demo person. */
function announce(): void {
  const isLoopback = env.host === '127.0.0.1' || env.host === '::1' || env.host === 'localhost';
  const host = isLoopback ? 'localhost' : env.host.includes(':') ? `[${env.host}]` : env.host;
  const url = `http://${host}:${env.port}`;
  const running = `wijknet is running at ${env.signIn.publicUrl} (listening on ${url}, GraphQL at ${GRAPHQL_PATH}, database: ${database.kind})`;
  const lines = demoIdp
    ? [
        '',
        running,
        '',
        `Sign in: open ${env.signIn.publicUrl}/auth/login and choose a demo person:`,
        ...demoPeople.map((person) => `  ${person.name.padEnd(24)} ${person.description}`),
        '',
        'Tools and scripts: pnpm wijknet token --role <role>, or an API key (docs/api.md).',
        '',
      ]
    : [running, `Sign tokens with: pnpm wijknet token --role <role> (${env.nodeEnv} mode)`];
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
