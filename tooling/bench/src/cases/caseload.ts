import { NotAvailableError } from '../availability.js';
import { graphqlRequest, sendGraphql } from '../graphql-client.js';
import type { BenchCase, CaseContext, Contender, ServerName } from './contender.js';

/** A team's caseload: its 50 newest active plans, each with its events and latest assessment. */
const PLANS = 50;

/** The plans by id, each with its number of events and the date of its latest assessment. */
export type CaseloadAnswer = ReadonlyMap<
  string,
  { events: number; latestAssessedOn: string | null }
>;

export function compareCaseloadAnswers(
  expected: CaseloadAnswer,
  actual: CaseloadAnswer,
): string | null {
  const problems: string[] = [];
  if (expected.size !== actual.size)
    problems.push(`${actual.size} plans instead of ${expected.size}`);
  let differing = 0;
  for (const [id, plan] of expected) {
    const other = actual.get(id);
    if (!other || other.events !== plan.events || other.latestAssessedOn !== plan.latestAssessedOn)
      differing++;
  }
  if (differing > 0) problems.push(`${differing} plans differ`);
  return problems.length === 0 ? null : problems.join(', ');
}

const GATEWAY_QUERY = /* GraphQL */ `
  query BenchCaseload($teamId: String!) {
    plans(teamId: $teamId, status: ACTIVE, first: ${PLANS}) {
      edges {
        node {
          id
          status
          openedOn
          events { sequence type occurredOn }
          latestAssessment { assessedOn moment finances housing mentalHealth }
        }
      }
    }
  }
`;

const PEER_QUERY = /* GraphQL */ `
  query PeerCaseload($municipalityId: String!, $teamId: UUID!) {
    allPlans(condition: { municipalityId: $municipalityId, teamId: $teamId, status: "active" }, orderBy: [OPENED_ON_DESC, ROW_ID_DESC], first: ${PLANS}) {
      nodes {
        rowId
        status
        openedOn
        planEventsByMunicipalityIdAndPlanId(orderBy: SEQUENCE_ASC) { nodes { sequence type occurredOn } }
        householdByMunicipalityIdAndHouseholdId {
          assessmentsByMunicipalityIdAndHouseholdId(orderBy: [ASSESSED_ON_DESC], first: 1) {
            nodes { assessedOn moment finances housing mentalHealth }
          }
        }
      }
    }
  }
`;

/**
 * The limit: the same caseload, with the same columns the gateway returns (the events' rows and
 * the latest assessment's scores), in one statement with lateral joins. Plans opened on the same
 * day come in the order the gateway's connection gives them (by ID, descending, as its cursor
 * tie-breaker does); with ascending IDs here, a busy team's 50th and 51st plan of one day traded
 * places and the answers seemed to differ in one plan.
 */
const LIMIT_SQL = `
  select p.id, p.status, p.opened_on, e.event_rows, a.assessed_on::text as latest_assessed_on,
    a.moment, a.finances, a.housing, a.mental_health
  from plans p
  cross join lateral (
    select coalesce(json_agg(json_build_object('sequence', e.sequence, 'type', e.type, 'occurredOn', e.occurred_on) order by e.sequence), '[]') as event_rows
    from plan_events e where e.municipality_id = p.municipality_id and e.plan_id = p.id
  ) e
  left join lateral (
    select a.assessed_on, a.moment, a.finances, a.housing, a.mental_health from assessments a
    where a.municipality_id = p.municipality_id and a.household_id = p.household_id
    order by a.assessed_on desc, a.id desc limit 1
  ) a on true
  where p.municipality_id = $1 and p.team_id = $2 and p.status = 'active'
  order by p.opened_on desc, p.id desc
  limit ${PLANS}
`;

/** The busiest team: the one with the most active plans. */
interface Team {
  municipality_id: string;
  team_id: string;
  active: number;
}

