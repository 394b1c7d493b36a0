import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from './indicator-definition.js';
import {
  getIndicator,
  INDICATOR_GROUP_NAMES,
  INDICATOR_GROUPS,
  INDICATORS,
  indicatorsInGroup,
  isIndicatorCode,
} from './indicator-registry.js';
import { MonitoringError } from './monitoring-error.js';

describe('INDICATORS', () => {
  it('holds every indicator the domain names', () => {
    const codes = INDICATORS.map((indicator) => indicator.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'zrm-mean-change',
        'closed-plans-improved-on-goals',
        'plans-escalated',
        'escalations-de-escalated-within-12-months',
        'closed-plans-goals-achieved',
        'one-plan-compliance',
        'reach-per-1000-households',
        'evictions-per-1000-households',
        'evictions-prevented-per-1000-households',
        'supervision-orders-per-1000-minors',
        'median-days-to-first-plan',
        'core-size',
        'teams-covering-three-domains',
        'teams-core-at-most-8',
        'teams-core-24-hours',
        'teams-with-lead',
        'fte-per-10000-inhabitants',
        'hours-in-wijk-per-core-member',
        'core-members-at-least-24-hours',
      ]),
    );
  });

  it('has unique, kebab-case codes and complete bilingual definitions', () => {
    const codes = new Set(INDICATORS.map((indicator) => indicator.code));
    expect(codes.size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(() => indicatorDefinitionSchema.parse(indicator), indicator.code).not.toThrow();
      expect(indicator.definition.nl).not.toBe(indicator.definition.en);
    }
  });

  it('states for every period-bound figure which day or days of the period count', () => {
    for (const indicator of INDICATORS) {
      expect(indicator.definition.en, indicator.code).toMatch(/period/);
      expect(indicator.definition.nl, indicator.code).toMatch(/periode/);
    }
  });

  it('ranks escalations and evictions as lower-is-better and reach as neutral', () => {
    expect(getIndicator('plans-escalated').direction).toBe('lower-is-better');
    expect(getIndicator('evictions-per-1000-households').direction).toBe('lower-is-better');
    expect(getIndicator('reach-per-1000-households').direction).toBe('neutral');
    expect(getIndicator('zrm-mean-change').kind).toBe('outcome');
    expect(getIndicator('core-size').kind).toBe('context');
  });

  it('puts every indicator in exactly one named publication group', () => {
    const grouped = INDICATOR_GROUPS.flatMap((group) => indicatorsInGroup(group));
    expect(grouped).toHaveLength(INDICATORS.length);
    for (const group of INDICATOR_GROUPS) {
      expect(indicatorsInGroup(group).length, group).toBeGreaterThan(0);
      expect(INDICATOR_GROUP_NAMES[group].nl.length).toBeGreaterThan(0);
    }
    expect(indicatorsInGroup('hours').map((i) => i.code)).toEqual([
      'hours-in-wijk-per-core-member',
      'core-members-at-least-24-hours',
    ]);
  });
});

describe('getIndicator', () => {
  it('refuses an unknown code and lists the known ones', () => {
    expect(isIndicatorCode('reach-per-1000-households')).toBe(true);
    expect(isIndicatorCode('happiness')).toBe(false);
    expect(() => getIndicator('happiness')).toThrow(MonitoringError);
    expect(() => getIndicator('happiness')).toThrow(/Known indicators: .*zrm-mean-change/);
  });
});
