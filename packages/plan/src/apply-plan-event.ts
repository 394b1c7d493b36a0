import { doesLifeDomainApply, type LifeDomain, lifeDomainLabel } from '@wijknet/household';
import { describeGoalLevelProblem } from './goal.js';
import { describeLeadProblem, type PlanContext } from './plan-context.js';
import type { PlanEvent, PlanEventOf, PlanEventType } from './plan-event.js';
import { PlanRuleError, type PlanRuleErrorCode } from './plan-rule-error.js';
import { isPlanEscalated, type PlanState } from './plan-state.js';

const TRANSITION: Readonly<Record<PlanEventType, string>> = {
  opened: 'open',
  activated: 'activate',
  'lead-changed': 'change the lead of',
  escalated: 'escalate',
  'de-escalated': 'de-escalate',
  'goal-set': 'set a goal on',
  'action-added': 'add an action to',
  closed: 'close',
};

function refuse(
  code: PlanRuleErrorCode,
  event: PlanEvent,
  state: PlanState | undefined,
  why: string,
): never {
  const plan = state === undefined ? 'a plan' : `plan ${state.planId}`;
  throw new PlanRuleError(
    code,
    `Cannot ${TRANSITION[event.type]} ${plan} on ${event.date}: ${why}.`,
  );
}

function checkLead(
  state: PlanState,
  event: PlanEventOf<'activated' | 'lead-changed'>,
  context: PlanContext,
) {
  const problem = describeLeadProblem(event.leadMemberId, event.date, context);
  if (problem !== undefined) {
    refuse(
      'lead-not-eligible',
      event,
      state,
      `${problem}; a lead (regievoerder) must be a core member of a team serving the household's district`,
    );
  }
}

function checkDomain(
  state: PlanState,
  event: PlanEvent,
  domain: LifeDomain | undefined,
  context: PlanContext,
) {
  if (domain !== undefined && !doesLifeDomainApply(domain, context.household)) {
    refuse(
      'life-domain-not-applicable',
      event,
      state,
      `${lifeDomainLabel(domain, 'en')} (${lifeDomainLabel(domain, 'nl')}) applies only to households with minors, and this household has none`,
    );
  }
}

function open(event: PlanEventOf<'opened'>): PlanState {
  return {
    planId: event.planId,
    householdId: event.householdId,
    status: 'intake',
    openedOn: event.date,
    activatedOn: null,
    leadMemberId: null,
    leadHistory: [],
    escalations: [],
    goals: [],
    actions: [],
    closure: null,
    lastEventOn: event.date,
  };
}

/** The escalations after an escalation or a de-escalation; refused where the plan does not allow it. */
function nextEscalations(
  state: PlanState,
  event: PlanEvent & { type: 'escalated' | 'de-escalated' },
): PlanState['escalations'] {
  if (event.type === 'escalated') {
    if (state.status === 'intake') {
      refuse(
        'escalation-during-intake',
        event,
        state,
        'it is still in intake; only an active plan with a lead can be escalated',
      );
    }
    const current = state.escalations.at(-1);
    if (current !== undefined && current.deEscalatedOn === null) {
      refuse(
        'already-escalated',
        event,
        state,
        `it is already escalated to ${current.target} since ${current.escalatedOn}; de-escalate first`,
      );
    }
    return [
      ...state.escalations,
      { target: event.target, escalatedOn: event.date, deEscalatedOn: null },
    ];
  }
  const last = state.escalations.at(-1);
  if (last === undefined || !isPlanEscalated(state)) {
    refuse('not-escalated', event, state, 'it is not escalated');
  }
  return [...state.escalations.slice(0, -1), { ...last, deEscalatedOn: event.date }];
}

