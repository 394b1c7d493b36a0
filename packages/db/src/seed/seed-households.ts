import { setImmediate } from 'node:timers/promises';
import type { AgeBand } from '@wijknet/household';
import type {
  actions,
  assessments,
  districts,
  goals,
  households,
  planEvents,
  plans,
  registeredEvents,
} from '../schema/index.js';
import { LIFE_DOMAIN_COLUMNS } from '../schema/index.js';
import type { CaseloadSize } from './caseload-size.js';
import { type SeededRandom, toDate, toDay } from './random.js';
import type { MemberRow, SeededTeams } from './seed-teams.js';

type District = typeof districts.$inferSelect;
type AssessmentRow = typeof assessments.$inferInsert;

export interface SeededCaseload {
  households: (typeof households.$inferInsert)[];
  plans: (typeof plans.$inferInsert)[];
  planEvents: (typeof planEvents.$inferInsert)[];
  goals: (typeof goals.$inferInsert)[];
  actions: (typeof actions.$inferInsert)[];
  assessments: AssessmentRow[];
  registeredEvents: (typeof registeredEvents.$inferInsert)[];
}

const DOMAIN_KEYS = Object.keys(LIFE_DOMAIN_COLUMNS) as (keyof typeof LIFE_DOMAIN_COLUMNS)[];
const CHANNELS = [
  'self',
  'self',
  'general-practitioner',
  'school',
  'housing-corporation',
  'neighbour-or-network',
  'outreach',
  'police',
  'other',
];
/** The household package's age bands (leeftijdsklassen) of the eldest member, weighted. */
const AGE_BANDS: readonly AgeBand[] = [
  '18-26',
  '27-44',
  '27-44',
  '45-64',
  '45-64',
  '65-74',
  '75-and-over',
];
const ACTION_KINDS = [
  'own-network',
  'volunteer',
  'collective-activity',
  'team-member',
  'team-member',
  'second-line-referral',
];
const TARGETS = [
  'youth-care',
  'mental-health-care',
  'debt-relief',
  'wmo-provision',
  'work-and-income',
  'housing',
  'compulsory-framework',
];
const REASONS: [string, number][] = [
  ['goals-achieved', 0.45],
  ['stable-with-light-follow-up', 0.2],
  ['moved', 0.07],
  ['refused-or-stopped', 0.1],
  ['permanently-referred', 0.08],
  ['other', 0.1],
];

type Scores = Partial<Record<string, number>>;

function drawReason(random: SeededRandom): string {
  let draw = random.next();
  for (const [reason, share] of REASONS) {
    draw -= share;
    if (draw < 0) return reason;
  }
  return 'other';
}

/** Intake scores: most scored domains at 2-3, a few acute (1), some already fine. */
function drawIntakeScores(random: SeededRandom, hasMinors: boolean): Scores {
  const scores: Scores = {};
  for (const domain of DOMAIN_KEYS) {
    if (domain === 'parenting' && !hasMinors) continue;
    if (!random.isTrue(0.75)) continue;
    scores[domain] = Math.min(5, Math.max(1, Math.round(random.normal(2.9, 0.9))));
  }
  return scores;
}

/** Mostly improving: each review moves a domain up with 30 %, down with 7 %. */
function progress(random: SeededRandom, scores: Scores): Scores {
  const next: Scores = {};
  for (const [domain, score = 3] of Object.entries(scores)) {
    const step = random.isTrue(0.3) ? 1 : random.isTrue(0.075) ? -1 : 0;
    next[domain] = Math.min(5, Math.max(1, score + step));
  }
  return next;
}

function assessmentRow(
  random: SeededRandom,
  base: Pick<AssessmentRow, 'municipalityId' | 'householdId' | 'planId' | 'assessedOn' | 'moment'>,
  scores: Scores,
): AssessmentRow {
  // Every row has the same fields in the same order (null where a domain was not scored): rows of
  // one shape are what keeps generating millions of them cheap.
  return {
    municipalityId: base.municipalityId,
    householdId: base.householdId,
    planId: base.planId,
    assessedOn: base.assessedOn,
    moment: base.moment,
    id: random.uuid(),
    finances: scores.finances ?? null,
    workAndEducation: scores['work-and-education'] ?? null,
    timeUse: scores['time-use'] ?? null,
    housing: scores.housing ?? null,
    domesticRelations: scores['domestic-relations'] ?? null,
    mentalHealth: scores['mental-health'] ?? null,
    physicalHealth: scores['physical-health'] ?? null,
    substanceUse: scores['substance-use'] ?? null,
    basicAdl: scores['basic-adl'] ?? null,
    instrumentalAdl: scores['instrumental-adl'] ?? null,
    socialNetwork: scores['social-network'] ?? null,
    socialParticipation: scores['social-participation'] ?? null,
    justice: scores.justice ?? null,
    parenting: scores.parenting ?? null,
  };
}

/** Picks an item with a chance proportional to its weight (district households). */
function weightedPicker<T>(items: T[], weightOf: (item: T) => number): (random: SeededRandom) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += Math.max(1, weightOf(item));
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return items[low] as T;
  };
}

