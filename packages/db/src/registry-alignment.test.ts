import { LIFE_DOMAINS } from '@wijknet/household';
import { INDICATORS, indicatorScale } from '@wijknet/outcome-monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { LIFE_DOMAIN_COLUMNS } from './schema/index.js';
import { createTestDatabase } from './testing.js';

describe('the schema follows the domain packages', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it('has one assessment column for every life domain, in the same order', () => {
    expect(Object.keys(LIFE_DOMAIN_COLUMNS)).toEqual([...LIFE_DOMAINS]);
  });

  it('holds every indicator of the registry, with its group and scale, and no other', async () => {
    const rows = await handle.db.query.indicatorDefinitions.findMany({ orderBy: { code: 'asc' } });
    const registry = INDICATORS.map((indicator) => ({
      code: indicator.code,
      indicatorGroup: indicator.group,
      scale: indicatorScale(indicator),
    })).sort((a, b) => a.code.localeCompare(b.code));
    expect(rows).toEqual(registry);
  });
});
