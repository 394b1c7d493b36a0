import type { Locale } from '@wijknet/household';
import { BASIC_MODEL } from './basic-model.js';
import {
  coreHoursReason,
  coreSizeReason,
  coverageReason,
  leadReason,
  type ShortMember,
  teamAgeReason,
} from './composition-reasons.js';
import {
  disciplineLabel,
  GENERALIST_DOMAINS,
  type GeneralistDomain,
  generalistDomainOf,
  isLeadDiscipline,
} from './disciplines.js';
import type { Member } from './member.js';
import { type Roster, rosterOn } from './roster.js';
import type { Team } from './team.js';
import { computeTeamAge } from './team-age.js';

/**
 * The five checks of the basic model (toetsen aan het basismodel), in the order they are
 * reported: the core covers the three generalist domains; the core has at most 8 members;
 * every core member works at least 24 hours a week in the team and district; the team has a
 * lead; and the team's age, reported as context.
 */
export const COMPOSITION_CHECKS = [
  'core-covers-generalist-domains',
  'core-size',
  'core-hours-in-wijk',
  'has-lead',
  'team-age',
] as const;

/** One check of the basic model (toets). */
export type CompositionCheck = (typeof COMPOSITION_CHECKS)[number];

/** A verdict (oordeel): the team meets the norm, does not, or — for team age — context only. */
export type Verdict = 'pass' | 'fail' | 'info';

/** The outcome of one check, with a reason that names the facts behind the verdict. */
export interface CompositionCheckResult {
  readonly check: CompositionCheck;
  readonly verdict: Verdict;
  readonly reason: string;
}

/** When to look at the team and in which language to give the reasons (default English). */
export interface CheckCompositionOptions {
  /** The reference date (peildatum), `YYYY-MM-DD`: only members on that date count. */
  readonly asOf: string;
  readonly locale?: Locale;
}

/** Core members per generalist domain, in the fixed order of GENERALIST_DOMAINS. */
export function countCorePerDomain(core: readonly Member[]): Map<GeneralistDomain, number> {
  const counts = new Map<GeneralistDomain, number>(GENERALIST_DOMAINS.map((domain) => [domain, 0]));
  for (const member of core) {
    const domain = generalistDomainOf(member.discipline);
    if (domain !== null) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return counts;
}

function checkCoverage(roster: Roster, locale: Locale): CompositionCheckResult {
  const counts = countCorePerDomain(roster.core);
  const missing = GENERALIST_DOMAINS.filter((domain) => counts.get(domain) === 0);
  return {
    check: 'core-covers-generalist-domains',
    verdict: missing.length === 0 ? 'pass' : 'fail',
    reason: coverageReason(counts, missing, locale),
  };
}

function checkCoreSize(roster: Roster, locale: Locale): CompositionCheckResult {
  const coreSize = roster.core.length;
  return {
    check: 'core-size',
    // An empty core is no basic team at all, so it fails here as well as on coverage.
    verdict: coreSize > 0 && coreSize <= BASIC_MODEL.maxCoreSize ? 'pass' : 'fail',
    reason: coreSizeReason(coreSize, locale),
  };
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function checkCoreHours(roster: Roster, locale: Locale): CompositionCheckResult {
  const short: ShortMember[] = roster.core
    .filter((member) => member.hoursInWijkPerWeek < BASIC_MODEL.minHoursInWijkPerWeek)
    // Fewest hours first, then by id, so the reason does not depend on the order of input.
    .sort((a, b) => a.hoursInWijkPerWeek - b.hoursInWijkPerWeek || compareIds(a.id, b.id))
    .map((member) => ({
      disciplineLabel: disciplineLabel(member.discipline, locale),
      hoursInWijkPerWeek: member.hoursInWijkPerWeek,
    }));
  const coreSize = roster.core.length;
  return {
    check: 'core-hours-in-wijk',
    verdict: coreSize > 0 && short.length === 0 ? 'pass' : 'fail',
    reason: coreHoursReason(coreSize, short, locale),
  };
}

function checkLead(roster: Roster, locale: Locale): CompositionCheckResult {
  const leadCount = roster.current.filter((member) => isLeadDiscipline(member.discipline)).length;
  return {
    check: 'has-lead',
    verdict: leadCount > 0 ? 'pass' : 'fail',
    reason: leadReason(leadCount, locale),
  };
}

function reportTeamAge(team: Team, roster: Roster, locale: Locale): CompositionCheckResult {
  const age = computeTeamAge(team, roster.asOf);
  return {
    check: 'team-age',
    verdict: 'info',
    reason: teamAgeReason(team.startDate, roster.asOf, age, locale),
  };
}

/**
 * Checks a team against the basic model on a reference date. These are checks, not
 * validation: real teams break the rules, and the benchmark shows who does. Members whose
 * membership does not include `asOf` are left out; the lead counts in whichever ring it sits,
 * while the size and hours checks look at the core (basisteam) only.
 *
 * @throws TeamError `member-of-another-team` when a member's teamId is not the team's id,
 *   `invalid-date` when `asOf` is not a calendar date.
 */
export function checkComposition(
  team: Team,
  members: readonly Member[],
  options: CheckCompositionOptions,
): CompositionCheckResult[] {
  const locale = options.locale ?? 'en';
  const roster = rosterOn(team, members, options.asOf);
  return [
    checkCoverage(roster, locale),
    checkCoreSize(roster, locale),
    checkCoreHours(roster, locale),
    checkLead(roster, locale),
    reportTeamAge(team, roster, locale),
  ];
}
