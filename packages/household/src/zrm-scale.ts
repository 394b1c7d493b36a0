import { z } from 'zod';
import type { Locale, LocalisedLabel } from './locale.js';

/** The five levels of the ZRM scale (zelfredzaamheidsscore), from acute problem to fully self-reliant. */
export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;

/** A score on the ZRM scale (zelfredzaamheidsscore): a whole number from 1 to 5. */
export const zrmScoreSchema = z.literal(ZRM_SCORES, {
  error: (issue) =>
    `A ZRM score (zelfredzaamheidsscore) is a whole number from 1 (acute problem) to 5 (fully self-reliant); got ${JSON.stringify(issue.input)}.`,
});

/** A score on the ZRM scale (zelfredzaamheidsscore): 1, 2, 3, 4 or 5. */
export type ZrmScore = z.infer<typeof zrmScoreSchema>;

const ZRM_SCORE_LABELS: Readonly<Record<ZrmScore, LocalisedLabel>> = {
  1: { nl: 'Acute problematiek', en: 'Acute problem' },
  2: { nl: 'Niet zelfredzaam', en: 'Not self-reliant' },
  3: { nl: 'Beperkt zelfredzaam', en: 'Limited self-reliance' },
  4: { nl: 'Voldoende zelfredzaam', en: 'Sufficiently self-reliant' },
  5: { nl: 'Volledig zelfredzaam', en: 'Fully self-reliant' },
};

/** The meaning of a ZRM score in Dutch (`nl`) or English (`en`), e.g. 3 → "Beperkt zelfredzaam". */
export function zrmScoreLabel(score: ZrmScore, locale: Locale): string {
  return ZRM_SCORE_LABELS[score][locale];
}
