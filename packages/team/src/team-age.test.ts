import { describe, expect, it } from 'vitest';
import { computeTeamAge } from './team-age.js';

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
      years: 1.9,
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
    expect(computeTeamAge(team, '2031-07-20').years).toBe(11.5);
  });
});
