import postgres from 'postgres';
import { attempt, type Outcome } from './availability.js';
import { buildCaseloadCase } from './cases/caseload.js';
import { buildCompareCase } from './cases/compare.js';
import { buildCompareKeptCase } from './cases/compare-kept.js';
import type { BenchCase, CaseContext, ServerName } from './cases/contender.js';
import { databaseUrl } from './database.js';
import { type LoadResult, runLoad } from './load.js';
import { measureCase } from './measure.js';
import type { BenchOptions } from './options.js';
import {
  type CaseResult,
  LATENCY_CASES,
  type LatencyCaseName,
  type StatementCount,
} from './results.js';
import { type Fleet, startFleet } from './servers/fleet.js';
import { BENCH_JWT_SECRET } from './servers/gateway.js';
import { SqlStatementCounter } from './sql-statement-counter.js';

const CASE_BUILDERS = {
  compare: buildCompareCase,
  compareKept: buildCompareKeptCase,
  caseload: buildCaseloadCase,
} as const satisfies Record<LatencyCaseName, (context: CaseContext) => Promise<unknown>>;
export type CaseName = keyof typeof CASE_BUILDERS;

/** Signs tokens the gateway under test accepts (it verifies with this run's secret). */
export async function signBenchToken(
  claims: Parameters<CaseContext['signToken']>[0],
): Promise<string> {
  const gateway = await import('@wijknet/gateway');
  return gateway.signDevelopmentToken({ ...claims, secret: BENCH_JWT_SECRET, expiresIn: '2h' });
}

export function caseContext(fleet: Fleet, sql: postgres.Sql, timeoutMs: number): CaseContext {
  const urls: CaseContext['urls'] = {};
  for (const [name, server] of Object.entries(fleet.servers))
    urls[name as keyof typeof urls] = server.url;
  return { urls, sql, signToken: signBenchToken, timeoutMs };
}

/** Latency side by side, for every case, on servers already running. */
export async function measureCases(
  context: CaseContext,
  options: BenchOptions,
  names: readonly CaseName[] = LATENCY_CASES,
): Promise<{
  results: Record<CaseName, Outcome<CaseResult>>;
  cases: Partial<Record<CaseName, BenchCase<unknown>>>;
}> {
  const results = {} as Record<CaseName, Outcome<CaseResult>>;
  const cases: Partial<Record<CaseName, BenchCase<unknown>>> = {};
  for (const name of names) {
    console.log(`• ${name}: measuring side by side`);
    results[name] = await attempt(name, async () => {
      const benchCase = (await CASE_BUILDERS[name](context)) as BenchCase<unknown>;
      cases[name] = benchCase;
      const servers = await measureCase(benchCase, options);
      return { description: benchCase.description, servers, statements: {} };
    });
  }
  return { results, cases };
}

/** Throughput of the gateway and the peer on the same request, one after the other. */
export async function loadCase(
  benchCase: BenchCase<unknown> | undefined,
  fleet: Fleet,
  options: BenchOptions,
): Promise<Partial<Record<'gateway' | 'peer', LoadResult>>> {
  const results: Partial<Record<'gateway' | 'peer', LoadResult>> = {};
  if (!benchCase) return results;
  for (const name of ['gateway', 'peer'] as const) {
    const contender = benchCase.contenders.find((item) => item.name === name);
    const server = fleet.servers[name];
    if (!contender?.http || !server) continue;
    try {
      await contender.run();
    } catch {
      continue; // not offered by this server: the latency table already says why
    }
    console.log(
      `• load ${benchCase.name} on ${name} (${options.load.connections} connections, ${options.load.durationSeconds} s)`,
    );
    results[name] = await runLoad(contender.http, { ...options.load, pid: server.pid });
  }
  return results;
}

/**
 * Counts the SQL statements one request sends, with a second gateway and peer connected through a
 * counting proxy, so the proxy's extra hop never touches the timed servers.
 */
export async function countStatements(
  benchDatabase: string,
  options: BenchOptions,
  names: readonly CaseName[],
): Promise<Partial<Record<CaseName, Partial<Record<ServerName, StatementCount>>>>> {
  const counter = await SqlStatementCounter.start({ host: '127.0.0.1', port: 5432 });
  const proxiedUrl = databaseUrl(benchDatabase).replace(':5432/', `:${counter.port}/`);
  const fleet = await startFleet(proxiedUrl, ['gateway', 'peer']);
  const sql = postgres(databaseUrl(benchDatabase), { max: 1, onnotice: () => {} });
  const counts: Partial<Record<CaseName, Partial<Record<ServerName, StatementCount>>>> = {};
  try {
    const context = caseContext(fleet, sql, options.requestTimeoutMs);
    for (const name of names) {
      const benchCase = await CASE_BUILDERS[name](context).catch(() => undefined);
      if (!benchCase) continue;
      counts[name] = {};
      for (const contender of benchCase.contenders) {
        if (contender.name === 'limit') continue;
        try {
          await contender.prepare?.();
          await contender.run(); // warm: connections opened, statements prepared
          await contender.prepare?.(); // on the harness's own connection, past the proxy
          counter.reset();
          await contender.run();
          const log = counter.read();
          (counts[name] as Record<string, StatementCount>)[contender.name] = {
            total: log.statements.length,
            data: log.dataStatements.length,
          };
        } catch {
          // not available on this server
        }
      }
    }
  } finally {
    await fleet.stop();
    await sql.end({ timeout: 5 });
    await counter.stop();
  }
  return counts;
}
