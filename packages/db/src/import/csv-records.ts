import { CsvError, Parser } from 'csv-parse';
import { ImportError } from './import-error.js';
import type { ProblemList } from './problem-list.js';
import { type CsvSource, decodeUtf8 } from './utf8-text.js';

/** The separators a file may use: a comma, or the semicolon Dutch Excel writes. */
export type CsvSeparator = ',' | ';';

/** A data row: its line in the file and its cells in the order of the kind's columns. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** What the reader found out about the file, for the rows' own parsing (e.g. decimal commas). */
export interface CsvLayout {
  readonly separator: CsvSeparator;
}

/**
 * The separator of a file, judged by its header row: whichever of `;` and `,` occurs more often
 * outside quotes (a semicolon when tied and present, since then commas are inside names).
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let isQuoted = false;
  for (const char of headerLine) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && char === ',') commas++;
    else if (!isQuoted && char === ';') semicolons++;
  }
  return semicolons > 0 && semicolons >= commas ? ';' : ',';
}

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase();
}

/** Maps the file's header to the kind's columns: for each column, its position in the file. */
function mapHeader(
  header: readonly string[],
  columns: readonly string[],
  fileName: string,
): number[] {
  const names = header.map(normaliseHeader);
  const problems = [
    ...columns
      .filter((column) => !names.includes(column))
      .map((column) => ({ line: 1, column, reason: 'this column is missing from the header row' })),
    ...names
      .filter((name) => !columns.includes(name))
      .map((name) => ({
        line: 1,
        column: name === '' ? '(empty)' : name,
        reason: `this column is not part of the format; the columns are ${columns.join(', ')}`,
      })),
    ...names
      .filter((name, index) => name !== '' && names.indexOf(name) !== index)
      .map((name) => ({
        line: 1,
        column: name,
        reason: 'this column appears twice in the header row',
      })),
  ];
  if (problems.length > 0) {
    throw new ImportError(
      'invalid-header',
      `${fileName} was not imported: its header row does not match the format; nothing was written.`,
      problems,
    );
  }
  return columns.map((column) => names.indexOf(column));
}

/**
 * csv-parse's stream, each record handed on with the line it ends on, read from the parser's
 * running count as it hands the record on: the line `info: true` gives, without the copy of the
 * whole count that option makes for every record (a third of the parsing time).
 *
 * csv-parse counts a line break written `\r\n` inside a quoted cell as two lines (csv-parse 7);
 * such breaks are taken off its count again, looked for only in a record that spans lines.
 */
class LineNumberedParser extends Parser {
  /** `\r\n` breaks inside the quoted cells of the records handed on so far. */
  #crlfInCells = 0;
  #lastLine = 0;

  /** The line the parser is at, as an editor numbers it. */
  get line(): number {
    return this.info.lines - this.#crlfInCells;
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) return super.push(null, encoding);
    if (this.info.lines - this.#lastLine > 1) {
      for (const cell of record as string[])
        for (let at = cell.indexOf('\r\n'); at !== -1; at = cell.indexOf('\r\n', at + 2))
          this.#crlfInCells++;
    }
    this.#lastLine = this.info.lines;
    return super.push({ record, line: this.line }, encoding);
  }
}

/** Resolves once the parser takes more text, or once it is closed (its reader stopped early). */
function drained(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

const BOM = /^\uFEFF/;

/** Holds text back until the first line feed, so the separator is judged before parsing. */
async function* withHeaderFirst(
  chunks: AsyncGenerator<string>,
  onHeader: (line: string) => void,
): AsyncGenerator<string> {
  let head = '';
  let isHeaderSeen = false;
  for await (const chunk of chunks) {
    if (isHeaderSeen) {
      yield chunk;
      continue;
    }
    head += chunk;
    const end = head.indexOf('\n');
    if (end === -1) continue;
    isHeaderSeen = true;
    onHeader(head.slice(0, end).replace(BOM, ''));
    yield head.replace(BOM, '');
  }
  if (!isHeaderSeen && head.trim() !== '') {
    onHeader(head.replace(BOM, ''));
    yield head.replace(BOM, '');
  }
}

const NUL = '\u0000';

/** Reports every cell of a record that holds a NUL character; true when there was one. */
function reportNul(
  record: readonly string[],
  positions: readonly number[],
  columns: readonly string[],
  line: number,
  problems: ProblemList,
): boolean {
  let found = false;
  positions.forEach((position, index) => {
    if (!record[position]?.includes(NUL)) return;
    found = true;
    problems.add(
      line,
      columns[index] ?? '',
      'the cell holds the NUL character (U+0000), which no code, reference or name has; check how the file was made',
    );
  });
  return found;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Streams the data rows of a CSV file (UTF-8, header row, `,` or `;`) with their line numbers,
 * cells ordered as `columns`. The header must name exactly these columns, in any order, or the
 * file is refused. A row with too few or too many cells is reported to `problems` and skipped;
 * rows of nothing but separators (as spreadsheets leave behind) are ignored.
 */
export async function* readCsvRecords(
  source: CsvSource,
  columns: readonly string[],
  problems: ProblemList,
  fileName: string,
  onLayout?: (layout: CsvLayout) => void,
): AsyncGenerator<CsvRecord> {
  const layout: { separator: CsvSeparator } = { separator: ',' };
  const text = withHeaderFirst(decodeUtf8(source, fileName), (line) => {
    layout.separator = detectSeparator(line);
    onLayout?.(layout);
  });
  const first = await text.next();
  if (first.done) {
    throw new ImportError('invalid-header', `${fileName} is empty: it has no header row.`, [
      { line: 1, column: '', reason: `expected the header row ${columns.join(',')}` },
    ]);
  }
  const parser = new LineNumberedParser({
    delimiter: layout.separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  // Postgres stores no NUL in text, and no reference or name has one. Looked for per chunk (a
  // native search), so the cells are searched only in a file that has one.
  let hasNul = first.value.includes(NUL);
  const feeding = (async () => {
    try {
      parser.write(first.value);
      for await (const chunk of text) {
        if (parser.destroyed) break;
        if (!hasNul && chunk.includes(NUL)) hasNul = true;
        if (!parser.write(chunk)) await drained(parser);
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let positions: number[] | undefined;
  // A file with the columns in the documented order hands its records on as they are.
  let isInOrder = false;
  try {
    for await (const { record, line } of parser as AsyncIterable<{
      record: string[];
      line: number;
    }>) {
      if (positions === undefined) {
        positions = mapHeader(record, columns, fileName);
        isInOrder = positions.every((position, index) => position === index);
        continue;
      }
      if (isBlank(record)) continue;
      if (record.length !== positions.length) {
        problems.add(
          line,
          '',
          `the row has ${record.length} cell(s) where the header has ${positions.length}; check for a ${layout.separator === ';' ? 'semicolon' : 'comma'} inside a value without quotes around it`,
        );
        continue;
      }
      const at = positions;
      if (hasNul && reportNul(record, at, columns, line, problems)) continue;
      yield {
        line,
        cells: isInOrder ? record : at.map((index) => record[index] ?? ''),
      };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      // The parser's own count, less the `\r\n` breaks it counted twice before the fault.
      const line = parser.line;
      problems.add(line, '', `the file cannot be read as CSV here: ${error.message}`);
      return;
    }
    throw error;
  } finally {
    if (!parser.writableEnded) parser.destroy();
    await feeding;
  }
}
