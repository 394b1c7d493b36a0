import { z } from 'zod';

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

export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
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
  direction: z.enum(INDICATOR_DIRECTIONS),
  numerator: textSchema,
  denominator: textSchema,
  levels: z.array(z.enum(INDICATOR_LEVELS)).min(1),
  kind: z.enum(INDICATOR_KINDS),
  group: z.enum(INDICATOR_GROUPS),
  countingUnit: z.enum(COUNTING_UNITS),
});

/** An indicator definition (indicatordefinitie) in the registry. */
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** Keeps each code as a literal type, so `IndicatorCode` is a closed union. */
export function defineIndicator<const Code extends string>(
  definition: IndicatorDefinition & { code: Code },
): IndicatorDefinition & { code: Code } {
  return definition;
}
