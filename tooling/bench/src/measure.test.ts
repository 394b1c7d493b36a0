import { describe, expect, it } from 'vitest';
import type { BenchCase, Contender } from './cases/contender.js';
import { measureCase } from './measure.js';

const OPTIONS = { warmUpIterations: 2, iterations: 5, slowServerBudgetMs: 60_000 };
const PREPARE_MS = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function benchCase(contenders: Contender<number>[]): BenchCase<number> {
  return {
    name: 'test',
    description: 'a case of the tests',
    contenders,
    missing: { peer: 'not asked' },
    compareAnswers: (expected, actual) => (expected === actual ? null : `${actual}`),
  };
}

describe('measureCase', () => {
  it("runs a contender's prepare() before every run, outside the timing", async () => {
    const log: string[] = [];
    const results = await measureCase(
      benchCase([
        {
          name: 'gateway',
          prepare: async () => {
            log.push('prepare');
            await sleep(PREPARE_MS);
          },
          run: async () => {
            log.push('run');
            return 1;
          },
        },
        { name: 'limit', run: async () => 1 },
      ]),
      OPTIONS,
    );
    // The first answer, the warm-up and the timed rounds: each run right after its prepare().
    expect(log).toEqual(Array.from({ length: 8 }, () => ['prepare', 'run']).flat());
    expect(results.gateway).toMatchObject({
      status: 'measured',
      samples: 5,
      agreesWithLimit: 'yes',
    });
    const gateway = results.gateway;
    if (gateway.status !== 'measured') throw new Error('not measured');
    expect(Math.max(...gateway.samplesMs)).toBeLessThan(PREPARE_MS);
    // Five samples give a median with its interval, and no p99.
    expect(gateway.p99Ms).toBeNull();
    expect(gateway.medianInterval.high).toBeLessThan(PREPARE_MS);
    expect(results.peer).toEqual({ status: 'not-available', reason: 'not asked' });
  });

  it('reports a contender whose prepare() fails as failed, with the reason', async () => {
    let calls = 0;
    const results = await measureCase(
      benchCase([
        {
          name: 'gateway',
          prepare: async () => {
            calls++;
            if (calls > 1) throw new Error('version not raised');
          },
          run: async () => 1,
        },
        { name: 'limit', run: async () => 1 },
      ]),
      OPTIONS,
    );
    expect(results.gateway).toEqual({ status: 'failed', reason: 'version not raised' });
    expect(results.limit).toMatchObject({ status: 'measured', samples: 5 });
  });
});
