/**
 * Whether an error is Postgres refusing a row for a unique index or constraint (SQLSTATE 23505),
 * and, when `constraint` is given, for that one by name. postgres.js names it `constraint_name`,
 * PGlite `constraint`; the ORM wraps the driver's error, so the `cause` chain is searched.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    const {
      code,
      constraint_name,
      constraint: name,
    } = current as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
    };
    if (code === '23505')
      return constraint === undefined || constraint_name === constraint || name === constraint;
    current = current.cause;
  }
  return false;
}
