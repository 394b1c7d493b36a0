import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createDatabase, type DatabaseHandle } from '../database.js';

export const dataDirArgument = {
  'data-dir': {
    type: 'string',
    description: 'Folder of the embedded PGlite database (ignored when DATABASE_URL is set)',
    default: '.wijknet/data',
  },
} as const;

/** The repository root (the folder with pnpm-workspace.yaml above the working folder), if any. */
function findRepositoryRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'pnpm-workspace.yaml'))) return folder;
    if (dirname(folder) === folder) return from;
  }
}

/**
 * Opens Postgres when DATABASE_URL is set, else PGlite in the data folder; a relative folder is
 * taken from the repository root, so every command of the tree shares one demo database.
 */
export async function openCommandDatabase(dataDir: string): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return createDatabase();
  const folder = isAbsolute(dataDir)
    ? dataDir
    : resolve(findRepositoryRoot(process.cwd()), dataDir);
  return createDatabase({ dataDir: folder });
}
