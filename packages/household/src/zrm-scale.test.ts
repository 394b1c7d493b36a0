import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale.js';
import { ZRM_SCORES, zrmScoreLabel, zrmScoreSchema } from './zrm-scale.js';

describe('ZRM scale', () => {
  it('labels the five levels in Dutch', () => {
    expect(ZRM_SCORES.map((score) => zrmScoreLabel(score, 'nl'))).toEqual([
      'Acute problematiek',
      'Niet zelfredzaam',
      'Beperkt zelfredzaam',
      'Voldoende zelfredzaam',
      'Volledig zelfredzaam',
    ]);
  });

  it('labels the five levels in English', () => {
    expect(zrmScoreLabel(1, 'en')).toBe('Acute problem');
    expect(zrmScoreLabel(5, 'en')).toBe('Fully self-reliant');
  });

  it('has a distinct, non-empty label for every score in every language', () => {
    for (const locale of LOCALES) {
      const labels = ZRM_SCORES.map((score) => zrmScoreLabel(score, locale));
      expect(new Set(labels).size).toBe(5);
      expect(labels.every((label) => label.length > 0)).toBe(true);
    }
  });

  it('accepts 1 to 5', () => {
    for (const score of ZRM_SCORES) expect(zrmScoreSchema.parse(score)).toBe(score);
  });

  it.each([0, 6, 2.5, '3', null])('refuses %j with the scale explained', (input) => {
    const result = zrmScoreSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `A ZRM score (zelfredzaamheidsscore) is a whole number from 1 (acute problem) to 5 (fully self-reliant); got ${JSON.stringify(input)}.`,
    );
  });
});
