import type { ActionKind, ClosureReason } from '@wijknet/plan';
import { ESCALATION_TARGETS } from '@wijknet/plan';
import type { actions, assessments, goals, planEvents, plans } from '../schema/index.js';
import { LIFE_DOMAIN_COLUMNS } from '../schema/index.js';
import { type SeededRandom, toDate } from './random.js';
import type { MemberRow } from './seed-teams.js';

type AssessmentRow = typeof assessments.$inferInsert;

/** The rows a seeded plan brings: itself, its events, goals, actions and ZRM assessments. */
export interface SeededPlanRows {
  plans: (typeof plans.$inferInsert)[];
  planEvents: (typeof planEvents.$inferInsert)[];
  goals: (typeof goals.$inferInsert)[];
  actions: (typeof actions.$inferInsert)[];
  assessments: AssessmentRow[];
}

const DOMAIN_KEYS = Object.keys(LIFE_DOMAIN_COLUMNS) as (keyof typeof LIFE_DOMAIN_COLUMNS)[];
/** The plan package's kinds of action, weighted: a team member's own work twice. */
const ACTION_KINDS: readonly ActionKind[] = [
  'own-network',
  'volunteer',
  'collective-activity',
  'team-member',
  'team-member',
  'second-line-referral',
];
/** The plan package's closure reasons with the share of closed plans each has. */
const REASONS: readonly (readonly [ClosureReason, number])[] = [
  ['goals-achieved', 0.45],
  ['stable-with-light-follow-up', 0.2],
  ['moved', 0.07],
  ['refused-or-stopped', 0.1],
  ['permanently-referred', 0.08],
  ['other', 0.1],
];

type Scores = Partial<Record<string, number>>;

function drawReason(random: SeededRandom): ClosureReason {
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

export interface PlanInput {
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
  /** Adds the plan's assessment of that day with these scores. */
  assess(day: number, moment: AssessmentRow['moment'], scores: Scores): void;
}

/** One or two goals on the weakest life domains at intake, each with its goal-set event. */
function seedGoals(
  random: SeededRandom,
  out: SeededPlanRows,
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
  out: SeededPlanRows,
  plan: SeededPlan,
  activatedDay: number,
): void {
  for (let i = random.integer(1, 2); i > 0; i--) {
    const kind = random.pick(ACTION_KINDS);
    const isReferral = kind === 'second-line-referral';
    const target = isReferral ? random.pick(ESCALATION_TARGETS) : null;
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
  plan: SeededPlan,
  intakeScores: Scores,
  [openDay, endDay]: readonly [number, number],
): Scores {
  let scores = intakeScores;
  for (let day = openDay + random.integer(90, 180); day < endDay; day += random.integer(90, 180)) {
    scores = progress(random, scores);
    plan.assess(day, 'follow-up', scores);
  }
  return scores;
}

/** One plan through its life cycle; returns the day it closed, or null while still open. */
export function seedPlan(
  random: SeededRandom,
  out: SeededPlanRows,
  input: PlanInput,
): number | null {
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
  const assess = (day: number, moment: AssessmentRow['moment'], scores: Scores) => {
    const assessedOn = toDate(day);
    const base = { municipalityId, householdId, planId, assessedOn, moment };
    out.assessments.push(assessmentRow(random, base, scores));
  };
  const seeded: SeededPlan = { municipalityId, householdId, planId, event, assess };
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
  assess(input.openDay, 'intake', scores);
  seedGoals(random, out, seeded, scores, input.openDay);
  if (isActivated && lead) {
    event('activated', activatedDay, { leadMemberId: lead.id });
    seedActions(random, out, seeded, activatedDay);
  }
  scores = seedFollowUps(random, seeded, scores, [input.openDay, closedDay ?? lastDay]);
  if (hasEscalation)
    event('escalated', escalatedDay ?? 0, { target: random.pick(ESCALATION_TARGETS) });
  if (hasDeEscalation) event('de-escalated', deEscalatedDay ?? 0);
  if (closedDay !== null && reason !== null) {
    scores = progress(random, scores);
    assess(closedDay, 'closure', scores);
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
