import type { Outcome } from './availability.js';
import { SERVER_NAMES } from './cases/contender.js';
import { dataSections, table, throughputSections, why } from './report-sections.js';
import {
  type BenchResults,
  type CaseResult,
  LATENCY_CASES,
  type LatencyCaseName,
} from './results.js';
import { type Interval, ratio } from './statistics.js';
import type { TargetVerdict } from './targets.js';

type Median =
  | { medianMs: number; medianInterval: Interval; p99Ms: number | null }
  | { status: string; reason: string };

function serverFigures(outcome: Outcome<CaseResult>) {
  const figures: Record<string, Median> = {};
  for (const server of SERVER_NAMES) {
    const result = outcome.status === 'measured' ? outcome.value.servers[server] : undefined;
    if (result?.status === 'measured')
      figures[server] = {
        medianMs: result.medianMs,
        medianInterval: result.medianInterval,
        p99Ms: result.p99Ms,
      };
    else if (result) figures[server] = { status: result.status, reason: result.reason };
    else
      figures[server] =
        outcome.status === 'measured'
          ? { status: 'not measured', reason: 'not a contender in this case' }
          : { status: outcome.status, reason: outcome.reason };
  }
  return figures;
}

function medianOf(figures: Record<string, Median>, server: string): number | null {
  const figure = figures[server];
  return figure && 'medianMs' in figure ? figure.medianMs : null;
}

/** The machine-readable results: docs/benchmarks.json. */
export function toJson(results: BenchResults, verdicts: readonly TargetVerdict[]) {
  const cases = {} as Record<LatencyCaseName, unknown>;
  for (const name of LATENCY_CASES) {
    const outcome = results.cases[name];
    const figures = serverFigures(outcome);
    cases[name] = {
      description: outcome.status === 'measured' ? outcome.value.description : outcome.reason,
      ...figures,
      peerBaseOverGateway: ratio(medianOf(figures, 'peerBase'), medianOf(figures, 'gateway')),
      peerOverGateway: ratio(medianOf(figures, 'peer'), medianOf(figures, 'gateway')),
      peerCachedOverGateway: ratio(medianOf(figures, 'peerCached'), medianOf(figures, 'gateway')),
      gatewayOverLimit: ratio(medianOf(figures, 'gateway'), medianOf(figures, 'limit')),
      statements: outcome.status === 'measured' ? outcome.value.statements : {},
    };
  }
  const load = {} as Record<'compare' | 'caseload', unknown>;
  for (const name of ['compare', 'caseload'] as const) {
    const outcome = results.load[name];
    load[name] =
      outcome.status === 'measured'
        ? Object.fromEntries(
            Object.entries(outcome.value).map(([server, result]) => [
              server,
              {
                requestsPerSecond: result.requestsPerSecond,
                errors: result.errors,
                medianMs: result.medianMs,
                p99Ms: result.p99Ms,
                maxRssMb: result.maxRssMb,
              },
            ]),
          )
        : { status: outcome.status, reason: outcome.reason };
  }
  const plain = <T>(outcome: Outcome<T>) =>
    outcome.status === 'measured'
      ? outcome.value
      : { status: outcome.status, reason: outcome.reason };
  return {
    command: results.command,
    startedAt: results.startedAt,
    durationSeconds: Math.round(results.durationSeconds),
    machine: results.machine,
    scale: results.scale,
    seed: plain(results.seed),
    cases,
    load: {
      ...load,
      connections: results.loadSettings.connections,
      durationSeconds: results.loadSettings.durationSeconds,
    },
    growth: plain(results.growth),
    import: plain(results.importRates),
    webApp: { initialJavaScript: plain(results.bundle), comparePage: plain(results.comparePage) },
    soak: plain(results.soak),
    replicas: plain(results.replicas),
    targets: verdicts,
  };
}

function cell(figure: Median | undefined): [string, string] {
  if (!figure) return ['-', '-'];
  if ('medianMs' in figure)
    return [
      `${figure.medianMs} (${figure.medianInterval.low}–${figure.medianInterval.high})`,
      figure.p99Ms === null ? '–' : String(figure.p99Ms),
    ];
  return [figure.status, ''];
}

/**
 * The table of medians (with their 95 % intervals), p99 (from 100 samples up) and ratios printed at
 * the end of a run (Markdown, readable as text).
 */
