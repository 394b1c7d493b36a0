import { describe, expect, it } from 'vitest';
import {
  applicableLifeDomains,
  doesLifeDomainApply,
  LIFE_DOMAINS,
  lifeDomainLabel,
  lifeDomainSchema,
  ZRM_DOMAINS,
} from './life-domains.js';
import { LOCALES } from './locale.js';

describe('life domains (leefgebieden)', () => {
  it('has the 13 ZRM domains and the parenting supplement', () => {
    expect(ZRM_DOMAINS).toHaveLength(13);
    expect(LIFE_DOMAINS).toHaveLength(14);
    expect(LIFE_DOMAINS.at(-1)).toBe('parenting');
    expect(ZRM_DOMAINS).not.toContain('parenting');
  });

  it('labels every domain in Dutch and English, all distinct', () => {
    for (const locale of LOCALES) {
      const labels = LIFE_DOMAINS.map((domain) => lifeDomainLabel(domain, locale));
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(LIFE_DOMAINS.length);
    }
  });

  it('uses the Dutch ZRM names', () => {
    expect(lifeDomainLabel('finances', 'nl')).toBe('Financiën');
    expect(lifeDomainLabel('work-and-education', 'nl')).toBe('Werk & opleiding');
    expect(lifeDomainLabel('social-participation', 'nl')).toBe('Maatschappelijke participatie');
    expect(lifeDomainLabel('parenting', 'nl')).toBe('Opvoeding');
    expect(lifeDomainLabel('basic-adl', 'en')).toBe('Basic ADL');
  });

  it('applies parenting only to households with minors', () => {
    expect(doesLifeDomainApply('parenting', { minors: 0 })).toBe(false);
    expect(doesLifeDomainApply('parenting', { minors: 2 })).toBe(true);
    expect(doesLifeDomainApply('housing', { minors: 0 })).toBe(true);
    expect(applicableLifeDomains({ minors: 0 })).toEqual([...ZRM_DOMAINS]);
    expect(applicableLifeDomains({ minors: 1 })).toEqual([...LIFE_DOMAINS]);
  });

  it('refuses an unknown domain and names the valid ones', () => {
    const result = lifeDomainSchema.safeParse('money');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Unknown life domain \(leefgebied\) "money"/);
    expect(result.error?.issues[0]?.message).toContain('finances');
  });
});
