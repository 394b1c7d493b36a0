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
