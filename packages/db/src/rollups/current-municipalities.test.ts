import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing.js';
import {
  readMunicipalityLineage,
  recomputeOnCurrentMunicipalities,
} from './current-municipalities.js';

describe("time series on today's municipalities", () => {
  it('sums the predecessors of a merged municipality, numerators and denominators apart', async () => {
    await using handle = await createTestDatabase();
    const lineage = await readMunicipalityLineage(handle.db);
    // Voorne aan Zee (GM1992) was formed on 2023-01-01 from Brielle, Hellevoetsluis and Westvoorne.
    const figures2022 = [
      { municipalityId: 'GM0501', period: '2022', numerator: 10, denominator: 100, n: 100 },
      { municipalityId: 'GM0530', period: '2022', numerator: 30, denominator: 200, n: 200 },
      { municipalityId: 'GM0614', period: '2022', numerator: 0, denominator: 50, n: 50 },
    ];
    const [voorne] = recomputeOnCurrentMunicipalities(figures2022, lineage);
    expect(voorne).toEqual({
      municipalityId: 'GM1992',
      period: '2022',
      numerator: 40,
      denominator: 350,
      n: 350,
    });
  });

  it('apportions a split municipality over its receivers by share of area', async () => {
    await using handle = await createTestDatabase();
    const lineage = await readMunicipalityLineage(handle.db);
    const littenseradiel = lineage.filter((share) => share.historicalId === 'GM0140');
    expect(littenseradiel.map((share) => share.currentId).sort()).toEqual([
      'GM0080',
      'GM1900',
      'GM1949',
    ]);
    expect(littenseradiel.reduce((total, share) => total + share.share, 0)).toBeCloseTo(1, 3);
    expect(lineage.filter((share) => share.historicalId === 'GM0080')).toEqual([
      { historicalId: 'GM0080', currentId: 'GM0080', share: 1 },
    ]);
  });

  it('follows a merger recorded after the database was migrated', async () => {
    await using handle = await createTestDatabase();
    // A merger of the future: Leeuwarden (GM0080) goes into a new GM9999 on 2031-01-01.
    await handle.db.execute(
      sql`insert into municipalities (id, name, valid_from) values ('GM9999', 'Nieuwe Gemeente', '2031-01-01')`,
    );
    await handle.db.execute(
      sql`update municipalities set valid_until = '2031-01-01' where id = 'GM0080'`,
    );
    await handle.db.execute(
      sql`insert into municipality_mergers (old_id, new_id, effective_on, old_name, new_name)
          values ('GM0080', 'GM9999', '2031-01-01', 'Leeuwarden', 'Nieuwe Gemeente')`,
    );
    const lineage = await readMunicipalityLineage(handle.db);
    expect(lineage.filter((share) => share.currentId === 'GM9999')).toEqual(
      expect.arrayContaining([
        { historicalId: 'GM0080', currentId: 'GM9999', share: 1 },
        { historicalId: 'GM9999', currentId: 'GM9999', share: 1 },
      ]),
    );
    expect(lineage.filter((share) => share.currentId === 'GM0080')).toEqual([]);
  });
});
