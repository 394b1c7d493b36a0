import { describe, expect, it } from 'vitest';
import { parseTeam, teamSchema } from './team.js';
import { TeamError } from './team-error.js';

const valid = {
  id: 'team-amsterdam-centrum',
  municipalityCode: 'GM0363',
  name: 'Samen DOEN Centrum',
  kind: 'all-ages',
  districtCodes: ['WK0363AA', 'WK0363AB'],
  startDate: '2012-09-01',
  accessMandate: 'derived-mandate',
};

function problemsOf(input: unknown): readonly string[] {
  try {
    parseTeam(input);
  } catch (error) {
    if (error instanceof TeamError) return error.problems;
    throw error;
  }
  throw new Error('the team was accepted');
}

describe('parseTeam', () => {
  it('accepts a team serving districts of its own municipality, letter codes included', () => {
    expect(parseTeam(valid)).toEqual(valid);
  });

  it('accepts every kind and every access mandate', () => {
    for (const kind of ['all-ages', 'youth-and-family', 'village']) {
      for (const accessMandate of ['referral-only', 'derived-mandate', 'own-mandate']) {
        expect(teamSchema.safeParse({ ...valid, kind, accessMandate }).success).toBe(true);
      }
    }
  });

  it('says which district lies in another municipality', () => {
    expect(problemsOf({ ...valid, districtCodes: ['WK0363AA', 'WK008010'] })).toEqual([
      "districtCodes[1]: District WK008010 lies in municipality GM0080, not in the team's municipality GM0363.",
    ]);
  });

  it('refuses a team without districts and a district listed twice', () => {
    expect(problemsOf({ ...valid, districtCodes: [] })).toEqual([
      'districtCodes: A team serves at least one district; none was given.',
    ]);
    expect(problemsOf({ ...valid, districtCodes: ['WK0363AA', 'WK0363AA'] })).toEqual([
      'districtCodes[1]: District WK0363AA is listed twice.',
    ]);
  });

  it('names the expected format of malformed CBS codes', () => {
    const problems = problemsOf({ ...valid, municipalityCode: '0363', districtCodes: ['WK36301'] });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^municipalityCode: "0363" is not a CBS municipality code/);
    expect(problems[1]).toMatch(/^districtCodes\[0\]: "WK36301" is not a CBS district code/);
  });

  it('lists the valid kinds and mandates when one is unknown', () => {
    expect(problemsOf({ ...valid, kind: 'wijkteam', accessMandate: undefined })).toEqual([
      'kind: "wijkteam" is not a team kind; choose one of: all-ages, youth-and-family, village.',
      'accessMandate: An access mandate is required; choose one of: referral-only, derived-mandate, own-mandate.',
    ]);
  });

  it('refuses a start date that is not a calendar date', () => {
    expect(problemsOf({ ...valid, startDate: '2023-02-29' })).toEqual([
      'startDate: "2023-02-29" is not a date: write it as YYYY-MM-DD, e.g. "2025-03-31".',
    ]);
  });

  it('says what a team looks like when the input is not an object', () => {
    expect(problemsOf('Frontlijnteam')).toEqual([
      'A team must be an object with id, municipalityCode, name, kind, districtCodes, startDate and accessMandate.',
    ]);
  });

  it('throws a TeamError with code invalid-team and every problem in the message', () => {
    expect(() => parseTeam({ ...valid, name: '  ', id: '' })).toThrowError(
      expect.objectContaining({
        name: 'TeamError',
        code: 'invalid-team',
        message: 'The team is not valid. id: A team id is required. name: A team name is required.',
      }),
    );
  });
});