/** The caseload asked of the gateway, as a team member of that team. */
async function gatewayCaseloadContender(
  context: CaseContext,
  url: string,
  team: Team,
): Promise<Contender<CaseloadAnswer>> {
  const token = await context.signToken({
    role: 'team',
    municipalityId: team.municipality_id,
    teamId: team.team_id,
  });
  const http = graphqlRequest(url, GATEWAY_QUERY, { teamId: team.team_id }, token);
  return {
    name: 'gateway',
    http,
    run: async () => {
      const data = await sendGraphql<{
        plans: {
          edges: {
            node: {
              id: string;
              events: unknown[];
              latestAssessment: { assessedOn: string } | null;
            };
          }[];
        };
      }>(http, context.timeoutMs);
      return new Map(
        data.plans.edges.map(({ node }) => [
          node.id,
          {
            events: node.events.length,
            latestAssessedOn: node.latestAssessment?.assessedOn ?? null,
          },
        ]),
      );
    },
  };
}

/** The caseload asked of PostGraphile, on the rollups' database or the base tables'. */
function peerCaseloadContender(
  context: CaseContext,
  name: 'peer' | 'peerBase',
  url: string,
  team: Team,
): Contender<CaseloadAnswer> {
  const http = graphqlRequest(url, PEER_QUERY, {
    municipalityId: team.municipality_id,
    teamId: team.team_id,
  });
  return {
    name,
    http,
    run: async () => {
      const data = await sendGraphql<{
        allPlans: {
          nodes: {
            rowId: string;
            planEventsByMunicipalityIdAndPlanId: { nodes: unknown[] };
            householdByMunicipalityIdAndHouseholdId: {
              assessmentsByMunicipalityIdAndHouseholdId: { nodes: { assessedOn: string }[] };
            } | null;
          }[];
        };
      }>(http, context.timeoutMs);
      return new Map(
        data.allPlans.nodes.map((plan) => [
          plan.rowId,
          {
            events: plan.planEventsByMunicipalityIdAndPlanId.nodes.length,
            latestAssessedOn:
              plan.householdByMunicipalityIdAndHouseholdId
                ?.assessmentsByMunicipalityIdAndHouseholdId.nodes[0]?.assessedOn ?? null,
          },
        ]),
      );
    },
  };
}

/** The limit: the caseload in one SQL statement through the harness's own client. */
function limitCaseloadContender(context: CaseContext, team: Team): Contender<CaseloadAnswer> {
  return {
    name: 'limit',
    run: async () => {
      const rows = await context.sql.unsafe(LIMIT_SQL, [team.municipality_id, team.team_id], {
        prepare: true,
      });
      return new Map(
        rows.map((row) => [
          String(row.id),
          {
            events: (row.event_rows as unknown[]).length,
            latestAssessedOn: row.latest_assessed_on ?? null,
          },
        ]),
      );
    },
  };
}

export async function buildCaseloadCase(context: CaseContext): Promise<BenchCase<CaseloadAnswer>> {
  const [team] = await context.sql<Team[]>`
    select municipality_id, team_id::text as team_id, count(*)::int as active
    from plans where status = 'active'
    group by municipality_id, team_id
    order by count(*) desc, team_id limit 1`;
  // At small scales no team has 50 active plans; the busiest one stands in, and the report says so.
  if (!team) throw new NotAvailableError('no team with active plans in the database');
  const missing: Partial<Record<ServerName, string>> = {};
  const contenders: Contender<CaseloadAnswer>[] = [];

  if (context.urls.gateway)
    contenders.push(await gatewayCaseloadContender(context, context.urls.gateway, team));
  else missing.gateway = 'the gateway did not start';

  for (const name of ['peer', 'peerBase'] as const) {
    const url = context.urls[name];
    if (url) contenders.push(peerCaseloadContender(context, name, url, team));
    else missing[name] = `PostGraphile (${name}) did not start`;
  }

  contenders.push(limitCaseloadContender(context, team));

  return {
    name: 'caseload',
    description: `team ${team.team_id} (${team.municipality_id}, ${team.active} active plans): ${Math.min(PLANS, team.active)} newest active plans with events and latest assessment`,
    contenders,
    missing,
    compareAnswers: compareCaseloadAnswers,
  };
}
