/**
 * What went wrong, as a closed set so callers (the gateway, a script) can map every case:
 * input that fails its schema, a member handed in for another team, a served district
 * without population figures, or a reference date that is not a calendar date.
 */
export const TEAM_ERROR_CODES = [
  'invalid-team',
  'invalid-member',
  'invalid-district-population',
  'invalid-date',
  'member-of-another-team',
  'missing-district-population',
] as const;

/** The code of a {@link TeamError}. */
export type TeamErrorCode = (typeof TEAM_ERROR_CODES)[number];

/** A domain error of the team package (fout in team- of teamledengegevens). */
export class TeamError extends Error {
  override readonly name = 'TeamError';
  readonly code: TeamErrorCode;
  /** One sentence per problem found, each naming the field it concerns. */
  readonly problems: readonly string[];

  constructor(code: TeamErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}
