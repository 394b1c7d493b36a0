import { WRITE_RATES } from './living/living-network.js';
import type { BenchResults } from './results.js';
import { ratio } from './statistics.js';
import { judge, ms, type TargetVerdict } from './verdict.js';

const SEED_MINUTES = { demo: 1, small: 1, national: 15 } as const;

/** Reads under writes, per write rate: throughput against the peer's, tails, memory, nothing lost. */
export function judgeLivingNetwork(results: BenchResults): TargetVerdict[] {
  const runs = results.livingNetwork.status === 'measured' ? results.livingNetwork.value : [];
  return WRITE_RATES.flatMap((rate) => {
    const gateway = runs.find((run) => run.server === 'gateway' && run.writesPerSecond === rate);
    const peer = runs.find((run) => run.server === 'peer' && run.writesPerSecond === rate);
    const times = ratio(gateway?.reads.requestsPerSecond, peer?.reads.requestsPerSecond);
    const writes = gateway?.writes;
    const prefix = `living network, ${rate} writes/s`;
    return [
      judge(
        `${prefix}: gateway reads at least 5x the peer's`,
        times === null ? null : times >= 5,
        `gateway ${gateway?.reads.requestsPerSecond ?? 'n/a'} req/s, peer ${peer?.reads.requestsPerSecond ?? 'n/a'} req/s = ${times ?? 'n/a'}x`,
      ),
      judge(
        `${prefix}: read p99 and write p99 under 100 ms`,
        gateway && writes?.latency?.p99Ms != null
          ? gateway.reads.p99Ms < 100 && writes.latency.p99Ms < 100
          : null,
        `read p99 ${ms(gateway?.reads.p99Ms)}, write p99 ${ms(writes?.latency?.p99Ms)} (median ${ms(writes?.latency?.medianMs)}, ${writes?.acknowledged ?? 0} writes)`,
      ),
      judge(
        `${prefix}: RSS under 300 MB, 0 errors, every acknowledged write present`,
        gateway && writes && gateway.reads.maxRssMb !== null
          ? gateway.reads.maxRssMb < 300 &&
              gateway.reads.errors === 0 &&
              writes.refused + writes.lost === 0 &&
              writes.found === writes.acknowledged
          : null,
        gateway && writes
          ? `max RSS ${gateway.reads.maxRssMb ?? 'n/a'} MB; read errors ${gateway.reads.errors}; writes ${writes.sent} sent, ${writes.acknowledged} acknowledged, ${writes.refused} refused, ${writes.lost} lost, ${writes.found} found`
          : 'n/a',
      ),
    ];
  });
}

/** One write at a time, the import whole, and the seeds. */
export function judgeWritesAndSeeds(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const write = results.writeLatency.status === 'measured' ? results.writeLatency.value : null;
  verdicts.push(
    judge(
      'one plan event: median under 15 ms, p99 under 50 ms',
      write?.p99Ms == null ? null : write.medianMs < 15 && write.p99Ms < 50 && write.refused === 0,
      write
        ? `median ${write.medianMs} ms (95 % interval ${write.medianInterval.low}–${write.medianInterval.high}), p99 ${ms(write.p99Ms)} over ${write.samples} writes, ${write.refused} refused`
        : 'n/a',
    ),
  );
  const rates = results.importRates.status === 'measured' ? results.importRates.value : [];
  for (const kind of ['households', 'assessments']) {
    const rate = rates.find((item) => item.kind === kind);
    verdicts.push(
      judge(
        `import ${kind}, rollup refresh included: at least half the rate of a raw COPY`,
        rate ? rate.share >= 0.5 : null,
        rate
          ? `${rate.importRowsPerSecond} rows/s vs COPY ${rate.copyRowsPerSecond} rows/s = ${rate.share}`
          : 'n/a',
      ),
    );
  }
  const growth = results.growth.status === 'measured' ? results.growth.value : [];
  for (const scale of ['demo', 'small', 'national'] as const) {
    const point = growth.find((item) => item.scale === scale);
    const limit = SEED_MINUTES[scale];
    verdicts.push(
      judge(
        `${scale} seed on Postgres in under ${limit} minute${limit === 1 ? '' : 's'}`,
        point?.seedSeconds == null ? null : point.seedSeconds < limit * 60,
        point?.seedSeconds == null ? 'n/a' : `${point.seedSeconds} s`,
      ),
    );
  }
  const first = growth[0];
  const last = growth.at(-1);
  const latencyRatio =
    growth.length >= 2 ? ratio(last?.gatewayMedianMs, first?.gatewayMedianMs) : null;
  const municipalityRatio = ratio(last?.municipalities, first?.municipalities) ?? 1;
  // Households grow by orders of magnitude between the scales; the latency may grow with the
  // number of municipalities (the rows a comparison returns), with room for noise, not more.
  verdicts.push(
    judge(
      'growth: compare latency (fresh answers) follows municipalities, not households',
      latencyRatio === null ? null : latencyRatio <= 2 * Math.max(1, municipalityRatio),
      `latency x${latencyRatio ?? 'n/a'} from ${first?.scale ?? 'n/a'} to ${last?.scale ?? 'n/a'}: ` +
        growth
          .map(
            (point) =>
              `${point.scale}: ${point.municipalities} municipalities, ${point.households} households, ${ms(point.gatewayMedianMs)}`,
          )
          .join('; ') || 'n/a',
    ),
  );
  return verdicts;
}

