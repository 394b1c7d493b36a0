import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the server programs of one PostgreSQL installation are. */
export interface PostgresBinaries {
  readonly initdb: string;
  readonly pgCtl: string;
  /** Copies a running cluster for a streaming replica. */
  readonly pgBasebackup: string;
  readonly version: number;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';

function binariesIn(folder: string, version: number): PostgresBinaries | undefined {
  const initdb = join(folder, 'initdb');
  const pgCtl = join(folder, 'pg_ctl');
  const pgBasebackup = join(folder, 'pg_basebackup');
  return existsSync(initdb) && existsSync(pgCtl)
    ? { initdb, pgCtl, pgBasebackup, version }
    : undefined;
}

/**
 * Finds initdb and pg_ctl: in `WIJKNET_PG_BIN` when set, else the newest Debian installation
 * under /usr/lib/postgresql. Undefined when there is none, so a suite can skip (and say so)
 * on a machine without the server programs.
 */
export function findPostgresBinaries(
  environment: Record<string, string | undefined> = process.env,
): PostgresBinaries | undefined {
  const explicit = environment.WIJKNET_PG_BIN;
  if (explicit) return binariesIn(explicit, 0);
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .map(Number)
    .filter((version) => Number.isInteger(version) && version > 0)
    .sort((a, b) => b - a);
  for (const version of versions) {
    const found = binariesIn(join(DEBIAN_ROOT, String(version), 'bin'), version);
    if (found) return found;
  }
  return undefined;
}
