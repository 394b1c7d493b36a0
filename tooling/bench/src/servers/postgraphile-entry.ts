// The peer as a user would run it: PostGraphile v5 with the Amber preset over the same database.
// Run as a child process by servers/postgraphile.ts; configured by environment variables.
import { createServer } from 'node:http';

// PostGraphile v5 needs Promise.withResolvers (Node 22); Node 20 gets it here, before it loads.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      return { promise, resolve, reject };
    },
  });
}

const connectionString = process.env.PEER_DATABASE_URL;
const port = Number(process.env.PEER_PORT);
const withAggregates = process.env.PEER_AGGREGATES === '1';
if (!connectionString || !port) throw new Error('PEER_DATABASE_URL and PEER_PORT are required');

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const aggregates = withAggregates
  ? [(await import('@graphile/pg-aggregates')).PgAggregatesPreset]
  : [];

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, ...aggregates],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
  // Let every column be filtered, ordered and grouped on, not only indexed ones: the first
  // setting a user changes to ask these questions at all.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
};

const instance = postgraphile(preset);
const serv = instance.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
serv.addTo(server);
// Build the schema before listening, so "ready" means ready to answer.
await instance.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port}`));
const stop = () => {
  server.close();
  void Promise.resolve(instance.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
