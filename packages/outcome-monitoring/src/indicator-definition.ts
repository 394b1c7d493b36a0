import { z } from 'zod';
import { COMPLETENESS_MEASURES } from './registration-completeness.js';

/** The unit a figure is expressed in (eenheid). A share is a fraction from 0 to 1. */
export const INDICATOR_UNITS = [
  'share',
  'per-1000',
  'count',
  'days',
  'score-change',
  'hours',
  'fte-per-10000',
  'years',
] as const;

/** Which way is better (richting): used for ranking; neutral figures are context, not a race. */
export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;

/** The levels a figure exists on (niveau): team, wijk (district), gemeente, land. */
export const INDICATOR_LEVELS = ['team', 'district', 'municipality', 'nation'] as const;

/**
 * Output (prestatie: what teams did), outcome (effect: what changed for residents) or
 * context (context: what the figures must be read beside).
 */
export const INDICATOR_KINDS = ['output', 'outcome', 'context'] as const;

/**
 * The groups a municipality opts in to publication for (publicatiegroep): it chooses per group
 * whether its aggregates reach the national benchmark.
 */
export const INDICATOR_GROUPS = ['composition', 'hours', 'access', 'outcomes', 'safety'] as const;

/**
 * What `n` counts for a figure (teleenheid): small-number suppression compares this count with
 * the threshold, so it names the people or units a small number could expose.
 */
export const COUNTING_UNITS = [
  'plan',
  'household',
  'escalation',
  'event',
  'team',
  'core-member',
] as const;

/**
 * Which records of a period a figure counts (periodeafbakening). One rule per name, applied the
 * same way by the TypeScript computation and the SQL rollup (see period-rules.ts):
 * - `plans-closed-in-period`: plans whose closing date lies on or between the first and last day;
 * - `plans-open-during-period`: plans open on at least one day of the period;
 * - `plans-open-on-last-day`: plans open on the period's last day;
 * - `first-plans-in-period`: households whose first plan was opened in the period;
 * - `windows-ending-in-period`: escalations whose 12-month window ends in the period;
 * - `events-dated-in-period`: registered events dated on or between the first and last day;
 * - `teams-active-on-last-day`: a snapshot of the teams and members active on the last day.
 * A plan is open from its opening date through its closing date, both days included: a plan
 * closed on the period's last day was open during the period and on its last day.
 */
export const PERIOD_RULES = [
  'plans-closed-in-period',
  'plans-open-during-period',
  'plans-open-on-last-day',
  'first-plans-in-period',
  'windows-ending-in-period',
  'events-dated-in-period',
  'teams-active-on-last-day',
] as const;

/**
 * How far a change dated D reaches under each period rule (periodebereik): `holding` when a record
 * counts only in the periods holding one of its own dates (a closing, a first opening, an event),
 * so only the quarter and year holding D can change; `onwards` when a record counts in every
 * period from one of its dates on (a plan open during or on the last day, a team or member active
 * on the last day, an escalation whose 12-month window ends later), so the quarter and year holding
 * D and every later one can change.
 */
export const PERIOD_RULE_REACH: Readonly<Record<PeriodRule, 'holding' | 'onwards'>> = {
  'plans-closed-in-period': 'holding',
  'plans-open-during-period': 'onwards',
  'plans-open-on-last-day': 'onwards',
  'first-plans-in-period': 'holding',
  'windows-ending-in-period': 'onwards',
  'events-dated-in-period': 'holding',
  'teams-active-on-last-day': 'onwards',
};

/**
 * What a figure is computed from (invoer), so a write knows which figures it can change:
 * - `plans`: which plans exist, their opening, activation and closing dates and closure reason;
 * - `plan-leads`: a plan's lead and the team it belongs to (a plan moves to its lead's team);
 * - `escalations`: the escalated and de-escalated events of plans;
 * - `goals`: the life domains a plan set goals on;
 * - `assessments`: ZRM assessments (intake and closure scores);
 * - `households`: a household's district and registration date;
 * - `registered-events`: evictions, prevented evictions and supervision orders;
 * - `teams`: teams, their start and end and the districts they serve;
 * - `members`: team members, their ring, tenure, hours and discipline;
 * - `areas`: the households and inhabitants of the municipality and its districts (reference data).
 */
export const INDICATOR_INPUTS = [
  'plans',
  'plan-leads',
  'escalations',
  'goals',
  'assessments',
  'households',
  'registered-events',
  'teams',
  'members',
  'areas',
] as const;

/**
 * The factor that turns numerator / denominator into a figure in its unit (schaal): a share is a
 * fraction (1), a rate per 1,000 multiplies by 1,000, FTE per 10,000 inhabitants by 10,000.
 */
export const UNIT_SCALES: Readonly<Record<IndicatorUnit, number>> = {
  share: 1,
  'per-1000': 1000,
  count: 1,
  days: 1,
  'score-change': 1,
  hours: 1,
  'fte-per-10000': 10_000,
  years: 1,
};

export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export type PeriodRule = (typeof PERIOD_RULES)[number];
export type IndicatorInput = (typeof INDICATOR_INPUTS)[number];
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];
export type CountingUnit = (typeof COUNTING_UNITS)[number];

const textSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });

/** A text in Dutch and English (tekst in het Nederlands en het Engels). */
export type BilingualText = z.infer<typeof textSchema>;

/**
 * The definition of one indicator (indicatordefinitie). `definition` states the exact rule,
 * precise enough for a SQL rollup to reproduce the figure.
 */
export const indicatorDefinitionSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An indicator code is kebab-case (e.g. reach-per-1000).'),
  name: textSchema,
  definition: textSchema,
  unit: z.enum(INDICATOR_UNITS),
  /**
   * Decimals the figure is published and shown with (precisie); for a share, the decimals of
   * its percentage (0.425 shows as 42.5%).
   */
  precision: z.number().int().min(0).max(3),
  direction: z.enum(INDICATOR_DIRECTIONS),
  numerator: textSchema,
  denominator: textSchema,
  levels: z.array(z.enum(INDICATOR_LEVELS)).min(1),
  kind: z.enum(INDICATOR_KINDS),
  group: z.enum(INDICATOR_GROUPS),
  countingUnit: z.enum(COUNTING_UNITS),
  periodRule: z.enum(PERIOD_RULES),
  /** What the figure is computed from: a write that changes none of these leaves it as it was. */
  inputs: z.array(z.enum(INDICATOR_INPUTS)).min(1),
  /**
   * The registration the figure depends on (volledigheidsmaat), when it does: below
   * COMPLETENESS_THRESHOLD of it, the figure carries a completeness flag.
   */
  completeness: z.enum(COMPLETENESS_MEASURES).optional(),
});

/** An indicator definition (indicatordefinitie) in the registry. */
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** numerator / denominator × this gives the indicator's value in its unit. */
export function indicatorScale(definition: Pick<IndicatorDefinition, 'unit'>): number {
  return UNIT_SCALES[definition.unit];
}

/** Keeps each code as a literal type, so `IndicatorCode` is a closed union. */
export function defineIndicator<const Code extends string>(
  definition: IndicatorDefinition & { code: Code },
): IndicatorDefinition & { code: Code } {
  return definition;
}
