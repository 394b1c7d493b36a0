import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { registerHousehold } from './household-writes.js';
import { post } from './http-gateway.js';

export interface SoakOptions {
  /** The gateway's GraphQL URL on loopback. */
  readonly url: string;
  readonly durationSeconds: number;
  /** Requests in flight at once; the load is bounded by it, not by a rate. */
  readonly concurrency?: number;
  /** A district of the municipality the token is for: the writes register households there. */
  readonly districtCode: string;
  /** Makes the writes' household references unique across runs on the same database. */
  readonly referencePrefix?: string;
  readonly tokens: {
    readonly municipality: string;
    readonly team: string;
    readonly institute: string;
  };
}

export interface SoakReport {
  readonly durationSeconds: number;
  readonly requests: number;
  readonly writes: number;
  /** The references of the households whose registration the gateway acknowledged. */
  readonly acknowledgedReferences: readonly string[];
  /** The references of the plans whose opening the gateway acknowledged (every other household gets one). */
  readonly acknowledgedPlans: readonly string[];
  readonly errors: number;
  readonly firstErrors: readonly string[];
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** JS heap after a full collection: at the end of warm-up and at the end of the run. */
  readonly heapAfterWarmUpBytes: number;
  readonly heapAtEndBytes: number;
  readonly heapGrowth: number;
}

const READS: ReadonlyArray<readonly [string, keyof SoakOptions['tokens']]> = [
  ['{ households(first: 20) { edges { node { id size plans { id status } } } } }', 'municipality'],
  ['{ plans(first: 20) { edges { node { id status openedOn } } } }', 'team'],
  ['{ teams { edges { node { id name members { hoursInWijk } } } } }', 'municipality'],
  [
    '{ municipalities(first: 50) { edges { node { code name districts { code } } } } }',
    'institute',
  ],
  ['{ indicators { code unit name { nl } } }', 'institute'],
];

/** The team the soak's plans are opened in, registered through the API before the load starts. */
const SOAK_TEAM = 'SOAK-TEAM';
const REGISTER_TEAM = /* GraphQL */ `
  mutation SoakTeam($input: TeamInput!) { registerTeam(input: $input) { id } }
`;
const OPEN_PLAN = /* GraphQL */ `
  mutation SoakPlan($input: PlanEventInput!) { recordPlanEvent(input: $input) { id status } }
`;

/** A full collection, so heap samples measure what is kept rather than what is not yet freed. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** What the soak counts while it runs. */
interface Tally {
  readonly latencies: number[];
  readonly firstErrors: string[];
  readonly acknowledgedReferences: string[];
  readonly acknowledgedPlans: string[];
  errors: number;
  writes: number;
}

function fail(tally: Tally, what: string): void {
  tally.errors += 1;
  if (tally.firstErrors.length < 5) tally.firstErrors.push(what);
}

/** Registers the team the soak opens its plans in; throws when the gateway refuses it. */
async function registerSoakTeam(options: SoakOptions, prefix: string): Promise<void> {
  const team = await post(options.url, {
    query: REGISTER_TEAM,
    token: options.tokens.municipality,
    variables: {
      input: {
        teamReference: `${prefix}-${SOAK_TEAM}`,
        name: 'Soak team',
        kind: 'all-ages',
        districtCodes: [options.districtCode],
        startedOn: '2020-01-01',
        accessMandate: 'own-mandate',
      },
    },
  });
  if (team.status !== 200 || team.codes.length > 0)
    throw new Error(`the soak could not register its team: ${team.status} ${team.codes.join(',')}`);
}

/** Opens a plan for the household in the soak's team, which refreshes the rollups. */
async function openSoakPlan(
  options: SoakOptions,
  prefix: string,
  tally: Tally,
  householdReference: string,
): Promise<void> {
  const planReference = `${householdReference}-P`;
  const answer = await post(options.url, {
    query: OPEN_PLAN,
    token: options.tokens.municipality,
    variables: {
      input: {
        planReference,
        type: 'OPENED',
        date: '2025-03-02',
        householdReference,
        teamReference: `${prefix}-${SOAK_TEAM}`,
      },
    },
  });
  if (answer.status !== 200 || answer.codes.length > 0) {
    fail(tally, `recordPlanEvent: ${answer.status} ${answer.codes.join(',')}`);
    return;
  }
  tally.latencies.push(answer.milliseconds);
  tally.acknowledgedPlans.push(planReference);
}

