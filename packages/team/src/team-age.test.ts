import { describe, expect, it } from 'vitest';
import { computeTeamAge, teamAgeInYears } from './team-age.js';

const team = { startDate: '2020-01-15' };

describe('computeTeamAge', () => {
  it('has no age before the start date', () => {
    expect(computeTeamAge(team, '2020-01-14')).toEqual({
      years: null,
      phase: 'not-started',
      isSettlingIn: false,
    });
  });

  it('calls a team under two years new and settling in', () => {
    expect(computeTeamAge(team, '2020-01-15')).toEqual({
      years: 0,
      phase: 'new',
      isSettlingIn: true,
    });
    expect(computeTeamAge(team, '2022-01-14')).toEqual({
      years: 23 / 12,
      phase: 'new',
      isSettlingIn: true,
    });
  });

  it('calls a team of two to four years settling in', () => {
    expect(computeTeamAge(team, '2022-01-15')).toEqual({
      years: 2,
      phase: 'settling-in',
      isSettlingIn: true,
    });
    expect(computeTeamAge(team, '2024-01-14').phase).toBe('settling-in');
  });

  it('calls a team of four years or more settled', () => {
    expect(computeTeamAge(team, '2024-01-15')).toEqual({
      years: 4,
      phase: 'settled',
      isSettlingIn: false,
    });
    expect(computeTeamAge(team, '2031-07-20').years).toBe(138 / 12);
  });

  it('counts completed months, not days: a year is 12 months whatever its length', () => {
    // Days / 365.25 would make the first anniversary 0.9993 (2021 has 365 days) and a leap
    // year's 366 days 1.002; completed months make both exactly 1.
    expect(teamAgeInYears('2021-03-01', '2022-03-01')).toBe(1);
    expect(teamAgeInYears('2024-01-01', '2025-01-01')).toBe(1);
    expect(teamAgeInYears('2024-01-31', '2024-02-29')).toBe(0);
    expect(teamAgeInYears('2024-01-15', '2024-07-15')).toBe(0.5);
  });
});
