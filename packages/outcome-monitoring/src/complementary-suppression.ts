import { z } from 'zod';
import type { IndicatorFigure } from './indicator-figure.js';
import { findDeterminedUnknowns } from './linear-determinacy.js';
import { parseInput } from './monitoring-error.js';
import {
  type ControlledFigure,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type DisclosureControlReason,
  publish,
  type SuppressionOptions,
  suppressionOptionsSchema,
  withhold,
} from './small-number-suppression.js';

const keySchema = z.string().min(1, 'A cell key may not be empty.');

/**
 * An additive relation (optelrelatie): the total is the sum of its parts, e.g. a municipality
 * and its districts or teams, or a year and its quarters.
 */
export const additiveRelationSchema = z
  .object({ total: keySchema, parts: z.array(keySchema).min(1, 'A total needs parts.') })
  .refine((relation) => new Set(relation.parts).size === relation.parts.length, {
    error: 'A part is listed twice in one relation.',
  })
  .refine((relation) => !relation.parts.includes(relation.total), {
    error: 'A total cannot be one of its own parts.',
  });

export type AdditiveRelation = z.infer<typeof additiveRelationSchema>;

const planInputSchema = z
  .object({
    counts: z.record(
      keySchema,
      z.number().int('A count is whole.').min(0, 'A count is not negative.'),
    ),
    relations: z.array(additiveRelationSchema),
    threshold: z.number().int().min(1).default(DEFAULT_SUPPRESSION_THRESHOLD),
  })
  .superRefine((input, context) => {
    for (const relation of input.relations) {
      for (const key of [relation.total, ...relation.parts]) {
        if (!(key in input.counts)) {
          context.addIssue({
            code: 'custom',
            path: ['relations'],
            message: `The relation with total ${relation.total} names ${key}, which has no count.`,
          });
        }
      }
    }
  });

type Counts = Readonly<Record<string, number>>;

function smallestPublished(
  keys: readonly string[],
  counts: Counts,
  hidden: ReadonlyMap<string, unknown>,
) {
  return keys
    .filter((key) => !hidden.has(key))
    .sort((a, b) => (counts[a] as number) - (counts[b] as number) || (a < b ? -1 : 1))[0];
}

/**
 * One step of the local rule: in every relation a withheld cell must not be the only unknown,
 * and the withheld parts of a published total must together reach the threshold (their sum is
 * derivable). Returns the next cell to withhold, or undefined when every relation is safe.
 */
function nextByLocalRule(
  relations: readonly AdditiveRelation[],
  counts: Counts,
  hidden: ReadonlyMap<string, unknown>,
  threshold: number,
) {
  for (const { total, parts } of relations) {
    const hiddenParts = parts.filter((part) => hidden.has(part));
    if (hidden.has(total)) {
      if (hiddenParts.length === 0) return smallestPublished(parts, counts, hidden);
      continue;
    }
    if (hiddenParts.length === 0) continue;
    const hiddenSum = hiddenParts.reduce((sum, part) => sum + (counts[part] as number), 0);
    if (hiddenParts.length >= 2 && hiddenSum >= threshold) continue;
    return smallestPublished(parts, counts, hidden) ?? total;
  }
  return undefined;
}

/** The next cell to withhold because some withheld cell is still fixed by the whole system. */
function nextByWholeSystem(
  relations: readonly AdditiveRelation[],
  counts: Counts,
  hidden: ReadonlyMap<string, unknown>,
) {
  const unknowns = [...hidden.keys()].sort();
  const index = new Map(unknowns.map((key, i) => [key, i]));
  const rows = relations.map(({ total, parts }) => {
    const row = new Array<number>(unknowns.length).fill(0);
    const totalIndex = index.get(total);
    if (totalIndex !== undefined) row[totalIndex] = 1;
    for (const part of parts) {
      const partIndex = index.get(part);
      if (partIndex !== undefined) row[partIndex] = -1;
    }
    return row;
  });
  const determined = [...findDeterminedUnknowns(rows, unknowns.length)].sort((a, b) => a - b)[0];
  if (determined === undefined) return undefined;
  const key = unknowns[determined] as string;
  const neighbours = relations
    .filter((relation) => relation.total === key || relation.parts.includes(key))
    .flatMap((relation) => [relation.total, ...relation.parts]);
  const touching = relations
    .filter((relation) => [relation.total, ...relation.parts].some((cell) => hidden.has(cell)))
    .flatMap((relation) => [relation.total, ...relation.parts]);
  return (
    smallestPublished(neighbours, counts, hidden) ?? smallestPublished(touching, counts, hidden)
  );
}

/**
 * Plans small-number and complementary suppression (secundaire onderdrukking) over cells tied
 * by additive relations. Cells with a count below the threshold are withheld; then further
 * cells, smallest first, until no withheld cell can be derived by subtracting published ones,
 * neither within one relation nor by combining relations (checked on the linear system), and
 * the withheld parts of a published total together reach the threshold. Returns the withheld
 * cells with their reason.
 */
export function planSuppression(input: {
  counts: Counts;
  relations: readonly AdditiveRelation[];
  threshold?: number;
}): ReadonlyMap<string, DisclosureControlReason> {
  const { counts, relations, threshold } = parseInput(planInputSchema, input, 'suppression cells');
  const hidden = new Map<string, DisclosureControlReason>();
  for (const [key, count] of Object.entries(counts)) {
    if (count < threshold) hidden.set(key, 'SMALL_NUMBER');
  }
  for (;;) {
    const next =
      nextByLocalRule(relations, counts, hidden, threshold) ??
      nextByWholeSystem(relations, counts, hidden);
    if (next === undefined) return hidden;
    hidden.set(next, 'DERIVABLE');
  }
}

/**
 * Suppresses a set of related figures at once (e.g. a municipality, its districts and its
 * teams for one period): small numbers and every figure that would reveal one. Figures are
 * keyed; the relations name the keys.
 */
export function suppressRelatedFigures(
  figures: Readonly<Record<string, IndicatorFigure>>,
  relations: readonly AdditiveRelation[],
  options: SuppressionOptions = {},
): Record<string, ControlledFigure> {
  const { threshold, roundTo } = parseInput(
    suppressionOptionsSchema,
    options,
    'suppression options',
  );
  const counts = Object.fromEntries(
    Object.entries(figures).map(([key, figure]) => [key, figure.n]),
  );
  const hidden = planSuppression({ counts, relations, threshold });
  return Object.fromEntries(
    Object.entries(figures).map(([key, figure]) => {
      const reason = hidden.get(key);
      return [
        key,
        reason === undefined ? publish(figure, roundTo) : withhold(figure, reason, threshold),
      ];
    }),
  );
}
