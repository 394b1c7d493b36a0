import { type Database, schema } from '@wijknet/db';

/** Two teams in two municipalities, each with one household and one plan. */
export const LEEUWARDEN = 'GM0080';
export const AMSTERDAM = 'GM0363';
export const LEEUWARDEN_TEAM = '11111111-1111-4111-8111-111111111111';
export const OTHER_LEEUWARDEN_TEAM = '22222222-2222-4222-8222-222222222222';
export const AMSTERDAM_TEAM = '33333333-3333-4333-8333-333333333333';
export const LEEUWARDEN_HOUSEHOLD = '44444444-4444-4444-8444-444444444444';
export const AMSTERDAM_HOUSEHOLD = '55555555-5555-4555-8555-555555555555';
export const LEEUWARDEN_PLAN = '66666666-6666-4666-8666-666666666666';

/** Writes the fixtures as the owner (bypassing row-level security, as a seed does). */
export async function insertFixtures(db: Database): Promise<{ leeuwardenDistrict: string }> {
  const [leeuwardenDistrict] = await db.query.districts.findMany({
    where: { municipalityId: LEEUWARDEN },
    limit: 1,
  });
  const [amsterdamDistrict] = await db.query.districts.findMany({
    where: { municipalityId: AMSTERDAM },
    limit: 1,
  });
  if (!leeuwardenDistrict || !amsterdamDistrict) throw new Error('reference data missing');
  await db
    .insert(schema.teams)
    .values([
      team(LEEUWARDEN, LEEUWARDEN_TEAM, 'Wijkteam Noord'),
      team(LEEUWARDEN, OTHER_LEEUWARDEN_TEAM, 'Wijkteam Zuid'),
      team(AMSTERDAM, AMSTERDAM_TEAM, 'Buurtteam Oost'),
    ]);
  await db.insert(schema.teamDistricts).values([
    { municipalityId: LEEUWARDEN, teamId: LEEUWARDEN_TEAM, districtId: leeuwardenDistrict.id },
    { municipalityId: AMSTERDAM, teamId: AMSTERDAM_TEAM, districtId: amsterdamDistrict.id },
  ]);
  await db
    .insert(schema.members)
    .values([
      member(LEEUWARDEN, LEEUWARDEN_TEAM, 'social-worker', 32, 28),
      member(LEEUWARDEN, LEEUWARDEN_TEAM, 'community-worker', 36, 30),
      member(LEEUWARDEN, LEEUWARDEN_TEAM, 'district-nurse', 24, 20),
    ]);
  await db
    .insert(schema.households)
    .values([
      household(LEEUWARDEN, LEEUWARDEN_HOUSEHOLD, leeuwardenDistrict.id),
      household(AMSTERDAM, AMSTERDAM_HOUSEHOLD, amsterdamDistrict.id),
    ]);
  await db.insert(schema.plans).values({
    municipalityId: LEEUWARDEN,
    id: LEEUWARDEN_PLAN,
    householdId: LEEUWARDEN_HOUSEHOLD,
    teamId: LEEUWARDEN_TEAM,
    status: 'active',
    openedOn: '2025-02-03',
    activatedOn: '2025-02-20',
  });
  await db.insert(schema.planEvents).values([
    {
      municipalityId: LEEUWARDEN,
      planId: LEEUWARDEN_PLAN,
      sequence: 1,
      type: 'opened',
      occurredOn: '2025-02-03',
    },
    {
      municipalityId: LEEUWARDEN,
      planId: LEEUWARDEN_PLAN,
      sequence: 2,
      type: 'activated',
      occurredOn: '2025-02-20',
    },
  ]);
  return { leeuwardenDistrict: leeuwardenDistrict.id };
}

const team = (municipalityId: string, id: string, name: string) => ({
  municipalityId,
  id,
  name,
  kind: 'all-ages',
  mandate: 'derived-mandate',
  startedOn: '2021-01-01',
});

const member = (
  municipalityId: string,
  teamId: string,
  discipline: string,
  contractedHours: number,
  hoursInWijk: number,
) => ({
  municipalityId,
  teamId,
  discipline,
  ring: 'core',
  contractedHours,
  hoursInTeam: hoursInWijk,
  hoursInWijk,
  secondingOrganisation: 'Stichting Welzijn',
  startedOn: '2021-01-01',
});

const household = (municipalityId: string, id: string, districtId: string) => ({
  municipalityId,
  id,
  districtId,
  referenceHash: id.replaceAll('-', '').padEnd(64, '0'),
  size: 3,
  adults: 2,
  minors: 1,
  eldestAgeBand: '45-64',
  registeredOn: '2025-01-15',
  intakeChannel: 'self',
});
