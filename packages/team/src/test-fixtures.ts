// Builders for the tests: a Leeuwarden team and members with sensible defaults, so each test
// states only what it is about. Not part of the build.
import fc from 'fast-check';
import { DISCIPLINES, type Discipline } from './disciplines.js';
import { type Member, memberSchema } from './member.js';
import { RINGS, type Ring } from './rings.js';
import { type Team, teamSchema } from './team.js';

export const heechterp: Team = teamSchema.parse({
  id: 'team-heechterp',
  municipalityCode: 'GM0080',
  name: 'Frontlijnteam Heechterp en Camminghaburen',
  kind: 'all-ages',
  districtCodes: ['WK008050', 'WK008051'],
  startDate: '2021-03-01',
  accessMandate: 'own-mandate',
});

/** CBS 2024 figures of the two districts, plus one the team does not serve. */
export const leeuwardenDistricts = [
  { code: 'WK008050', inhabitants: 3630, households: 2210 },
  { code: 'WK008051', inhabitants: 10370, households: 4905 },
  { code: 'WK008010', inhabitants: 6710, households: 5250 },
];

let nextId = 1;

export function makeMember(
  discipline: Discipline,
  overrides: Partial<Member> & { id?: string } = {},
): Member {
  return memberSchema.parse({
    id: `m-${nextId++}`,
    teamId: heechterp.id,
    discipline,
    ring: 'core',
    contractedHoursPerWeek: 36,
    hoursInWijkPerWeek: 28,
    secondingOrganisation: 'Amaryllis',
    startDate: '2021-03-01',
    ...overrides,
  });
}

/** A core covering the three domains, six members at 24 hours or more, and a lead. */
export function healthyCore(): Member[] {
  return [
    makeMember('community-worker'),
    makeMember('neighbourhood-worker'),
    makeMember('social-worker'),
    makeMember('pedagogue'),
    makeMember('district-nurse'),
    makeMember('team-lead', { hoursInWijkPerWeek: 24 }),
  ];
}

/** Any valid current member of the fixture team, with hours in one decimal. */
export const memberArbitrary: fc.Arbitrary<Member> = fc
  .record({
    id: fc.uuid(),
    discipline: fc.constantFrom<Discipline>(...DISCIPLINES),
    ring: fc.constantFrom<Ring>(...RINGS),
    contractedTenths: fc.integer({ min: 1, max: 600 }),
    wijkFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ id, discipline, ring, contractedTenths, wijkFraction }) =>
    memberSchema.parse({
      id,
      teamId: heechterp.id,
      discipline,
      ring,
      contractedHoursPerWeek: contractedTenths / 10,
      hoursInWijkPerWeek: Math.floor(contractedTenths * wijkFraction) / 10,
      secondingOrganisation: 'Amaryllis',
      startDate: '2022-01-01',
    }),
  );

/** A team of 0 to 16 distinct current members. */
export const membersArbitrary: fc.Arbitrary<Member[]> = fc.uniqueArray(memberArbitrary, {
  maxLength: 16,
  selector: (member) => member.id,
});
