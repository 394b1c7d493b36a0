import { LIFE_DOMAINS, type LifeDomain, type ZrmScore } from '@wijknet/household';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS } from './action-kinds.js';
import { applyPlanEvent, foldPlanEvents } from './apply-plan-event.js';
import { CLOSURE_REASONS } from './closure-reasons.js';
import { ESCALATION_TARGETS } from './escalation-targets.js';
import { describeGoalLevelProblem, GOAL_INTENTS } from './goal.js';
import type { PlanContext } from './plan-context.js';
import type { PlanEvent, PlanEventType } from './plan-event.js';
import { PLAN_EVENT_TYPES } from './plan-event.js';
import { PlanRuleError, type PlanRuleErrorCode } from './plan-rule-error.js';
import { isPlanEscalated, type PlanState } from './plan-state.js';
import { CONTEXT, CONTEXT_WITHOUT_MINORS } from './test-fixtures.js';

// A deliberately small model of the rules, written apart from the implementation, so the
// properties compare two readings of domain.md rather than the code with itself.
interface Model {
  readonly status: 'intake' | 'active' | 'closed';
  readonly escalated: boolean;
  readonly lead: string | null;
  readonly lastDate: string;
}

const FIRST_DAY = Date.UTC(2024, 5, 1);
const dateOf = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

// Who may lead on a date, per the fixture's candidates (anna, bram: always in range; eva: until
// the end of March 2025; cees is ring, dirk serves another district, zoe is unknown).
const LEADS = ['anna', 'bram', 'cees', 'dirk', 'eva', 'zoe'] as const;
const canLead = (member: string, date: string) =>
  member === 'anna' || member === 'bram' || (member === 'eva' && date <= '2025-03-31');

