import type { districts, members, teamDistricts, teams } from '../schema/index.js';
import { type SeededRandom, toDate, toDay } from './random.js';

type District = typeof districts.$inferSelect;
export type TeamRow = typeof teams.$inferInsert & { id: string };
export type MemberRow = typeof members.$inferInsert & { id: string };
export type TeamDistrictRow = typeof teamDistricts.$inferInsert;

const GENERALISTS = {
  'community-development': ['community-worker', 'neighbourhood-worker', 'sociocultural-worker'],
  'individual-support': ['social-worker', 'pedagogue', 'social-educational-worker'],
  care: ['district-nurse', 'care-worker'],
} as const;
const DOMAINS = Object.keys(GENERALISTS) as (keyof typeof GENERALISTS)[];
const RING_DISCIPLINES = [
  'debt-counsellor',
  'youth-worker',
  'housing-consultant',
  'community-police-officer',
  'social-psychiatric-nurse',
  'wmo-consultant',
  'social-services-worker',
  'youth-specialist',
  'experience-expert',
  'volunteer-coordinator',
];
const ORGANISATIONS = [
  'welzijnsorganisatie',
  'thuiszorg',
  'gemeente',
  'maatschappelijk werk',
  'GGZ',
  'jeugdzorg',
];
const KINDS = ['all-ages', 'all-ages', 'all-ages', 'youth-and-family', 'village'] as const;
const MANDATES = ['referral-only', 'derived-mandate', 'derived-mandate', 'own-mandate'] as const;

export interface SeededTeams {
  teams: TeamRow[];
  teamDistricts: TeamDistrictRow[];
  members: MemberRow[];
  /** Per district, the team that serves it. */
  teamOfDistrict: Map<string, string>;
  /** Per team, the core members who can lead a plan. */
  leadsOfTeam: Map<string, MemberRow[]>;
}

/** Core sizes mostly 5-10, centred on 7, with some 11-member outliers. */
function drawCoreSize(random: SeededRandom): number {
  if (random.isTrue(0.06)) return 11;
  return Math.min(10, Math.max(5, Math.round(random.normal(7, 1.4))));
}

/** Hours in the wijk spread around 24 a week, in half hours. */
function drawHoursInWijk(random: SeededRandom): number {
  return Math.min(36, Math.max(8, Math.round(random.normal(24.5, 5) * 2) / 2));
}

function member(
  random: SeededRandom,
  municipalityId: string,
  team: TeamRow,
  fields: Pick<MemberRow, 'discipline' | 'generalistDomain' | 'ring'>,
): MemberRow {
  const hoursInWijk = drawHoursInWijk(random);
  const hoursInTeam = Math.min(36, hoursInWijk + random.integer(0, 4));
  return {
    municipalityId,
    id: random.uuid(),
    teamId: team.id,
    ...fields,
    contractedHours: Math.min(40, hoursInTeam + random.integer(0, 8)),
    hoursInTeam,
    hoursInWijk:
      fields.ring === 'core' ? hoursInWijk : Math.min(hoursInWijk, random.integer(4, 16)),
    secondingOrganisation: random.pick(ORGANISATIONS),
    startedOn: team.startedOn,
    endedOn: null,
  };
}

/**
 * Teams for one municipality: about one per 20,000 inhabitants, each serving one or more of its
 * districts, started between 2008 and 2025, with a core of mostly 5-10 generalists and a ring.
 */
export function seedTeams(
  random: SeededRandom,
  municipalityId: string,
  inhabitants: number,
  municipalityDistricts: District[],
): SeededTeams {
  const sorted = [...municipalityDistricts].sort((a, b) => a.id.localeCompare(b.id));
  const count = Math.max(1, Math.min(sorted.length, Math.round(inhabitants / 20_000)));
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
      kind: random.pick(KINDS),
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
    const domains = withoutCare ? DOMAINS.filter((d) => d !== 'care') : DOMAINS;
    const core: MemberRow[] = [];
    for (let i = 0; i < drawCoreSize(random); i++) {
      const domain = i < domains.length ? domains[i] : random.pick(domains);
      if (!domain) continue;
      core.push(
        member(random, municipalityId, team, {
          discipline: random.pick(GENERALISTS[domain]),
          generalistDomain: domain,
          ring: 'core',
        }),
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
