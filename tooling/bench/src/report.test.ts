import { describe, expect, it } from 'vitest';
import { toJson, toMarkdown } from './report.js';
import type { BenchResults } from './results.js';
import { judgeTargets } from './targets.js';

const measured = (medianMs: number) => ({
  status: 'measured' as const,
  medianMs,
  p99Ms: medianMs * 2,
  samples: 10,
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
    compareFresh: {
      status: 'measured',
      value: {
        description: 'all municipalities, right after a write',
        servers: {
          gateway: measured(9),
          peer: { status: 'not-available', reason: 'PostGraphile keeps no answers' },
          peerBase: { status: 'not-available', reason: 'PostGraphile keeps no answers' },
          limit: measured(4),
        },
        statements: { gateway: { total: 8, data: 3 } },
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
  growth: { status: 'not-available', reason: 'no seed' },
  importRates: { status: 'not-available', reason: 'no import' },
  bundle: { status: 'measured', value: { files: ['/assets/index.js'], gzipKb: 100 } },
  comparePage: { status: 'not-available', reason: 'no browser' },
  soak: { status: 'not-available', reason: 'no soak' },
};

describe('docs/benchmarks.json', () => {
  it('gives median and p99 per server and the three ratios per case', () => {
    const json = toJson(results, judgeTargets(results));
    expect(json.cases.compare).toMatchObject({
      gateway: { medianMs: 5, p99Ms: 10 },
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

  it('gives the comparison computed afresh in the same shape, the peers not measured', () => {
    const json = toJson(results, judgeTargets(results));
    expect(json.cases.compareFresh).toEqual({
      description: 'all municipalities, right after a write',
      gateway: { medianMs: 9, p99Ms: 18 },
      peer: { status: 'not-available', reason: 'PostGraphile keeps no answers' },
      peerBase: { status: 'not-available', reason: 'PostGraphile keeps no answers' },
      limit: { medianMs: 4, p99Ms: 8 },
      peerBaseOverGateway: null,
      peerOverGateway: null,
      gatewayOverLimit: 2.25,
      statements: { gateway: { total: 8, data: 3 } },
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
      '| compare | 5 | 10 | 10 | 20 | 100 | 200 | 4 | 8 | 20 | 2 | 1.25 |',
    );
    expect(markdown).toContain('SQL statements on data: 2 (6 with transaction and scope set-up)');
  });

  it('gives the comparison computed afresh a row and a section of its own, after compare', () => {
    const markdown = toMarkdown(results, judgeTargets(results));
    expect(markdown).toContain(
      '| compareFresh | 9 | 18 | not-available |  | not-available |  | 4 | 8 | n/a | n/a | 2.25 |',
    );
    expect(markdown.indexOf('| compareFresh |')).toBeGreaterThan(markdown.indexOf('| compare |'));
    expect(markdown.indexOf('| caseload |')).toBeGreaterThan(markdown.indexOf('| compareFresh |'));
    const section = markdown.slice(markdown.indexOf('### compareFresh'));
    expect(section).toContain('all municipalities, right after a write');
    expect(section).toContain(
      '- gateway: median 9 ms, p99 18 ms over 10 requests; same answer as the limit: yes',
    );
    expect(section).toContain('- peer: not available: PostGraphile keeps no answers');
    expect(markdown).toContain('`compareFresh` shows the cost without it');
  });
});
