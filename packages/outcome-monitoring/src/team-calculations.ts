import type { CalendarDate } from '@wijknet/household';
import {
  BASIC_MODEL,
  GENERALIST_DOMAINS,
  HOURS_PER_FTE,
  isLeadDiscipline,
  teamAgeInYears,
} from '@wijknet/team';
import { type Calculation, ratio } from './indicator-figure.js';
import type { MonitoringRecords, TeamMemberRecord, TeamRecord } from './monitoring-records.js';
import { type DateRange, isActiveOn } from './period-rules.js';

/** The basic model's ceiling for the core (basisteam): 6–8 is ideal, 10–11 too large. */
export const MAX_CORE_SIZE = BASIC_MODEL.maxCoreSize;
/** Hours per week every core member should spend in the team and the wijk. */
export const MIN_HOURS_IN_WIJK = BASIC_MODEL.minHoursInWijkPerWeek;

/** A team as it stood on one day: its members of that day, core apart. */
interface TeamSnapshot {
  readonly team: TeamRecord;
  readonly members: readonly TeamMemberRecord[];
  readonly core: readonly TeamMemberRecord[];
}

/** Teams active on the last day of the period, each with the members active on that day. */
function snapshotsOn(records: MonitoringRecords, day: CalendarDate): TeamSnapshot[] {
  return records.teams
    .filter((team) => isActiveOn(team, day))
    .map((team) => {
      const members = team.members.filter((member) =>
        isActiveOn({ startedOn: member.startedOn ?? team.startedOn, endedOn: member.endedOn }, day),
      );
      return { team, members, core: members.filter((member) => member.ring === 'core') };
    });
}

function coversThreeDomains({ core }: TeamSnapshot): boolean {
  return GENERALIST_DOMAINS.every((domain) =>
    core.some((member) => member.generalistDomain === domain),
  );
}

function hasCoreOfAtMostEight({ core }: TeamSnapshot): boolean {
  return core.length >= 1 && core.length <= MAX_CORE_SIZE;
}

function hasEveryCoreMemberAt24Hours({ core }: TeamSnapshot): boolean {
  return core.length >= 1 && core.every((member) => member.hoursInWijkPerWeek >= MIN_HOURS_IN_WIJK);
}

function hasLead({ members }: TeamSnapshot): boolean {
  return members.some((member) => isLeadDiscipline(member.discipline));
}

/** The share of active teams passing a basic-model check; n is the number of teams. */
export function shareOfTeams(
  check: 'three-domains' | 'core-size' | 'hours' | 'lead' | 'all',
): (records: MonitoringRecords, range: DateRange) => Calculation {
  const passes: Record<typeof check, (team: TeamSnapshot) => boolean> = {
    'three-domains': coversThreeDomains,
    'core-size': hasCoreOfAtMostEight,
    hours: hasEveryCoreMemberAt24Hours,
    lead: hasLead,
    all: (team) =>
      coversThreeDomains(team) &&
      hasCoreOfAtMostEight(team) &&
      hasEveryCoreMemberAt24Hours(team) &&
      hasLead(team),
  };
  return (records, range) => {
    const teams = snapshotsOn(records, range.end);
    const passing = teams.filter(passes[check]).length;
    return ratio(passing, teams.length, teams.length);
  };
}

export function coreSize(records: MonitoringRecords, range: DateRange): Calculation {
  const teams = snapshotsOn(records, range.end);
  const members = teams.reduce((sum, team) => sum + team.core.length, 0);
  return ratio(members, teams.length, teams.length);
}

/**
 * FTE from contracted hours of every member, core and ring (36 hours = 1 fte). Like every team
 * figure it needs an active team: without one there is no figure, not a zero.
 */
export function ftePer10000Inhabitants(
  records: MonitoringRecords,
  range: DateRange,
  inhabitants: number,
): Calculation {
  const teams = snapshotsOn(records, range.end);
  if (teams.length === 0) return ratio(0, 0, 0);
  const hours = teams
    .flatMap((team) => team.members)
    .reduce((sum, member) => sum + member.contractedHoursPerWeek, 0);
  return ratio(hours / HOURS_PER_FTE, inhabitants, teams.length, 10_000);
}

/** The mean team age: completed months from start to the last day, divided by 12. */
export function teamAgeYears(records: MonitoringRecords, range: DateRange): Calculation {
  const teams = snapshotsOn(records, range.end);
  const years = teams.reduce((sum, { team }) => sum + teamAgeInYears(team.startedOn, range.end), 0);
  return ratio(years, teams.length, teams.length);
}

function coreMembersOf(records: MonitoringRecords, range: DateRange) {
  return snapshotsOn(records, range.end).flatMap((team) => team.core);
}

export function hoursInWijkPerCoreMember(
  records: MonitoringRecords,
  range: DateRange,
): Calculation {
  const members = coreMembersOf(records, range);
  const hours = members.reduce((sum, member) => sum + member.hoursInWijkPerWeek, 0);
  return ratio(hours, members.length, members.length);
}

export function coreMembersAtLeast24Hours(
  records: MonitoringRecords,
  range: DateRange,
): Calculation {
  const members = coreMembersOf(records, range);
  const enough = members.filter((member) => member.hoursInWijkPerWeek >= MIN_HOURS_IN_WIJK);
  return ratio(enough.length, members.length, members.length);
}