const step = fc.record({
  pick: fc.nat(),
  gap: fc.nat(25),
  domain: fc.constantFrom(...LIFE_DOMAINS),
  start: fc.constantFrom<ZrmScore>(1, 2, 3, 4, 5),
  rise: fc.nat(3),
  maintain: fc.boolean(),
  target: fc.constantFrom(...ESCALATION_TARGETS),
  kind: fc.constantFrom(...ACTION_KINDS),
  handover: fc.boolean(),
  reason: fc.constantFrom(...CLOSURE_REASONS),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function goalFrom(s: Step, date: string, context: PlanContext): PlanEvent {
  const lifeDomain: LifeDomain =
    s.domain === 'parenting' && context.household.minors === 0 ? 'housing' : s.domain;
  if (s.maintain || s.start === 5) {
    return {
      type: 'goal-set',
      date,
      lifeDomain,
      startLevel: s.start,
      targetLevel: s.start,
      intent: 'maintain',
    };
  }
  const targetLevel = Math.min(5, s.start + 1 + s.rise) as ZrmScore;
  return {
    type: 'goal-set',
    date,
    lifeDomain,
    startLevel: s.start,
    targetLevel,
    intent: 'improve',
  };
}

/** Turns random steps into a sequence the rules must accept, tracking the model alongside. */
function buildValidSequence(steps: readonly Step[], context: PlanContext) {
  const events: PlanEvent[] = [
    { type: 'opened', date: dateOf(0), planId: 'P-1', householdId: 'H-1' },
  ];
  let model: Model = { status: 'intake', escalated: false, lead: null, lastDate: dateOf(0) };
  let day = 0;
  for (const s of steps) {
    if (model.status === 'closed') break;
    day += s.gap;
    const date = dateOf(day);
    // Closing is kept rare, so most sequences live long enough to reach the other rules.
    const allowed: PlanEventType[] =
      model.status === 'intake'
        ? ['activated', 'goal-set']
        : [
            'lead-changed',
            model.escalated ? 'de-escalated' : 'escalated',
            'goal-set',
            'action-added',
          ];
    const type = s.pick % 12 === 0 ? 'closed' : (allowed[s.pick % allowed.length] as PlanEventType);
    const other = model.lead === 'anna' ? 'bram' : 'anna';
    const event: PlanEvent =
      type === 'activated'
        ? { type, date, leadMemberId: s.handover ? 'anna' : 'bram' }
        : type === 'lead-changed'
          ? { type, date, leadMemberId: other }
          : type === 'escalated'
            ? { type, date, target: s.target }
            : type === 'de-escalated'
              ? { type, date }
              : type === 'goal-set'
                ? goalFrom(s, date, context)
                : type === 'action-added'
                  ? s.kind === 'second-line-referral'
                    ? { type, date, kind: s.kind, warmHandover: s.handover }
                    : { type, date, kind: s.kind }
                  : { type: 'closed', date, reason: s.reason };
    events.push(event);
    model = {
      status: type === 'activated' ? 'active' : type === 'closed' ? 'closed' : model.status,
      escalated: type === 'escalated' ? true : type === 'de-escalated' ? false : model.escalated,
      lead:
        event.type === 'activated' || event.type === 'lead-changed'
          ? event.leadMemberId
          : model.lead,
      lastDate: date,
    };
  }
  return { events, model };
}

const scenario = fc
  .record({ steps: fc.array(step, { maxLength: 25 }), hasMinors: fc.boolean() })
  .map(({ steps, hasMinors }) => {
    const context = hasMinors ? CONTEXT : CONTEXT_WITHOUT_MINORS;
    return { context, ...buildValidSequence(steps, context) };
  });

/** The invariants every derived plan state keeps. */
function expectValidState(state: PlanState, context: PlanContext): void {
  const dates = [
    state.openedOn,
    state.activatedOn,
    state.closure?.closedOn,
    ...state.leadHistory.map((lead) => lead.from),
    ...state.escalations.flatMap((escalation) => [
      escalation.escalatedOn,
      escalation.deEscalatedOn,
    ]),
    ...state.goals.map((goal) => goal.setOn),
    ...state.actions.map((action) => action.addedOn),
  ].filter((date): date is string => typeof date === 'string');
  expect(dates.every((date) => state.openedOn <= date && date <= state.lastEventOn)).toBe(true);

  if (state.status === 'intake') {
    expect(state).toMatchObject({
      activatedOn: null,
      leadMemberId: null,
      leadHistory: [],
      escalations: [],
      actions: [],
    });
  } else if (state.activatedOn !== null) {
    expect(state.leadMemberId).toBe(state.leadHistory.at(-1)?.memberId);
  }
  if (state.status === 'active') expect(state.leadMemberId).not.toBeNull();
  expect(state.closure === null).toBe(state.status !== 'closed');
  for (const lead of state.leadHistory) expect(canLead(lead.memberId, lead.from)).toBe(true);

  state.escalations.forEach((escalation, index) => {
    const isLast = index === state.escalations.length - 1;
    if (!isLast) expect(escalation.deEscalatedOn).not.toBeNull();
    if (escalation.deEscalatedOn !== null)
      expect(escalation.escalatedOn <= escalation.deEscalatedOn).toBe(true);
  });

  expect(new Set(state.goals.map((goal) => goal.lifeDomain)).size).toBe(state.goals.length);
  for (const goal of state.goals) {
    expect(describeGoalLevelProblem(goal)).toBeUndefined();
    if (context.household.minors === 0) expect(goal.lifeDomain).not.toBe('parenting');
  }
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

/** What the model says about a next event: the refusal code, or null when it is allowed. */
function expectedRefusal(
  model: Model,
  event: PlanEvent,
  context: PlanContext,
): PlanRuleErrorCode | null {
  if (model.status === 'closed')
    return event.type === 'closed' ? 'plan-already-closed' : 'event-after-closure';
  if (event.date < model.lastDate) return 'date-before-previous-event';
  const noMinorsDomain = (domain: LifeDomain | undefined) =>
    domain === 'parenting' && context.household.minors === 0;
  switch (event.type) {
    case 'opened':
      return 'plan-already-opened';
    case 'activated':
      if (model.status === 'active') return 'plan-already-active';
      return canLead(event.leadMemberId, event.date) ? null : 'lead-not-eligible';
    case 'lead-changed':
      if (model.status !== 'active') return 'plan-not-active';
      if (event.leadMemberId === model.lead) return 'lead-unchanged';
      return canLead(event.leadMemberId, event.date) ? null : 'lead-not-eligible';
    case 'escalated':
      if (model.status === 'intake') return 'escalation-during-intake';
      return model.escalated ? 'already-escalated' : null;
    case 'de-escalated':
      return model.escalated ? null : 'not-escalated';
    case 'goal-set':
      if (noMinorsDomain(event.lifeDomain)) return 'life-domain-not-applicable';
      if (
        event.intent === 'improve'
          ? event.targetLevel <= event.startLevel
          : event.targetLevel !== event.startLevel
      ) {
        return 'goal-levels-invalid';
      }
      return null;
    case 'action-added':
      if (model.status !== 'active') return 'plan-not-active';
      return noMinorsDomain(event.lifeDomain) ? 'life-domain-not-applicable' : null;
    case 'closed':
      return null;
  }
}

const score = fc.constantFrom<ZrmScore>(1, 2, 3, 4, 5);
const anyNextEvent = (lastDate: string) =>
  fc
    .record({ offset: fc.integer({ min: -3, max: 3 }), type: fc.constantFrom(...PLAN_EVENT_TYPES) })
    .chain(({ offset, type }) => {
      const date = new Date(Date.parse(lastDate) + offset * 86_400_000).toISOString().slice(0, 10);
      const lead = fc.constantFrom(...LEADS);
      switch (type) {
        case 'opened':
          return fc.constant<PlanEvent>({ type, date, planId: 'P-2', householdId: 'H-1' });
        case 'activated':
        case 'lead-changed':
          return lead.map((leadMemberId): PlanEvent => ({ type, date, leadMemberId }));
        case 'escalated':
          return fc
            .constantFrom(...ESCALATION_TARGETS)
            .map((target): PlanEvent => ({ type, date, target }));
        case 'de-escalated':
          return fc.constant<PlanEvent>({ type, date });
        case 'goal-set':
          return fc
            .record({
              lifeDomain: fc.constantFrom(...LIFE_DOMAINS),
              startLevel: score,
              targetLevel: score,
              intent: fc.constantFrom(...GOAL_INTENTS),
            })
            .map((goal): PlanEvent => ({ type, date, ...goal }));
        case 'action-added':
          return fc
            .record({
              kind: fc.constantFrom(...ACTION_KINDS),
              lifeDomain: fc.constantFrom(...LIFE_DOMAINS),
            })
            .map(
              ({ kind, lifeDomain }): PlanEvent =>
                kind === 'second-line-referral'
                  ? { type, date, kind, lifeDomain, warmHandover: true }
                  : { type, date, kind, lifeDomain },
            );
        case 'closed':
          return fc
            .constantFrom(...CLOSURE_REASONS)
            .map((reason): PlanEvent => ({ type, date, reason }));
      }
    });

describe('plan rules, for any event sequence', () => {
  it('derives a valid state from any valid sequence, agreeing with the model', () => {
    fc.assert(
      fc.property(scenario, ({ events, model, context }) => {
        const state = foldPlanEvents(events, context);
        expectValidState(state, context);
        expect(state.status).toBe(model.status);
        expect(state.leadMemberId).toBe(model.lead);
        expect(isPlanEscalated(state)).toBe(model.status === 'active' && model.escalated);
        expect(state.lastEventOn).toBe(model.lastDate);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses exactly the next events the model refuses, with its code, leaving the state as it was', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => anyNextEvent(s.model.lastDate).map((next) => ({ ...s, next }))),
        ({ events, model, context, next }) => {
          const state = foldPlanEvents(events, context);
          const snapshot = JSON.parse(JSON.stringify(state));
          const expected = expectedRefusal(model, next, context);
          let code: PlanRuleErrorCode | null = null;
          try {
            expectValidState(applyPlanEvent(state, next, context), context);
          } catch (error) {
            if (!(error instanceof PlanRuleError)) throw error;
            code = error.code;
            expect(error.message).toMatch(/^Cannot .+ plan P-1 on \d{4}-\d{2}-\d{2}: .+\.$/);
          }
          expect(code).toBe(expected);
          expect(state).toEqual(snapshot);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never moves the lead when escalating or de-escalating', () => {
    fc.assert(
      fc.property(scenario, ({ events, context }) => {
        let state: PlanState | undefined;
        for (const event of events) {
          const before = state;
          state = applyPlanEvent(state, event, context);
          if (event.type === 'escalated' || event.type === 'de-escalated') {
            expect(state.leadMemberId).toBe(before?.leadMemberId);
            expect(state.leadHistory).toEqual(before?.leadHistory);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
