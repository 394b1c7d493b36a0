import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.js';
import {
  doesLifeDomainApply,
  LIFE_DOMAINS,
  type LifeDomain,
  lifeDomainLabel,
  lifeDomainSchema,
} from './life-domains.js';
import { zrmScoreSchema } from './zrm-scale.js';

/**
 * When in a plan an assessment was made (meetmoment): at intake, as a follow-up (every 3 or 6
 * months) or at closure.
 */
export const ASSESSMENT_MOMENTS = ['intake', 'follow-up', 'closure'] as const;

/** When in a plan an assessment was made (meetmoment). */
export const assessmentMomentSchema = z.enum(ASSESSMENT_MOMENTS, {
  error: (issue) =>
    `Unknown assessment moment (meetmoment) ${JSON.stringify(issue.input)}: use one of ${ASSESSMENT_MOMENTS.join(', ')}.`,
});

/** When in a plan an assessment was made (meetmoment). */
export type AssessmentMoment = z.infer<typeof assessmentMomentSchema>;

// Checked before the scores, so an unknown domain gets its own message instead of zod's
// generic one for unexpected keys.
const domainKeysSchema = z
  .record(z.string(), z.unknown(), { error: 'Scores must be an object of life domain to score.' })
  .superRefine((scores, context) => {
    const known: readonly string[] = LIFE_DOMAINS;
    const unknown = Object.keys(scores).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `Unknown life domain(s) (leefgebied) ${unknown.map((key) => JSON.stringify(key)).join(', ')}: use ${LIFE_DOMAINS.join(', ')}.`,
      });
    }
  });

/**
 * A ZRM assessment (ZRM-meting) of a household at a date: a score per life domain. Not every
 * domain has to be scored, since teams often score only the domains in play, but at least one.
 */
export const zrmAssessmentSchema = z.strictObject({
  /** The day of the assessment (meetdatum). */
  assessedOn: calendarDateSchema,
  /** Where in the plan the assessment falls (meetmoment), when known. */
  moment: assessmentMomentSchema.optional(),
  /** The score per life domain (score per leefgebied). */
  scores: domainKeysSchema
    .pipe(z.partialRecord(lifeDomainSchema, zrmScoreSchema))
    .refine((scores) => Object.keys(scores).length > 0, {
      error: 'An assessment scores at least one life domain (leefgebied).',
    }),
});

/** A ZRM assessment (ZRM-meting) of a household at a date. */
export type ZrmAssessment = z.infer<typeof zrmAssessmentSchema>;

/**
 * The scored domains that do not apply to the household, e.g. parenting (opvoeding) for a
 * household without minors. Empty when the assessment fits.
 */
export function findInapplicableScores(
  assessment: ZrmAssessment,
  household: { readonly minors: number },
): readonly LifeDomain[] {
  return (Object.keys(assessment.scores) as LifeDomain[]).filter(
    (domain) => !doesLifeDomainApply(domain, household),
  );
}

/** A sentence explaining why an assessment does not fit a household, or undefined when it does. */
export function describeInapplicableScores(
  assessment: ZrmAssessment,
  household: { readonly minors: number },
): string | undefined {
  const domains = findInapplicableScores(assessment, household);
  if (domains.length === 0) return undefined;
  const names = domains.map((domain) => lifeDomainLabel(domain, 'en')).join(', ');
  return `The assessment of ${assessment.assessedOn} scores ${names}, which applies only to households with minors.`;
}
