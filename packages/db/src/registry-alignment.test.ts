import { LIFE_DOMAINS } from '@wijknet/household';
import { INDICATORS } from '@wijknet/outcome-monitoring';
import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS } from './rollups/indicator-definitions.js';
import { LIFE_DOMAIN_COLUMNS } from './schema/index.js';

describe('the schema follows the domain packages', () => {
  it('has one assessment column for every life domain, in the same order', () => {
    expect(Object.keys(LIFE_DOMAIN_COLUMNS)).toEqual([...LIFE_DOMAINS]);
  });

  it('rolls up every indicator of the registry, each in its publication group', () => {
    const registry = INDICATORS.map((indicator) => [indicator.code, indicator.group]).sort();
    const rolledUp = INDICATOR_DEFINITIONS.map((definition) => [
      definition.code,
      definition.indicatorGroup,
    ]).sort();
    expect(rolledUp).toEqual(registry);
  });
});
