/**
 * Recognises the database refusing a row because of the request's tenancy scope: row-level
 * security (`new row violates row-level security policy`) and missing rights both carry
 * SQLSTATE 42501. A resolver's own checks should refuse first; this is the last line, so a
 * write outside the scope is FORBIDDEN rather than INTERNAL. The ORM wraps the driver's error,
 * so the `cause` chain is searched.
 */
export function isScopeViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if ((current as { code?: unknown }).code === '42501') return true;
    current = current.cause;
  }
  return false;
}
