/**
 * The closed set of codes a client finds in `errors[].extensions.code`. Anything else that
 * goes wrong is reported as INTERNAL with a generic message, never with a stack or SQL.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SUPPRESSED',
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code of a failure the gateway does not describe to clients. */
export const INTERNAL_ERROR_CODE = 'INTERNAL';

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side. Try again later; if it keeps happening, tell us the time it occurred.';

export type Details = Readonly<Record<string, string | number | boolean | null>>;

/** What the client is told about one failure, before it becomes a GraphQL error. */
export interface Failure {
  readonly code: ErrorCode | typeof INTERNAL_ERROR_CODE;
  readonly message: string;
  readonly details?: Details;
}
