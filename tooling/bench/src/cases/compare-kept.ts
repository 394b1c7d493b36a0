import {
  compareDescription,
  comparePeriods,
  gatewayCompareContender,
  limitCompareContender,
  peerCompareContender,
} from './compare.js';
import { type CompareAnswer, compareCompareAnswers } from './compare-answer.js';
import type { BenchCase, CaseContext, Contender, ServerName } from './contender.js';

const FRESH_ONLY = 'computes every answer anew: measured in compare';

/**
 * The same comparison asked again and again with nothing written in between, so the gateway sends
 * the answer it kept; beside it the peer behind a response cache of the same kind (keyed on the
 * publication version, read per request), so like is compared with like.
 */
export async function buildCompareKeptCase(
  context: CaseContext,
): Promise<BenchCase<CompareAnswer>> {
  const periods = await comparePeriods(context);
  const missing: Partial<Record<ServerName, string>> = { peer: FRESH_ONLY, peerBase: FRESH_ONLY };
  const contenders: Contender<CompareAnswer>[] = [];

  if (context.urls.gateway)
    contenders.push(await gatewayCompareContender(context, context.urls.gateway, periods));
  else missing.gateway = 'the gateway did not start';

  if (context.urls.peerCached)
    contenders.push(peerCompareContender(context, 'peerCached', context.urls.peerCached, periods));
  else missing.peerCached = 'the response cache in front of PostGraphile did not start';

  contenders.push(limitCompareContender(context, periods));

  return {
    name: 'compareKept',
    description: `${compareDescription(periods)}; kept answers: nothing is written between requests, so the gateway and peerCached send what they kept`,
    contenders,
    missing,
    compareAnswers: compareCompareAnswers,
  };
}