function applyToOpenPlan(state: PlanState, event: PlanEvent, context: PlanContext): PlanState {
  const next = { ...state, lastEventOn: event.date };
  switch (event.type) {
    case 'opened':
      return refuse('plan-already-opened', event, state, `it was opened on ${state.openedOn}`);
    case 'activated': {
      if (state.status === 'active') {
        refuse(
          'plan-already-active',
          event,
          state,
          `it has been active since ${state.activatedOn}`,
        );
      }
      checkLead(state, event, context);
      const lead = { memberId: event.leadMemberId, from: event.date };
      return {
        ...next,
        status: 'active',
        activatedOn: event.date,
        leadMemberId: event.leadMemberId,
        leadHistory: [lead],
      };
    }
    case 'lead-changed': {
      if (state.status !== 'active') {
        refuse(
          'plan-not-active',
          event,
          state,
          'it is still in intake; the lead is assigned when it is activated',
        );
      }
      if (event.leadMemberId === state.leadMemberId) {
        refuse('lead-unchanged', event, state, `member ${event.leadMemberId} already leads it`);
      }
      checkLead(state, event, context);
      const lead = { memberId: event.leadMemberId, from: event.date };
      return {
        ...next,
        leadMemberId: event.leadMemberId,
        leadHistory: [...state.leadHistory, lead],
      };
    }
    case 'escalated':
    case 'de-escalated':
      return { ...next, escalations: nextEscalations(state, event) };
    case 'goal-set': {
      checkDomain(state, event, event.lifeDomain, context);
      const problem = describeGoalLevelProblem(event);
      if (problem !== undefined) refuse('goal-levels-invalid', event, state, problem);
      const goal = {
        lifeDomain: event.lifeDomain,
        startLevel: event.startLevel,
        targetLevel: event.targetLevel,
        intent: event.intent,
        setOn: event.date,
      };
      const others = state.goals.filter((existing) => existing.lifeDomain !== event.lifeDomain);
      return { ...next, goals: [...others, goal] };
    }
    case 'action-added': {
      if (state.status !== 'active') {
        refuse(
          'plan-not-active',
          event,
          state,
          'it is still in intake; actions start once it is active',
        );
      }
      checkDomain(state, event, event.lifeDomain, context);
      const action = {
        kind: event.kind,
        lifeDomain: event.lifeDomain ?? null,
        warmHandover: event.warmHandover ?? null,
        addedOn: event.date,
      };
      return { ...next, actions: [...state.actions, action] };
    }
    case 'closed':
      return { ...next, status: 'closed', closure: { reason: event.reason, closedOn: event.date } };
    default:
      return event satisfies never;
  }
}

/**
 * Applies one event to a plan's state and returns the new state; `state` is undefined before the
 * plan's first event, which must be `opened`. The given state is never changed.
 *
 * @throws {PlanRuleError} when the event is not allowed now, with a code and a message naming
 *   the transition and the reason.
 */
export function applyPlanEvent(
  state: PlanState | undefined,
  event: PlanEvent,
  context: PlanContext,
): PlanState {
  if (state === undefined) {
    if (event.type !== 'opened') {
      refuse('plan-not-opened', event, state, 'a plan starts with an "opened" event');
    }
    return open(event);
  }
  if (state.closure !== null) {
    const closed = `it was closed on ${state.closure.closedOn} (${state.closure.reason})`;
    if (event.type === 'closed') refuse('plan-already-closed', event, state, closed);
    refuse('event-after-closure', event, state, `${closed}; a closed plan takes no more events`);
  }
  if (event.date < state.lastEventOn) {
    refuse(
      'date-before-previous-event',
      event,
      state,
      `the date is before the plan's previous event on ${state.lastEventOn}; events must be in date order`,
    );
  }
  return applyToOpenPlan(state, event, context);
}

/**
 * Derives a plan's state from all its events, oldest first (foldPlanEvents): the one way a plan's
 * state comes about.
 *
 * @throws {PlanRuleError} at the first event that is not allowed, or `plan-not-opened` when
 *   there are no events.
 */
export function foldPlanEvents(events: readonly PlanEvent[], context: PlanContext): PlanState {
  const [first, ...rest] = events;
  if (first === undefined) {
    throw new PlanRuleError(
      'plan-not-opened',
      'Cannot derive a plan from no events: a plan starts with an "opened" event.',
    );
  }
  return rest.reduce(
    (state, event) => applyPlanEvent(state, event, context),
    applyPlanEvent(undefined, first, context),
  );
}
