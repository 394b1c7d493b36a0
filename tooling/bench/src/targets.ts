import type { Outcome } from './availability.js';
import type { ServerName } from './cases/contender.js';
import type { BenchResults, CaseResult } from './results.js';
import { type Interval, medianRatioInterval } from './statistics.js';
import { judgeLivingNetwork, judgeRunAndWebApp, judgeWritesAndSeeds } from './targets-network.js';
import { judge, ms, type TargetVerdict } from './verdict.js';

export type { TargetVerdict, Verdict } from './verdict.js';

/**
 * "No worse than" allows the gateway to be as fast as the other within noise: the upper end of
 * the 95 % interval of the ratio of medians may reach 5 % past even, no further.
 */
export const EQUIVALENCE_MARGIN = 1.05;

const span = (interval: Interval) => `${interval.low}–${interval.high}`;

function samplesOf(outcome: Outcome<CaseResult>, server: ServerName): readonly number[] | null {
  if (outcome.status !== 'measured') return null;
  const result = outcome.value.servers[server];
  return result?.status === 'measured' && result.samplesMs.length > 0 ? result.samplesMs : null;
}

function medianOf(outcome: Outcome<CaseResult>, server: ServerName): number | null {
  if (outcome.status !== 'measured') return null;
  const result = outcome.value.servers[server];
  return result?.status === 'measured' ? result.medianMs : null;
}

/**
 * median(a) / median(b) with its 95 % bootstrap interval, judged on the interval, never on the
 * point: `atMost` when the whole interval lies at or below the bound, `atLeast` when it lies at
 * or above it.
 */
function judgeRatio(
  target: string,
  outcome: Outcome<CaseResult>,
  [a, b]: readonly [ServerName, ServerName],
  bound: { readonly atMost: number } | { readonly atLeast: number },
): TargetVerdict {
  const samplesA = samplesOf(outcome, a);
  const samplesB = samplesOf(outcome, b);
  const interval = samplesA && samplesB ? medianRatioInterval(samplesA, samplesB) : null;
  const medians = `${a} ${ms(medianOf(outcome, a))}, ${b} ${ms(medianOf(outcome, b))}`;
  if (interval === null) return judge(target, null, `${medians}; ${a}/${b} n/a`);
  const isMet = 'atMost' in bound ? interval.high <= bound.atMost : interval.low >= bound.atLeast;
  const n = `${samplesA?.length ?? 0} and ${samplesB?.length ?? 0} samples`;
  return judge(target, isMet, `${medians}; ${a}/${b} 95 % interval ${span(interval)} (${n})`);
}

/** Judges every target; a missing figure is "not available", never "met". */
export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const { compare, compareKept, caseload } = results.cases;
  const statements = caseload.status === 'measured' ? caseload.value.statements.gateway : undefined;
  return [
    judgeRatio(
      'compare, fresh answers: gateway within 2x of the limit',
      compare,
      ['gateway', 'limit'],
      {
        atMost: 2,
      },
    ),
    judgeRatio(
      'compare, fresh answers: gateway at least 2x faster than peer',
      compare,
      ['peer', 'gateway'],
      {
        atLeast: 2,
      },
    ),
    judgeRatio(
      'compare, fresh answers: gateway at least 10x faster than peerBase',
      compare,
      ['peerBase', 'gateway'],
      { atLeast: 10 },
    ),
    judgeRatio(
      'compare, kept answers: gateway no worse than peer behind a response cache',
      compareKept,
      ['gateway', 'peerCached'],
      { atMost: EQUIVALENCE_MARGIN },
    ),
    judgeRatio('caseload: gateway within 1.5x of the limit', caseload, ['gateway', 'limit'], {
      atMost: 1.5,
    }),
    judgeRatio('caseload: gateway no worse than peer', caseload, ['gateway', 'peer'], {
      atMost: EQUIVALENCE_MARGIN,
    }),
    judge(
      'caseload: at most 3 SQL statements per request',
      statements === undefined || medianOf(caseload, 'gateway') === null
        ? null
        : statements.data <= 3,
      statements
        ? `${statements.data} data statements (${statements.total} with transaction and scope set-up)`
        : 'n/a',
    ),
    ...judgeLivingNetwork(results),
    ...judgeWritesAndSeeds(results),
    ...judgeRunAndWebApp(results),
  ];
}
