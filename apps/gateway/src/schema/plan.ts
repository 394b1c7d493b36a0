import type { CaseloadPlan } from '@wijknet/db';
import type { PLAN_STATUSES } from '@wijknet/plan';
import { builder } from '../builder.js';
import { Assessment } from './assessment.js';
import { ActionKind, ClosureReason, EscalationTarget, PlanEventType } from './closed-lists.js';
import { Household } from './household.js';

type PlanEventRow = CaseloadPlan['events'][number];
type GoalRow = NonNullable<CaseloadPlan['goals']>[number];
type ActionRow = NonNullable<CaseloadPlan['actions']>[number];

export const PlanStatus = builder.enumType('PlanStatus', {
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

const PlanEvent = builder.objectRef<PlanEventRow>('PlanEvent').implement({
  description:
    'An event in a plan’s life cycle (gebeurtenis): opened, activated, escalated (opgeschaald), de-escalated (afgeschaald), closed, ...',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Position in the plan’s history, from 1.' }),
    type: t.field({
      type: PlanEventType,
      description: 'Kind of event.',
      resolve: (event) => event.type as (typeof PlanEventType)['$inferType'],
    }),
    occurredOn: t.exposeString('occurredOn', { description: 'Date (YYYY-MM-DD).' }),
    payload: t.string({
      description: 'The event’s own fields (lead, target, reason, ...) as JSON.',
      resolve: (event) => JSON.stringify(event.payload),
    }),
  }),
});

const Goal = builder.objectRef<GoalRow>('Goal').implement({
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

const Action = builder.objectRef<ActionRow>('Action').implement({
  description:
    'An action (actie) in a plan: own network, volunteer, collective offer (collectief aanbod), team member or second-line referral (warme overdracht).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The action’s ID.' }),
    kind: t.field({
      type: ActionKind,
      description: 'Kind of action.',
      resolve: (action) => action.kind as (typeof ActionKind)['$inferType'],
    }),
    escalationTarget: t.field({
      type: EscalationTarget,
      nullable: true,
      description:
        'For a referral: where to, e.g. youth care (jeugdhulp) or mental-health care (GGZ).',
      resolve: (action) =>
        action.escalationTarget as (typeof EscalationTarget)['$inferType'] | null,
    }),
    startedOn: t.exposeString('startedOn', { description: 'Start date (YYYY-MM-DD).' }),
  }),
});

/** A relation the page was asked to hold (see caseloadIncludeOf); missing, the read is wrong. */
export function held<Value>(value: Value | undefined, relation: string): Value {
  if (value === undefined) throw new Error(`the plans were read without their ${relation}`);
  return value;
}

/**
 * A plan as the caseload read (`readCaseloadPage`) gives it. Who may read plans is decided by the
 * fields that lead here (`tenant` scopes); the read itself writes every plan, and every household
 * whose assessment it shows, to the audit log.
 */
export const Plan = builder.objectRef<CaseloadPlan>('Plan').implement({
  description:
    'A support plan (plan): one household, one plan, one lead worker (regievoerder). Every read is written to the audit log.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The plan’s ID.' }),
    teamId: t.exposeString('teamId', { description: 'The team of the lead worker.' }),
    status: t.field({
      type: PlanStatus,
      description: 'Status, derived from the events.',
      resolve: (plan) => plan.status as (typeof PLAN_STATUSES)[number],
    }),
    openedOn: t.exposeString('openedOn', { description: 'Opened (geopend), YYYY-MM-DD.' }),
    activatedOn: t.exposeString('activatedOn', { nullable: true, description: 'Activated.' }),
    closedOn: t.exposeString('closedOn', { nullable: true, description: 'Closed (afgesloten).' }),
    closureReason: t.field({
      type: ClosureReason,
      nullable: true,
      description: 'Why it closed (reden van afsluiting).',
      resolve: (plan) => plan.closureReason as (typeof ClosureReason)['$inferType'] | null,
    }),
    firstEscalatedOn: t.exposeString('firstEscalatedOn', {
      nullable: true,
      description: 'First escalation (opschaling) to specialist help.',
    }),
    deescalatedOn: t.exposeString('deescalatedOn', {
      nullable: true,
      description: 'De-escalation (afschaling) after that escalation.',
    }),
    household: t.field({
      type: Household,
      description: 'The household (huishouden).',
      // Its fields load it through the request's transaction, by its key.
      resolve: (plan) => ({ municipalityId: plan.municipalityId, id: plan.householdId }) as never,
    }),
    events: t.field({
      type: [PlanEvent],
      description: 'The life-cycle events, in order.',
      resolve: (plan) => plan.events,
    }),
    goals: t.field({
      type: [Goal],
      description: 'Goals (doelen) per life domain.',
      resolve: (plan) => held(plan.goals, 'goals'),
    }),
    actions: t.field({
      type: [Action],
      description: 'Actions (acties).',
      resolve: (plan) => held(plan.actions, 'actions'),
    }),
    latestAssessment: t.field({
      type: Assessment,
      nullable: true,
      description:
        'The latest ZRM assessment (laatste meting) of the plan’s household, whichever of its plans it was taken for; null before the first. Read in the same SQL statement as the plans.',
      resolve: (plan) => held(plan.latestAssessment, 'latest assessment'),
    }),
  }),
});