/** One operation of the mix: every fifth a household registration (and every other one a plan), else a read. */
async function soakOperation(
  options: SoakOptions,
  prefix: string,
  tally: Tally,
  operation: number,
): Promise<void> {
  if (operation % 5 === 0) {
    tally.writes += 1;
    const written = await registerHousehold({
      url: options.url,
      token: options.tokens.municipality,
      reference: `${prefix}-${tally.writes}`,
      districtCode: options.districtCode,
    });
    if (written.outcome !== 'acknowledged') {
      fail(tally, `registerHousehold: ${written.answer.status} ${written.codes.join(',')}`);
      return;
    }
    tally.latencies.push(written.answer.milliseconds);
    tally.acknowledgedReferences.push(written.reference);
    if (tally.acknowledgedReferences.length % 2 === 0) {
      tally.writes += 1;
      await openSoakPlan(options, prefix, tally, written.reference);
    }
    return;
  }
  const [query, role] = READS[operation % READS.length] ?? READS[0] ?? ['', 'institute'];
  const answer = await post(options.url, { query, token: options.tokens[role] });
  if (answer.status !== 200 || answer.codes.length > 0)
    fail(tally, `${query}: ${answer.status} ${answer.codes.join(',')}`);
  else tally.latencies.push(answer.milliseconds);
}

function soakReport(
  tally: Tally,
  seconds: number,
  heapAfterWarmUpBytes: number,
  heapAtEndBytes: number,
): SoakReport {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const requests = tally.latencies.length + tally.errors;
  return {
    durationSeconds: Math.round(seconds * 10) / 10,
    requests,
    writes: tally.writes,
    acknowledgedReferences: tally.acknowledgedReferences,
    acknowledgedPlans: tally.acknowledgedPlans,
    errors: tally.errors,
    firstErrors: tally.firstErrors,
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
    p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
    maxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
    heapAfterWarmUpBytes,
    heapAtEndBytes,
    heapGrowth:
      Math.round(((heapAtEndBytes - heapAfterWarmUpBytes) / heapAfterWarmUpBytes) * 1000) / 1000,
  };
}

/**
 * Mixed reads and writes, all through the HTTP gateway on loopback, for a fixed time at a fixed
 * concurrency: one in five operations is a `registerHousehold` mutation with a new reference, and
 * every other new household then has a plan opened by `recordPlanEvent`, which refreshes the
 * municipality's rollups. The first fifth of the time is warm-up; the heap is measured after it
 * and at the end.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const concurrency = options.concurrency ?? 8;
  const prefix = options.referencePrefix ?? 'SOAK';
  const tally: Tally = {
    latencies: [],
    firstErrors: [],
    acknowledgedReferences: [],
    acknowledgedPlans: [],
    errors: 0,
    writes: 0,
  };
  let operation = 0;
  const started = performance.now();
  const endsAt = started + options.durationSeconds * 1000;
  const warmUpEndsAt = started + options.durationSeconds * 200;
  let heapAfterWarmUp: number | undefined;

  await registerSoakTeam(options, prefix);
  const client = async () => {
    while (performance.now() < endsAt) {
      operation += 1;
      await soakOperation(options, prefix, tally, operation);
    }
  };
  const sampler = (async () => {
    while (performance.now() < warmUpEndsAt) await new Promise((r) => setTimeout(r, 100));
    collectGarbage();
    heapAfterWarmUp = process.memoryUsage().heapUsed;
  })();
  await Promise.all([...Array.from({ length: concurrency }, client), sampler]);
  collectGarbage();
  const heapAtEnd = process.memoryUsage().heapUsed;
  const seconds = (performance.now() - started) / 1000;
  return soakReport(tally, seconds, heapAfterWarmUp ?? heapAtEnd, heapAtEnd);
}
