/**
 * Recognises Postgres ending a transaction because another one got in its way: a deadlock
 * (SQLSTATE 40P01) or a serialisation failure (40001). Nothing of the request was written, and
 * sending it again may well succeed, so it is answered as UNAVAILABLE rather than INTERNAL. The
 * ORM wraps the driver's error, so the `cause` chain is searched.
 */
export function isWriteConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    const { code } = current as { code?: unknown };
    if (code === '40P01' || code === '40001') return true;
    current = current.cause;
  }
  return false;
}
