import type { CalendarDate } from '@wijknet/household';
import { BASIC_MODEL } from './basic-model.js';
import { fullMonthsBetween } from './months-between.js';
import type { Team } from './team.js';

/**
 * Where a team stands in settling in (inwerkfase): `not-started` before its start date,
 * `new` in its first two years, `settling-in` between two and four years, `settled` after.
 */
export type SettlingPhase = 'not-started' | 'new' | 'settling-in' | 'settled';

/** The age of a team on a date (teamleeftijd). */
export interface TeamAge {
  /** Completed months since the start date divided by 12 (teamAgeInYears); null before the start. */
  readonly years: number | null;
  readonly phase: SettlingPhase;
  /** Whether the team is still within the two to four years a team needs to settle in. */
  readonly isSettlingIn: boolean;
}

/**
 * Team age in years (teamleeftijd): the completed months from the start date to `asOf`, divided
 * by 12, so a team is exactly 2 years old on its second anniversary and a month adds 1/12 of a
 * year whatever its length. This is the one rule for team age: the team figures, the
 * `team-age-years` indicator and its SQL rollup all count it so. 0 before the start.
 */
export function teamAgeInYears(startDate: CalendarDate, asOf: CalendarDate): number {
  return fullMonthsBetween(startDate, asOf) / 12;
}

/** The age of a team on a date, and where it stands in settling in. */
export function computeTeamAge(team: Pick<Team, 'startDate'>, asOf: CalendarDate): TeamAge {
  if (asOf < team.startDate) return { years: null, phase: 'not-started', isSettlingIn: false };
  const months = fullMonthsBetween(team.startDate, asOf);
  const years = teamAgeInYears(team.startDate, asOf);
  if (months < BASIC_MODEL.settlingInYears.min * 12) {
    return { years, phase: 'new', isSettlingIn: true };
  }
  if (months < BASIC_MODEL.settlingInYears.max * 12) {
    return { years, phase: 'settling-in', isSettlingIn: true };
  }
  return { years, phase: 'settled', isSettlingIn: false };
}
