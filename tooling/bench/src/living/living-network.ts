import type { Sql } from 'postgres';
import type { BenchCase } from '../cases/contender.js';
import type { HttpRequestSpec } from '../graphql-client.js';
import { type LoadResult, runLoad } from '../load.js';
import type { BenchOptions } from '../options.js';
import type { Fleet } from '../servers/fleet.js';
import { type LatencySummary, summarise } from '../statistics.js';
import { type NetworkWriter, prepareNetworkWriter } from './network-writes.js';
import { prepareSingleEventWriter } from './single-writes.js';

/** Writes a second the network takes while it is read. */
export const WRITE_RATES = [10, 50] as const;
/** Writes waiting for an answer at most; past it the writer counts a write as not sent. */
const MAX_WRITES_IN_FLIGHT = 200;

/** The writes of one run, as their sender saw them and as the database holds them afterwards. */
export interface WriteTally {
  readonly sent: number;
  readonly acknowledged: number;
  readonly refused: number;
  /** Not sent because too many were still waiting, or sent and never answered. */
  readonly lost: number;
  /** Acknowledged writes the database holds afterwards; equal to `acknowledged` when none is lost. */
  readonly found: number;
  readonly latency: LatencySummary | null;
}

/** One server read by twenty connections while the gateway takes writes at one rate. */
export interface LivingRun {
  readonly server: 'gateway' | 'peer';
  readonly writesPerSecond: number;
  readonly reads: LoadResult;
  readonly writes: WriteTally;
}

async function timedWrite(request: HttpRequestSpec, timeoutMs: number) {
  const started = performance.now();
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const payload = (await response.json()) as { errors?: unknown[]; data?: unknown };
    const outcome = response.ok && !payload.errors?.length ? 'acknowledged' : 'refused';
    return { outcome, milliseconds: performance.now() - started } as const;
  } catch {
    return { outcome: 'lost', milliseconds: performance.now() - started } as const;
  }
}

/**
 * Sends writes at a fixed rate (an open loop: a slow answer does not slow the sender) until
 * stopped. Writes are sent as they fall due by the clock, so a busy event loop that fires the
 * timer late sends the ones it owes at once instead of sending fewer.
 */
function startWriting(writer: NetworkWriter, rate: number, timeoutMs: number) {
  const latencies: number[] = [];
  const counts = { sent: 0, acknowledged: 0, refused: 0, lost: 0 };
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let due = 0;
  const sendOne = () => {
    if (inFlight.size >= MAX_WRITES_IN_FLIGHT) {
      counts.lost += 1;
      return;
    }
    counts.sent += 1;
    const pending = timedWrite(writer.nextWrite(), timeoutMs).then(({ outcome, milliseconds }) => {
      counts[outcome] += 1;
      if (outcome === 'acknowledged') latencies.push(milliseconds);
      inFlight.delete(pending);
    });
    inFlight.add(pending);
  };
  const timer = setInterval(() => {
    const owed = Math.floor(((performance.now() - started) / 1000) * rate);
    for (; due < owed; due++) sendOne();
  }, 10);
  return async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    return { counts, latencies };
  };
}

/**
 * A living network: twenty connections read the comparison and a team's caseload (in turn) from
 * one server while plan events and assessments of twenty municipalities arrive through the
 * gateway at each rate of WRITE_RATES. The gateway and the peer are read in turn under the same
 * writes; afterwards every acknowledged write is looked for in the database.
 */
export async function measureLivingNetwork(options: {
  readonly fleet: Fleet;
  readonly cases: { readonly compare?: BenchCase<unknown>; readonly caseload?: BenchCase<unknown> };
  readonly sql: Sql;
  readonly bench: BenchOptions;
  readonly signMunicipalityToken: (municipalityId: string) => Promise<string>;
}): Promise<LivingRun[]> {
  const gateway = options.fleet.servers.gateway;
  if (!gateway) throw new Error('the gateway did not start');
  const writer = await prepareNetworkWriter({
    gatewayUrl: gateway.url,
    sql: options.sql,
    signMunicipalityToken: options.signMunicipalityToken,
    timeoutMs: options.bench.requestTimeoutMs,
    runLabel: String(Date.now()),
  });
  const runs: LivingRun[] = [];
  for (const writesPerSecond of WRITE_RATES) {
    for (const server of ['gateway', 'peer'] as const) {
      const reads = [options.cases.compare, options.cases.caseload].flatMap(
        (benchCase) =>
          benchCase?.contenders.find((contender) => contender.name === server)?.http ?? [],
      );
      const running = options.fleet.servers[server];
      if (reads.length < 2 || !running) continue;
      console.log(`• living network: ${server} read while ${writesPerSecond} writes/s arrive`);
      const storedBefore = await writer.countStored();
      const stopWriting = startWriting(writer, writesPerSecond, options.bench.requestTimeoutMs);
      const load = await runLoad(reads, { ...options.bench.load, pid: running.pid });
      const { counts, latencies } = await stopWriting();
      const found = (await writer.countStored()) - storedBefore;
      runs.push({
        server,
        writesPerSecond,
        reads: load,
        writes: { ...counts, found, latency: latencies.length ? summarise(latencies) : null },
      });
    }
  }
  return runs;
}

/** Timed single plan events at least, after the warm-up: enough for a p99 and a tight interval. */
export const MIN_SINGLE_WRITES = 200;
const SINGLE_WRITE_WARM_UP = 20;

/**
 * One plan event at a time on a quiet network: what a municipality's system waits for when it
 * records an event that changes its figures (an escalation or de-escalation dated today, see
 * prepareSingleEventWriter). At least MIN_SINGLE_WRITES samples after a warm-up.
 */
export async function measureWriteLatency(options: {
  readonly gatewayUrl: string;
  readonly sql: Sql;
  readonly bench: BenchOptions;
  readonly signMunicipalityToken: (municipalityId: string) => Promise<string>;
}): Promise<LatencySummary & { samples: number; refused: number }> {
  const writer = await prepareSingleEventWriter({
    gatewayUrl: options.gatewayUrl,
    sql: options.sql,
    signMunicipalityToken: options.signMunicipalityToken,
    timeoutMs: options.bench.requestTimeoutMs,
    runLabel: `single-${Date.now()}`,
  });
  const timed = Math.max(MIN_SINGLE_WRITES, options.bench.iterations);
  const samples: number[] = [];
  let refused = 0;
  for (let index = 0; index < SINGLE_WRITE_WARM_UP + timed; index++) {
    const { outcome, milliseconds } = await timedWrite(
      writer.nextWrite(),
      options.bench.requestTimeoutMs,
    );
    if (outcome !== 'acknowledged') refused += 1;
    else if (index >= SINGLE_WRITE_WARM_UP) samples.push(milliseconds);
  }
  return { ...summarise(samples), samples: samples.length, refused };
}
