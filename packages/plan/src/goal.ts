import { lifeDomainSchema, type ZrmScore, zrmScoreSchema } from '@wijknet/household';
import { z } from 'zod';

/**
 * What a goal aims for (doelsoort): `improve` raises the ZRM level on a life domain, `maintain`
 * keeps it (behouden), e.g. a frail resident living at home at level 3 for as long as possible.
 * Keeping a level is a real goal in wijkteam work, but it must be said out loud: an improvement
 * goal whose target equals its start would count as "not improved" in the outcome figures.
 */
export const GOAL_INTENTS = ['improve', 'maintain'] as const;

/** What a goal aims for (doelsoort): improve or maintain a level. */
export const goalIntentSchema = z.enum(GOAL_INTENTS, {
  error: (issue) =>
    `Unknown goal intent (doelsoort) ${JSON.stringify(issue.input)}: use "improve" or "maintain".`,
});

/** What a goal aims for (doelsoort): improve or maintain a level. */
export type GoalIntent = z.infer<typeof goalIntentSchema>;

/** The levels of a goal, as far as their rule is concerned. */
export interface GoalLevels {
  readonly intent: GoalIntent;
  readonly startLevel: ZrmScore;
  readonly targetLevel: ZrmScore;
}

/**
 * Why a goal's levels do not fit its intent, or undefined when they do: an `improve` goal
 * needs a target above its start, a `maintain` goal a target equal to it. Shared by the event
 * schema and by `applyPlanEvent`, so typed and raw input meet the same rule.
 */
export function describeGoalLevelProblem(goal: GoalLevels): string | undefined {
  if (goal.intent === 'improve' && goal.targetLevel <= goal.startLevel) {
    return `an improvement goal needs a target level above its start level (start ${goal.startLevel}, target ${goal.targetLevel}); use intent "maintain" to keep a level`;
  }
  if (goal.intent === 'maintain' && goal.targetLevel !== goal.startLevel) {
    return `a goal to maintain a level has the same start and target level (start ${goal.startLevel}, target ${goal.targetLevel})`;
  }
  return undefined;
}

/** The fields of a goal (doel) on one life domain (leefgebied), shared by event and state. */
export const goalFields = {
  /** The life domain the goal is about (leefgebied). */
  lifeDomain: lifeDomainSchema,
  /** The ZRM level when the goal was set (beginniveau). */
  startLevel: zrmScoreSchema,
  /** The ZRM level the goal aims for (streefniveau). */
  targetLevel: zrmScoreSchema,
  /** Improve or maintain (doelsoort); improve when left out. */
  intent: goalIntentSchema.default('improve'),
};
