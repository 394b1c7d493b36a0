import type { Outcome } from './availability.js';
import type { BenchResults, CaseResult } from './results.js';
import { ratio } from './statistics.js';

export type Verdict = 'met' | 'MISSED' | 'not available';

/** One target of the issue, judged on this run's figures. */
export interface TargetVerdict {
  readonly target: string;
  readonly verdict: Verdict;
  readonly figures: string;
}

function medianOf(
  outcome: Outcome<CaseResult>,
  server: 'gateway' | 'peer' | 'peerBase' | 'limit',
): number | null {
  if (outcome.status !== 'measured') return null;
  const result = outcome.value.servers[server];
  return result?.status === 'measured' ? result.medianMs : null;
}

function judge(target: string, isMet: boolean | null, figures: string): TargetVerdict {
  return { target, verdict: isMet === null ? 'not available' : isMet ? 'met' : 'MISSED', figures };
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${value} ms`);
const times = (value: number | null) => (value === null ? 'n/a' : `${value}x`);

/** Judges every target of the issue; a missing figure is "not available", never "met". */
export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const compare = results.cases.compare;
  const gateway = medianOf(compare, 'gateway');
  const peer = medianOf(compare, 'peer');
  const peerBase = medianOf(compare, 'peerBase');
  const limit = medianOf(compare, 'limit');
  // Context only, never judged: the same comparison computed anew, after a write (compareFresh).
  const fresh = medianOf(results.cases.compareFresh, 'gateway');
  const freshLimit = medianOf(results.cases.compareFresh, 'limit');
  const afresh = (figures: string) =>
    fresh === null ? '' : `; compareFresh (not judged): ${figures}`;
  const peerBaseOverGateway = ratio(peerBase, gateway);
  verdicts.push(
    judge(
      'compare: gateway median at least 10x lower than peerBase',
      peerBaseOverGateway === null ? null : peerBaseOverGateway >= 10,
      `peerBase ${ms(peerBase)} / gateway ${ms(gateway)} = ${times(peerBaseOverGateway)}`,
    ),
    judge(
      'compare: gateway median no worse than peer',
      gateway === null || peer === null ? null : gateway <= peer,
      `gateway ${ms(gateway)}, peer ${ms(peer)}${afresh(`gateway ${ms(fresh)}`)}`,
    ),
  );
  const gatewayOverLimit = ratio(gateway, limit);
  verdicts.push(
    judge(
      'compare: gateway median within 2x of the limit (bare SQL)',
      gatewayOverLimit === null ? null : gatewayOverLimit <= 2,
      `gateway ${ms(gateway)} / limit ${ms(limit)} = ${times(gatewayOverLimit)}` +
        afresh(
          `gateway ${ms(fresh)} / limit ${ms(freshLimit)} = ${times(ratio(fresh, freshLimit))}`,
        ),
    ),
  );

  const caseload = results.cases.caseload;
  const statements = caseload.status === 'measured' ? caseload.value.statements.gateway : undefined;
  verdicts.push(
    judge(
      'caseload: at most 3 SQL statements per request',
      statements === undefined || medianOf(caseload, 'gateway') === null
        ? null
        : statements.data <= 3,
      statements
        ? `${statements.data} data statements (${statements.total} with transaction and scope set-up)`
        : 'n/a',
    ),
  );
  const caseloadGateway = medianOf(caseload, 'gateway');
  const caseloadPeer = medianOf(caseload, 'peer');
  verdicts.push(
    judge(
      'caseload: gateway median no worse than peer',
      caseloadGateway === null || caseloadPeer === null ? null : caseloadGateway <= caseloadPeer,
      `gateway ${ms(caseloadGateway)}, peer ${ms(caseloadPeer)}`,
    ),
  );

  for (const name of ['compare', 'caseload'] as const) {
    const load = results.load[name];
    const onGateway = load.status === 'measured' ? load.value.gateway : undefined;
    const onPeer = load.status === 'measured' ? load.value.peer : undefined;
    verdicts.push(
      judge(
        `load ${name}: gateway requests/s at or above peer, no errors`,
        onGateway && onPeer
          ? onGateway.requestsPerSecond >= onPeer.requestsPerSecond && onGateway.errors === 0
          : null,
        `gateway ${onGateway?.requestsPerSecond ?? 'n/a'} req/s (${onGateway?.errors ?? 'n/a'} errors), peer ${onPeer?.requestsPerSecond ?? 'n/a'} req/s (${onPeer?.errors ?? 'n/a'} errors)`,
      ),
      judge(
        `load ${name}: gateway RSS under 300 MB`,
        onGateway?.maxRssMb == null ? null : onGateway.maxRssMb < 300,
        `max RSS ${onGateway?.maxRssMb ?? 'n/a'} MB`,
      ),
    );
  }

  const growth = results.growth.status === 'measured' ? results.growth.value : [];
  const first = growth[0];
  const last = growth.at(-1);
  const latencyRatio =
    growth.length >= 2 ? ratio(last?.gatewayMedianMs, first?.gatewayMedianMs) : null;
  const municipalityRatio = ratio(last?.municipalities, first?.municipalities) ?? 1;
  // Households grow by orders of magnitude between the scales; the latency may grow with the
  // number of municipalities (the rows a comparison returns), with room for noise, not more.
  const isFlat = latencyRatio === null ? null : latencyRatio <= 2 * Math.max(1, municipalityRatio);
  verdicts.push(
    judge(
      'growth: compare latency (computed anew) follows municipalities, not households',
      isFlat,
      `latency x${latencyRatio ?? 'n/a'} from ${first?.scale ?? 'n/a'} to ${last?.scale ?? 'n/a'}: ` +
        growth
          .map(
            (point) =>
              `${point.scale}: ${point.municipalities} municipalities, ${point.households} households, ${ms(point.gatewayMedianMs)}`,
          )
          .join('; ') || 'n/a',
    ),
  );

  const rates = results.importRates.status === 'measured' ? results.importRates.value : [];
  for (const kind of ['households', 'assessments']) {
    const rate = rates.find((item) => item.kind === kind);
    verdicts.push(
      judge(
        `import ${kind}: at least half the rate of a raw COPY`,
        rate ? rate.share >= 0.5 : null,
        rate
          ? `${rate.importRowsPerSecond} rows/s vs COPY ${rate.copyRowsPerSecond} rows/s = ${rate.share}`
          : 'n/a',
      ),
    );
  }
  const seedSeconds = results.seed.status === 'measured' ? results.seed.value.seedSeconds : null;
  verdicts.push(
    judge(
      'national seed loads in under 15 minutes',
      results.scale === 'national' && seedSeconds !== null && Number.isFinite(seedSeconds)
        ? seedSeconds < 15 * 60
        : null,
      seedSeconds === null || !Number.isFinite(seedSeconds)
        ? 'n/a'
        : `${results.scale} seed in ${Math.round(seedSeconds)} s`,
    ),
  );
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
  );
  verdicts.push(
    judge(
      'pnpm bench ends within 30 minutes',
      results.command.includes('--quick') ? null : results.durationSeconds < 30 * 60,
      `${Math.round(results.durationSeconds)} s`,
    ),
  );
  return verdicts;
}
