import { describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { indicatorRollups, publicationSettings } from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { readMunicipalities, readMunicipalityCharacteristics } from './municipality-profiles.js';
import { readMunicipalityRollups } from './municipality-rollups.js';
import { readUnitRollups } from './unit-rollups.js';

const REACH = 'reach-per-1000-households';
const CORE = 'core-size';

async function seed(db: Database) {
  const rollup = (municipalityId: string, indicatorCode: string, period: string, n: number) => ({
    municipalityId,
    level: 'municipality',
    unitId: municipalityId,
    period,
    indicatorCode,
    numerator: n,
    denominator: 1000,
    n,
  });
  await db
    .insert(indicatorRollups)
    .values([
      rollup('GM0080', REACH, '2025-Q1', 40),
      rollup('GM0080', CORE, '2025-Q1', 12),
      rollup('GM0363', REACH, '2025-Q1', 300),
      rollup('GM0014', REACH, '2025-Q1', 90),
      { ...rollup('GM0080', REACH, '2025-Q1', 15), level: 'district', unitId: 'WK008001' },
    ]);
  await db.insert(publicationSettings).values([
    { municipalityId: 'GM0080', indicatorGroup: 'composition', isPublished: true },
    { municipalityId: 'GM0363', indicatorGroup: 'access', isPublished: true },
    { municipalityId: 'GM0014', indicatorGroup: 'access', isPublished: false },
  ]);
}

const options = { indicatorCodes: [REACH, CORE], periods: ['2025-Q1', '2025'] };
const keyOf = (row: { municipalityId: string; indicatorCode: string; isPublished: boolean }) =>
  `${row.municipalityId} ${row.indicatorCode} ${row.isPublished ? 'published' : 'own'}`;

describe.each(TEST_TARGETS)('benchmark reads on %s', (target) => {
  it('gives an institute only the published rollups of every municipality', async () => {
    await using handle = await createTestDatabase(target);
    await seed(handle.db);
    const rows = await withScope(handle.db, { role: 'institute' }, (tx) =>
      readMunicipalityRollups(tx, options),
    );
    expect(rows.map(keyOf).sort()).toEqual([
      'GM0080 core-size published',
      'GM0363 reach-per-1000-households published',
    ]);
    expect(rows.find((row) => row.municipalityId === 'GM0363')).toMatchObject({
      numerator: 300,
      denominator: 1000,
      n: 300,
      scale: 1000,
      indicatorGroup: 'access',
    });
  });

  it('gives a municipality its own unpublished rollups beside the published ones of others', async () => {
    await using handle = await createTestDatabase(target);
    await seed(handle.db);
    const scope = { role: 'municipality', municipalityId: 'GM0080' } as const;
    const rows = await withScope(handle.db, scope, (tx) =>
      readMunicipalityRollups(tx, { ...options, ownMunicipalityId: 'GM0080' }),
    );
    expect(rows.map(keyOf).sort()).toEqual([
      'GM0080 core-size published',
      'GM0080 reach-per-1000-households own',
      'GM0363 reach-per-1000-households published',
    ]);
  });

  it('cannot be talked into reading another municipality’s unpublished rollups', async () => {
    await using handle = await createTestDatabase(target);
    await seed(handle.db);
    const scope = { role: 'municipality', municipalityId: 'GM0363' } as const;
    const rows = await withScope(handle.db, scope, (tx) =>
      readMunicipalityRollups(tx, { ...options, ownMunicipalityId: 'GM0014' }),
    );
    expect(rows.map(keyOf).sort()).toEqual([
      'GM0080 core-size published',
      'GM0363 reach-per-1000-households published',
    ]);
  });

  it('narrows the read to the municipalities asked for', async () => {
    await using handle = await createTestDatabase(target);
    await seed(handle.db);
    const scope = { role: 'municipality', municipalityId: 'GM0080' } as const;
    const rows = await withScope(handle.db, scope, (tx) =>
      readMunicipalityRollups(tx, {
        ...options,
        ownMunicipalityId: 'GM0080',
        municipalityIds: ['GM0363'],
      }),
    );
    expect(rows.map(keyOf)).toEqual(['GM0363 reach-per-1000-households published']);
  });

  it('reads the districts of a municipality beside its total, published or own', async () => {
    await using handle = await createTestDatabase(target);
    await seed(handle.db);
    const read = {
      municipalityId: 'GM0080',
      level: 'district',
      indicatorCodes: [REACH],
      periods: ['2025-Q1'],
    } as const;
    const published = await withScope(handle.db, { role: 'institute' }, (tx) =>
      readUnitRollups(tx, { ...read, publishedOnly: true }),
    );
    expect(published).toEqual([]);
    const own = await withScope(
      handle.db,
      { role: 'municipality', municipalityId: 'GM0080' },
      (tx) => readUnitRollups(tx, { ...read, publishedOnly: false }),
    );
    expect(own.map((row) => `${row.level} ${row.unitId} ${row.n}`)).toEqual([
      'municipality GM0080 40',
      'district WK008001 15',
    ]);
  });

  it('lists the current municipalities with their CBS characteristics', async () => {
    await using handle = await createTestDatabase(target);
    const all = await withScope(handle.db, { role: 'institute' }, (tx) =>
      readMunicipalityCharacteristics(tx),
    );
    expect(all.length).toBeGreaterThan(300);
    const leeuwarden = all.find((row) => row.id === 'GM0080');
    expect(leeuwarden).toMatchObject({ name: 'Leeuwarden', province: 'Fryslân' });
    expect(leeuwarden?.inhabitants).toBeGreaterThan(100_000);
    const rows = await withScope(handle.db, { role: 'institute' }, (tx) =>
      readMunicipalities(tx, ['GM0363', 'GM0080']),
    );
    expect(rows.map((row) => row.name)).toEqual(['Leeuwarden', 'Amsterdam']);
  });
});
