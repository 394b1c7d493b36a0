import type { z } from 'zod';

/** Distinct cells remembered per field at most; dates, codes and scores stay far below it. */
const MAX_REMEMBERED = 10_000;

/** A cell of digits only as its number, any other cell as its text, for a number field's schema. */
export function wholeNumberOrText(cell: string): number | string {
  return /^\d{1,9}$/.test(cell) ? Number(cell) : cell;
}

/**
 * A field schema's verdict on a cell, remembered per distinct cell: an import's dates, codes and
 * scores repeat over thousands of rows, so each distinct one goes through the schema once. The
 * verdict is the field's value when the schema accepts the cell exactly as written (nothing
 * trimmed, cased or converted beyond `read`), else undefined: the row is then left to the whole
 * schema, which says what is wrong.
 */
export function rememberVerdicts<Output>(
  schema: z.ZodType<Output>,
  read: (cell: string) => unknown = (cell) => cell,
): (cell: string) => Output | undefined {
  const verdicts = new Map<string, Output | undefined>();
  return (cell) => {
    if (verdicts.has(cell)) return verdicts.get(cell);
    const input = read(cell);
    const result = schema.safeParse(input);
    const verdict = result.success && Object.is(result.data, input) ? result.data : undefined;
    if (verdicts.size < MAX_REMEMBERED) verdicts.set(cell, verdict);
    return verdict;
  };
}
