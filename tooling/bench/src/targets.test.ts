import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results.js';
import { judgeTargets } from './targets.js';

const measured = (medianMs: number) => ({
  status: 'measured' as const,
  medianMs,
  p99Ms: medianMs * 2,
  samples: 10,
  agreesWithLimit: 'yes',
});
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
            peer: measured(8),
            peerBase: measured(400),
            limit: measured(3),
          },
          statements: {},
        },
      },
      compareFresh: {
        status: 'measured',
        value: {
          description: '',
          servers: {
            gateway: measured(7),
            peer: unavailable,
            peerBase: unavailable,
            limit: measured(3),
          },
          statements: {},
        },
      },
      caseload: unavailable,
    },
    load: { compare: unavailable, caseload: unavailable },
    loadSettings: { connections: 20, durationSeconds: 20 },
    growth: unavailable,
    importRates: unavailable,
    bundle: { status: 'measured', value: { files: ['/assets/index.js'], gzipKb: 260 } },
    comparePage: unavailable,
    soak: unavailable,
    ...overrides,
  };
}

describe('judgeTargets', () => {
  it('meets the comparison targets when the figures do, with the figures beside them', () => {
    const verdicts = judgeTargets(results());
    const tenfold = verdicts.find((item) => item.target.includes('10x'));
    expect(tenfold).toEqual({
      target: 'compare: gateway median at least 10x lower than peerBase',
      verdict: 'met',
      figures: 'peerBase 400 ms / gateway 5 ms = 80x',
    });
    expect(verdicts.find((item) => item.target.includes('within 2x'))?.verdict).toBe('met');
  });

  it('gives the comparison computed afresh beside the compare figures, without judging it', () => {
    const verdicts = judgeTargets(results());
    expect(verdicts.find((item) => item.target.includes('within 2x'))).toEqual({
      target: 'compare: gateway median within 2x of the limit (bare SQL)',
      verdict: 'met',
      figures:
        'gateway 5 ms / limit 3 ms = 1.67x; compareFresh (not judged): gateway 7 ms / limit 3 ms = 2.33x',
    });
    expect(verdicts.find((item) => item.target.includes('no worse than peer'))?.figures).toBe(
      'gateway 5 ms, peer 8 ms; compareFresh (not judged): gateway 7 ms',
    );
    expect(verdicts.filter((item) => item.target.includes('compareFresh'))).toEqual([]);
    const withoutFresh = judgeTargets(
      results({ cases: { ...results().cases, compareFresh: unavailable } }),
    );
    expect(withoutFresh.find((item) => item.target.includes('within 2x'))?.figures).toBe(
      'gateway 5 ms / limit 3 ms = 1.67x',
    );
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
    expect(verdicts.find((item) => item.target.startsWith('caseload: at most 3'))?.verdict).toBe(
      'not available',
    );
    expect(verdicts.find((item) => item.target.startsWith('growth'))?.verdict).toBe(
      'not available',
    );
  });

  it('judges growth on latency against municipalities, not households', () => {
    const point = (scale: string, households: number, gatewayMedianMs: number) => ({
      scale,
      municipalities: 342,
      households,
      gatewayMedianMs,
      limitMedianMs: 1,
    });
    const flat = judgeTargets(
      results({
        growth: {
          status: 'measured',
          value: [point('demo', 5000, 4), point('national', 1_600_000, 6)],
        },
      }),
    );
    expect(flat.find((item) => item.target.startsWith('growth'))?.verdict).toBe('met');
    const steep = judgeTargets(
      results({
        growth: {
          status: 'measured',
          value: [point('demo', 5000, 4), point('national', 1_600_000, 90)],
        },
      }),
    );
    expect(steep.find((item) => item.target.startsWith('growth'))?.verdict).toBe('MISSED');
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
