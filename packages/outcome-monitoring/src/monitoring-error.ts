import type { z } from 'zod';

/** Every way outcome monitoring can refuse its input; a closed set, so callers can switch on it. */
export const MONITORING_ERROR_CODES = [
  'invalid-period',
  'unknown-indicator',
  'invalid-input',
  'missing-context',
  'suppressed',
] as const;

/** The reason an outcome-monitoring call was refused. */
export type MonitoringErrorCode = (typeof MONITORING_ERROR_CODES)[number];

/**
 * A refused request in outcome monitoring (uitkomstmonitoring). The message is written for the
 * municipality's staff; `code` is for programs.
 */
export class MonitoringError extends Error {
  readonly code: MonitoringErrorCode;

  constructor(code: MonitoringErrorCode, message: string) {
    super(message);
    this.name = 'MonitoringError';
    this.code = code;
  }
}

/**
 * Parses outside input with a zod schema and turns its issues into one readable
 * MonitoringError, so callers see every problem at once and never a raw zod dump.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what: string,
): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  throw new MonitoringError('invalid-input', `The ${what} are not valid: ${problems.join('; ')}`);
}
