import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase } from '../testing.js';
import { cellLimitOf, MAX_CELL_LENGTH } from './cell-limits.js';
import { ImportError } from './import-error.js';
import { IMPORT_KINDS } from './import-kind.js';
import { countRows, importText, rejectionOf } from './test-support.js';

// Every column of every import kind takes a bounded text: 60,000 characters pasted into one cell
// are refused with the line, the column and the limit, and nothing of the file is stored.
const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const LONG = 'x'.repeat(60_000);

/** The example file of a kind as its header and rows of cells. */
function exampleOf(kind: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = parse(readFileSync(resolve(EXAMPLES, `${kind}.csv`), 'utf8'), {
    relax_column_count: true,
  }) as string[][];
  return { header, rows };
}

const TABLE_OF_KIND: Record<(typeof IMPORT_KINDS)[number], string> = {
  teams: 'teams',
  members: 'members',
  households: 'households',
  'plan-events': 'plan_events',
  assessments: 'assessments',
  'registered-events': 'registered_events',
};

describe('long cells in an import', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
  }, 120_000);
  afterAll(() => handle.close());

  describe.each(IMPORT_KINDS)('%s', (kind) => {
    const { header, rows } = exampleOf(kind);
    it.each(header)(
      'refuses 60,000 characters in %s with the line, column and limit, storing nothing',
      async (column) => {
        const before = await countRows(handle, TABLE_OF_KIND[kind]);
        const position = header.indexOf(column);
        const bad = rows.map((row, index) =>
          index === 1 ? row.map((cell, at) => (at === position ? LONG : cell)) : row,
        );
        const error = await rejectionOf(importText(handle, kind, stringify([header, ...bad])));
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).problems).toContainEqual({
          line: 3,
          column,
          reason: `the text has 60,000 characters; at most ${cellLimitOf(column).toLocaleString('en')} are taken here`,
        });
        expect(await countRows(handle, TABLE_OF_KIND[kind])).toBe(before);
      },
    );
  });

  it('takes a reference of exactly the limit and refuses one character more', async () => {
    const file = (reference: string) =>
      stringify([
        ['team_reference', 'name', 'kind', 'district_codes', 'started_on', 'access_mandate'],
        [reference, 'Wijkteam Grens', 'all-ages', 'WK008010', '2020-01-01', 'own-mandate'],
      ]);
    await expect(
      importText(handle, 'teams', file('T'.repeat(MAX_CELL_LENGTH))),
    ).resolves.toMatchObject({ inserted: 1 });
    const error = await rejectionOf(
      importText(handle, 'teams', file('U'.repeat(MAX_CELL_LENGTH + 1))),
    );
    expect((error as ImportError).problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'team_reference',
        reason: expect.stringMatching(/201 characters; at most 200/),
      }),
    ]);
  });
});
