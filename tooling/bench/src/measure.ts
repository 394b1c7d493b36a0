import { NotAvailableError } from './availability.js';
import type { BenchCase, ServerName } from './cases/contender.js';
import { type LatencySummary, summarise } from './statistics.js';

/** Latency of one contender in one case, or why it has none. */
export type ContenderResult =
  | (LatencySummary & {
      readonly status: 'measured';
      readonly samples: number;
      /** The timed samples themselves, for intervals of ratios between contenders (not written out). */
      readonly samplesMs: readonly number[];
      readonly agreesWithLimit: string;
    })
  | { readonly status: 'not-available' | 'failed'; readonly reason: string };

const SLOW_ANSWER_MS = 2_000;

export interface MeasureOptions {
  readonly warmUpIterations: number;
  readonly iterations: number;
  /** A contender slower than this per request gets fewer samples, so the run stays bounded. */
  readonly slowServerBudgetMs: number;
}

/**
 * Measures a case side by side: every contender answers once (its answer is checked against the
 * limit's), warms up, then the timed iterations go round-robin over the contenders, starting
 * with a different one each round, so drift in the machine spreads evenly over all of them.
 * A contender's prepare() runs before each of its runs, outside the timing.
 */
export async function measureCase<Answer>(
  benchCase: BenchCase<Answer>,
  options: MeasureOptions,
): Promise<Record<ServerName, ContenderResult>> {
  const results = {} as Record<ServerName, ContenderResult>;
  for (const [name, reason] of Object.entries(benchCase.missing)) {
    results[name as ServerName] = { status: 'not-available', reason };
  }
  const answers = new Map<ServerName, Answer>();
  const isSlow = new Set<ServerName>();
  const alive = [];
  for (const contender of benchCase.contenders) {
    try {
      await contender.prepare?.();
      const started = performance.now();
      answers.set(contender.name, await contender.run());
      // That first answer warmed it; a server this slow is not warmed up further, so the run stays bounded.
      if (performance.now() - started > SLOW_ANSWER_MS) isSlow.add(contender.name);
      alive.push(contender);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      results[contender.name] = {
        status: error instanceof NotAvailableError ? 'not-available' : 'failed',
        reason,
      };
    }
  }
  const expected = answers.get('limit');
  const samples = new Map<ServerName, number[]>(alive.map((contender) => [contender.name, []]));
  const spentMs = new Map<ServerName, number>();
  for (let round = 0; round < options.warmUpIterations + options.iterations; round++) {
    const isTimed = round >= options.warmUpIterations;
    for (let turn = 0; turn < alive.length; turn++) {
      const contender = alive[(round + turn) % alive.length];
      if (!contender || results[contender.name]) continue;
      if (!isTimed && isSlow.has(contender.name)) continue;
      if (
        (spentMs.get(contender.name) ?? 0) > options.slowServerBudgetMs &&
        (samples.get(contender.name)?.length ?? 0) >= 3
      )
        continue;
      let elapsed: number;
      try {
        await contender.prepare?.();
        const started = performance.now();
        await contender.run();
        elapsed = performance.now() - started;
      } catch (error) {
        results[contender.name] = {
          status: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        };
        continue;
      }
      spentMs.set(contender.name, (spentMs.get(contender.name) ?? 0) + elapsed);
      if (isTimed) samples.get(contender.name)?.push(elapsed);
    }
  }
  for (const contender of alive) {
    if (results[contender.name]) continue;
    const timings = samples.get(contender.name) ?? [];
    const answer = answers.get(contender.name);
    const difference =
      expected === undefined || answer === undefined
        ? 'no limit answer'
        : benchCase.compareAnswers(expected, answer);
    results[contender.name] = {
      status: 'measured',
      ...summarise(timings),
      samples: timings.length,
      samplesMs: timings,
      agreesWithLimit: difference === null ? 'yes' : `no: ${difference}`,
    };
  }
  return results;
}
