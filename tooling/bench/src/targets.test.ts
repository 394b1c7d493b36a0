import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results.js';
import { summarise } from './statistics.js';
import { judgeTargets } from './targets.js';

/** 200 samples spread ±10 % around a median, as a steady server gives them. */
const measured = (medianMs: number) => {
  const samplesMs = Array.from(
    { length: 200 },
    (_, i) => medianMs * (0.9 + ((i * 37) % 200) / 1000),
  );
  return {
    status: 'measured' as const,
    ...summarise(samplesMs),
    samples: samplesMs.length,
    samplesMs,
    agreesWithLimit: 'yes',
  };
};
const unavailable = { status: 'not-available' as const, reason: 'not landed' };

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    command: 'pnpm bench',
    startedAt: '2026-01-01T00:00:00Z',
    durationSeconds: 600,
    machine: { cores: 2, cpu: 'cpu', memoryGb: 24, node: 'v20', postgres: '15', platform: 'linux' },
    scale: 'national',
    seed: { status: 'measured', value: { seedSeconds: 600, counts: {} } },
    cases: {
      compare: {
        status: 'measured',
        value: {
          description: '',
          servers: {
            gateway: measured(5),
            peer: measured(12),
            peerBase: measured(400),
            limit: measured(3),
          },
          statements: {},
        },
      },
      compareKept: {
        status: 'measured',
        value: {
          description: '',
          servers: { gateway: measured(1), peerCached: measured(1.02), limit: measured(3) },
          statements: {},
        },
      },
      caseload: unavailable,
    },
    load: { compare: unavailable, caseload: unavailable },
    loadSettings: { connections: 20, durationSeconds: 20 },
    livingNetwork: unavailable,
    writeLatency: unavailable,
    growth: unavailable,
    importRates: unavailable,
    bundle: { status: 'measured', value: { files: ['/assets/index.js'], gzipKb: 260 } },
    comparePage: unavailable,
    soak: unavailable,
    replicas: unavailable,
    ...overrides,
  };
}

const verdictOf = (verdicts: ReturnType<typeof judgeTargets>, start: string) =>
  verdicts.find((item) => item.target.startsWith(start));

