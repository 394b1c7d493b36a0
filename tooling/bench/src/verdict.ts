export type Verdict = 'met' | 'MISSED' | 'not available';

/** One target of the issue, judged on this run's figures. */
export interface TargetVerdict {
  readonly target: string;
  readonly verdict: Verdict;
  readonly figures: string;
}

export function judge(target: string, isMet: boolean | null, figures: string): TargetVerdict {
  return { target, verdict: isMet === null ? 'not available' : isMet ? 'met' : 'MISSED', figures };
}

export const ms = (value: number | null | undefined) => (value == null ? 'n/a' : `${value} ms`);
