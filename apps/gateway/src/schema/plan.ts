import { readPlanPage } from '@wijknet/db';
import type { PLAN_STATUSES } from '@wijknet/plan';
import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import { plannedColumns, readsPlannedPage } from '../execution/planned-page.js';
import { markPlannedRows } from '../execution/planned-rows.js';
import { Assessment } from './assessment.js';
import { districtCodeArgument, periodArgument, uuidArgument } from './codes.js';

const PlanStatus = builder.enumType('PlanStatus', {
  description: 'Where a plan is in its life cycle (status): intake, active or closed.',
  values: {
    INTAKE: { value: 'intake', description: 'Being drawn up (intake).' },
    ACTIVE: { value: 'active', description: 'Being carried out (actief).' },
    CLOSED: { value: 'closed', description: 'Ended (afgesloten), with a closure reason.' },
  } as const satisfies Record<
    string,
    { value: (typeof PLAN_STATUSES)[number]; description: string }
  >,
});

builder.drizzleObject('planEvents', {
  name: 'PlanEvent',
  description:
    'An event in a plan’s life cycle (gebeurtenis): opened, activated, escalated (opgeschaald), de-escalated (afgeschaald), closed, ...',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Position in the plan’s history, from 1.' }),
    type: t.exposeString('type', { description: 'Kind of event, as @wijknet/plan names it.' }),
    occurredOn: t.exposeString('occurredOn', { description: 'Date (YYYY-MM-DD).' }),
    payload: t.string({
      description: 'The event’s own fields (lead, target, reason, ...) as JSON.',
      resolve: (event) => JSON.stringify(event.payload),
    }),
  }),
});

builder.drizzleObject('goals', {
  name: 'Goal',
  description: 'A goal (doel) of a plan on one life domain, from a start to a target ZRM level.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The goal’s ID.' }),
    lifeDomain: t.exposeString('lifeDomain', {
      description: 'Life domain (leefgebied) of the Zelfredzaamheid-Matrix, or parenting.',
    }),
    startLevel: t.exposeInt('startLevel', { description: 'ZRM score at the start (1-5).' }),
    targetLevel: t.exposeInt('targetLevel', { description: 'ZRM score aimed for (1-5).' }),
  }),
});

builder.drizzleObject('actions', {
  name: 'Action',
  description:
    'An action (actie) in a plan: own network, volunteer, collective offer (collectief aanbod), team member or second-line referral (warme overdracht).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The action’s ID.' }),
    kind: t.exposeString('kind', { description: 'Kind of action.' }),
    escalationTarget: t.exposeString('escalationTarget', {
      nullable: true,
      description:
        'For a referral: where to, e.g. youth-care (jeugdhulp) or mental-health-care (GGZ).',
    }),
    startedOn: t.exposeString('startedOn', { description: 'Start date (YYYY-MM-DD).' }),
  }),
});

