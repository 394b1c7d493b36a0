import {
  DISCIPLINES,
  type Discipline,
  GENERALIST_DOMAINS,
  type GeneralistDomain,
  generalistDomainOf,
  isLeadDiscipline,
  type Mandate,
} from '@wijknet/team';
import type { districts, members, teamDistricts, teams } from '../schema/index.js';
import { CHANCE_OF_24_HOURS, SHARE_OF_TEAMS_ALL_24_HOURS } from './published-rates.js';
import { type SeededRandom, toDate, toDay } from './random.js';

type District = typeof districts.$inferSelect;
export type TeamRow = typeof teams.$inferInsert & { id: string };
export type MemberRow = typeof members.$inferInsert & { id: string };
export type TeamDistrictRow = typeof teamDistricts.$inferInsert;

/** The team package's professions of a generalist domain, in its order. */
function professionsOf(domain: GeneralistDomain): readonly Discipline[] {
  return DISCIPLINES.filter((discipline) => generalistDomainOf(discipline) === domain);
}
const GENERALISTS = new Map(GENERALIST_DOMAINS.map((domain) => [domain, professionsOf(domain)]));
/** The additional disciplines (aanvullende disciplines): no generalist domain, not the lead. */
const RING_DISCIPLINES = DISCIPLINES.filter(
  (discipline) => generalistDomainOf(discipline) === null && !isLeadDiscipline(discipline),
);
const ORGANISATIONS = [
  'welzijnsorganisatie',
  'thuiszorg',
  'gemeente',
  'maatschappelijk werk',
  'GGZ',
  'jeugdzorg',
];
/** The team package's mandates, weighted: a derived mandate twice. */
const MANDATES: readonly Mandate[] = [
  'referral-only',
  'derived-mandate',
  'derived-mandate',
  'own-mandate',
];

export interface SeededTeams {
  teams: TeamRow[];
  teamDistricts: TeamDistrictRow[];
  members: MemberRow[];
  /** Per district, the team that serves it. */
  teamOfDistrict: Map<string, string>;
  /** Per team, the core members who can lead a plan. */
  leadsOfTeam: Map<string, MemberRow[]>;
}

/** Amaryllis in Leeuwarden runs nine wijkteams for about 125,000 inhabitants: one per 14,000. */
const INHABITANTS_PER_TEAM = 14_000;

/**
 * Core sizes mostly 5-9, centred on 7 (six to eight is the ideal of the basic model), with some
 * teams of 10 or 11, which the model calls too large.
 */
function drawCoreSize(random: SeededRandom): number {
  if (random.isTrue(0.08)) return random.integer(10, 11);
  return Math.min(9, Math.max(5, Math.round(random.normal(7, 1.1))));
}

/**
 * Hours in the wijk, in half hours: 24-36 for a core member who keeps the 24-hour rule, 12-23.5
 * for one who does not. Ring members spend a few hours in the wijk.
 */
function drawHoursInWijk(random: SeededRandom, keepsRule: boolean): number {
  const hours = keepsRule ? random.normal(29, 3.5) : random.normal(18, 3.5);
  return keepsRule
    ? Math.min(36, Math.max(24, Math.round(hours * 2) / 2))
    : Math.min(23.5, Math.max(12, Math.round(hours * 2) / 2));
}

function member(
  random: SeededRandom,
  municipalityId: string,
  team: TeamRow,
  fields: Pick<MemberRow, 'discipline' | 'generalistDomain' | 'ring'>,
  keepsRule = false,
): MemberRow {
  const hoursInWijk =
    fields.ring === 'core' ? drawHoursInWijk(random, keepsRule) : random.integer(4, 16);
  const hoursInTeam = Math.min(36, hoursInWijk + random.integer(0, 4));
  return {
    municipalityId,
    id: random.uuid(),
    teamId: team.id,
    ...fields,
    contractedHours: Math.min(40, hoursInTeam + random.integer(0, 8)),
    hoursInTeam,
    hoursInWijk,
    secondingOrganisation: random.pick(ORGANISATIONS),
    startedOn: team.startedOn,
    endedOn: null,
  };
}

function kindOf(random: SeededRandom, kinds: readonly string[], isRural: boolean): string {
  const kind = random.pick(kinds);
  return kind === 'all-ages' && isRural && random.isTrue(0.5) ? 'village' : kind;
}

/**
 * Teams for one municipality: about one per 14,000 inhabitants, each serving one or more of its
 * districts, of the kinds its team model runs (village teams in the countryside), started
 * between 2008 and 2025, with a core of mostly 5-9 generalists and a ring.
 */
export function seedTeams(
  random: SeededRandom,
  municipality: { id: string; inhabitants: number; urbanity: number | null },
  municipalityDistricts: District[],
  kinds: readonly string[],
): SeededTeams {
  const municipalityId = municipality.id;
  const inhabitants = municipality.inhabitants;
  // Dorpenteams serve villages: a broad team in a (hardly) urban municipality is often one.
  const isRural = (municipality.urbanity ?? 3) >= 4;
  const sorted = [...municipalityDistricts].sort((a, b) => a.id.localeCompare(b.id));
  const count = Math.max(
    1,
    Math.min(sorted.length, Math.round(inhabitants / INHABITANTS_PER_TEAM)),
  );
  const result: SeededTeams = {
    teams: [],
    teamDistricts: [],
    members: [],
    teamOfDistrict: new Map(),
    leadsOfTeam: new Map(),
  };
  for (let index = 0; index < count; index++) {
    const served = sorted.filter((_, i) => i % count === index);
    const team: TeamRow = {
      municipalityId,
      id: random.uuid(),
      name: `Wijkteam ${served[0]?.name ?? index + 1}`,
      kind: kindOf(random, kinds, isRural),
      mandate: random.pick(MANDATES),
      startedOn: toDate(
        toDay('2008-01-01') + random.integer(0, toDay('2024-12-31') - toDay('2008-01-01')),
      ),
      endedOn: null,
    };
    result.teams.push(team);
    for (const district of served) {
      result.teamDistricts.push({ municipalityId, teamId: team.id, districtId: district.id });
      result.teamOfDistrict.set(district.id, team.id);
    }
    const withoutCare = random.isTrue(0.07);
    const domains = withoutCare
      ? GENERALIST_DOMAINS.filter((d) => d !== 'care')
      : GENERALIST_DOMAINS;
    const core: MemberRow[] = [];
    const allKeepRule = random.isTrue(SHARE_OF_TEAMS_ALL_24_HOURS);
    const coreSize = drawCoreSize(random);
    for (let i = 0; i < coreSize; i++) {
      const domain = i < domains.length ? domains[i] : random.pick(domains);
      if (!domain) continue;
      core.push(
        member(
          random,
          municipalityId,
          team,
          {
            discipline: random.pick(GENERALISTS.get(domain) ?? []),
            generalistDomain: domain,
            ring: 'core',
          },
          allKeepRule || random.isTrue(CHANCE_OF_24_HOURS),
        ),
      );
    }
    result.members.push(...core);
    result.leadsOfTeam.set(team.id, core);
    if (!random.isTrue(0.08)) {
      result.members.push(
        member(random, municipalityId, team, {
          discipline: 'team-lead',
          generalistDomain: null,
          ring: 'ring',
        }),
      );
    }
    for (let i = random.integer(1, 4); i > 0; i--) {
      result.members.push(
        member(random, municipalityId, team, {
          discipline: random.pick(RING_DISCIPLINES),
          generalistDomain: null,
          ring: 'ring',
        }),
      );
    }
  }
  return result;
}
