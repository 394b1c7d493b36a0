import type { Outcome } from './availability.js';
import { SERVER_NAMES } from './cases/contender.js';
import { IMPORT_ROUNDS } from './import-rate.js';
import {
  type BenchResults,
  type CaseResult,
  LATENCY_CASES,
  type LatencyCaseName,
} from './results.js';
import { ratio } from './statistics.js';
import type { TargetVerdict } from './targets.js';

type Median = { medianMs: number; p99Ms: number } | { status: string; reason: string };

function serverFigures(outcome: Outcome<CaseResult>) {
  const figures: Record<string, Median> = {};
  for (const server of SERVER_NAMES) {
    const result = outcome.status === 'measured' ? outcome.value.servers[server] : undefined;
    if (result?.status === 'measured')
      figures[server] = { medianMs: result.medianMs, p99Ms: result.p99Ms };
    else
      figures[server] = {
        status: result?.status ?? outcome.status,
        reason: result ? result.reason : 'reason' in outcome ? outcome.reason : 'not measured',
      };
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
    targets: verdicts,
  };
}

function cell(figure: Median | undefined): [string, string] {
  if (!figure) return ['-', '-'];
  if ('medianMs' in figure) return [String(figure.medianMs), String(figure.p99Ms)];
  return [figure.status, ''];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map((value) => value.replaceAll('|', '/')).join(' | ')} |`),
  ].join('\n');
}

/** The table of medians, p99 and ratios printed at the end of a run (Markdown, readable as text). */
export function latencyTable(results: BenchResults): string {
  const rows = LATENCY_CASES.map((name) => {
    const figures = serverFigures(results.cases[name]);
    return [
      name,
      ...SERVER_NAMES.flatMap((server) => cell(figures[server])),
      String(ratio(medianOf(figures, 'peerBase'), medianOf(figures, 'gateway')) ?? 'n/a'),
      String(ratio(medianOf(figures, 'peer'), medianOf(figures, 'gateway')) ?? 'n/a'),
      String(ratio(medianOf(figures, 'gateway'), medianOf(figures, 'limit')) ?? 'n/a'),
    ];
  });
  return table(
    [
      'case',
      ...SERVER_NAMES.flatMap((server) => [`${server} median ms`, `${server} p99 ms`]),
      'peerBase/gateway',
      'peer/gateway',
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

function why<T>(outcome: Outcome<T>): string {
  return outcome.status === 'measured'
    ? ''
    : `${outcome.status === 'failed' ? 'FAILED' : 'not available'}: ${outcome.reason.split('\n')[0]}`;
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
    'The gateway answers institutes from its cache of public answers, validated by one read of the publication',
    'version per request, so `compare` mostly times a kept answer; `compareFresh` shows the cost without it: the',
    'same comparison with the version raised (untimed) before every gateway request, so the gateway computes the',
    'answer anew. PostGraphile keeps no answers: its `compare` figures already are its fresh ones.',
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
          ? `- ${server}: median ${result.medianMs} ms, p99 ${result.p99Ms} ms over ${result.samples} requests; same answer as the limit: ${result.agreesWithLimit}${statements}`
          : `- ${server}: ${result.status === 'failed' ? 'FAILED' : 'not available'}: ${result.reason.split('\n')[0]}`,
      );
    }
    lines.push('');
  }
  lines.push(
    `## Throughput (autocannon, ${results.loadSettings.connections} connections, ${results.loadSettings.durationSeconds} s, loopback)`,
    '',
    'The gateway and the peer, one after the other, each with the request of its latency case. peerBase is not',
    'loaded: its answers take long enough that loading it would only lengthen the run.',
    '',
  );
  const loadRows: string[][] = [];
  for (const name of ['compare', 'caseload'] as const) {
    const outcome = results.load[name];
    if (outcome.status !== 'measured') {
      loadRows.push([name, '-', why(outcome), '', '', '', '']);
      continue;
    }
    for (const [server, load] of Object.entries(outcome.value)) {
      loadRows.push([
        name,
        server,
        String(load.requestsPerSecond),
        String(load.errors),
        String(load.medianMs),
        String(load.p99Ms),
        String(load.maxRssMb ?? 'n/a'),
      ]);
    }
  }
  lines.push(
    table(
      ['query', 'server', 'requests/s', 'errors', 'median ms', 'p99 ms', 'max RSS MB'],
      loadRows,
    ),
    '',
  );
  lines.push('## Growth (compareFresh: the comparison computed anew, gateway)', '');
  lines.push(
    results.growth.status === 'measured'
      ? table(
          ['scale', 'municipalities', 'households', 'gateway median ms', 'limit median ms'],
          results.growth.value.map((point) => [
            point.scale,
            String(point.municipalities),
            String(point.households),
            String(point.gatewayMedianMs ?? 'n/a'),
            String(point.limitMedianMs ?? 'n/a'),
          ]),
        )
      : why(results.growth),
    '',
  );
  lines.push(
    '## Import (CSV import of @wijknet/db against a raw COPY of the same rows)',
    '',
    `Each side ${IMPORT_ROUNDS} times, alternating, each round into an empty database of its own; the median rates.`,
    '',
  );
  lines.push(
    results.importRates.status === 'measured'
      ? table(
          ['kind', 'rows', 'import rows/s', 'COPY rows/s', 'import / COPY'],
          results.importRates.value.map((rate) => [
            rate.kind,
            String(rate.rows),
            String(rate.importRowsPerSecond),
            String(rate.copyRowsPerSecond),
            String(rate.share),
          ]),
        )
      : why(results.importRates),
    '',
  );
  lines.push('## Web app', '');
  lines.push(
    results.bundle.status === 'measured'
      ? `- Initial JavaScript: ${results.bundle.value.gzipKb} KB gzip (${results.bundle.value.files.join(', ')})`
      : `- Initial JavaScript: ${why(results.bundle)}`,
    results.comparePage.status === 'measured'
      ? `- Compare page (all municipalities) ready in headless Chromium: median ${results.comparePage.value.medianMs} ms, max ${results.comparePage.value.maxMs} ms over ${results.comparePage.value.loads} loads`
      : `- Compare page: ${why(results.comparePage)}`,
    '',
  );
  lines.push(
    '## Soak (mixed reads and writes over HTTP, Postgres)',
    '',
    "The reliability suite's soak (apps/gateway/test/reliability/soak.test.ts), at its full length: eight",
    'clients on loopback reading households, plans, teams, municipalities and indicators with three kinds of',
    'token, one request in five a `registerHousehold` mutation and every other new household a plan opened by',
    '`recordPlanEvent` (which refreshes the rollups); in a database of its own.',
    '',
    results.soak.status === 'measured'
      ? table(
          [
            'seconds',
            'requests',
            'req/s',
            'writes acknowledged',
            'writes lost',
            'errors',
            'p50 ms',
            'p99 ms',
            'heap growth',
          ],
          [
            [
              String(results.soak.value.durationSeconds),
              String(results.soak.value.requests),
              String(results.soak.value.requestsPerSecond),
              `${results.soak.value.writesAcknowledged} of ${results.soak.value.writes}`,
              String(results.soak.value.writesLost),
              String(results.soak.value.errors),
              String(results.soak.value.p50Ms),
              String(results.soak.value.p99Ms),
              `${Math.round(results.soak.value.heapGrowth * 1000) / 10} %`,
            ],
          ],
        )
      : why(results.soak),
    '',
  );
  return lines.join('\n');
}
