import { describe, expect, it } from 'vitest';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import { ProblemList } from './problem-list.js';

const COLUMNS = ['reference', 'note'];

async function recordsOf(source: string | Uint8Array) {
  const problems = new ProblemList();
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(source, COLUMNS, problems, 'notes.csv'))
    records.push(record);
  return { records, problems };
}

describe('readCsvRecords', () => {
  it('numbers each record by the line it ends on, past quoted line breaks and blank lines', async () => {
    const { records } = await recordsOf(
      'reference,note\r\nA,"two\nlines"\r\n\r\nB,plain\n,\nC,"three\nlines\nhere"\nD,last',
    );
    expect(records).toEqual([
      { line: 3, cells: ['A', 'two\nlines'] },
      { line: 5, cells: ['B', 'plain'] },
      { line: 9, cells: ['C', 'three\nlines\nhere'] },
      { line: 10, cells: ['D', 'last'] },
    ]);
  });

  it('counts a line break written \\r\\n inside a quoted cell as one line, as an editor does', async () => {
    const { records, problems } = await recordsOf(
      'reference,note\r\nA,"two\r\nlines"\r\nB,plain\r\nC,"x\r\ny\r\nz"\r\nD,1,2\r\n',
    );
    expect(records).toEqual([
      { line: 3, cells: ['A', 'two\r\nlines'] },
      { line: 4, cells: ['B', 'plain'] },
      { line: 7, cells: ['C', 'x\r\ny\r\nz'] },
    ]);
    expect(() => problems.throwIfAny('notes.csv')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ line: 8 })] }),
    );
    // A quote left open runs to the end of the file: line 5 of four lines and an empty fifth.
    const unclosed = await recordsOf('reference,note\r\nA,"two\r\nlines"\r\nB,"open\r\n');
    expect(() => unclosed.problems.throwIfAny('notes.csv')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ line: 5 })] }),
    );
  });

  it('refuses a cell with a NUL character, naming its line and column, and hands the row on to nobody', async () => {
    const { records, problems } = await recordsOf(
      'reference,note\nA,fine\nB\u0000,x\nC,"y\u0000"\n',
    );
    expect(records.map((record) => record.line)).toEqual([2]);
    expect(() => problems.throwIfAny('notes.csv')).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            line: 3,
            column: 'reference',
            reason: expect.stringMatching(/NUL/),
          }),
          expect.objectContaining({ line: 4, column: 'note' }),
        ],
      }),
    );
  });

  it('reports a row with the wrong number of cells on its own line, after a quoted line break', async () => {
    const { records, problems } = await recordsOf('reference,note\nA,"x\ny"\nB,1,2\nC,z\n');
    expect(records.map((record) => record.line)).toEqual([3, 5]);
    expect(() => problems.throwIfAny('notes.csv')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ line: 4 })] }),
    );
  });

  it('reads a file given as bytes in slices without splitting a character or miscounting lines', async () => {
    const SLICE = 64 * 1024;
    const rows = Array.from({ length: 20_000 }, (_, index) =>
      index % 2 ? `R${index},€` : `R${index},"\n"`,
    );
    const fileOf = (padding: string) =>
      new TextEncoder().encode(
        `reference,note\nPAD,${padding}${'€'.repeat(30_000)}\n${rows.join('\n')}\n`,
      );
    // Padded so that the first slice ends inside a "€" (three bytes).
    const bytes = ['', 'x', 'xx'].map(fileOf).find((file) => ((file[SLICE] ?? 0) & 0xc0) === 0x80);
    expect(bytes).toBeDefined();
    const { records } = await recordsOf(bytes ?? new Uint8Array());
    expect(records).toHaveLength(rows.length + 1);
    expect(
      records.slice(1).every((record, index) => record.cells[1] === (index % 2 ? '€' : '\n')),
    ).toBe(true);
    // The padding row is line 2; each even row spans two lines.
    expect(records.at(-1)).toEqual({ line: 30_002, cells: ['R19999', '€'] });
  });
});
