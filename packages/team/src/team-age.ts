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
  /** Years since the start date, rounded down to one decimal; null before the start. */
  readonly years: number | null;
  readonly phase: SettlingPhase;
  /** Whether the team is still within the two to four years a team needs to settle in. */
  readonly isSettlingIn: boolean;
}

/** The age of a team on a date, counted in whole months so that 2.0 years means two full years. */
export function computeTeamAge(team: Pick<Team, 'startDate'>, asOf: CalendarDate): TeamAge {
  if (asOf < team.startDate) return { years: null, phase: 'not-started', isSettlingIn: false };
  const months = fullMonthsBetween(team.startDate, asOf);
  const years = Math.floor((months * 10) / 12) / 10;
  if (months < BASIC_MODEL.settlingInYears.min * 12) {
    return { years, phase: 'new', isSettlingIn: true };
  }
  if (months < BASIC_MODEL.settlingInYears.max * 12) {
    return { years, phase: 'settling-in', isSettlingIn: true };
  }
  return { years, phase: 'settled', isSettlingIn: false };
}
