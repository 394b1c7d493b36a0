import { encodeBase64, encodeCursorChunk } from '@pothos/core';
import fc from 'fast-check';

/**
 * Values the fixture holds, so generated arguments reach past the first check: IDs of real rows,
 * codes of real municipalities and districts, references, and cursors real pages gave.
 */
export interface KnownValues {
  readonly ids: readonly string[];
  readonly codes: readonly string[];
  readonly references: readonly string[];
  readonly cursors: readonly string[];
}

/** What an argument means, read from its name: each kind gets values that look the part. */
export type ArgumentKind = 'cursor' | 'date' | 'period' | 'id' | 'code' | 'reference' | 'text';

/** The kind of an argument or input field, by its name and GraphQL type name. */
export function kindOf(name: string, typeName: string): ArgumentKind {
  if (/^(after|before)$|cursor/i.test(name)) return 'cursor';
  if (/^(date|asOf)$|(On|Date|Day)$/.test(name)) return 'date';
  if (/period|^(from|to|until)$/i.test(name)) return 'period';
  if (/reference$/i.test(name)) return 'reference';
  if (/code/i.test(name)) return 'code';
  if (typeName === 'ID' || /Id$|^id$/.test(name)) return 'id';
  return 'text';
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Calendar days of any year a date column could hold, the edges of the plausible range among them. */
const dates = fc.oneof(
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map(day),
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map(day),
  fc.constantFrom(
    '1899-12-31',
    '1900-01-01',
    '2024-02-29',
    '2023-02-29',
    '2025-04-31',
    '2025-1-1',
    '20250101',
  ),
);

/** Years and quarters, in and out of range and shape. */
const periods = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 5 }))
    .map(([year, quarter]) => (quarter === 0 ? String(year) : `${year}-Q${quarter}`)),
  fc.constantFrom('2024', '2025', '2024-Q1', '2025-Q4', '2025-q1', '2025Q1', '2025-K1', 'Q1-2025'),
);

const digits = (length: number) =>
  fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, '0'));

/** CBS codes: real ones, well-formed ones of no municipality, and near misses. */
function codes(known: KnownValues) {
  return fc.oneof(
    fc.constantFrom(...known.codes),
    digits(4).map((n) => `GM${n}`),
    fc.tuple(digits(4), digits(2)).map(([m, d]) => `WK${m}${d}`),
    fc.constantFrom('gm0080', 'GM008', 'WK0080', 'WK0363AA', 'BU00800000'),
  );
}

/** UUIDs of real rows, random ones, and strings that only look like one. */
function ids(known: KnownValues) {
  return fc.oneof(
    fc.constantFrom(...known.ids),
    fc.uuid(),
    fc.uuid().map((id) => id.toUpperCase()),
    fc.uuid().map((id) => `${id.slice(0, -1)}\u0000`),
    fc.uuid().map((id) => id.replaceAll('-', '')),
  );
}

/** A drizzle cursor's values: each kind the plugin writes, with values no column takes. */
const cursorValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.uuid(),
  dates,
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
  fc.constant('\u0000'),
);

/** Cursors real pages gave, changed by a character, or built by the connections' own formats. */
function cursors(known: KnownValues) {
  const real = fc.constantFrom(...known.cursors);
  return fc.oneof(
    real,
    fc
      .tuple(real, fc.nat(), fc.constantFrom('A', '/', '+', '=', '_', '\u0000'))
      .map(([cursor, at, character]) => {
        const index = at % Math.max(1, cursor.length);
        return `${cursor.slice(0, index)}${character}${cursor.slice(index + 1)}`;
      }),
    // The caseload's: plan:<opening day>:<plan id>.
    fc
      .tuple(dates, fc.oneof(fc.uuid(), fc.constantFrom(...known.ids), fc.string({ maxLength: 8 })))
      .map(([openedOn, id]) => encodeBase64(`plan:${openedOn}:${id}`)),
    // A drizzle connection's: DC: and the tagged values of the page's order.
    fc
      .array(cursorValue, { minLength: 1, maxLength: 3 })
      .map((values) =>
        encodeBase64(
          `DC:${values.length === 1 ? encodeCursorChunk(values[0]) : `J:${JSON.stringify(values)}`}`,
        ),
      ),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    fc.string({ maxLength: 30 }),
  );
}

/** A value that looks like what an argument of this kind takes, often only almost. */
export function plausibleValue(kind: ArgumentKind, known: KnownValues): fc.Arbitrary<string> {
  switch (kind) {
    case 'cursor':
      return cursors(known);
    case 'date':
      return dates;
    case 'period':
      return periods;
    case 'id':
      return ids(known);
    case 'code':
      return codes(known);
    case 'reference':
      return fc.oneof(
        fc.constantFrom(...known.references),
        fc.string({ minLength: 1, maxLength: 24 }),
      );
    case 'text':
      return fc.string({ maxLength: 60 });
    default:
      return kind satisfies never;
  }
}
