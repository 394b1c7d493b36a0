/** Why the household package refused an input. A closed set, so callers can switch on it. */
export type HouseholdErrorCode = 'empty-reference' | 'secret-too-short' | 'invalid-figure';

/**
 * A refusal by the household (huishouden) rules, with a code to switch on and a message a
 * municipality's staff can act on.
 */
export class HouseholdError extends Error {
  override readonly name = 'HouseholdError';
  readonly code: HouseholdErrorCode;

  constructor(code: HouseholdErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
