import { type Database, schema } from '@wijknet/db';

/**
 * Two municipalities with known rows: Leeuwarden is the caller's own, with the caller's team
 * (A) and a second team (B) serving another district; Amsterdam is foreign. Every identifier
 * is fixed, so a response can be searched for any foreign one.
 */
export const OWN_MUNICIPALITY = 'GM0080';
export const FOREIGN_MUNICIPALITY = 'GM0363';

const id = (digit: string, serial: number) =>
  `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${String(serial).padStart(12, '0')}`;

/** The rows of one team: the team, a member, a household with a plan and its details. */
export interface TeamRows {
  readonly municipalityId: string;
  readonly districtId: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly memberId: string;
  readonly householdId: string;
  readonly referenceHash: string;
  readonly planId: string;
  readonly goalId: string;
  readonly actionId: string;
  readonly assessmentId: string;
  readonly registeredEventId: string;
  readonly storyId: string;
  readonly storyTitle: string;
  readonly auditId: string;
}

function teamRows(
  municipalityId: string,
  districtId: string,
  digit: string,
  label: string,
): TeamRows {
  return {
    municipalityId,
    districtId,
    teamId: id(digit, 1),
    teamName: `Wijkteam ${label} (${digit})`,
    memberId: id(digit, 2),
    householdId: id(digit, 3),
    // A reference hash is HMAC-SHA256 hex; this one is recognisable in any response body.
    referenceHash: digit.repeat(64),
    planId: id(digit, 4),
    goalId: id(digit, 5),
    actionId: id(digit, 6),
    assessmentId: id(digit, 7),
    registeredEventId: id(digit, 8),
    storyId: id(digit, 9),
    storyTitle: `Verhaal van ${label} (${digit})`,
    auditId: id(digit, 10),
  };
}

export interface TwoMunicipalities {
  /** The caller's own team in the own municipality. */
  readonly ownTeam: TeamRows;
  /** Another team of the own municipality: a team token must not reach its households. */
  readonly otherTeam: TeamRows;
  /** The foreign municipality's team: nobody scoped to the own municipality reaches it. */
  readonly foreignTeam: TeamRows;
}

/** Identifiers of household-level rows (household, plan and what hangs below them). */
export function householdIdentifiers(rows: TeamRows): string[] {
  return [
    rows.householdId,
    rows.referenceHash,
    rows.planId,
    rows.goalId,
    rows.actionId,
    rows.assessmentId,
    rows.registeredEventId,
    rows.auditId,
  ];
}

/** Every identifier of a team's rows, the team's own included. */
export function allIdentifiers(rows: TeamRows): string[] {
  return [
    ...householdIdentifiers(rows),
    rows.teamId,
    rows.teamName,
    rows.memberId,
    rows.storyId,
    rows.storyTitle,
  ];
}

async function twoDistrictsOf(db: Database, municipalityId: string): Promise<[string, string]> {
  const found = await db.query.districts.findMany({
    where: { municipalityId },
    orderBy: { id: 'asc' },
    limit: 2,
  });
  const [first, second] = found;
  if (!first || !second) throw new Error(`reference data lacks two districts of ${municipalityId}`);
  return [first.id, second.id];
}

/** The team, its district and its one member. */
async function insertTeamAndMember(db: Database, rows: TeamRows): Promise<void> {
  const { municipalityId, teamId } = rows;
  await db.insert(schema.teams).values({
    municipalityId,
    id: teamId,
    name: rows.teamName,
    kind: 'all-ages',
    mandate: 'derived-mandate',
    startedOn: '2021-01-01',
  });
  await db
    .insert(schema.teamDistricts)
    .values({ municipalityId, teamId, districtId: rows.districtId });
  await db.insert(schema.members).values({
    municipalityId,
    id: rows.memberId,
    teamId,
    discipline: 'social-worker',
    generalistDomain: 'individual-support',
    ring: 'core',
    contractedHours: 32,
    hoursInTeam: 30,
    hoursInWijk: 26,
    secondingOrganisation: 'Stichting Welzijn',
    startedOn: '2021-01-01',
  });
}

