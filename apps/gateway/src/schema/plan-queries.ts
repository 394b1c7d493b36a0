import {
  type CaseloadPage,
  type CaseloadPageRequest,
  MAX_PAGE_SIZE,
  readCaseloadPage,
} from '@wijknet/db';
import { districtCodeSchema } from '@wijknet/household';
import { periodEnd, periodStart, periodTextSchema } from '@wijknet/outcome-monitoring';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import {
  caseloadActorOf,
  caseloadIncludeOf,
  caseloadSource,
  recordPageReads,
} from '../data/caseload-reads.js';
import { OWN_SCOPE } from '../data/own-scope.js';
import { uuidArgument } from './codes.js';
import { Household } from './household.js';
import { Plan, PlanStatus } from './plan.js';

/**
 * Plans of the viewer's municipality (row-level security narrows a team's to its own). Read in a
 * scope of its own, the page's statement writes its audit rows; in the request's transaction, the
 * reads join the request's audit rows, written together at its end.
 */
async function readPlans(
  context: GatewayContext,
  info: GraphQLResolveInfo,
  request: Omit<CaseloadPageRequest, 'municipalityId' | 'include' | 'actor'>,
): Promise<CaseloadPage> {
  const actor = caseloadActorOf(context, info);
  const page = await readCaseloadPage(caseloadSource(context), {
    ...request,
    municipalityId: actor.municipalityId,
    include: caseloadIncludeOf(info),
    actor: context.isOwnScope ? actor : undefined,
  });
  if (!context.isOwnScope) recordPageReads(context, page);
  return page;
}

/** A page as a Relay connection: the cursors are the page's own. */
function connectionOf(page: CaseloadPage) {
  return {
    edges: page.plans.map((plan) => ({ cursor: plan.cursor, node: plan })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.plans[0]?.cursor ?? null,
      endCursor: page.plans.at(-1)?.cursor ?? null,
    },
  };
}

builder.queryFields((t) => ({
  plans: t.connection({
    type: Plan,
    description:
      'Plans (plannen) of your municipality, or your team’s for a team token, newest first: by opening date, plans of one day by ID, both descending. Every plan read is audited.',
    authScopes: { tenant: true },
    extensions: OWN_SCOPE,
    args: {
      teamId: t.arg.string({
        required: false,
        description: 'Only plans of this team.',
        validate: uuidArgument.optional(),
      }),
      districtCode: t.arg.string({
        required: false,
        description: 'Only plans of households in this district (wijk).',
        validate: districtCodeSchema.optional(),
      }),
      status: t.arg({
        type: PlanStatus,
        required: false,
        description: 'Only plans in this status.',
      }),
      period: t.arg.string({
        required: false,
        description: 'Only plans opened in this period: a year (2025) or quarter (2025-Q3).',
        validate: periodTextSchema.optional(),
      }),
    },
    resolve: async (_root, args, context, info) =>
      connectionOf(
        await readPlans(context, info, {
          // Falsy arguments filter nothing.
          filter: {
            teamId: args.teamId || undefined,
            districtId: args.districtCode || undefined,
            status: args.status || undefined,
            openedBetween: args.period
              ? { from: periodStart(args.period), until: periodEnd(args.period) }
              : undefined,
          },
          first: args.first,
          after: args.after,
          last: args.last,
          before: args.before,
        }),
      ),
  }),
  plan: t.field({
    type: Plan,
    nullable: true,
    description: 'One plan of your municipality by its ID.',
    authScopes: { tenant: true },
    extensions: OWN_SCOPE,
    args: {
      id: t.arg.string({ required: true, description: 'The plan’s ID.', validate: uuidArgument }),
    },
    resolve: async (_root, args, context, info) =>
      (await readPlans(context, info, { filter: { planId: args.id }, first: 1 })).plans[0] ?? null,
  }),
}));

builder.drizzleObjectFields(Household, (t) => ({
  plans: t.field({
    type: [Plan],
    description: 'The household’s plans (plannen), newest first.',
    select: { columns: { id: true } },
    resolve: async (household, _args, context, info) =>
      (
        await readPlans(context, info, {
          filter: { householdId: household.id },
          first: MAX_PAGE_SIZE,
        })
      ).plans,
  }),
}));

/** The plan of an ID, as the caseload read gives it, in the request's transaction. */
export async function readPlanById(context: GatewayContext, info: GraphQLResolveInfo, id: string) {
  return (await readPlans(context, info, { filter: { planId: id }, first: 1 })).plans[0];
}