export const Plan = builder.drizzleObject('plans', {
  name: 'Plan',
  description:
    'A support plan (plan): one household, one plan, one lead worker (regievoerder). Every read is written to the audit log.',
  authScopes: (plan) => ({ householdRead: { subjectType: 'plan', id: plan.id } }),
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The plan’s ID.' }),
    teamId: t.exposeString('teamId', { description: 'The team of the lead worker.' }),
    status: t.field({
      type: PlanStatus,
      description: 'Status, derived from the events.',
      select: { columns: { status: true } },
      resolve: (plan) => plan.status as (typeof PLAN_STATUSES)[number],
    }),
    openedOn: t.exposeString('openedOn', { description: 'Opened (geopend), YYYY-MM-DD.' }),
    activatedOn: t.exposeString('activatedOn', { nullable: true, description: 'Activated.' }),
    closedOn: t.exposeString('closedOn', { nullable: true, description: 'Closed (afgesloten).' }),
    closureReason: t.exposeString('closureReason', {
      nullable: true,
      description: 'Why it closed (reden van afsluiting), e.g. goals-achieved.',
    }),
    firstEscalatedOn: t.exposeString('firstEscalatedOn', {
      nullable: true,
      description: 'First escalation (opschaling) to specialist help.',
    }),
    deescalatedOn: t.exposeString('deescalatedOn', {
      nullable: true,
      description: 'De-escalation (afschaling) after that escalation.',
    }),
    household: t.relation('household', { description: 'The household (huishouden).' }),
    events: t.relation('events', {
      description: 'The life-cycle events, in order.',
      query: { orderBy: { sequence: 'asc' } },
    }),
    goals: t.relation('goals', { description: 'Goals (doelen) per life domain.' }),
    actions: t.relation('actions', { description: 'Actions (acties).' }),
    latestAssessment: t.field({
      type: Assessment,
      nullable: true,
      description:
        'The latest ZRM assessment (laatste meting) of the plan’s household, whichever of its plans it was taken for; null before the first. Read in the same SQL statement as the plans.',
      select: (_args, _context, nestedSelection) => ({
        with: {
          householdAssessments: nestedSelection({
            orderBy: { assessedOn: 'desc', id: 'desc' },
            limit: 1,
          }),
        },
      }),
      resolve: (plan) => plan.householdAssessments[0] ?? null,
      // Loaded on a row a planned read gave (see PlannedRowsPlugin).
      extensions: {
        pothosDrizzleLoaded: (plan: { householdAssessments?: unknown }) =>
          plan.householdAssessments !== undefined,
      },
    }),
  }),
});

/** The first and last day of a period: `2025` or `2025-Q3`. */
export function periodBounds(period: string): { from: string; until: string } {
  const [year, quarter] = period.split('-Q');
  if (!quarter) return { from: `${year}-01-01`, until: `${year}-12-31` };
  const firstMonth = (Number(quarter) - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(Number(year), firstMonth + 2, 0)).getUTCDate();
  const month = (m: number) => String(m).padStart(2, '0');
  return {
    from: `${year}-${month(firstMonth)}-01`,
    until: `${year}-${month(firstMonth + 2)}-${lastDay}`,
  };
}

