import { NotAvailableError } from '../availability.js';
import { graphqlRequest, sendGraphql } from '../graphql-client.js';
import {
  answerFromValues,
  COMPARE_INDICATOR,
  type CompareAnswer,
  compareCompareAnswers,
  quartersEndingWith,
} from './compare-answer.js';
import { peerBaseCompareContender } from './compare-peer-base.js';
import type { BenchCase, CaseContext, Contender, ServerName } from './contender.js';

/**
 * Every municipality's value (null when withheld) per quarter, as the web app's strip plots ask
 * it and as the peer and the limit answer it, with the national distribution the gateway
 * computes itself (the others leave the median to their client).
 */
const GATEWAY_QUERY = /* GraphQL */ `
  query BenchCompare($input: CompareInput!) {
    compare(input: $input) {
      periods
      indicators {
        indicator { code }
        periods {
          period
          national { median p10 p25 p75 p90 municipalityCount }
          allMunicipalities { municipalityCode value }
        }
      }
    }
  }
`;

/** The part of the gateway's compare answer the case reads. */
export interface GatewayCompareData {
  compare: {
    indicators: {
      periods: {
        period: string;
        national: { median: number | null };
        allMunicipalities: { municipalityCode: string; value: number | null }[];
      }[];
    }[];
  };
}

function peerQuery(periods: readonly string[]): string {
  const aliases = periods
    .map(
      (period, index) =>
        `q${index}: allPublishedIndicatorFigures(condition: { indicatorCode: $indicator, period: "${period}" }) { nodes { municipalityId value } }`,
    )
    .join('\n');
  return `query PeerCompare($indicator: String!) {\n${aliases}\n}`;
}

/** The limit: the same answer from the published figures in one SQL statement. */
const LIMIT_SQL = `
  with figures as (
    select municipality_id, period, value
    from published_indicator_figures
    where indicator_code = $1 and period = any($2::text[]) and value is not null
  )
  select municipality_id, period, value, null::float8 as median from figures
  union all
  select null, period, null, percentile_cont(0.5) within group (order by value) from figures group by period
`;

/** The twelve quarters up to the latest quarter of the comparison's indicator in the rollups. */
export async function comparePeriods(context: CaseContext): Promise<string[]> {
  const [latest] = await context.sql`
    select max(period) as period from published_indicator_rollups
    where indicator_code = ${COMPARE_INDICATOR} and level = 'municipality' and period like '%-Q%'`;
  if (!latest?.period)
    throw new NotAvailableError(`no published rollups of ${COMPARE_INDICATOR} in the database`);
  return quartersEndingWith(String(latest.period));
}

/** The gateway's answer as the others give theirs: published values by key, the national medians. */
export function answerFromGateway(data: GatewayCompareData): CompareAnswer {
  const values = new Map<string, number>();
  const medians = new Map<string, number | null>();
  for (const period of data.compare.indicators[0]?.periods ?? []) {
    medians.set(period.period, period.national.median);
    for (const figure of period.allMunicipalities) {
      if (figure.value != null)
        values.set(`${figure.municipalityCode}|${period.period}`, figure.value);
    }
  }
  return { values, medians };
}

/** The comparison asked of the gateway as an institute. */
export async function gatewayCompareContender(
  context: CaseContext,
  gatewayUrl: string,
  periods: readonly string[],
): Promise<Contender<CompareAnswer>> {
  const token = await context.signToken({ role: 'institute' });
  const codes =
    await context.sql`select id from municipalities where valid_until is null order by id`;
  const http = graphqlRequest(
    gatewayUrl,
    GATEWAY_QUERY,
    {
      input: {
        municipalityCodes: codes.slice(0, 1).map((row) => row.id),
        indicatorCodes: [COMPARE_INDICATOR],
        granularity: 'QUARTER',
        from: periods[0],
        to: periods.at(-1),
      },
    },
    token,
  );
  return {
    name: 'gateway',
    http,
    run: async () =>
      answerFromGateway(await sendGraphql<GatewayCompareData>(http, context.timeoutMs)),
  };
}

