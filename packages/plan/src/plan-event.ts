import { calendarDateSchema, lifeDomainSchema } from '@wijknet/household';
import { z } from 'zod';
import { actionKindSchema } from './action-kinds.js';
import { closureReasonSchema } from './closure-reasons.js';
import { escalationTargetSchema } from './escalation-targets.js';
import { describeGoalLevelProblem, goalFields } from './goal.js';

const identifier = (what: string) =>
  z
    .string({ error: `The ${what} must be text.` })
    .trim()
    .min(1, { error: `The ${what} is empty.` })
    .max(200, { error: `The ${what} is longer than 200 characters.` });

// Unknown fields are refused: a misspelt field would otherwise vanish silently, and free text
// could carry a resident's name into the plan.
const unknownFields = (type: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `Unknown field(s) ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} in a "${type}" plan event.`
    : undefined;

const event = <Type extends string, Shape extends z.core.$ZodLooseShape>(
  type: Type,
  shape: Shape,
) =>
  z.strictObject(
    {
      type: z.literal(type),
      /** The day the event happened (datum); events of a plan never go back in time. */
      date: calendarDateSchema,
      ...shape,
    },
    { error: unknownFields(type) },
  );

/** The plan is opened and intake starts (intake, aanmelding). Always the first event. */
export const planOpenedSchema = event('opened', {
  /** The plan's own identifier. */
  planId: identifier('plan id'),
  /** The household the plan is for (huishouden), e.g. its pseudonym. */
  householdId: identifier('household id'),
});

/** Intake ends and the plan becomes active with its lead worker (regievoerder). */
export const planActivatedSchema = event('activated', {
  /** The member who leads the plan (regievoerder). */
  leadMemberId: identifier('lead member id'),
});

/** Another member takes over as lead worker (wissel van regievoerder). */
export const leadChangedSchema = event('lead-changed', {
  /** The member who leads the plan from this date (regievoerder). */
  leadMemberId: identifier('lead member id'),
});

/** Specialist help is brought in (opgeschaald); the lead stays with the team. */
export const planEscalatedSchema = event('escalated', {
  /** The help brought in (opschaling naar). */
  target: escalationTargetSchema,
});

/** The specialist help ends and the team carries on alone (afgeschaald). */
export const planDeEscalatedSchema = event('de-escalated', {});

/** A goal is set on a life domain, or revised (doel op een leefgebied). */
export const goalSetSchema = event('goal-set', goalFields).superRefine((goal, context) => {
  const problem = describeGoalLevelProblem(goal);
  if (problem !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['targetLevel'],
      message: `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`,
    });
  }
});

/** An action is taken in the plan (inzet). */
export const actionAddedSchema = event('action-added', {
  /** The kind of action (soort inzet). */
  kind: actionKindSchema,
  /** The life domain the action serves (leefgebied), when it serves one. */
  lifeDomain: lifeDomainSchema.optional(),
  /** For a second-line referral: whether the worker handed over in person (warme overdracht). */
  warmHandover: z.boolean({ error: 'warmHandover must be true or false.' }).optional(),
}).superRefine((action, context) => {
  const isReferral = action.kind === 'second-line-referral';
  if (isReferral && action.warmHandover === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['warmHandover'],
      message:
        'A second-line referral says whether it had a warm handover (warme overdracht): set warmHandover to true or false.',
    });
  }
  if (!isReferral && action.warmHandover !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['warmHandover'],
      message: `warmHandover belongs only to a second-line referral, not to "${action.kind}".`,
    });
  }
});

/** The plan is closed with a reason (afgesloten). */
export const planClosedSchema = event('closed', {
  /** Why the plan was closed (reden van afsluiting). */
  reason: closureReasonSchema,
});

/** The kinds of plan event, in life-cycle order. */
export const PLAN_EVENT_TYPES = [
  'opened',
  'activated',
  'lead-changed',
  'escalated',
  'de-escalated',
  'goal-set',
  'action-added',
  'closed',
] as const;

/**
 * One event in a plan's life (planmutatie), validated from raw JSON or CSV input. The state of
 * a plan is derived from its events by `foldPlanEvents`; the events themselves never change.
 */
export const planEventSchema = z.discriminatedUnion(
  'type',
  [
    planOpenedSchema,
    planActivatedSchema,
    leadChangedSchema,
    planEscalatedSchema,
    planDeEscalatedSchema,
    goalSetSchema,
    actionAddedSchema,
    planClosedSchema,
  ],
  {
    error: (issue) => {
      if (issue.code === 'invalid_union') {
        return `Unknown plan event type ${JSON.stringify((issue.input as { type?: unknown } | undefined)?.type)}: use one of ${PLAN_EVENT_TYPES.join(', ')}.`;
      }
      if (issue.code === 'invalid_type')
        return 'A plan event must be an object with a "type" and a "date".';
      return undefined;
    },
  },
);

/** One event in a plan's life (planmutatie). */
export type PlanEvent = z.infer<typeof planEventSchema>;

/** The kind of a plan event. */
export type PlanEventType = PlanEvent['type'];

/** A plan event as raw input may give it, e.g. with the goal intent left out. */
export type PlanEventInput = z.input<typeof planEventSchema>;

/** The plan events of one type. */
export type PlanEventOf<Type extends PlanEventType> = Extract<PlanEvent, { type: Type }>;