/** Households drawn between two turns of the event loop: about a tenth of a second's work. */
const HOUSEHOLDS_PER_TURN = 1000;

/**
 * Households of one municipality with their plans (one at a time, a quarter of them a second
 * one), goals, actions, ZRM assessments (intake, reviews, closure) and registered events, as many
 * as its drawn size says. Gives the event loop a turn now and then, so rows of an earlier
 * municipality stream into the database while these are drawn.
 */
export async function seedCaseload(
  random: SeededRandom,
  municipalityId: string,
  municipalityDistricts: District[],
  teams: SeededTeams,
  size: CaseloadSize,
): Promise<SeededCaseload> {
  const out: SeededCaseload = {
    households: [],
    plans: [],
    planEvents: [],
    goals: [],
    actions: [],
    assessments: [],
    registeredEvents: [],
  };
  const servedDistricts = municipalityDistricts.filter((d) => teams.teamOfDistrict.has(d.id));
  if (servedDistricts.length === 0) return out;
  const pickDistrict = weightedPicker(servedDistricts, (d) => d.households);
  const { firstDay, lastDay } = size;
  const startOfTeam = new Map(teams.teams.map((team) => [team.id, toDay(team.startedOn)]));
  for (let index = 0; index < size.households; index++) {
    if (index % HOUSEHOLDS_PER_TURN === HOUSEHOLDS_PER_TURN - 1) await setImmediate();
    const district = pickDistrict(random);
    const teamId = teams.teamOfDistrict.get(district.id) ?? '';
    const leads = teams.leadsOfTeam.get(teamId) ?? [];
    const adults = random.isTrue(0.55) ? 1 : 2;
    const minors = random.isTrue(0.35) ? random.integer(1, 4) : 0;
    // A household registers with a team that exists: teams started from 2008 to 2025.
    const teamStart = startOfTeam.get(teamId) ?? toDay('2008-01-01');
    const registeredDay = random.integer(Math.max(firstDay, teamStart), lastDay - 30);
    const household = {
      municipalityId,
      id: random.uuid(),
      districtId: district.id,
      referenceHash: random.uuidHex() + random.uuidHex(),
      size: adults + minors,
      adults,
      minors,
      eldestAgeBand: random.pick(AGE_BANDS),
      registeredOn: toDate(registeredDay),
      intakeChannel: random.pick(CHANNELS),
    };
    out.households.push(household);
    let openDay = registeredDay + random.integer(0, 45);
    while (openDay <= lastDay) {
      const closedDay = seedPlan(random, out, {
        municipalityId,
        householdId: household.id,
        teamId,
        leads,
        minors,
        openDay,
        lastDay,
      });
      if (closedDay === null || !random.isTrue(0.25)) break;
      openDay = closedDay + random.integer(30, 240);
    }
  }
  seedRegisteredEvents(random, out, { municipalityId, servedDistricts, teams, size });
  return out;
}

interface PlanInput {
  municipalityId: string;
  householdId: string;
  teamId: string;
  leads: MemberRow[];
  minors: number;
  openDay: number;
  /** The last seeded day: nothing happens after it. */
  lastDay: number;
}

/** The plan being seeded, and how to add one of its events. */
interface SeededPlan {
  readonly municipalityId: string;
  readonly householdId: string;
  readonly planId: string;
  event(type: string, day: number, payload?: Record<string, unknown>): void;
}

/** One or two goals on the weakest life domains at intake, each with its goal-set event. */
function seedGoals(
  random: SeededRandom,
  out: SeededCaseload,
  plan: SeededPlan,
  scores: Scores,
  openDay: number,
): void {
  const goalDomains = Object.entries(scores)
    .sort(([a, x = 3], [b, y = 3]) => x - y || a.localeCompare(b))
    .slice(0, random.integer(1, 2))
    .filter(([, score = 3]) => score < 5);
  for (const [lifeDomain, startLevel = 3] of goalDomains) {
    const targetLevel = Math.min(5, startLevel + random.integer(1, 2));
    out.goals.push({
      municipalityId: plan.municipalityId,
      id: random.uuid(),
      planId: plan.planId,
      lifeDomain,
      startLevel,
      targetLevel,
    });
    plan.event('goal-set', openDay, { lifeDomain, startLevel, targetLevel, intent: 'improve' });
  }
}

/** One or two actions started on the day the plan became active. */
function seedActions(
  random: SeededRandom,
  out: SeededCaseload,
  plan: SeededPlan,
  activatedDay: number,
): void {
  for (let i = random.integer(1, 2); i > 0; i--) {
    const kind = random.pick(ACTION_KINDS);
    const isReferral = kind === 'second-line-referral';
    const target = isReferral ? random.pick(TARGETS) : null;
    out.actions.push({
      municipalityId: plan.municipalityId,
      id: random.uuid(),
      planId: plan.planId,
      goalId: null,
      kind,
      escalationTarget: target,
      startedOn: toDate(activatedDay),
    });
    plan.event(
      'action-added',
      activatedDay,
      isReferral ? { kind, warmHandover: random.isTrue(0.6) } : { kind },
    );
  }
}

