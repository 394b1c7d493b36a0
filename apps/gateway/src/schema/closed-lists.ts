import { INTAKE_CHANNELS } from '@wijknet/household';
import {
  ACTION_KINDS,
  CLOSURE_REASONS,
  ESCALATION_TARGETS,
  GOAL_INTENTS,
  PLAN_EVENT_TYPES,
} from '@wijknet/plan';
import { DISCIPLINES } from '@wijknet/team';
import { builder } from '../builder.js';

/** `goals-achieved` as a GraphQL enum value: GOALS_ACHIEVED. */
const enumNameOf = (value: string) => value.toUpperCase().replaceAll('-', '_');

/**
 * A closed list of a domain package as a GraphQL enum: the list is the domain's, each value
 * named in capitals (goals-achieved is GOALS_ACHIEVED) and standing for the domain's own text.
 */
function closedList<const Value extends string>(
  name: string,
  values: readonly Value[],
  description: string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [enumNameOf(value), { value, description: `\`${value}\`` }]),
    ) as Record<string, { value: Value; description: string }>,
  });
}

export const PlanEventType = closedList(
  'PlanEventType',
  PLAN_EVENT_TYPES,
  'The kind of a plan event (gebeurtenis), in life-cycle order, as @wijknet/plan names it.',
);

export const ClosureReason = closedList(
  'ClosureReason',
  CLOSURE_REASONS,
  'Why a plan was closed (reden van afsluiting).',
);

export const ActionKind = closedList(
  'ActionKind',
  ACTION_KINDS,
  'The kind of an action (actie): own network, volunteer, collective offer, team member or second-line referral.',
);

export const EscalationTarget = closedList(
  'EscalationTarget',
  ESCALATION_TARGETS,
  'Where a plan is escalated (opgeschaald) to: specialist help outside the team.',
);

export const GoalIntent = closedList(
  'GoalIntent',
  GOAL_INTENTS,
  'Whether a goal aims to improve a ZRM level or to keep it (maintain).',
);

export const IntakeChannel = closedList(
  'IntakeChannel',
  INTAKE_CHANNELS,
  'How a household came in (binnenkomst).',
);

export const Discipline = closedList(
  'Discipline',
  DISCIPLINES,
  'A team member’s discipline (discipline), as @wijknet/team names it.',
);
