import { BASIC_MODEL, HOURS_PER_FTE } from './basic-model.js';
import { countCorePerDomain } from './composition-checks.js';
import { DISCIPLINES, type Discipline, type GeneralistDomain } from './disciplines.js';
import { servedPopulationOf } from './district-population.js';
import type { Member } from './member.js';
import { rosterOn } from './roster.js';
import type { Team } from './team.js';
import { computeTeamAge } from './team-age.js';

/** Hours in the team and district (uren in de wijk), per week. */
export interface HoursInWijkFigures {
  /** All current members, core and ring, in hours a week with one decimal. */
  readonly total: number;
  /** The core (basisteam) alone, in hours a week with one decimal. */
  readonly coreTotal: number;
  /** Mean per core member, one decimal; null when the core is empty. */
  readonly meanPerCoreMember: number | null;
  /** Core members who work at least 24 hours a week in the team and district. */
  readonly coreMembersAtLeast24: number;
  /** That count divided by the core size, between 0 and 1; null when the core is empty. */
  readonly shareOfCoreAtLeast24: number | null;
}

/** How many current members have one discipline, and their share of all current members. */
export interface DisciplineShare {
  readonly discipline: Discipline;
  readonly count: number;
  /** Between 0 and 1, unrounded. */
  readonly share: number;
}

/** The derived figures of a team on a reference date (teamkengetallen). */
export interface TeamFigures {
  readonly asOf: string;
  /** Current members in core and ring together. */
  readonly memberCount: number;
  /** Current members of the core (basisteam). */
  readonly coreSize: number;
  /** Current members of the ring (tijdelijke aanvulling). */
  readonly ringSize: number;
  /** Core members per generalist domain; additional disciplines and the lead count in none. */
  readonly membersPerDomain: Readonly<Record<GeneralistDomain, number>>;
  /** Full-time equivalents (fte) from contracted hours of all current members, two decimals. */
  readonly fte: number;
  /** Full-time equivalents of the core alone, two decimals. */
  readonly coreFte: number;
  readonly hoursInWijk: HoursInWijkFigures;
  /** Inhabitants (inwoners) of the districts the team serves. */
  readonly inhabitants: number;
  /** Households (huishoudens) of the districts the team serves. */
  readonly households: number;
  /** Team fte per 10,000 inhabitants of the served districts, two decimals; null without inhabitants. */
  readonly ftePer10000Inhabitants: number | null;
  /** Team fte per 1,000 households of the served districts, two decimals; null without households. */
  readonly ftePer1000Households: number | null;
  /** Disciplines present, most frequent first, ties in the order of DISCIPLINES. */
  readonly disciplineMix: readonly DisciplineShare[];
  /** Team age: completed months since the start divided by 12 (teamAgeInYears); null before the start. */
  readonly teamAgeYears: number | null;
  /** Whether the team is still within the 2–4 years a team needs to settle in. */
  readonly isSettlingIn: boolean;
}

/** The reference date and the inhabitants and households of the served districts. */
export interface ComputeTeamFiguresOptions {
  /** The reference date (peildatum), `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Inhabitants and households per district; must include every district the team serves. */
  readonly districts: readonly unknown[];
}

const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

// Sorted first, so that the floating-point total does not depend on the order of the members.
const sum = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);

function mixOf(members: readonly Member[]): DisciplineShare[] {
  const counts = new Map<Discipline, number>();
  for (const member of members) {
    counts.set(member.discipline, (counts.get(member.discipline) ?? 0) + 1);
  }
  return DISCIPLINES.filter((discipline) => counts.has(discipline))
    .map((discipline) => {
      const count = counts.get(discipline) ?? 0;
      return { discipline, count, share: count / members.length };
    })
    .sort((a, b) => b.count - a.count);
}

/**
 * Computes the figures of a team on a reference date: size, domains, fte (36 hours = 1 fte,
 * from contracted hours), hours in the wijk, fte per 10,000 inhabitants and per 1,000
 * households of the served districts, discipline mix and team age. Only members whose
 * membership includes `asOf` count.
 *
 * @throws TeamError `member-of-another-team`, `invalid-date`, `invalid-district-population`
 *   or `missing-district-population`.
 */
export function computeTeamFigures(
  team: Team,
  members: readonly Member[],
  options: ComputeTeamFiguresOptions,
): TeamFigures {
  const roster = rosterOn(team, members, options.asOf);
  const population = servedPopulationOf(team, options.districts);
  const { core, current } = roster;

  const fteRaw = sum(current.map((member) => member.contractedHoursPerWeek)) / HOURS_PER_FTE;
  const coreFteRaw = sum(core.map((member) => member.contractedHoursPerWeek)) / HOURS_PER_FTE;
  const coreHours = sum(core.map((member) => member.hoursInWijkPerWeek));
  const coreMembersAtLeast24 = core.filter(
    (member) => member.hoursInWijkPerWeek >= BASIC_MODEL.minHoursInWijkPerWeek,
  ).length;
  const age = computeTeamAge(team, roster.asOf);

  return {
    asOf: roster.asOf,
    memberCount: current.length,
    coreSize: core.length,
    ringSize: roster.ring.length,
    membersPerDomain: Object.fromEntries(countCorePerDomain(core)) as Record<
      GeneralistDomain,
      number
    >,
    fte: roundTo(fteRaw, 2),
    coreFte: roundTo(coreFteRaw, 2),
    hoursInWijk: {
      total: roundTo(sum(current.map((member) => member.hoursInWijkPerWeek)), 1),
      coreTotal: roundTo(coreHours, 1),
      meanPerCoreMember: core.length === 0 ? null : roundTo(coreHours / core.length, 1),
      coreMembersAtLeast24,
      shareOfCoreAtLeast24: core.length === 0 ? null : coreMembersAtLeast24 / core.length,
    },
    inhabitants: population.inhabitants,
    households: population.households,
    ftePer10000Inhabitants:
      population.inhabitants === 0 ? null : roundTo((fteRaw / population.inhabitants) * 10_000, 2),
    ftePer1000Households:
      population.households === 0 ? null : roundTo((fteRaw / population.households) * 1_000, 2),
    disciplineMix: mixOf(current),
    teamAgeYears: age.years,
    isSettlingIn: age.isSettlingIn,
  };
}
