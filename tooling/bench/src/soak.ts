import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl } from './database.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What the gateway's soak (apps/gateway/test/reliability/soak.test.ts) writes to its report. */
export interface SoakResult {
  readonly target: string;
  readonly durationSeconds: number;
  readonly requests: number;
  readonly writes: number;
  readonly writesAcknowledged: number;
  readonly writesLost: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly heapGrowth: number;
  /** Whether the soak's own assertions held (no error, nothing lost, heap flat). */
  readonly passed: boolean;
}

/**
 * Runs the gateway's soak for `seconds` against Postgres, in a database the soak creates and drops
 * itself on the harness's server: mixed reads and writes over HTTP on loopback. The same test runs
 * for 15 s in `pnpm test`; here it runs its full length.
 */
export async function runSoak(seconds: number): Promise<SoakResult> {
  const folder = await mkdtemp(join(tmpdir(), 'wijknet-soak-'));
  const reportFile = join(folder, 'soak.json');
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        'pnpm',
        ['--filter', '@wijknet/gateway', 'exec', 'vitest', 'run', 'test/reliability/soak.test.ts'],
        {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: {
            ...process.env,
            WIJKNET_SOAK_SECONDS: String(seconds),
            WIJKNET_SOAK_REPORT: reportFile,
            WIJKNET_GATEWAY_TEST_TARGET: 'postgres',
            TEST_DATABASE_URL: databaseUrl('postgres'),
          },
        },
      );
      child.once('error', reject).once('exit', resolve);
    });
    const report = JSON.parse(await readFile(reportFile, 'utf8').catch(() => 'null')) as Omit<
      SoakResult,
      'passed'
    > | null;
    if (report === null)
      throw new Error(`the soak ended (exit code ${exitCode}) without writing its report`);
    return { ...report, passed: exitCode === 0 };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
