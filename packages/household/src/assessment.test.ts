import { describe, expect, it } from 'vitest';
import { describeInapplicableScores, zrmAssessmentSchema } from './assessment.js';

describe('zrmAssessmentSchema', () => {
  it('accepts a partial assessment', () => {
    const assessment = zrmAssessmentSchema.parse({
      assessedOn: '2025-01-10',
      moment: 'intake',
      scores: { finances: 2, housing: 1 },
    });
    expect(assessment.scores).toEqual({ finances: 2, housing: 1 });
  });

  it('refuses an assessment without scores', () => {
    const result = zrmAssessmentSchema.safeParse({ assessedOn: '2025-01-10', scores: {} });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'An assessment scores at least one life domain (leefgebied).',
    ]);
  });

  it('refuses a score off the scale, saying which domain', () => {
    const result = zrmAssessmentSchema.safeParse({
      assessedOn: '2025-01-10',
      scores: { finances: 3, housing: 7 },
    });
    expect(
      result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([
      'scores.housing: A ZRM score (zelfredzaamheidsscore) is a whole number from 1 (acute problem) to 5 (fully self-reliant); got 7.',
    ]);
  });

  it('refuses an unknown domain by name', () => {
    const result = zrmAssessmentSchema.safeParse({
      assessedOn: '2025-01-10',
      scores: { money: 3, housing: 2 },
    });
    const message = result.error?.issues[0]?.message;
    expect(message).toMatch(/^Unknown life domain\(s\) \(leefgebied\) "money": use finances, /);
    expect(result.error?.issues[0]?.path).toEqual(['scores']);
  });

  it('says when parenting is scored for a household without minors', () => {
    const assessment = zrmAssessmentSchema.parse({
      assessedOn: '2025-01-10',
      scores: { parenting: 2, finances: 3 },
    });
    expect(describeInapplicableScores(assessment, { minors: 0 })).toBe(
      'The assessment of 2025-01-10 scores Parenting, which applies only to households with minors.',
    );
    expect(describeInapplicableScores(assessment, { minors: 1 })).toBeUndefined();
  });
});
