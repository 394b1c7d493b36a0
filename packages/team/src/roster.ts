import { type CalendarDate, calendarDateSchema } from '@wijknet/household';
import type { Member } from './member.js';
import { membersOn } from './membership.js';
import type { Team } from './team.js';
import { TeamError } from './team-error.js';

/** The members of one team on one date, split by ring (bezetting op peildatum). */
export interface Roster {
  readonly asOf: CalendarDate;
  readonly current: readonly Member[];
  readonly core: readonly Member[];
  readonly ring: readonly Member[];
}

/**
 * The roster of a team on a date. Refuses members of another team, because mixing teams would
 * silently give wrong figures, and a reference date that is not a calendar date.
 */
export function rosterOn(team: Team, members: readonly Member[], asOf: string): Roster {
  const date = calendarDateSchema.safeParse(asOf);
  if (!date.success) {
    const problem = date.error.issues[0]?.message ?? 'not a calendar date';
    throw new TeamError('invalid-date', `The reference date is not valid: ${problem}`, [problem]);
  }
  const strangers = members.filter((member) => member.teamId !== team.id);
  if (strangers.length > 0) {
    const problems = strangers.map(
      (member) => `Member ${member.id} belongs to team ${member.teamId}, not to team ${team.id}.`,
    );
    throw new TeamError('member-of-another-team', problems.join(' '), problems);
  }
  const current = membersOn(members, date.data);
  return {
    asOf: date.data,
    current,
    core: current.filter((member) => member.ring === 'core'),
    ring: current.filter((member) => member.ring === 'ring'),
  };
}