describe('judgeTargets', () => {
  it('judges ratios on their 95 % interval, with the interval and sample counts beside them', () => {
    const verdicts = judgeTargets(results());
    const tenfold = verdictOf(verdicts, 'compare, fresh answers: gateway at least 10x');
    expect(tenfold?.verdict).toBe('met');
    expect(tenfold?.figures).toMatch(
      /peerBase\/gateway 95 % interval [\d.]+–[\d.]+ \(200 and 200 samples\)/,
    );
    expect(verdictOf(verdicts, 'compare, fresh answers: gateway within 2x')?.verdict).toBe('met');
    expect(verdictOf(verdicts, 'compare, fresh answers: gateway at least 2x')?.verdict).toBe('met');
  });

  it('misses "faster than" when the interval reaches below the factor, even with the median above it', () => {
    const close = results();
    if (close.cases.compare.status !== 'measured') throw new Error('fixture');
    const servers = { ...close.cases.compare.value.servers, peer: measured(10) };
    const verdicts = judgeTargets(
      results({
        cases: {
          ...close.cases,
          compare: { status: 'measured', value: { ...close.cases.compare.value, servers } },
        },
      }),
    );
    expect(verdictOf(verdicts, 'compare, fresh answers: gateway at least 2x')?.verdict).toBe(
      'MISSED',
    );
  });

  it('counts kept answers as no worse than the cached peer within 5 %, and not past it', () => {
    expect(verdictOf(judgeTargets(results()), 'compare, kept answers')?.verdict).toBe('met');
    const slower = results({
      cases: {
        ...results().cases,
        compareKept: {
          status: 'measured',
          value: {
            description: '',
            servers: { gateway: measured(1.2), peerCached: measured(1), limit: measured(3) },
            statements: {},
          },
        },
      },
    });
    expect(verdictOf(judgeTargets(slower), 'compare, kept answers')?.verdict).toBe('MISSED');
  });

  it('says MISSED plainly where a target is missed', () => {
    const verdicts = judgeTargets(results());
    expect(verdicts.find((item) => item.target.includes('250 KB'))).toMatchObject({
      verdict: 'MISSED',
      figures: '260 KB',
    });
  });

  it('calls a target without figures not available, never met', () => {
    const verdicts = judgeTargets(results());
    for (const start of [
      'caseload: at most 3',
      'growth',
      'living network',
      'one plan event',
      'demo seed',
    ])
      expect(verdictOf(verdicts, start)?.verdict).toBe('not available');
  });

  it('judges the living network on throughput against the peer, tails, memory and lost writes', () => {
    const load = (requestsPerSecond: number, p99Ms: number) => ({
      requestsPerSecond,
      errors: 0,
      non2xx: 0,
      medianMs: 5,
      p99Ms,
      maxRssMb: 200,
    });
    const writes = (found: number) => ({
      sent: 200,
      acknowledged: 200,
      refused: 0,
      lost: 0,
      found,
      latency: summarise(Array.from({ length: 200 }, (_, i) => 10 + (i % 20))),
    });
    const run = (server: 'gateway' | 'peer', reads: number, found = 200) =>
      [10, 50].map((writesPerSecond) => ({
        server,
        writesPerSecond,
        reads: load(reads, 40),
        writes: writes(found),
      }));
    const good = judgeTargets(
      results({
        livingNetwork: {
          status: 'measured',
          value: [...run('gateway', 1000), ...run('peer', 150)],
        },
      }),
    );
    expect(verdictOf(good, 'living network, 50 writes/s: gateway reads at least 5x')?.verdict).toBe(
      'met',
    );
    expect(verdictOf(good, 'living network, 50 writes/s: read p99')?.verdict).toBe('met');
    expect(verdictOf(good, 'living network, 10 writes/s: RSS')?.verdict).toBe('met');
    const lossy = judgeTargets(
      results({
        livingNetwork: {
          status: 'measured',
          value: [...run('gateway', 600, 199), ...run('peer', 150)],
        },
      }),
    );
    expect(
      verdictOf(lossy, 'living network, 10 writes/s: gateway reads at least 5x')?.verdict,
    ).toBe('MISSED');
    expect(verdictOf(lossy, 'living network, 10 writes/s: RSS')?.figures).toContain('199 found');
    expect(verdictOf(lossy, 'living network, 10 writes/s: RSS')?.verdict).toBe('MISSED');
  });

  it('judges growth on latency against municipalities, not households, and each seed on its time', () => {
    const point = (
      scale: string,
      households: number,
      gatewayMedianMs: number,
      seedSeconds: number,
    ) => ({
      scale,
      municipalities: 342,
      households,
      gatewayMedianMs,
      limitMedianMs: 1,
      seedSeconds,
    });
    const flat = judgeTargets(
      results({
        growth: {
          status: 'measured',
          value: [point('demo', 5000, 4, 20), point('national', 1_600_000, 6, 800)],
        },
      }),
    );
    expect(verdictOf(flat, 'growth')?.verdict).toBe('met');
    expect(verdictOf(flat, 'demo seed')?.verdict).toBe('met');
    expect(verdictOf(flat, 'national seed')?.verdict).toBe('met');
    const steep = judgeTargets(
      results({
        growth: {
          status: 'measured',
          value: [point('demo', 5000, 4, 70), point('national', 1_600_000, 90, 1000)],
        },
      }),
    );
    expect(verdictOf(steep, 'growth')?.verdict).toBe('MISSED');
    expect(verdictOf(steep, 'demo seed')).toMatchObject({ verdict: 'MISSED', figures: '70 s' });
    expect(verdictOf(steep, 'national seed')?.verdict).toBe('MISSED');
  });
});

describe('a page that exists but is not ready', () => {
  it('is a miss with the reason, not a missing figure', () => {
    const verdicts = judgeTargets(
      results({
        comparePage: { status: 'failed', reason: 'compare page not ready after 30 s\nstack' },
      }),
    );
    expect(verdicts.find((item) => item.target.includes('ready within 1 s'))).toEqual({
      target: 'web app: compare page ready within 1 s',
      verdict: 'MISSED',
      figures: 'compare page not ready after 30 s',
    });
  });
  it('judges the soak on errors, lost writes and heap growth, not on its run alone', () => {
    const soak = {
      target: 'postgres',
      durationSeconds: 60,
      requests: 1300,
      writes: 260,
      writesAcknowledged: 260,
      writesLost: 0,
      errors: 0,
      requestsPerSecond: 21.7,
      p50Ms: 120,
      p99Ms: 900,
      maxMs: 1500,
      heapGrowth: 0.03,
      passed: true,
    };
    const verdictOf = (value: typeof soak) =>
      judgeTargets(results({ soak: { status: 'measured', value } })).find((item) =>
        item.target.startsWith('soak'),
      );
    expect(verdictOf(soak)).toMatchObject({
      verdict: 'met',
      figures: expect.stringContaining('60 s on postgres: 1300 requests'),
    });
    expect(verdictOf({ ...soak, heapGrowth: 0.14 })?.verdict).toBe('MISSED');
    expect(verdictOf({ ...soak, writesLost: 1, passed: false })?.verdict).toBe('MISSED');
    expect(judgeTargets(results()).find((item) => item.target.startsWith('soak'))?.verdict).toBe(
      'not available',
    );
  });
});
