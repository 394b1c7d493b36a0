import { describe, expect, it } from 'vitest';
import { toJson, toMarkdown } from './report.js';
import type { BenchResults } from './results.js';
import { judgeTargets } from './targets.js';

/** A contender's figures as measureCase gives them; 100 samples, so the p99 is given. */
const measured = (medianMs: number, samples = 100) => ({
  status: 'measured' as const,
  medianMs,
  medianInterval: { low: medianMs - 1, high: medianMs + 1 },
  p99Ms: samples >= 100 ? medianMs * 2 : null,
  samples,
  samplesMs: Array.from({ length: samples }, () => medianMs),
  agreesWithLimit: 'yes',
});
const results: BenchResults = {
  command: 'pnpm bench --quick',
  startedAt: '2026-01-01T00:00:00Z',
  durationSeconds: 120,
  machine: {
    cores: 2,
    cpu: 'cpu',
    memoryGb: 24,
    node: 'v20.20.2',
    postgres: '15.20',
    platform: 'linux',
  },
  scale: 'small',
  seed: { status: 'measured', value: { seedSeconds: 33, counts: { households: 15903 } } },
  cases: {
    compare: {
      status: 'measured',
      value: {
        description: 'all municipalities',
        servers: {
          gateway: measured(5),
          peer: measured(10),
          peerBase: measured(100),
          limit: measured(4),
        },
        statements: { gateway: { total: 6, data: 2 } },
      },
    },
    compareKept: {
      status: 'measured',
      value: {
        description: 'all municipalities, kept answers',
        servers: {
          gateway: measured(2, 50),
          peer: { status: 'not-available', reason: 'computes every answer anew' },
          peerCached: measured(3, 50),
          limit: measured(4, 50),
        },
        statements: {},
      },
    },
    caseload: { status: 'not-available', reason: 'Plan.latestAssessment is missing' },
  },
  load: {
    compare: {
      status: 'measured',
      value: {
        gateway: {
          requestsPerSecond: 300,
          errors: 0,
          non2xx: 0,
          medianMs: 60,
          p99Ms: 90,
          maxRssMb: 180,
        },
      },
    },
    caseload: { status: 'not-available', reason: 'no caseload' },
  },
  loadSettings: { connections: 20, durationSeconds: 5 },
  livingNetwork: { status: 'not-available', reason: 'no writes' },
  writeLatency: { status: 'not-available', reason: 'no writes' },
  growth: { status: 'not-available', reason: 'no seed' },
  importRates: { status: 'not-available', reason: 'no import' },
  bundle: { status: 'measured', value: { files: ['/assets/index.js'], gzipKb: 100 } },
  comparePage: { status: 'not-available', reason: 'no browser' },
  soak: { status: 'not-available', reason: 'no soak' },
  replicas: {
    status: 'measured',
    value: [0, 1, 2].map((replicas) => ({
      replicas,
      load: {
        requestsPerSecond: 100 + replicas * 10,
        errors: 0,
        non2xx: 0,
        medianMs: 9,
        p99Ms: 30,
        maxRssMb: 150,
      },
    })),
  },
};

describe('docs/benchmarks.json', () => {
  it('gives median and p99 per server and the three ratios per case', () => {
    const json = toJson(results, judgeTargets(results));
    expect(json.cases.compare).toMatchObject({
      gateway: { medianMs: 5, medianInterval: { low: 4, high: 6 }, p99Ms: 10 },
      peer: { medianMs: 10, p99Ms: 20 },
      peerBase: { medianMs: 100, p99Ms: 200 },
      limit: { medianMs: 4, p99Ms: 8 },
      peerBaseOverGateway: 20,
      peerOverGateway: 2,
      gatewayOverLimit: 1.25,
    });
    expect(json.load.compare).toEqual({
      gateway: { requestsPerSecond: 300, errors: 0, medianMs: 60, p99Ms: 90, maxRssMb: 180 },
    });
  });

  it('gives kept answers in the same shape, beside the cached peer, with no p99 below 100 samples', () => {
    const json = toJson(results, judgeTargets(results));
    expect(json.cases.compareKept).toEqual({
      description: 'all municipalities, kept answers',
      gateway: { medianMs: 2, medianInterval: { low: 1, high: 3 }, p99Ms: null },
      peer: { status: 'not-available', reason: 'computes every answer anew' },
      peerCached: { medianMs: 3, medianInterval: { low: 2, high: 4 }, p99Ms: null },
      peerBase: { status: 'not measured', reason: 'not a contender in this case' },
      limit: { medianMs: 4, medianInterval: { low: 3, high: 5 }, p99Ms: null },
      peerBaseOverGateway: null,
      peerOverGateway: null,
      peerCachedOverGateway: 1.5,
      gatewayOverLimit: 0.5,
      statements: {},
    });
  });

  it('says why a case has no figures instead of leaving it out', () => {
    const json = toJson(results, judgeTargets(results));
    expect(json.cases.caseload).toMatchObject({
      gateway: { status: 'not-available', reason: 'Plan.latestAssessment is missing' },
      peerBaseOverGateway: null,
    });
  });
});

describe('docs/benchmarks.md', () => {
  it('names the machine, the command and every missed target', () => {
    const markdown = toMarkdown(results, judgeTargets(results));
    expect(markdown).toContain('- Command: `pnpm bench --quick`');
    expect(markdown).toContain(
      '2 cores (cpu), 24 GB memory, linux, Node v20.20.2, PostgreSQL 15.20',
    );
    expect(markdown).toContain(
      '| compare | 5 (4–6) | 10 | 10 (9–11) | 20 | not measured |  | 100 (99–101) | 200 | 4 (3–5) | 8 | 20 | 2 | n/a | 1.25 |',
    );
    expect(markdown).toContain('SQL statements on data: 2 (6 with transaction and scope set-up)');
  });

  it('gives kept answers a row and a section of their own, after compare, with no p99 from 50 samples', () => {
    const markdown = toMarkdown(results, judgeTargets(results));
    expect(markdown).toContain(
      '| compareKept | 2 (1–3) | – | not-available |  | 3 (2–4) | – | not measured |  | 4 (3–5) | – | n/a | n/a | 1.5 | 0.5 |',
    );
    expect(markdown.indexOf('| compareKept |')).toBeGreaterThan(markdown.indexOf('| compare |'));
    expect(markdown.indexOf('| caseload |')).toBeGreaterThan(markdown.indexOf('| compareKept |'));
    const section = markdown.slice(markdown.indexOf('### compareKept'));
    expect(section).toContain(
      '- gateway: median 2 ms (95 % interval 1–3), p99 not given below 100 samples over 50 requests; same answer as the limit: yes',
    );
    expect(section).toContain('- peer: not available: computes every answer anew');
    expect(markdown).toContain('judged on the 95 % interval of the ratio of');
  });

  it('says why the living network and the single write have no figures', () => {
    const markdown = toMarkdown(results, judgeTargets(results));
    expect(markdown).toContain('## A living network');
    expect(markdown).toContain('## One plan event at a time\n\nnot available: no writes');
  });

  it('gives public read throughput with the primary alone and with one and two replicas', () => {
    const markdown = toMarkdown(results, judgeTargets(results));
    expect(markdown).toContain('| the primary alone | 100 | 0 | 9 | 30 | 150 |');
    expect(markdown).toContain('| 2 replicas | 120 | 0 | 9 | 30 | 150 |');
  });
});