/** Follow-up assessments every three to six months while the plan runs; returns the last scores. */
function seedFollowUps(
  random: SeededRandom,
  out: SeededCaseload,
  plan: SeededPlan,
  intakeScores: Scores,
  [openDay, endDay]: readonly [number, number],
): Scores {
  const { municipalityId, householdId, planId } = plan;
  let scores = intakeScores;
  for (let day = openDay + random.integer(90, 180); day < endDay; day += random.integer(90, 180)) {
    scores = progress(random, scores);
    out.assessments.push(
      assessmentRow(
        random,
        { municipalityId, householdId, planId, assessedOn: toDate(day), moment: 'follow-up' },
        scores,
      ),
    );
  }
  return scores;
}

/** One plan through its life cycle; returns the day it closed, or null while still open. */
function seedPlan(random: SeededRandom, out: SeededCaseload, input: PlanInput): number | null {
  const { municipalityId, householdId, teamId, lastDay } = input;
  const planId = random.uuid();
  let sequence = 0;
  const event = (type: string, day: number, payload: Record<string, unknown> = {}) => {
    out.planEvents.push({
      municipalityId,
      planId,
      sequence: ++sequence,
      type,
      occurredOn: toDate(day),
      payload,
    });
  };
  const seeded: SeededPlan = { municipalityId, householdId, planId, event };
  const lead = input.leads.length > 0 ? random.pick(input.leads) : undefined;
  const activatedDay = input.openDay + random.integer(7, 35);
  const isActivated = lead !== undefined && activatedDay <= lastDay;
  const closeCandidate = (isActivated ? activatedDay : input.openDay) + random.integer(60, 600);
  const closedDay = closeCandidate <= lastDay ? closeCandidate : null;
  const escalatedDay =
    isActivated && random.isTrue(0.05) ? activatedDay + random.integer(14, 200) : null;
  const hasEscalation = escalatedDay !== null && escalatedDay <= (closedDay ?? lastDay);
  const deEscalatedDay =
    hasEscalation && random.isTrue(0.6) ? (escalatedDay ?? 0) + random.integer(30, 330) : null;
  const hasDeEscalation = deEscalatedDay !== null && deEscalatedDay <= (closedDay ?? lastDay);
  const reason =
    closedDay === null
      ? null
      : hasEscalation && random.isTrue(0.4)
        ? 'permanently-referred'
        : drawReason(random);

  event('opened', input.openDay, { planId, householdId });
  let scores = drawIntakeScores(random, input.minors > 0);
  out.assessments.push(
    assessmentRow(
      random,
      { municipalityId, householdId, planId, assessedOn: toDate(input.openDay), moment: 'intake' },
      scores,
    ),
  );
  seedGoals(random, out, seeded, scores, input.openDay);
  if (isActivated && lead) {
    event('activated', activatedDay, { leadMemberId: lead.id });
    seedActions(random, out, seeded, activatedDay);
  }
  scores = seedFollowUps(random, out, seeded, scores, [input.openDay, closedDay ?? lastDay]);
  if (hasEscalation) event('escalated', escalatedDay ?? 0, { target: random.pick(TARGETS) });
  if (hasDeEscalation) event('de-escalated', deEscalatedDay ?? 0);
  if (closedDay !== null && reason !== null) {
    scores = progress(random, scores);
    out.assessments.push(
      assessmentRow(
        random,
        { municipalityId, householdId, planId, assessedOn: toDate(closedDay), moment: 'closure' },
        scores,
      ),
    );
    event('closed', closedDay, { reason });
  }
  out.plans.push({
    municipalityId,
    id: planId,
    householdId,
    teamId,
    leadMemberId: isActivated ? (lead?.id ?? null) : null,
    status: closedDay !== null ? 'closed' : isActivated ? 'active' : 'intake',
    openedOn: toDate(input.openDay),
    activatedOn: isActivated ? toDate(activatedDay) : null,
    closedOn: closedDay === null ? null : toDate(closedDay),
    closureReason: reason,
    firstEscalatedOn: hasEscalation ? toDate(escalatedDay ?? 0) : null,
    deescalatedOn: hasDeEscalation ? toDate(deEscalatedDay ?? 0) : null,
  });
  return closedDay;
}

/** Events of one kind a team registers in its districts, where its households live. */
function seedRegisteredEvents(
  random: SeededRandom,
  out: SeededCaseload,
  where: {
    municipalityId: string;
    servedDistricts: District[];
    teams: SeededTeams;
    size: CaseloadSize;
  },
) {
  const { municipalityId, servedDistricts, teams, size } = where;
  const pickDistrict = weightedPicker(servedDistricts, (d) => d.households);
  for (const { type, expected } of size.events) {
    const count = random.poisson(expected);
    for (let i = 0; i < count; i++) {
      const district = pickDistrict(random);
      out.registeredEvents.push({
        municipalityId,
        id: random.uuid(),
        type,
        occurredOn: toDate(random.integer(size.firstDay, size.lastDay)),
        householdId: null,
        planId: null,
        teamId: teams.teamOfDistrict.get(district.id) ?? null,
        districtId: district.id,
      });
    }
  }
}