/** The team's household with an active plan: its events, a goal, an action and an assessment. */
async function insertHouseholdAndPlan(db: Database, rows: TeamRows): Promise<void> {
  const { municipalityId, teamId } = rows;
  await db.insert(schema.households).values({
    municipalityId,
    id: rows.householdId,
    districtId: rows.districtId,
    referenceHash: rows.referenceHash,
    size: 3,
    adults: 2,
    minors: 1,
    eldestAgeBand: '45-64',
    registeredOn: '2025-01-15',
    intakeChannel: 'self',
  });
  await db.insert(schema.plans).values({
    municipalityId,
    id: rows.planId,
    householdId: rows.householdId,
    teamId,
    leadMemberId: rows.memberId,
    status: 'active',
    openedOn: '2025-02-03',
    activatedOn: '2025-02-20',
  });
  await db.insert(schema.planEvents).values([
    { municipalityId, planId: rows.planId, sequence: 1, type: 'opened', occurredOn: '2025-02-03' },
    {
      municipalityId,
      planId: rows.planId,
      sequence: 2,
      type: 'activated',
      occurredOn: '2025-02-20',
    },
  ]);
  await db.insert(schema.goals).values({
    municipalityId,
    id: rows.goalId,
    planId: rows.planId,
    lifeDomain: 'finances',
    startLevel: 2,
    targetLevel: 4,
  });
  await db.insert(schema.actions).values({
    municipalityId,
    id: rows.actionId,
    planId: rows.planId,
    goalId: rows.goalId,
    kind: 'team-member',
    startedOn: '2025-02-21',
  });
  await db.insert(schema.assessments).values({
    municipalityId,
    id: rows.assessmentId,
    householdId: rows.householdId,
    planId: rows.planId,
    assessedOn: '2025-02-03',
    moment: 'intake',
    finances: 2,
    housing: 3,
  });
}

/** What hangs beside the plan: a registered event, a story and an audit row naming the household. */
async function insertEventStoryAndAudit(db: Database, rows: TeamRows): Promise<void> {
  const { municipalityId, teamId } = rows;
  await db.insert(schema.registeredEvents).values({
    municipalityId,
    id: rows.registeredEventId,
    type: 'eviction-prevented',
    occurredOn: '2025-03-01',
    householdId: rows.householdId,
    planId: rows.planId,
    teamId,
    districtId: rows.districtId,
  });
  await db.insert(schema.stories).values({
    municipalityId,
    id: rows.storyId,
    teamId,
    period: '2025-Q1',
    title: rows.storyTitle,
    body: 'Een gezin kreeg samen met het team de schulden weer op orde.',
    lifeDomains: ['finances'],
  });
  await db.insert(schema.auditLog).values({
    municipalityId,
    id: rows.auditId,
    actor: 'fixture',
    role: 'municipality',
    action: 'read',
    subjectType: 'household',
    subjectIds: [rows.householdId],
  });
}

/** Writes the fixtures as the owner (past row-level security, as a seed or import does). */
export async function insertTwoMunicipalities(db: Database): Promise<TwoMunicipalities> {
  const [ownDistrict, otherDistrict] = await twoDistrictsOf(db, OWN_MUNICIPALITY);
  const [foreignDistrict] = await twoDistrictsOf(db, FOREIGN_MUNICIPALITY);
  const fixture: TwoMunicipalities = {
    ownTeam: teamRows(OWN_MUNICIPALITY, ownDistrict, 'a', 'Noord'),
    otherTeam: teamRows(OWN_MUNICIPALITY, otherDistrict, 'b', 'Zuid'),
    foreignTeam: teamRows(FOREIGN_MUNICIPALITY, foreignDistrict, 'c', 'Oost'),
  };
  for (const rows of [fixture.ownTeam, fixture.otherTeam, fixture.foreignTeam]) {
    await insertTeamAndMember(db, rows);
    await insertHouseholdAndPlan(db, rows);
    await insertEventStoryAndAudit(db, rows);
  }
  return fixture;
}
