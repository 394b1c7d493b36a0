import { describe, expect, it } from 'vitest';
import { DISCIPLINES } from './disciplines.js';
import { memberSchema, parseMember } from './member.js';
import { TeamError } from './team-error.js';

const valid = {
  id: 'm-1',
  teamId: 'team-heechterp',
  discipline: 'district-nurse',
  ring: 'core',
  contractedHoursPerWeek: 32,
  hoursInWijkPerWeek: 28.5,
  secondingOrganisation: 'Thuiszorg Het Friese Land',
  startDate: '2021-03-01',
};

function problemsOf(input: unknown): readonly string[] {
  try {
    parseMember(input);
  } catch (error) {
    if (error instanceof TeamError && error.code === 'invalid-member') return error.problems;
    throw error;
  }
  throw new Error('the member was accepted');
}

describe('parseMember', () => {
  it('accepts a member with or without an end date', () => {
    expect(parseMember(valid)).toEqual(valid);
    expect(parseMember({ ...valid, endDate: '2025-01-01' }).endDate).toBe('2025-01-01');
  });

  it('accepts every discipline in both rings', () => {
    for (const discipline of DISCIPLINES) {
      for (const ring of ['core', 'ring']) {
        expect(memberSchema.safeParse({ ...valid, discipline, ring }).success).toBe(true);
      }
    }
  });

  it.each(['volunteer', 'Vrijwilliger', ' vrijwilligers '])(
    'refuses a volunteer (%s) and says why',
    (discipline) => {
      expect(problemsOf({ ...valid, discipline })).toEqual([
        'discipline: Volunteers (vrijwilligers) are not team members: the basic model places volunteer work as a function of the team, not as a member with contracted hours. Register the volunteer coordinator (volunteer-coordinator) as a member instead.',
      ]);
    },
  );

  it('lists the disciplines when one is unknown', () => {
    const [problem] = problemsOf({ ...valid, discipline: 'huisarts' });
    expect(problem).toMatch(
      /^discipline: "huisarts" is not a discipline; choose one of: community-worker, /,
    );
    expect(problem).toContain('team-lead.');
  });

  it('refuses more hours in the wijk than contracted', () => {
    expect(problemsOf({ ...valid, contractedHoursPerWeek: 24, hoursInWijkPerWeek: 30 })).toEqual([
      'hoursInWijkPerWeek: Hours in the wijk (30) cannot exceed the contracted hours (24).',
    ]);
  });

  it('refuses impossible hours', () => {
    expect(problemsOf({ ...valid, contractedHoursPerWeek: 0, hoursInWijkPerWeek: 0 })).toEqual([
      'contractedHoursPerWeek: Contracted hours must be more than 0 hours a week.',
    ]);
    expect(problemsOf({ ...valid, contractedHoursPerWeek: 72 })).toEqual([
      'contractedHoursPerWeek: Contracted hours cannot exceed 60 hours a week.',
    ]);
    expect(problemsOf({ ...valid, hoursInWijkPerWeek: -2 })).toEqual([
      'hoursInWijkPerWeek: Hours in the wijk cannot be negative.',
    ]);
    expect(problemsOf({ ...valid, hoursInWijkPerWeek: '28' })).toEqual([
      'hoursInWijkPerWeek: Hours in the wijk are required, as a number of hours per week.',
    ]);
  });

  it('refuses an end date on or before the start date', () => {
    expect(problemsOf({ ...valid, endDate: '2021-03-01' })).toEqual([
      'endDate: The end date (2021-03-01) must come after the start date (2021-03-01).',
    ]);
  });

  it('requires the seconding organisation (moederorganisatie)', () => {
    expect(problemsOf({ ...valid, secondingOrganisation: ' ' })).toEqual([
      'secondingOrganisation: The seconding organisation (moederorganisatie) is required.',
    ]);
  });

  it('says what a member looks like when the input is not an object', () => {
    expect(problemsOf(null)).toEqual([
      'A member must be an object with id, teamId, discipline, ring, contractedHoursPerWeek, hoursInWijkPerWeek, secondingOrganisation and startDate.',
    ]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ id: 'm-2', teamId: 'team-heechterp' });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'discipline',
      'ring',
      'contractedHoursPerWeek',
      'hoursInWijkPerWeek',
      'secondingOrganisation',
      'startDate',
    ]);
  });
});
