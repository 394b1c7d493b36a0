import { keptPeriodsFrom, today } from '@wijknet/db';
import {
  formatPeriod,
  parsePeriod,
  planPublicSuppression,
  previousPeriod,
  quantile,
  quarterOf as quarterOfDate,
} from '@wijknet/outcome-monitoring';
import { NotAvailableError } from '../availability.js';
import { graphqlRequest, sendGraphql } from '../graphql-client.js';
import type { BenchCase, CaseContext, Contender, ServerName } from './contender.js';

/**
 * The benchmark comparison: every municipality, one indicator, twelve quarters, with the national
 * distribution per quarter. Evictions per 1,000 households: an indicator whose numerator can be
 * counted from a base table by PostGraphile's aggregates, so all four contenders give one answer:
 * the published figures, after small-number and complementary suppression. The gateway, the peer
 * and the limit read the figures the rollup write path published; peerBase's client plans the
 * suppression itself, with the same outcome-monitoring code, from the counts it gets.
 */
export const COMPARE_INDICATOR = 'evictions-per-1000-households';
const INDICATOR_GROUP = 'safety';
const QUARTERS = 12;
/** Below this n a figure is suppressed (the domain's default threshold). */
const SMALL_NUMBER_THRESHOLD = 10;

/** Published values by `municipality|period`, and the national median per period. */
export interface CompareAnswer {
  readonly values: ReadonlyMap<string, number>;
  readonly medians: ReadonlyMap<string, number | null>;
}

/** The twelve quarters ending with `last` (`2025-Q2`), oldest first. */
export function quartersEndingWith(last: string, count = QUARTERS): string[] {
  let quarter = parsePeriod(last);
  if (quarter.kind !== 'quarter') throw new Error(`"${last}" is not a quarter`);
  const quarters: string[] = [];
  for (let i = 0; i < count; i++, quarter = previousPeriod(quarter))
    quarters.unshift(formatPeriod(quarter));
  return quarters;
}

export function quarterOf(date: string): string {
  return formatPeriod(quarterOfDate(date));
}

/** Values and national medians from published values (null: withheld), as a client computes them. */
export function answerFromValues(
  rows: readonly { municipality: string; period: string; value: number | null }[],
  periods: readonly string[],
): CompareAnswer {
  const values = new Map<string, number>();
  const byPeriod = new Map<string, number[]>(periods.map((period) => [period, []]));
  for (const row of rows) {
    const bucket = byPeriod.get(row.period);
    if (!bucket || row.value === null) continue;
    values.set(`${row.municipality}|${row.period}`, row.value);
    bucket.push(row.value);
  }
  const medians = new Map<string, number | null>();
  for (const [period, bucket] of byPeriod)
    medians.set(
      period,
      quantile(
        bucket.sort((a, b) => a - b),
        0.5,
      ),
    );
  return { values, medians };
}

/**
 * Published values from per-municipality counts over every period the rollups keep, as a client
 * of the base tables must work them out: each municipality's series planned by outcome-monitoring's
 * public suppression (below the threshold, and whatever a year minus its other quarters reveals).
 */
export function publishedFromCounts(
  rows: readonly {
    municipality: string;
    period: string;
    numerator: number;
    denominator: number;
    n: number;
  }[],
  scale: number,
): { municipality: string; period: string; value: number | null }[] {
  const byMunicipality = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const series = byMunicipality.get(row.municipality);
    if (series) series.push(row);
    else byMunicipality.set(row.municipality, [row]);
  }
  return [...byMunicipality.values()].flatMap((series) => {
    const withheld = planPublicSuppression(series, 'event', SMALL_NUMBER_THRESHOLD);
    return series.map((row) => ({
      municipality: row.municipality,
      period: row.period,
      value:
        withheld.has(row.period) || row.denominator <= 0
          ? null
          : (row.numerator / row.denominator) * scale,
    }));
  });
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compareCompareAnswers(
  expected: CompareAnswer,
  actual: CompareAnswer,
): string | null {
  let differing = 0;
  for (const [key, value] of expected.values)
    if (!sameNumber(value, actual.values.get(key))) differing++;
  for (const key of actual.values.keys()) if (!expected.values.has(key)) differing++;
  const medians = [...expected.medians].filter(
    ([period, median]) => !sameNumber(median, actual.medians.get(period)),
  );
  if (differing === 0 && medians.length === 0) return null;
  return `${differing} of ${expected.values.size} values and ${medians.length} of ${expected.medians.size} national medians differ`;
}

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

