import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { refreshPublicFigures } from '../rollups/refresh-public-figures.js';
import { indicatorRollups } from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { readPublicationVersion } from './publication-version.js';

const GM = 'GM0080';
const EVICTIONS = 'evictions-per-1000-households';

describe.each(TEST_TARGETS)('the publication version on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await handle.db.execute(sql`delete from public_indicator_figures`);
    await handle.db.execute(sql`delete from indicator_rollups`);
  });

  const asInstitute = () =>
    withScope(handle.db, { role: 'institute' }, (db) => readPublicationVersion(db));
  const asMunicipality = <T>(work: Parameters<typeof withScope<T>>[2]) =>
    withScope(handle.db, { role: 'municipality', municipalityId: GM }, work);
  const setQuarter = (n: number) =>
    handle.db
      .insert(indicatorRollups)
      .values({
        municipalityId: GM,
        level: 'municipality',
        unitId: GM,
        period: '2025-Q2',
        indicatorCode: EVICTIONS,
        numerator: n,
        denominator: 10_000,
        n,
      })
      .onConflictDoUpdate({
        target: [
          indicatorRollups.municipalityId,
          indicatorRollups.level,
          indicatorRollups.unitId,
          indicatorRollups.period,
          indicatorRollups.indicatorCode,
        ],
        set: { numerator: n, n },
      });

  it('grows with each commit that changes a public figure, and with nothing else', async () => {
    const start = BigInt(await asInstitute());
    await setQuarter(30);
    // A rollup alone is not public yet: the version stands until its public figure is written.
    expect(BigInt(await asInstitute())).toBe(start);
    await asMunicipality((tx) => refreshPublicFigures(tx, GM));
    const published = BigInt(await asInstitute());
    expect(published).toBeGreaterThan(start);
    // Refreshed again without a change: every figure stays, and so does the version.
    await asMunicipality((tx) => refreshPublicFigures(tx, GM));
    expect(BigInt(await asInstitute())).toBe(published);
    await setQuarter(40);
    await asMunicipality((tx) => refreshPublicFigures(tx, GM));
    expect(BigInt(await asInstitute())).toBeGreaterThan(published);
  });

  it('stands when the transaction that changed a figure rolls back', async () => {
    await setQuarter(30);
    const before = await asInstitute();
    await expect(
      asMunicipality(async (tx) => {
        await refreshPublicFigures(tx, GM);
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await asInstitute()).toBe(before);
  });

  it('grows when a publication setting, a municipality or a whole table of figures changes', async () => {
    let last = BigInt(await asInstitute());
    const grew = async () => {
      const now = BigInt(await asInstitute());
      const didGrow = now > last;
      last = now;
      return didGrow;
    };
    await asMunicipality((tx) =>
      tx.execute(sql`insert into publication_settings (municipality_id, indicator_group, is_published)
                     values (${GM}, 'safety', true)
                     on conflict (municipality_id, indicator_group) do update
                     set is_published = not publication_settings.is_published`),
    );
    expect(await grew()).toBe(true);
    await handle.db.execute(sql`update municipalities set name = name where id = ${GM}`);
    expect(await grew()).toBe(true);
    await handle.db.execute(sql`truncate public_indicator_figures`);
    expect(await grew()).toBe(true);
  });

  it('grows when only the ZRM change per life domain changes, which is published from its own rows', async () => {
    const setDomain = (improved: number) =>
      handle.db.execute(sql`insert into zrm_domain_rollups as r
          (municipality_id, period, life_domain, change_sum, n, improved, unchanged, worsened)
        values (${GM}, '2025-Q2', 'finances', ${improved}, 2, ${improved}, ${2 - improved}, 0)
        on conflict (municipality_id, period, life_domain) do update
          set change_sum = excluded.change_sum, improved = excluded.improved,
              unchanged = excluded.unchanged
          where (r.improved) is distinct from (excluded.improved)`);
    await setDomain(1);
    const before = BigInt(await asInstitute());
    await setDomain(2);
    const changed = BigInt(await asInstitute());
    expect(changed).toBeGreaterThan(before);
    // The same counts again change no row, and the version stands.
    await setDomain(2);
    expect(BigInt(await asInstitute())).toBe(changed);
  });

  it('can be read in any scope but written by none', async () => {
    const before = await asInstitute();
    expect(await asMunicipality((tx) => readPublicationVersion(tx))).toBe(before);
    await asMunicipality((tx) => tx.execute(sql`update publication_versions set version = 0`));
    await asMunicipality((tx) => tx.execute(sql`delete from publication_versions`));
    await expect(
      asMunicipality((tx) =>
        tx.execute(sql`insert into publication_versions values (${GM}, 1000000)`),
      ),
    ).rejects.toThrow();
    expect(await asInstitute()).toBe(before);
  });
});
