import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import {
  insertStory,
  readPublicationSettings,
  setPublication,
  WriteRefusedError,
} from '../writes/stories-and-publication.js';
import { type ImportRow, writeRows } from './import-csv.js';
import { ImportError } from './import-error.js';
import { ROWS_PER_CHECK } from './import-kind.js';
import { idOfReferencedRow } from './reference-ids.js';
import { countRows, rejectionOf, rollupOf, TEST_SECRET } from './test-support.js';

const TEAM: ImportRow = {
  team_reference: 'FLT-NOORD',
  name: 'Frontlijnteam Noord',
  kind: 'all-ages',
  district_codes: 'WK008010 WK008011',
  started_on: '2016-03-01',
  access_mandate: 'own-mandate',
};

const HOUSEHOLD: ImportRow = {
  household_reference: 'ZK-9001',
  district_code: 'WK008010',
  size: '2',
  adults: '2',
  minors: '0',
  eldest_age_band: '45-64',
  registered_on: '2024-02-12',
  intake_channel: 'self',
};

describe.each(TEST_TARGETS)('writing rows through the API path on %s', (target) => {
  let handle: DatabaseHandle;
  const asLeeuwarden = <T>(work: Parameters<typeof withScope<T>>[2]) =>
    withScope(handle.db, { role: 'municipality', municipalityId: 'GM0080' }, work);
  const write = (kind: string, rows: readonly ImportRow[]) =>
    asLeeuwarden((tx) =>
      writeRows(tx, { kind, municipalityId: 'GM0080', secret: TEST_SECRET, rows }),
    );

  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());

  it('writes a team and a household with the import’s rules, and again changes nothing', async () => {
    expect(await write('teams', [TEAM])).toMatchObject({ inserted: 1, updated: 0 });
    expect(await write('households', [HOUSEHOLD])).toMatchObject({ inserted: 1 });
    expect(await write('households', [HOUSEHOLD])).toMatchObject({ inserted: 0, unchanged: 1 });
    expect(await countRows(handle, 'households')).toBe(1);
    const [team] = await queryRows<{ districts: number }>(
      handle.db,
      sql`select count(*)::int as districts from team_districts where municipality_id = 'GM0080'`,
    );
    expect(team?.districts).toBe(2);
    const [stored] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from households where municipality_id = 'GM0080'`,
    );
    expect(stored?.id).toBe(idOfReferencedRow('household', 'ZK-9001', TEST_SECRET));
  });

  it('keeps the rollups current in the same transaction', async () => {
    const before = await rollupOf(handle, 'GM0080', 'evictions-per-1000-households', '2024-Q1');
    await write('registered-events', [
      { type: 'eviction', occurred_on: '2024-03-15', household_reference: 'ZK-9001' },
    ]);
    const after = await rollupOf(handle, 'GM0080', 'evictions-per-1000-households', '2024-Q1');
    expect(after?.numerator).toBe((before?.numerator ?? 0) + 1);
  });

  it('refuses a bad row with the column and reason, and writes nothing', async () => {
    const error = await rejectionOf(
      write('households', [
        { ...HOUSEHOLD, household_reference: 'ZK-9003', district_code: 'WK036300' },
      ]),
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      expect.objectContaining({ line: 1, column: 'district_code' }),
    ]);
    expect(await countRows(handle, 'households')).toBe(1);
  });

  it('writes nothing of a long input whose bad row comes after rows already written, even when the request commits', async () => {
    // More rows than one chunk: the first chunk is written before the bad last row is read.
    const rows: ImportRow[] = Array.from({ length: ROWS_PER_CHECK + 1 }, (_, index) => ({
      ...HOUSEHOLD,
      household_reference: `ZK-LONG-${index}`,
    }));
    rows[ROWS_PER_CHECK] = { ...HOUSEHOLD, household_reference: 'ZK-LONG-BAD', size: 'twee' };
    const before = await countRows(handle, 'households');
    const outcome = await asLeeuwarden(async (tx) => {
      const error = await rejectionOf(
        writeRows(tx, { kind: 'households', municipalityId: 'GM0080', secret: TEST_SECRET, rows }),
      );
      // The request's transaction carries on and commits after the refusal.
      await writeRows(tx, {
        kind: 'households',
        municipalityId: 'GM0080',
        secret: TEST_SECRET,
        rows: [{ ...HOUSEHOLD, household_reference: 'ZK-AFTER' }],
      });
      return error;
    });
    expect(outcome).toBeInstanceOf(ImportError);
    expect((outcome as ImportError).problems).toEqual([
      expect.objectContaining({ line: ROWS_PER_CHECK + 1, column: 'size' }),
    ]);
    expect(await countRows(handle, 'households')).toBe(before + 1);
  }, 120_000);

  it('refuses a column the kind does not have', async () => {
    const error = await rejectionOf(write('households', [{ ...HOUSEHOLD, bsn: '123456782' }]));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('invalid-header');
    expect((error as ImportError).message).toMatch(/bsn is not a column of households/);
  });

  it('cannot write another municipality’s rows from a scope of its own', async () => {
    const error = await rejectionOf(
      asLeeuwarden((tx) =>
        writeRows(tx, {
          kind: 'households',
          municipalityId: 'GM0363',
          secret: TEST_SECRET,
          rows: [{ ...HOUSEHOLD, district_code: 'WK036300' }],
        }),
      ),
    );
    expect(error).toBeInstanceOf(Error);
    const [amsterdam] = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from households where municipality_id = 'GM0363'`,
    );
    expect(amsterdam?.count).toBe(0);
  });

  it('stores a story for a team the scope can see, and refuses an unknown team', async () => {
    const [team] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from teams where municipality_id = 'GM0080' limit 1`,
    );
    const story = {
      teamId: team?.id ?? '',
      lifeDomains: ['finances' as const, 'housing' as const],
      period: '2024-Q2',
      title: 'Schulden op tijd in beeld',
      text: 'Door samen met de woningcorporatie vroeg te signaleren bleven drie gezinnen in hun huis.',
    };
    const id = await asLeeuwarden((tx) => insertStory(tx, { municipalityId: 'GM0080', story }));
    const [stored] = await queryRows<{ life_domains: string[] }>(
      handle.db,
      sql`select life_domains from stories where id = ${id}`,
    );
    expect(stored?.life_domains).toEqual(['finances', 'housing']);
    const refused = await rejectionOf(
      asLeeuwarden((tx) =>
        insertStory(tx, {
          municipalityId: 'GM0080',
          story: { ...story, teamId: '00000000-0000-4000-8000-000000000000' },
        }),
      ),
    );
    expect(refused).toBeInstanceOf(WriteRefusedError);
  });

  it('sets a publication choice per indicator group, unpublished by default', async () => {
    const before = await asLeeuwarden((tx) => readPublicationSettings(tx, 'GM0080'));
    expect(before.every((setting) => !setting.isPublished)).toBe(true);
    const after = await asLeeuwarden((tx) =>
      setPublication(tx, { municipalityId: 'GM0080', indicatorGroup: 'safety', isPublished: true }),
    );
    expect(after.find((setting) => setting.indicatorGroup === 'safety')?.isPublished).toBe(true);
    expect(after.filter((setting) => setting.isPublished)).toHaveLength(1);
  });
});
