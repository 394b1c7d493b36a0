import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { checksumTables, createTestDatabase } from '../testing.js';
import { ImportError, type ImportErrorCode } from './import-error.js';
import { importText, rejectionOf } from './test-support.js';

// Seeded fuzzing of the CSV import: a valid example file with one or more generated faults
// (bad bytes, missing or extra columns, wrong types, duplicate rows, plan transitions out of
// order, ragged rows). Every such file must be refused as a whole with each fault located on
// its line, and no table may change. WIJKNET_FUZZ_SCALE multiplies the number of runs.
const SEED = Number(process.env.WIJKNET_FUZZ_SEED ?? 20251123);
const RUNS = Math.max(1, Math.round(1000 * Number(process.env.WIJKNET_FUZZ_SCALE ?? 1)));

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const lines = (kind: string) =>
  readFileSync(resolve(EXAMPLES, `${kind}.csv`), 'utf8')
    .trimEnd()
    .split('\n');

/** New references, so a file that slipped through would write rows and change a checksum. */
const renamed = (text: string) => text.replace(/\b(ZK|P|M|FLT|WT|T)-/g, 'FZ$1-');

interface Base {
  readonly kind: string;
  readonly header: string;
  readonly rows: readonly string[];
  /** Required columns and values each of them must refuse. */
  readonly typed: ReadonlyArray<readonly [column: string, bad: readonly string[]]>;
}

const BAD_DATES = ['2024-02-30', '2024-13-01', '31-12-2024', 'gisteren', '0000-00-00'];
const BAD_COUNTS = ['-1', 'drie', '2.5', '1e999', 'NaN', "1'; drop table households; --"];

function baseOf(kind: string, typed: Base['typed']): Base {
  const [header = '', ...rows] = lines(kind).map(renamed);
  return { kind, header, rows: kind === 'plan-events' ? rows : rows.slice(0, 12), typed };
}

const BASES: readonly Base[] = [
  baseOf('teams', [
    ['kind', ['village-team', 'ALL', '42']],
    ['district_codes', ['WK036300', 'WK99', 'GM0080']],
    ['started_on', BAD_DATES],
  ]),
  baseOf('households', [
    ['size', BAD_COUNTS],
    ['district_code', ['WK036300', 'WK0080', "WK008010' or '1'='1"]],
    ['registered_on', BAD_DATES],
    ['intake_channel', ['telefoon', '<script>']],
  ]),
  baseOf('plan-events', [
    ['type', ['reopened', 'OPENED']],
    ['date', BAD_DATES],
  ]),
];

interface BadFile {
  readonly text: string | Uint8Array;
  readonly code: ImportErrorCode;
  /** Lines that must be named among the problems. */
  readonly lines: readonly number[];
  readonly fault: string;
}

const cellsOf = (line: string) => line.split(','); // the chosen cells hold no quoted commas
const fileOf = (header: string, rows: readonly string[]) => `${[header, ...rows].join('\n')}\n`;

const rowIndexOf = (base: Base) => fc.nat({ max: base.rows.length - 1 });
const columnIndexOf = (base: Base) => fc.nat({ max: cellsOf(base.header).length - 1 });

/** A row without quoted cells (so splitting it on commas is safe), with its index. */
const simpleRowOf = (base: Base) =>
  fc.constantFrom(
    ...base.rows.map((row, index) => ({ row, index })).filter(({ row }) => !row.includes('"')),
  );

/** The base file with one row changed, and the problem the import must report on its line. */
function withRow(base: Base, index: number, row: string, fault: string): BadFile {
  const rows = [...base.rows];
  rows[index] = row;
  return { text: fileOf(base.header, rows), code: 'invalid-rows', lines: [index + 2], fault };
}

/** Bytes that are not UTF-8, as a spreadsheet saving in Windows-1252 writes them. */
const badEncoding = (base: Base) =>
  fc
    .tuple(rowIndexOf(base), fc.constantFrom([0xe9], [0xff], [0xc3, 0x28], [0x80]))
    .map(([index, bytes]): BadFile => {
      const encoder = new TextEncoder();
      const before = encoder.encode(
        fileOf(base.header, base.rows.slice(0, index + 1)).slice(0, -1),
      );
      const after = encoder.encode(fileOf('', base.rows.slice(index + 1)));
      return {
        text: new Uint8Array([...before, ...bytes, ...after]),
        code: 'invalid-encoding',
        lines: [],
        fault: `bytes ${bytes} on line ${index + 2}`,
      };
    });

/** A column missing from the header (and its cells). */
const missingColumn = (base: Base) =>
  columnIndexOf(base).map(
    (drop): BadFile => ({
      text: fileOf(
        cellsOf(base.header)
          .filter((_, i) => i !== drop)
          .join(','),
        base.rows.map((row) =>
          row.includes('"')
            ? row
            : cellsOf(row)
                .filter((_, i) => i !== drop)
                .join(','),
        ),
      ),
      code: 'invalid-header',
      lines: [1],
      fault: `no column ${cellsOf(base.header)[drop]}`,
    }),
  );

/** A column too many. */
const extraColumn = (base: Base) =>
  fc.constantFrom('extra', 'bsn', 'naam', base.header.split(',')[0] ?? 'x').map(
    (extra): BadFile => ({
      text: fileOf(
        `${base.header},${extra}`,
        base.rows.map((row) => `${row},x`),
      ),
      code: 'invalid-header',
      lines: [1],
      fault: `extra column ${extra}`,
    }),
  );

