import type { ErrorCode } from './error-codes.js';

/**
 * A failure the gateway reports to the client with one of the closed set of codes and a
 * message a person understands. `details` ends up beside the code in `extensions`.
 */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string | number | boolean | null>> = {},
  ) {
    super(message);
  }
}