/** Throughput without writes, the web app, the soak and the run's own length. */
export function judgeRunAndWebApp(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  for (const name of ['compare', 'caseload'] as const) {
    const load = results.load[name];
    const onGateway = load.status === 'measured' ? load.value.gateway : undefined;
    const onPeer = load.status === 'measured' ? load.value.peer : undefined;
    verdicts.push(
      judge(
        `load ${name}, no writes: gateway requests/s at or above peer, no errors`,
        onGateway && onPeer
          ? onGateway.requestsPerSecond >= onPeer.requestsPerSecond && onGateway.errors === 0
          : null,
        `gateway ${onGateway?.requestsPerSecond ?? 'n/a'} req/s (${onGateway?.errors ?? 'n/a'} errors), peer ${onPeer?.requestsPerSecond ?? 'n/a'} req/s (${onPeer?.errors ?? 'n/a'} errors)`,
      ),
      judge(
        `load ${name}, no writes: gateway RSS under 300 MB`,
        onGateway?.maxRssMb == null ? null : onGateway.maxRssMb < 300,
        `max RSS ${onGateway?.maxRssMb ?? 'n/a'} MB`,
      ),
    );
  }
  const bundle = results.bundle.status === 'measured' ? results.bundle.value : null;
  verdicts.push(
    judge(
      'web app: initial JavaScript under 250 KB gzip',
      bundle ? bundle.gzipKb < 250 : null,
      bundle ? `${bundle.gzipKb} KB` : 'n/a',
    ),
  );
  const page = results.comparePage;
  verdicts.push(
    // The page exists but did not get ready: that is a miss, not a missing figure.
    page.status === 'failed'
      ? {
          target: 'web app: compare page ready within 1 s',
          verdict: 'MISSED',
          figures: page.reason.split('\n')[0] ?? '',
        }
      : judge(
          'web app: compare page ready within 1 s',
          page.status === 'measured' ? page.value.medianMs <= 1000 : null,
          page.status === 'measured'
            ? `median ${page.value.medianMs} ms, max ${page.value.maxMs} ms`
            : 'n/a',
        ),
  );
  const soak = results.soak.status === 'measured' ? results.soak.value : null;
  verdicts.push(
    judge(
      'soak: mixed reads and writes, no errors, no write lost, heap growth under 10 %',
      soak
        ? soak.passed && soak.errors === 0 && soak.writesLost === 0 && soak.heapGrowth < 0.1
        : null,
      soak
        ? `${soak.durationSeconds} s on ${soak.target}: ${soak.requests} requests (${soak.writesAcknowledged} of ${soak.writes} writes acknowledged, ${soak.writesLost} lost), ${soak.errors} errors, p99 ${soak.p99Ms} ms, heap ${soak.heapGrowth >= 0 ? '+' : ''}${Math.round(soak.heapGrowth * 1000) / 10} %`
        : 'n/a',
    ),
    judge(
      'pnpm bench ends within 45 minutes',
      results.command.includes('--quick') ? null : results.durationSeconds < 45 * 60,
      `${Math.round(results.durationSeconds)} s`,
    ),
  );
  return verdicts;
}