/** The limit: the comparison in one SQL statement through the harness's own client. */
export function limitCompareContender(
  context: CaseContext,
  periods: readonly string[],
): Contender<CompareAnswer> {
  return {
    name: 'limit',
    run: async () => {
      const rows = await context.sql.unsafe(LIMIT_SQL, [COMPARE_INDICATOR, periods as string[]], {
        prepare: true,
      });
      const values = new Map<string, number>();
      const medians = new Map<string, number | null>(periods.map((period) => [period, null]));
      for (const row of rows) {
        if (row.municipality_id === null) medians.set(row.period, row.median);
        else values.set(`${row.municipality_id}|${row.period}`, row.value);
      }
      return { values, medians };
    },
  };
}

/** What the comparison asks, for the case's description. */
export function compareDescription(periods: readonly string[]): string {
  return `all municipalities, ${COMPARE_INDICATOR}, ${periods[0]}..${periods.at(-1)}, national median`;
}

/** PostGraphile (as it comes, or behind its response cache) asked the comparison, one alias per period. */
export function peerCompareContender(
  context: CaseContext,
  name: 'peer' | 'peerCached',
  url: string,
  periods: readonly string[],
): Contender<CompareAnswer> {
  const http = graphqlRequest(url, peerQuery(periods), { indicator: COMPARE_INDICATOR });
  return {
    name,
    http,
    run: async () => {
      type Rows = { nodes: { municipalityId: string; value: number | null }[] };
      const data = await sendGraphql<Record<string, Rows>>(http, context.timeoutMs);
      const rows = periods.flatMap((period, index) =>
        (data[`q${index}`]?.nodes ?? []).map((node) => ({
          municipality: node.municipalityId,
          period,
          value: node.value,
        })),
      );
      return answerFromValues(rows, periods);
    },
  };
}

/**
 * Raises the shared publication version (the row of the empty code), as any write to a public
 * figure, a publication setting or a reference table would: no figure a comparison shows changes,
 * but every answer kept under the old version becomes unreachable.
 */
export async function raisePublicationVersion(sql: CaseContext['sql']): Promise<void> {
  const rows = await sql`
    update publication_versions set version = version + 1 where municipality_id = ''
    returning version`;
  if (rows.length !== 1) throw new Error('publication_versions has no shared row to raise');
}

/**
 * The comparison as an institute gets it right after a write: the publication version is raised
 * (untimed, through the harness's own client) before every gateway request, so the gateway
 * computes the answer anew instead of sending one it kept. PostGraphile keeps no answers.
 */
export async function buildCompareCase(context: CaseContext): Promise<BenchCase<CompareAnswer>> {
  const periods = await comparePeriods(context);
  const missing: Partial<Record<ServerName, string>> = {
    peerCached: 'measured with kept answers, in compareKept',
  };
  const contenders: Contender<CompareAnswer>[] = [];

  if (context.urls.gateway) {
    const gateway = await gatewayCompareContender(context, context.urls.gateway, periods);
    contenders.push({ ...gateway, prepare: () => raisePublicationVersion(context.sql) });
  } else missing.gateway = 'the gateway did not start';

  if (context.urls.peer)
    contenders.push(peerCompareContender(context, 'peer', context.urls.peer, periods));
  else missing.peer = 'PostGraphile (peer) did not start';

  if (context.urls.peerBase)
    contenders.push(await peerBaseCompareContender(context, context.urls.peerBase, periods));
  else missing.peerBase = 'PostGraphile (peerBase) did not start';

  contenders.push(limitCompareContender(context, periods));

  return {
    name: 'compare',
    description: `${compareDescription(periods)}; fresh answers: the publication version is raised (untimed) before every gateway request, so the gateway computes the answer anew`,
    contenders,
    missing,
    compareAnswers: compareCompareAnswers,
  };
}
