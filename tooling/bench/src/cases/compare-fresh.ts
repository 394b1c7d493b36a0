import type { Sql } from 'postgres';
import {
  type CompareAnswer,
  compareCompareAnswers,
  compareDescription,
  comparePeriods,
  gatewayCompareContender,
  limitCompareContender,
} from './compare.js';
import type { BenchCase, CaseContext, Contender, ServerName } from './contender.js';

/** PostGraphile keeps no answers: its `compare` figures already are its figures computed afresh. */
const NO_CACHE = 'PostGraphile keeps no answers, so its compare figures already are its fresh ones';

/**
 * Raises the shared publication version (the row of the empty code), as any write to a public
 * figure, a publication setting or a reference table would: no figure a comparison shows changes,
 * but every answer the gateway kept under the old version becomes unreachable.
 */
export async function raisePublicationVersion(sql: Sql): Promise<void> {
  const rows = await sql`
    update publication_versions set version = version + 1 where municipality_id = ''
    returning version`;
  if (rows.length !== 1) throw new Error('publication_versions has no shared row to raise');
}

/**
 * The comparison of the `compare` case right after a write: the publication version is raised
 * before every gateway request (untimed, through the harness's own client), so the gateway
 * computes the answer anew instead of sending the one it kept. Only the gateway and the limit.
 */
export async function buildCompareFreshCase(
  context: CaseContext,
): Promise<BenchCase<CompareAnswer>> {
  const periods = await comparePeriods(context);
  const missing: Partial<Record<ServerName, string>> = { peer: NO_CACHE, peerBase: NO_CACHE };
  const contenders: Contender<CompareAnswer>[] = [];

  if (context.urls.gateway) {
    const gateway = await gatewayCompareContender(context, context.urls.gateway, periods);
    contenders.push({ ...gateway, prepare: () => raisePublicationVersion(context.sql) });
  } else missing.gateway = 'the gateway did not start';

  contenders.push(limitCompareContender(context, periods));

  return {
    name: 'compareFresh',
    description: `${compareDescription(periods)}; right after a write: the publication version is raised before every gateway request (untimed), so the gateway computes the answer anew instead of sending the one it kept`,
    contenders,
    missing,
    compareAnswers: compareCompareAnswers,
  };
}
