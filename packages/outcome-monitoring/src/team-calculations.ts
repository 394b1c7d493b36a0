import { GENERALIST_DOMAINS } from '@wijknet/team';
import { daysBetween } from './calendar-date.js';
import { type Calculation, ratio } from './indicator-figure.js';
import type { MonitoringRecords, TeamRecord } from './monitoring-records.js';
import type { DateRange } from './plan-calculations.js';

/** The basic model's ceiling for the core (basisteam): 6–8 is ideal, 10–11 too large. */
export const MAX_CORE_SIZE = 8;
/** Hours per week every core member should spend in the team and the wijk. */
export const MIN_HOURS_IN_WIJK = 24;
const DAYS_PER_YEAR = 365.25;

/** Teams active on the last day of the period: started by then, not ended on or before it. */
function activeTeams(records: MonitoringRecords, range: DateRange): TeamRecord[] {
  return records.teams.filter(
    (team) => team.startedOn <= range.end && (team.endedOn === null || team.endedOn > range.end),
  );
}

function coversThreeDomains(team: TeamRecord): boolean {
  return GENERALIST_DOMAINS.every((domain) =>
    team.coreMembers.some((member) => member.generalistDomain === domain),
  );
}

function hasCoreOfAtMostEight(team: TeamRecord): boolean {
  return team.coreMembers.length >= 1 && team.coreMembers.length <= MAX_CORE_SIZE;
}

function hasEveryCoreMemberAt24Hours(team: TeamRecord): boolean {
  return (
    team.coreMembers.length >= 1 &&
    team.coreMembers.every((member) => member.hoursInWijkPerWeek >= MIN_HOURS_IN_WIJK)
  );
}

/** The share of active teams passing a basic-model check; n is the number of teams. */
export function shareOfTeams(
  check: 'three-domains' | 'core-size' | 'hours' | 'lead' | 'all',
): (records: MonitoringRecords, range: DateRange) => Calculation {
  const passes: Record<typeof check, (team: TeamRecord) => boolean> = {
    'three-domains': coversThreeDomains,
    'core-size': hasCoreOfAtMostEight,
    hours: hasEveryCoreMemberAt24Hours,
    lead: (team) => team.hasLead,
    all: (team) =>
      coversThreeDomains(team) &&
      hasCoreOfAtMostEight(team) &&
      hasEveryCoreMemberAt24Hours(team) &&
      team.hasLead,
  };
  return (records, range) => {
    const teams = activeTeams(records, range);
    const passing = teams.filter(passes[check]).length;
    return ratio(passing, teams.length, teams.length);
  };
}

export function coreSize(records: MonitoringRecords, range: DateRange): Calculation {
  const teams = activeTeams(records, range);
  const members = teams.reduce((sum, team) => sum + team.coreMembers.length, 0);
  return ratio(members, teams.length, teams.length);
}

export function ftePer10000Inhabitants(
  records: MonitoringRecords,
  range: DateRange,
  inhabitants: number,
): Calculation {
  const teams = activeTeams(records, range);
  const fte = teams.reduce((sum, team) => sum + team.fte, 0);
  return ratio(fte, inhabitants, teams.length, 10_000);
}

export function teamAgeYears(records: MonitoringRecords, range: DateRange): Calculation {
  const teams = activeTeams(records, range);
  const years = teams.reduce(
    (sum, team) => sum + daysBetween(team.startedOn, range.end) / DAYS_PER_YEAR,
    0,
  );
  return ratio(years, teams.length, teams.length);
}

function coreMembersOf(records: MonitoringRecords, range: DateRange) {
  return activeTeams(records, range).flatMap((team) => team.coreMembers);
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
