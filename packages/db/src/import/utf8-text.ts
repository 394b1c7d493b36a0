import { ImportError, type ImportProblem } from './import-error.js';

/** Where a file's bytes come from: the bytes themselves or a stream of chunks (a file stream). */
export type CsvSource = Uint8Array | string | AsyncIterable<Uint8Array | string>;

const LINE_FEED = 0x0a;

/**
 * The lines (1-based, from `firstLine`) holding bytes that are not UTF-8, each line checked by
 * its own strict decoder (a line feed never falls inside a UTF-8 sequence). Only run on failure.
 */
function findInvalidLines(bytes: Uint8Array, firstLine: number): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: number[] = [];
  let line = firstLine;
  for (let start = 0; start <= bytes.length; line++) {
    const feed = bytes.indexOf(LINE_FEED, start);
    const end = feed === -1 ? bytes.length : feed;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      lines.push(line);
    }
    start = end + 1;
  }
  return lines;
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Bytes decoded at a time from a file given whole, as a file stream would hand them over. */
const SLICE_BYTES = 64 * 1024;

/**
 * The source's chunks; a file given as one array of bytes in slices, so its records are parsed
 * and checked as they are needed rather than all at once (which held every record in memory).
 */
async function* chunksOf(source: CsvSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string') yield source;
  else if (source instanceof Uint8Array)
    for (let start = 0; start < source.length; start += SLICE_BYTES)
      yield source.subarray(start, start + SLICE_BYTES);
  else yield* source;
}

function encodingError(fileName: string, lines: readonly number[]): ImportError {
  const problems: ImportProblem[] = lines.map((line) => ({
    line,
    column: '',
    reason: 'these bytes are not UTF-8 text',
  }));
  return new ImportError(
    'invalid-encoding',
    `${fileName} is not UTF-8 text, so nothing was imported. Save it as UTF-8 (in Excel: "CSV UTF-8 (comma delimited)") and try again.`,
    problems,
  );
}

/**
 * Decodes a file as UTF-8, chunk by chunk, dropping a leading byte order mark. Invalid bytes are
 * refused, never replaced: a name garbled into "Sï¿½dwest" would otherwise be stored silently.
 * The refusal names every line with invalid bytes.
 */
export async function* decodeUtf8(source: CsvSource, fileName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let linesSoFar = 1;
  let failed: { lines: number[]; pending: Uint8Array[] } | undefined;
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (failed) {
      failed.pending.push(chunk);
      continue;
    }
    try {
      const text = decoder.decode(chunk, { stream: true });
      linesSoFar += countLineFeeds(text);
      if (text !== '') yield text;
    } catch {
      // The decoder does not say where it failed; find every bad line in what is left, which
      // may start with a sequence split across the previous chunk (counted on this line).
      failed = { lines: [], pending: [chunk] };
    }
  }
  if (failed) {
    const rest = Buffer.concat(failed.pending);
    // Up to three continuation bytes may finish a character the previous chunk began.
    let start = 0;
    while (start < 3 && ((rest[start] ?? 0) & 0xc0) === 0x80) start++;
    const lines = findInvalidLines(rest.subarray(start), linesSoFar);
    throw encodingError(fileName, lines.length > 0 ? lines : [linesSoFar]);
  }
  try {
    const tail = decoder.decode();
    if (tail !== '') yield tail;
  } catch {
    throw encodingError(fileName, [linesSoFar]);
  }
}
