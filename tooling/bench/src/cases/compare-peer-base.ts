import { keptPeriodsFrom, today } from '@wijknet/db';
import { planPublicSuppression } from '@wijknet/outcome-monitoring';
import { graphqlRequest, sendGraphql } from '../graphql-client.js';
import {
  answerFromValues,
  COMPARE_INDICATOR,
  type CompareAnswer,
  INDICATOR_GROUP,
  quarterOf,
  SMALL_NUMBER_THRESHOLD,
} from './compare-answer.js';
import type { CaseContext, Contender } from './contender.js';

/**
 * PostGraphile on the base tables: it has no rollups, so its client counts the evictions per
 * municipality and period and withholds the figures itself, with outcome-monitoring's code.
 */
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

/** peerBase asked the comparison: the counts from the base tables, worked out as a client must. */
export async function peerBaseCompareContender(
  context: CaseContext,
  url: string,
  periods: readonly string[],
): Promise<Contender<CompareAnswer>> {
  const http = graphqlRequest(url, PEER_BASE_QUERY, { group: INDICATOR_GROUP });
  // The calendar, not a figure: each municipality's rollups are kept from its first data through
  // today's quarter. Read once before timing, with the rule the write path uses.
  const keptPeriods = new Map<string, string[]>();
  const day = today();
  for (const row of await context.sql`
    select id, wijknet_first_data_day(id)::text as first from municipalities`) {
    keptPeriods.set(String(row.id), keptPeriodsFrom((row.first as string | null) ?? null, day));
  }
  return {
    name: 'peerBase',
    http,
    run: async () => {
      const data = await sendGraphql<PeerBaseData>(http, context.timeoutMs);
      return answerFromValues(peerBaseFigures(data, keptPeriods), periods);
    },
  };
}