builder.queryFields((t) => ({
  plans: t.drizzleConnection({
    type: 'plans',
    description:
      'Plans (plannen) of your municipality, or your team’s for a team token, newest first: by opening date, plans of one day by ID, both descending. Every plan read is audited.',
    authScopes: { tenant: true },
    args: {
      teamId: t.arg.string({
        required: false,
        description: 'Only plans of this team.',
        validate: uuidArgument.optional(),
      }),
      districtCode: t.arg.string({
        required: false,
        description: 'Only plans of households in this district (wijk).',
        validate: districtCodeArgument.optional(),
      }),
      status: t.arg({
        type: PlanStatus,
        required: false,
        description: 'Only plans in this status.',
      }),
      period: t.arg.string({
        required: false,
        description: 'Only plans opened in this period: a year (2025) or quarter (2025-Q3).',
        validate: periodArgument.optional(),
      }),
    },
    resolve: async (query, _root, args, context, info) => {
      const bounds = args.period ? periodBounds(args.period) : undefined;
      const page = query({
        where: {
          ...(args.teamId ? { teamId: args.teamId } : {}),
          ...(args.districtCode ? { household: { districtId: args.districtCode } } : {}),
          ...(args.status ? { status: args.status } : {}),
          ...(bounds ? { openedOn: { gte: bounds.from, lte: bounds.until } } : {}),
        },
        orderBy: { openedOn: 'desc' },
      });
      const municipalityId =
        context.viewer.kind === 'authenticated' ? context.viewer.municipalityId : undefined;
      // The page size the plugin asks for: one more than the page, to tell whether more follow.
      const { limit } = page as { limit?: number };
      // A first page of columns, events and latest assessments (a team's caseload) is read in one
      // planned statement; any other selection or page as the drizzle plugin plans it. The paging
      // (page size, order with its tie-breaker, cursors) is the plugin's either way.
      if (
        municipalityId &&
        typeof page.orderBy === 'object' &&
        limit !== undefined &&
        readsPlannedPage(info, args)
      ) {
        const rows = await readPlanPage(
          context.db,
          {
            municipalityId,
            // Falsy arguments filter nothing, as in the drizzle plugin's `where` above.
            teamId: args.teamId || undefined,
            districtId: args.districtCode || undefined,
            status: args.status || undefined,
            openedBetween: bounds,
          },
          {
            orderBy: page.orderBy as Record<string, 'asc' | 'desc'>,
            limit,
            columns: plannedColumns(info),
          },
        );
        markPlannedRows(
          rows.flatMap((plan) => [plan, ...plan.events, ...plan.householdAssessments]),
        );
        return rows;
      }
      return context.db.query.plans.findMany(page);
    },
  }),
  plan: t.drizzleField({
    type: 'plans',
    nullable: true,
    description: 'One plan of your municipality by its ID.',
    authScopes: { tenant: true },
    args: {
      id: t.arg.string({ required: true, description: 'The plan’s ID.', validate: uuidArgument }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.plans.findFirst(query({ where: { id: args.id } })),
  }),
}));

const PlanEventInput = builder.inputType('PlanEventInput', {
  description:
    'One event in a plan’s life cycle, as a row of the `plan-events` import (docs/import-formats.md). The plan rules of @wijknet/plan check it against the plan’s stored events; a refused event says which rule and why.',
  fields: (t) => ({
    planReference: t.string({ required: true, description: 'Your own code for the plan.' }),
    householdReference: t.string({ description: 'On `opened`: your reference of the household.' }),
    teamReference: t.string({ description: 'On `opened`: the team that takes the intake.' }),
    type: t.string({
      required: true,
      description:
        'opened, activated, lead-changed, escalated, de-escalated, goal-set, action-added or closed.',
    }),
    date: t.string({
      required: true,
      description: 'The day of the event, YYYY-MM-DD; never before the previous one.',
    }),
    leadMemberReference: t.string({
      description: 'On `activated` and `lead-changed`: the lead worker (regievoerder).',
    }),
    escalationTarget: t.string({
      description:
        'On `escalated`: youth-care, mental-health-care, debt-relief, wmo-provision, work-and-income, housing or compulsory-framework.',
    }),
    lifeDomain: t.string({ description: 'On `goal-set` (optional on `action-added`).' }),
    startLevel: t.int({ description: 'On `goal-set`: ZRM level at the start, 1-5.' }),
    targetLevel: t.int({ description: 'On `goal-set`: ZRM level aimed for, 1-5.' }),
    intent: t.string({ description: 'On `goal-set`: improve (default) or maintain.' }),
    actionKind: t.string({
      description:
        'On `action-added`: own-network, volunteer, collective-activity, team-member or second-line-referral.',
    }),
    warmHandover: t.boolean({
      description: 'On `action-added` of a second-line-referral: warm handover (warme overdracht).',
    }),
    closureReason: t.string({
      description:
        'On `closed`: goals-achieved, stable-with-light-follow-up, moved, refused-or-stopped, permanently-referred or other.',
    }),
  }),
});

builder.mutationField('recordPlanEvent', (t) =>
  t.drizzleField({
    type: 'plans',
    description:
      'Records an event of a plan (opening one with `opened`), refused with the plan rule’s reason when invalid; returns the plan as its events make it. Sending an event already stored changes nothing. The write is audited.',
    authScopes: { tenant: true },
    args: { input: t.arg({ type: PlanEventInput, required: true, description: 'What to write.' }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'plan-events', input, {
        row: 'plan',
        reference: input.planReference,
      });
      return writtenRow(await context.db.query.plans.findFirst(query({ where: { id } })));
    },
  }),
);
