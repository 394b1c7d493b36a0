import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import {
  ActionKind,
  ClosureReason,
  EscalationTarget,
  GoalIntent,
  PlanEventType,
} from './closed-lists.js';
import { Plan } from './plan.js';
import { readPlanById } from './plan-queries.js';

const PlanEventInput = builder.inputType('PlanEventInput', {
  description:
    'One event in a plan’s life cycle, as a row of the `plan-events` import (docs/import-formats.md). The plan rules of @wijknet/plan check it against the plan’s stored events; a refused event says which rule and why.',
  fields: (t) => ({
    planReference: t.string({ required: true, description: 'Your own code for the plan.' }),
    householdReference: t.string({ description: 'On `OPENED`: your reference of the household.' }),
    teamReference: t.string({ description: 'On `OPENED`: the team that takes the intake.' }),
    type: t.field({ type: PlanEventType, required: true, description: 'The kind of event.' }),
    date: t.string({
      required: true,
      description: 'The day of the event, YYYY-MM-DD; never before the previous one.',
    }),
    leadMemberReference: t.string({
      description: 'On `ACTIVATED` and `LEAD_CHANGED`: the lead worker (regievoerder).',
    }),
    escalationTarget: t.field({
      type: EscalationTarget,
      description: 'On `ESCALATED`: where to.',
    }),
    lifeDomain: t.string({ description: 'On `GOAL_SET` (optional on `ACTION_ADDED`).' }),
    startLevel: t.int({ description: 'On `GOAL_SET`: ZRM level at the start, 1-5.' }),
    targetLevel: t.int({ description: 'On `GOAL_SET`: ZRM level aimed for, 1-5.' }),
    intent: t.field({
      type: GoalIntent,
      description: 'On `GOAL_SET`: IMPROVE (default) or MAINTAIN.',
    }),
    actionKind: t.field({
      type: ActionKind,
      description: 'On `ACTION_ADDED`: the kind of action.',
    }),
    warmHandover: t.boolean({
      description: 'On `ACTION_ADDED` of a SECOND_LINE_REFERRAL: warm handover (warme overdracht).',
    }),
    closureReason: t.field({ type: ClosureReason, description: 'On `CLOSED`: why.' }),
  }),
});

builder.mutationField('recordPlanEvent', (t) =>
  t.field({
    type: Plan,
    description:
      'Records an event of a plan (opening one with `OPENED`), refused with the plan rule’s reason when invalid; returns the plan as its events make it. Sending an event already stored changes nothing. The write is audited.',
    authScopes: { tenant: true },
    args: { input: t.arg({ type: PlanEventInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context, info) => {
      const id = await writeReferencedRow(context, 'plan-events', input, {
        row: 'plan',
        reference: input.planReference,
      });
      return writtenRow(await readPlanById(context, info, id));
    },
  }),
);
