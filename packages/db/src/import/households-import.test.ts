import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../database.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { ImportError } from './import-error.js';
import { ROWS_PER_CHECK } from './import-kind.js';
import { countRows, importText, rejectionOf } from './test-support.js';

const GOOD = `household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel
ZK-1001,WK008010,3,2,1,27-44,2024-02-12,self
ZK-1002,WK008011,1,1,0,75-and-over,2024-03-01,general-practitioner
ZK-1003,WK008020,4,2,2,45-64,2024-05-20,school
`;

describe.each(TEST_TARGETS)('households import on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());

  it('stores every household under a keyed hash, never the reference, ', async () => {
    const summary = await importText(handle, 'households', GOOD);
    expect(summary).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    const rows = await queryRows<{ reference_hash: string; district_id: string; size: number }>(
      handle.db,
      sql`select reference_hash, district_id, size from households where municipality_id = 'GM0080' order by district_id`,
    );
    expect(rows.map((row) => row.district_id)).toEqual(['WK008010', 'WK008011', 'WK008020']);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.reference_hash))).toBe(true);
    const [leak] = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from households h where h::text like '%ZK-100%'`,
    );
    expect(leak?.count).toBe(0);
  });

  it('changes nothing when the same file is imported again, and updates a corrected row', async () => {
    const again = await importText(handle, 'households', GOOD);
    expect(again).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
    expect(await countRows(handle, 'households')).toBe(3);
    const corrected = GOOD.replace('ZK-1002,WK008011,1,1,0', 'ZK-1002,WK008030,1,1,0');
    expect(await importText(handle, 'households', corrected)).toMatchObject({
      inserted: 0,
      updated: 1,
    });
    expect(await countRows(handle, 'households')).toBe(3);
  });

  it('refuses a file with bad rows as a whole, naming every bad row with its line and column', async () => {
    const bad = `household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel
