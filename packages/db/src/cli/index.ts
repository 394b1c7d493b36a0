import { type CommandDef, defineCommand } from 'citty';
import { exportCommand } from '../export/export-command.js';
import { importCommand } from '../import/import-command.js';
import { migrate } from '../migrate.js';
import { SEED_SCALES, type SeedScale, seed } from '../seed/seed.js';
import { dataDirArgument, openCommandDatabase } from './command-database.js';
import { UsageError } from './command-line.js';

export { checkReadableFile, runCommandLine, UsageError } from './command-line.js';

export const migrateCommand = defineCommand({
  meta: {
    name: 'migrate',
    description: 'Apply the database migrations and load the CBS reference data',
  },
  args: { ...dataDirArgument },
  async run({ args }) {
    await using handle = await openCommandDatabase(args['data-dir']);
    await migrate(handle);
    console.log(
      `Migrated the ${handle.kind === 'postgres' ? 'Postgres' : 'embedded PGlite'} database.`,
    );
  },
});

export const seedCommand = defineCommand({
  meta: {
    name: 'seed',
    description: 'Replace all tenant data with a deterministic synthetic seed',
  },
  args: {
    ...dataDirArgument,
    scale: {
      type: 'string',
      description: `Size of the data: ${SEED_SCALES.join(' | ')}`,
      default: 'demo',
    },
    seed: {
      type: 'string',
      description: 'Seed number: the same number gives the same data',
      default: '1',
    },
  },
  async run({ args }) {
    if (!SEED_SCALES.includes(args.scale as SeedScale)) {
      throw new UsageError(`Unknown scale "${args.scale}": use one of ${SEED_SCALES.join(', ')}.`);
    }
    const seedNumber = Number(args.seed);
    if (!Number.isInteger(seedNumber))
      throw new UsageError(`The seed must be a whole number, not "${args.seed}".`);
    await using handle = await openCommandDatabase(args['data-dir']);
    await migrate(handle);
    await seed(handle.db, {
      scale: args.scale as SeedScale,
      seed: seedNumber,
      onProgress: (line) => console.log(line),
    });
  },
});

/** The database commands, for a larger command line (the gateway adds `token`) to compose. */
export const databaseCommands: Record<string, CommandDef> = {
  migrate: migrateCommand as unknown as CommandDef,
  seed: seedCommand as unknown as CommandDef,
  import: importCommand as unknown as CommandDef,
  export: exportCommand as unknown as CommandDef,
};

export const mainCommand = defineCommand({
  meta: { name: 'wijknet', description: 'wijknet database commands' },
  subCommands: databaseCommands,
});