/** A wrong value in a required, typed column. */
const wrongValue = (base: Base) =>
  fc.tuple(simpleRowOf(base), fc.constantFrom(...base.typed)).chain(([target, [column, bad]]) =>
    fc.constantFrom(...bad).map((value) => {
      const cells = cellsOf(target.row);
      cells[cellsOf(base.header).indexOf(column)] = value;
      const line = target.index + 2;
      return withRow(base, target.index, cells.join(','), `${column} = ${value} on line ${line}`);
    }),
  );

/** A NUL character, which no code, reference or name holds, or a cell far past any limit. */
const nulOrLongCell = (base: Base) =>
  fc
    .tuple(
      simpleRowOf(base),
      columnIndexOf(base),
      fc.oneof(
        fc.constantFrom('\u0000', 'x\u0000', '\u0000\u0000'),
        fc.integer({ min: 201, max: 60_000 }).map((length) => 'x'.repeat(length)),
      ),
    )
    .map(([target, position, value]) => {
      const cells = cellsOf(target.row);
      cells[position] =
        position === 0 || value.includes('\u0000') ? value : `${cells[position]}${value}`;
      const what = value.includes('\u0000') ? 'a NUL' : `${value.length} characters`;
      const fault = `${cellsOf(base.header)[position]} holds ${what} on line ${target.index + 2}`;
      return withRow(base, target.index, cells.join(','), fault);
    });

/** A row with a cell too few or too many. */
const shortOrLongRow = (base: Base) =>
  fc.tuple(simpleRowOf(base), fc.boolean()).map(([target, isShort]) => {
    const row = isShort ? cellsOf(target.row).slice(0, -1).join(',') : `${target.row},x`;
    const fault = `${isShort ? 'short' : 'long'} row on line ${target.index + 2}`;
    return withRow(base, target.index, row, fault);
  });

/** The same row twice (for plan events: the same event twice is a transition out of order). */
const repeatedRow = (base: Base) =>
  simpleRowOf(base).map((target): BadFile => {
    const rows = [...base.rows];
    rows.splice(target.index + 1, 0, target.row);
    return {
      text: fileOf(base.header, rows),
      code: 'invalid-rows',
      lines: [target.index + 3],
      fault: `line ${target.index + 2} repeated`,
    };
  });

/** One fault applied to a base file, with what the import must report. */
function faulty(base: Base): fc.Arbitrary<BadFile> {
  return fc.oneof(
    badEncoding(base),
    missingColumn(base),
    extraColumn(base),
    wrongValue(base),
    nulOrLongCell(base),
    shortOrLongRow(base),
    repeatedRow(base),
  );
}

/** Plan events with two of one plan's events swapped, so a transition comes out of order. */
const swappedTransitions: fc.Arbitrary<BadFile> = (() => {
  const base = BASES.find((candidate) => candidate.kind === 'plan-events') as Base;
  const pairs: Array<[number, number]> = [];
  base.rows.forEach((row, i) => {
    const plan = cellsOf(row)[0];
    const next = base.rows.findIndex((other, j) => j > i && cellsOf(other)[0] === plan);
    const type = cellsOf(row)[3];
    if (next > i && type === 'opened') pairs.push([i, next]);
  });
  return fc.constantFrom(...pairs).map(([first, second]) => {
    const rows = [...base.rows];
    [rows[first], rows[second]] = [rows[second] ?? '', rows[first] ?? ''];
    return {
      text: fileOf(base.header, rows),
      code: 'invalid-rows' as const,
      lines: [],
      fault: `plan events on lines ${first + 2} and ${second + 2} swapped`,
    };
  });
})();

const badFile = fc.oneof(
  ...BASES.map((base) => faulty(base).map((file) => ({ ...file, kind: base.kind }))),
  swappedTransitions.map((file) => ({ ...file, kind: 'plan-events' })),
);

describe('the CSV import under generated bad files', () => {
  let handle: DatabaseHandle;
  let before: Record<string, string>;
  let cases = 0;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    // What the renamed plan events refer to: their teams, members and households.
    for (const kind of ['teams', 'members', 'households']) {
      await importText(
        handle,
        kind,
        fileOf(renamed(lines(kind)[0] ?? ''), lines(kind).slice(1).map(renamed)),
      );
    }
    before = await checksumTables(handle.db);
  }, 120_000);
  afterAll(() => handle.close());

  it('refuses every bad file as a whole, naming the line of each fault, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(badFile, async (file) => {
        cases += 1;
        const error = await rejectionOf(importText(handle, file.kind, file.text));
        expect(error, file.fault).toBeInstanceOf(ImportError);
        const refusal = error as ImportError;
        expect(refusal.code, file.fault).toBe(file.code);
        const named = refusal.problems.map((problem) => problem.line);
        for (const line of file.lines) expect(named, file.fault).toContain(line);
        if (file.code === 'invalid-rows') {
          expect(
            refusal.problems.every((problem) => problem.line > 1),
            file.fault,
          ).toBe(true);
        }
        expect(refusal.problems.every((problem) => problem.reason.length > 0)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Every table of every schema, read from the catalogue: one added later is covered too.
    expect(await checksumTables(handle.db)).toEqual(before);
    console.info(`import fuzz: ${cases} bad files refused, 0 rows written, seed ${SEED}`);
  }, 300_000);

  it('imports the same files without the faults (so the faults were the reason)', async () => {
    const households = BASES.find((base) => base.kind === 'plan-events') as Base;
    const summary = await importText(
      handle,
      'plan-events',
      fileOf(households.header, households.rows),
    );
    expect(summary.inserted).toBeGreaterThan(0);
  }, 60_000);
});