ZK-2001,WK008010,2,2,0,27-44,2024-02-12,self
ZK-2002,WK008010,three,2,1,27-44,2024-02-12,self
ZK-2003,WK036300,1,1,0,27-44,2024-02-12,self
ZK-2004,WK008099,1,1,0,27-44,2024-02-12,self
ZK-2005,WK008010,1,1,0,27-44,12-02-2024,self
ZK-2001,WK008010,2,2,0,27-44,2024-02-12,self
,WK008010,1,1,0,27-44,2024-02-12,self
ZK-2008,WK008010,1,1,0,27-44,2024-02-12,mailbox
`;
    const error = await rejectionOf(importText(handle, 'households', bad));
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems.map((p) => [p.line, p.column]);
    expect(problems).toEqual([
      [3, 'size'],
      [4, 'district_code'],
      [5, 'district_code'],
      [6, 'registered_on'],
      [7, 'household_reference'],
      [8, 'household_reference'],
      [9, 'intake_channel'],
    ]);
    expect((error as ImportError).message).toContain(
      'line 5, column district_code: district WK008099 is not a known',
    );
    expect(await countRows(handle, 'households')).toBe(3);
  });

  it('reads a semicolon file from Dutch Excel with a byte order mark and Windows line ends', async () => {
    const excel =
      '\uFEFFhousehold_reference;district_code;size;adults;minors;eldest_age_band;registered_on;intake_channel\r\nZK-3001;WK008040;2;1;1;27-44;2024-06-01;outreach\r\n';
    expect(await importText(handle, 'households', new TextEncoder().encode(excel))).toMatchObject({
      inserted: 1,
    });
    expect(await countRows(handle, 'households')).toBe(4);
  });

  it('refuses bytes that are not UTF-8, naming their lines, and writes nothing', async () => {
    const header = new TextEncoder().encode(
      'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel\nZK-4001,WK008010,1,1,0,27-44,2024-02-12,self\nZK-4002',
    );
    const latin1 = Uint8Array.from([
      0xe9,
      ...new TextEncoder().encode(',WK008010,1,1,0,27-44,2024-02-12,self\n'),
    ]);
    const error = await rejectionOf(
      importText(handle, 'households', Buffer.concat([header, latin1])),
    );
    expect(error).toMatchObject({ code: 'invalid-encoding', problems: [{ line: 3 }] });
    expect(await countRows(handle, 'households')).toBe(4);
  });

  it('refuses a header with a missing and an extra column', async () => {
    const error = await rejectionOf(
      importText(
        handle,
        'households',
        'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,bsn\n',
      ),
    );
    expect(error).toMatchObject({
      code: 'invalid-header',
      problems: [
        { line: 1, column: 'intake_channel' },
        { line: 1, column: 'bsn' },
      ],
    });
  });

  it('cannot write into another municipality: districts of Amsterdam are refused for Leeuwarden', async () => {
    const error = await rejectionOf(
      importText(handle, 'households', GOOD.replaceAll('WK0080', 'WK0363')),
    );
    expect((error as ImportError).problems).toHaveLength(3);
    expect(await countRows(handle, 'households')).toBe(4);
  });

  it('writes every row of files several chunks long, households and then their assessments', async () => {
    // Each chunk is checked while the previous one is written; its statements must not reach
    // the connection while that write's COPY holds it.
    const count = 2 * ROWS_PER_CHECK + 1;
    const references = Array.from({ length: count }, (_, index) => `ZK-BULK-${index}`);
    const households = references.map(
      (reference, index) =>
        `${reference},WK00801${index % 2},${1 + (index % 3)},1,${index % 3},27-44,2024-02-12,self`,
    );
    const assessments = references.flatMap((reference, index) => [
      `${reference},,2024-03-01,intake,${1 + (index % 5)},3,,,,,,,,,,,,${index % 3 ? 2 : ''}`,
      `${reference},,2024-09-01,follow-up,4,4,,,,,,,,,,,,`,
    ]);
    const before = await countRows(handle, 'households');
    expect(
      await importText(handle, 'households', `${GOOD.split('\n')[0]}\n${households.join('\n')}\n`),
    ).toMatchObject({ rows: count, inserted: count });
    expect(
      await importText(
        handle,
        'assessments',
        `household_reference,plan_reference,assessed_on,moment,finances,work_and_education,time_use,housing,domestic_relations,mental_health,physical_health,substance_use,basic_adl,instrumental_adl,social_network,social_participation,justice,parenting\n${assessments.join('\n')}\n`,
      ),
    ).toMatchObject({ rows: 2 * count, inserted: 2 * count });
    expect(await countRows(handle, 'households')).toBe(before + count);
    expect(await countRows(handle, 'assessments')).toBe(2 * count);
  }, 120_000);

  it('writes nothing of a file several chunks long with problems in its middle and last chunks', async () => {
    // Chunks are checked and written while later ones are still read: a problem the database
    // check finds in one chunk and a problem read in the last row must both be reported, and
    // the chunks written before them undone.
    const count = 2 * ROWS_PER_CHECK + 1;
    const households = Array.from(
      { length: count },
      (_, index) => `ZK-UNDONE-${index},WK008010,2,1,1,27-44,2024-02-12,self`,
    );
    households[ROWS_PER_CHECK + 5] = `ZK-UNDONE-X,WK099999,2,1,1,27-44,2024-02-12,self`;
    households[count - 1] = `ZK-UNDONE-Y,WK008010,twee,1,1,27-44,2024-02-12,self`;
    const before = await countRows(handle, 'households');
    const error = await rejectionOf(
      importText(handle, 'households', `${GOOD.split('\n')[0]}\n${households.join('\n')}\n`),
    );
    expect((error as ImportError).problems).toEqual([
      expect.objectContaining({ line: ROWS_PER_CHECK + 7, column: 'district_code' }),
      expect.objectContaining({ line: count + 1, column: 'size' }),
    ]);
    expect(await countRows(handle, 'households')).toBe(before);
  }, 120_000);
});