const PEER_BASE_QUERY = /* GraphQL */ `
  query PeerBaseCompare($group: String!) {
    allRegisteredEvents(condition: { type: "eviction" }) {
      groupedAggregates(groupBy: [MUNICIPALITY_ID, OCCURRED_ON]) { keys distinctCount { rowId } }
    }
    allMunicipalities { nodes { rowId households inhabitants } }
    allPublicationSettings(condition: { indicatorGroup: $group, isPublished: true }) { nodes { municipalityId } }
    allIndicatorDefinitions(condition: { code: "${COMPARE_INDICATOR}" }) { nodes { scale } }
  }
`;

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

/** What `peerBase` reads from the base tables for one comparison. */
export interface PeerBaseData {
  allRegisteredEvents: {
    groupedAggregates: { keys: [string, string]; distinctCount: { rowId: string } }[];
  };
  allMunicipalities: {
    nodes: { rowId: string; households: number | null; inhabitants: number | null }[];
  };
  allPublicationSettings: { nodes: { municipalityId: string }[] };
  allIndicatorDefinitions: { nodes: { scale: number }[] };
}

/**
 * The published figures `peerBase` works out from the base tables: the evictions of every kept
 * period (by municipality) of each published municipality with an area, zero where nothing
 * happened, as the write path keeps them, then withheld as the gateway withholds them.
 */
export function peerBaseFigures(
  data: PeerBaseData,
  keptPeriods: ReadonlyMap<string, readonly string[]>,
): { municipality: string; period: string; value: number | null }[] {
  const published = new Set(data.allPublicationSettings.nodes.map((node) => node.municipalityId));
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const group of data.allRegisteredEvents.groupedAggregates) {
    const [municipality, day] = group.keys;
    if (!published.has(municipality)) continue;
    add(`${municipality}|${quarterOf(day)}`, Number(group.distinctCount.rowId));
    add(`${municipality}|${day.slice(0, 4)}`, Number(group.distinctCount.rowId));
  }
  const rows = data.allMunicipalities.nodes
    .filter(
      (node) =>
        published.has(node.rowId) && (node.households ?? 0) > 0 && (node.inhabitants ?? 0) > 0,
    )
    .flatMap((node) =>
      (keptPeriods.get(node.rowId) ?? []).map((period) => {
        const count = counts.get(`${node.rowId}|${period}`) ?? 0;
        return {
          municipality: node.rowId,
          period,
          numerator: count,
          denominator: node.households ?? 0,
          n: count,
        };
      }),
    );
  return publishedFromCounts(rows, data.allIndicatorDefinitions.nodes[0]?.scale ?? 1);
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

  if (context.urls.peerBase) {
    const http = graphqlRequest(context.urls.peerBase, PEER_BASE_QUERY, { group: INDICATOR_GROUP });
    // The calendar, not a figure: each municipality's rollups are kept from its first data through
    // today's quarter. Read once before timing, with the rule the write path uses.
    const keptPeriods = new Map<string, string[]>();
    const day = today();
    for (const row of await context.sql`
      select id, wijknet_first_data_day(id)::text as first from municipalities`) {
      keptPeriods.set(String(row.id), keptPeriodsFrom((row.first as string | null) ?? null, day));
    }
    contenders.push({
      name: 'peerBase',
      http,
      run: async () => {
        const data = await sendGraphql<PeerBaseData>(http, context.timeoutMs);
        return answerFromValues(peerBaseFigures(data, keptPeriods), periods);
      },
    });
  } else missing.peerBase = 'PostGraphile (peerBase) did not start';

  contenders.push(limitCompareContender(context, periods));

  return {
    name: 'compare',
    description: `${compareDescription(periods)}; fresh answers: the publication version is raised (untimed) before every gateway request, so the gateway computes the answer anew`,
    contenders,
    missing,
    compareAnswers: compareCompareAnswers,
  };
}
