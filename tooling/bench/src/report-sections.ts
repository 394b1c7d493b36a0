import type { Outcome } from './availability.js';
import { IMPORT_ROUNDS } from './import-rate.js';
import type { BenchResults } from './results.js';

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map((value) => value.replaceAll('|', '/')).join(' | ')} |`),
  ].join('\n');
}

export function why<T>(outcome: Outcome<T>): string {
  return outcome.status === 'measured'
    ? ''
    : `${outcome.status === 'failed' ? 'FAILED' : 'not available'}: ${outcome.reason.split('\n')[0]}`;
}

/** Throughput without writes, then reads while writes arrive, then one write at a time. */
export function throughputSections(results: BenchResults): string[] {
  const lines: string[] = [];
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
  lines.push(...livingNetworkSection(results));
  return lines;
}

function livingNetworkSection(results: BenchResults): string[] {
  const lines = [
    `## A living network (${results.loadSettings.connections} connections reading, ${results.loadSettings.durationSeconds} s per run)`,
    '',
    'Twenty connections read the comparison and a team caseload in turn from one server while plan events',
    '(goal-set) and ZRM assessments of twenty municipalities arrive through the gateway at a fixed rate (an open',
    'loop: a slow answer does not slow the sender). The gateway and the peer are read in turn under the same',
    'writes; afterwards every acknowledged write is looked for in the database.',
    '',
  ];
  const living = results.livingNetwork;
  lines.push(
    living.status === 'measured'
      ? table(
          [
            'writes/s',
            'read server',
            'reads/s',
            'read errors',
            'read p99 ms',
            'max RSS MB',
            'writes acknowledged / sent',
            'refused',
            'lost',
            'found',
            'write median ms',
            'write p99 ms',
          ],
          living.value.map((run) => [
            String(run.writesPerSecond),
            run.server,
            String(run.reads.requestsPerSecond),
            String(run.reads.errors),
            String(run.reads.p99Ms),
            String(run.reads.maxRssMb ?? 'n/a'),
            `${run.writes.acknowledged} / ${run.writes.sent}`,
            String(run.writes.refused),
            String(run.writes.lost),
            String(run.writes.found),
            String(run.writes.latency?.medianMs ?? 'n/a'),
            String(run.writes.latency?.p99Ms ?? '–'),
          ]),
        )
      : why(living),
    '',
  );
  const write = results.writeLatency;
  lines.push(
    '## One plan event at a time',
    '',
    write.status === 'measured'
      ? `An escalation or de-escalation dated today (\`recordPlanEvent\`, changing the share of plans escalated) through the gateway, one after another on the main database: median ${write.value.medianMs} ms (95 % interval ${write.value.medianInterval.low}–${write.value.medianInterval.high}), p99 ${write.value.p99Ms ?? 'not given below 100 samples'} ms over ${write.value.samples} writes; ${write.value.refused} refused.`
      : why(write),
    '',
  );
  return lines;
}

/** Seeds and growth, the import, the web app and the soak. */
export function dataSections(results: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('## Seeds and growth (compare with fresh answers, gateway)', '');
  lines.push(
    results.growth.status === 'measured'
      ? table(
          [
            'scale',
            'municipalities',
            'households',
            'seed s (Postgres)',
            'gateway median ms',
            'limit median ms',
          ],
          results.growth.value.map((point) => [
            point.scale,
            String(point.municipalities),
            String(point.households),
            String(point.seedSeconds ?? 'n/a'),
            String(point.gatewayMedianMs ?? 'n/a'),
            String(point.limitMedianMs ?? 'n/a'),
          ]),
        )
      : why(results.growth),
    '',
  );
  lines.push(
    '## Import (CSV import of @wijknet/db, rollup refresh included, against a raw COPY of the same rows)',
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
  lines.push(...webAppAndSoakSections(results), ...replicaSection(results));
  return lines;
}

function webAppAndSoakSections(results: BenchResults): string[] {
  const lines: string[] = [];
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
  return lines;
}

function replicaSection(results: BenchResults): string[] {
  const replicas = results.replicas;
  return [
    '## Public reads from streaming replicas',
    '',
    'The gateway with `DATABASE_REPLICA_URLS` on a primary seeded at the demo scale and two streaming replicas',
    '(pg_basebackup), all throwaway clusters on this machine: twenty connections read a comparison as an institute',
    'while the publication version is raised ten times a second on the primary, so answers are computed anew and',
    "each replica's version is checked before it is read. On one machine the replicas share its cores with the",
    'primary: the figures show the cost of the routing and that reads spread, not the capacity of separate servers.',
    '',
    replicas.status === 'measured'
      ? table(
          ['reads from', 'requests/s', 'errors', 'median ms', 'p99 ms', 'max RSS MB'],
          replicas.value.map((point) => [
            point.replicas === 0
              ? 'the primary alone'
              : `${point.replicas} replica${point.replicas > 1 ? 's' : ''}`,
            String(point.load.requestsPerSecond),
            String(point.load.errors),
            String(point.load.medianMs),
            String(point.load.p99Ms),
            String(point.load.maxRssMb ?? 'n/a'),
          ]),
        )
      : why(replicas),
    '',
  ];
}
