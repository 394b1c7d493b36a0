import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { districtCodeSchema, municipalityCodeSchema } from '@wijknet/household';
import { z } from 'zod';
import { uuidArgument } from './codes.js';

/**
 * What a value of a drizzle connection's cursor may be, by column: the drizzle plugin writes a
 * cursor as base64 of `DC:` and the tagged values of the page's order (its `orderBy`, then the
 * primary key), and reads back whatever values a client sends. A value the database cannot take
 * (a day that does not exist, an ID that is no UUID, a NUL) is refused here as bad input, before
 * it reaches SQL.
 */
export const CURSOR_VALUES = {
  calendarDay: z.iso.date(),
  municipalityCode: municipalityCodeSchema,
  districtCode: districtCodeSchema,
  uuid: uuidArgument,
  text: z.string().refine((text) => !text.includes('\u0000'), 'A cursor holds no NUL.'),
} as const;

const REFUSAL =
  'This cursor is not one this connection gave. Pass a `cursor`, `startCursor` or `endCursor` as it came.';

/** The values of a drizzle cursor, or undefined when it is not one. */
function cursorValues(cursor: string): unknown[] | undefined {
  try {
    const text = decodeBase64(cursor);
    if (!text.startsWith('DC:')) return undefined;
    const values = decodeCursorChunk(text.slice(3));
    return Array.isArray(values) ? values : [values];
  } catch {
    return undefined;
  }
}

/**
 * A connection's `validate`: its `after` and `before` must be cursors whose values fit `columns`,
 * the page's order and primary key in turn (a cursor may hold a prefix of them, as the drizzle
 * plugin reads it).
 */
export function drizzleCursorArgs(...columns: readonly z.ZodType[]) {
  const cursor = z.string().refine((text) => {
    const values = cursorValues(text);
    return (
      values !== undefined &&
      values.length > 0 &&
      values.length <= columns.length &&
      values.every((value, index) => columns[index]?.safeParse(value).success)
    );
  }, REFUSAL);
  return z.looseObject({ after: cursor.nullish(), before: cursor.nullish() });
}