export function latencyTable(results: BenchResults): string {
  const rows = LATENCY_CASES.map((name) => {
    const figures = serverFigures(results.cases[name]);
    return [
      name,
      ...SERVER_NAMES.flatMap((server) => cell(figures[server])),
      String(ratio(medianOf(figures, 'peerBase'), medianOf(figures, 'gateway')) ?? 'n/a'),
      String(ratio(medianOf(figures, 'peer'), medianOf(figures, 'gateway')) ?? 'n/a'),
      String(ratio(medianOf(figures, 'peerCached'), medianOf(figures, 'gateway')) ?? 'n/a'),
      String(ratio(medianOf(figures, 'gateway'), medianOf(figures, 'limit')) ?? 'n/a'),
    ];
  });
  return table(
    [
      'case',
      ...SERVER_NAMES.flatMap((server) => [`${server} median ms`, `${server} p99 ms`]),
      'peerBase/gateway',
      'peer/gateway',
      'peerCached/gateway',
      'gateway/limit',
    ],
    rows,
  );
}

export function targetsTable(verdicts: readonly TargetVerdict[]): string {
  return table(
    ['target', 'verdict', 'figures'],
    verdicts.map((verdict) => [
      verdict.target,
      verdict.verdict === 'met' ? 'met' : `**${verdict.verdict}**`,
      verdict.figures,
    ]),
  );
}

/** docs/benchmarks.md: the numbers, the machine and the command, rewritten by every run. */
export function toMarkdown(results: BenchResults, verdicts: readonly TargetVerdict[]): string {
  const { machine } = results;
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (tooling/bench); do not edit by hand. The gateway is measured side by side with',
    'PostGraphile v5 on the same database (`peerBase`: out of the box with @graphile/pg-aggregates, computing from',
    'the base tables; `peer`: reading the same published rollup view the gateway reads) and with the same answer read',
    'by one bare SQL statement through postgres.js (`limit`). Requests are interleaved round-robin after a warm-up,',
    'all on loopback; every server is a child process of the harness. Times include the client-side work a caller',
    'of each server needs to reach the same answer (e.g. the national median from rows, for PostGraphile).',
    'The comparison asks for evictions per 1,000 households: of the registry, the indicator whose numerator',
    'PostGraphile with @graphile/pg-aggregates can count from a base table (grouped by municipality and day) to',
    'the very answer the rollups hold; "plans open during the period" indicators need range filters it does not',
    'offer out of the box. Every answer is checked against the limit\'s ("same answer as the limit").',
    '`compare` times fresh answers: the publication version is raised (untimed) before every gateway request, so',
    'the gateway computes the answer anew, as right after a write; PostGraphile keeps no answers. `compareKept` times',
    'kept answers (nothing written between requests) against `peerCached`, PostGraphile behind a response cache of',
    'the same kind (keyed on the publication version, read per request). Each case takes its samples round-robin',
    'after a warm-up; a median is given with its 95 % bootstrap interval, a p99 only from 100 samples up, and',
    'every "no worse than", "within" and "faster than" target is judged on the 95 % interval of the ratio of',
    'medians, never on the point ("no worse than" allows 5 % past even).',
    '',
    `- Command: \`${results.command}\``,
    `- Run: ${results.startedAt}, ${Math.round(results.durationSeconds)} s`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB memory, ${machine.platform}, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
    `- Data: scale \`${results.scale}\`${
      results.seed.status === 'measured'
        ? `, ${Number.isFinite(results.seed.value.seedSeconds) ? `seeded in ${Math.round(results.seed.value.seedSeconds)} s` : 'a database seeded by an earlier run (BENCH_DATABASE)'}: ${Object.entries(
            results.seed.value.counts,
          )
            .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
            .join(', ')}`
        : ` (${why(results.seed)})`
    }`,
    '',
    '## Targets',
    '',
    targetsTable(verdicts),
    '',
    '## Latency (ms)',
    '',
    latencyTable(results),
    '',
  ];
  for (const name of LATENCY_CASES) {
    const outcome = results.cases[name];
    lines.push(`### ${name}`, '');
    if (outcome.status !== 'measured') {
      lines.push(why(outcome), '');
      continue;
    }
    lines.push(outcome.value.description, '');
    for (const server of SERVER_NAMES) {
      const result = outcome.value.servers[server];
      const count = outcome.value.statements[server];
      const statements = count
        ? `; SQL statements on data: ${count.data} (${count.total} with transaction and scope set-up)`
        : '';
      if (!result) continue;
      lines.push(
        result.status === 'measured'
          ? `- ${server}: median ${result.medianMs} ms (95 % interval ${result.medianInterval.low}–${result.medianInterval.high}), p99 ${result.p99Ms === null ? 'not given below 100 samples' : `${result.p99Ms} ms`} over ${result.samples} requests; same answer as the limit: ${result.agreesWithLimit}${statements}`
          : `- ${server}: ${result.status === 'failed' ? 'FAILED' : 'not available'}: ${result.reason.split('\n')[0]}`,
      );
    }
    lines.push('');
  }
  lines.push(...throughputSections(results), ...dataSections(results));
  return lines.join('\n');
}
