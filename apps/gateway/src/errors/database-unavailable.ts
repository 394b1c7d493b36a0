/**
 * Recognises the ways a database that is down, restarting, overloaded or too slow shows up:
 * socket errors from the driver, the driver's own connection codes, and the SQLSTATE classes
 * Postgres uses for connection failures, shutdowns and cancelled statements. The driver and
 * the ORM wrap errors, so the whole `cause` chain is searched.
 */
const SOCKET_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

// postgres.js reports these when it cannot (re)connect or loses the connection.
const DRIVER_ERROR_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

const SQLSTATES = new Set([
  '57014', // statement cancelled, which is how a statement_timeout ends
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up)
  '53300', // too many connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (SOCKET_ERROR_CODES.has(code) || DRIVER_ERROR_CODES.has(code) || SQLSTATES.has(code)) {
        return true;
      }
      // Class 08: connection exceptions.
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) {
      return true;
    }
    current = current.cause;
  }
  return false;
}
